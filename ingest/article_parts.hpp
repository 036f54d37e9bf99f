#pragma once
/// Very long articles (a transcript, a whole book pasted into one file) are analysed in
/// parts: resolving names within an article compares mentions with each other, and what
/// is cheap for a news story grows with the square of a 100 MB text. Parts are cut at a
/// paragraph break where possible, so no sentence is split; each keeps the article's id
/// and metadata and knows where it starts, so every reported offset still refers to the
/// whole article.
#include <cstddef>
#include <vector>

#include "ingest/document.hpp"

namespace kg {

/// Longest text analysed as one piece: larger than nearly every news article.
constexpr std::size_t max_article_part_bytes = 256 * 1024;

/// The article itself when short enough, else its consecutive parts (part 1, 2, ...).
std::vector<Article> split_long_article(Article article, std::size_t max_bytes = max_article_part_bytes);

}  // namespace kg
