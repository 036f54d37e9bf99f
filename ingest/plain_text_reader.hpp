#pragma once
/// Plain-text articles: furniture lines removed, dateline and byline lifted into metadata.
#include <string>
#include <vector>

#include "ingest/document.hpp"

namespace kg {
class Schema;
std::vector<Article> read_plain_text(std::string text, const std::string& file, const Schema& schema);
}  // namespace kg
