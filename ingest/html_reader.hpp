#pragma once
/// HTML pages: a tolerant, iterative scan (no recursion, so any nesting depth is safe)
/// that keeps the article's text and drops scripts, navigation, footers and other furniture.
#include <string>
#include <string_view>
#include <vector>

#include "ingest/document.hpp"

namespace kg {
class Schema;

/// Text and metadata of an HTML page or fragment.
struct HtmlContent {
    std::string title, date, byline;
    std::string url;   ///< the page's own address (og:url or the canonical link), or empty
    std::string text;  ///< paragraphs separated by blank lines
};

HtmlContent extract_html(std::string_view html);
std::vector<Article> read_html(const std::string& text, const std::string& file, const Schema& schema);
/// Decodes HTML character references (&amp;, &#8217;, &rsquo; ...).
std::string decode_html_entities(std::string_view text);
}  // namespace kg
