#pragma once
/// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one article per item or entry.
#include <string>
#include <vector>

#include "ingest/document.hpp"

namespace kg {
class Schema;
class XmlDocument;
std::vector<Article> read_feed(const XmlDocument& xml, const Schema& schema);
}  // namespace kg
