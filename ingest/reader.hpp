#pragma once
/// Reading articles from files: format detection from content, dispatch to the
/// reader of each format, and expansion of directories into files.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/document.hpp"

namespace kg {

class Schema;

enum class InputFormat { text, markdown, html, rss, atom, nitf, newsml };
std::string_view to_string(InputFormat format);

/// Decides the format from the content, the extension only breaking ties (.md).
InputFormat detect_format(std::string_view text, std::string_view path);

/// Reads every article in a file (one for most formats, one per item for feeds).
/// Throws InputError (file, line, column, what) for unreadable or malformed files.
std::vector<Article> read_articles(const std::string& path, const Schema& schema);
/// The same, from text already decoded to UTF-8.
std::vector<Article> read_articles_from_text(std::string text, const std::string& path, const Schema& schema);

/// Files named by `inputs`, directories expanded recursively in sorted order, hidden files skipped.
/// Paths that do not exist are returned in `missing`.
std::vector<std::string> collect_input_files(const std::vector<std::string>& inputs, std::vector<std::string>& missing);

/// "By Jane Doe, Staff Writer": a credit line at the top of an article, not article text. Returns who
/// it credits ("Jane Doe, Staff Writer"), or nothing for a line that is no byline.
std::optional<std::string> byline_of(std::string_view line);
/// Lines at the top of an article that may hold its dateline, byline and title.
constexpr std::size_t article_header_lines = 8;

/// Builds an article: the title leads the analysed text unless the body already starts with it.
Article make_article(const std::string& file, std::string_view format, std::string title, std::string date,
                     std::string byline, std::string url, std::string body, std::size_t index);

}  // namespace kg
