#pragma once
/// NITF 3.x documents and NewsML-G2 news items (with inline NITF, XHTML or text).
#include <string>
#include <vector>

#include "ingest/document.hpp"

namespace kg {
class Schema;
class XmlDocument;
std::vector<Article> read_nitf(const XmlDocument& xml, const Schema& schema);
std::vector<Article> read_newsml(const XmlDocument& xml, const Schema& schema);
}  // namespace kg
