#pragma once
/// Markdown articles with optional YAML front matter (title, date, source_url, author),
/// as in the White House readout corpus. Hard-wrapped lines are joined into paragraphs.
#include <map>
#include <string>
#include <vector>

#include "ingest/document.hpp"

namespace kg {
class Schema;
std::vector<Article> read_markdown(const std::string& text, const std::string& file, const Schema& schema);

/// The scalar fields of a YAML front matter block (quoted scalars decoded, folded lines joined).
std::map<std::string, std::string> parse_front_matter(std::string_view block, const std::string& file);
}  // namespace kg
