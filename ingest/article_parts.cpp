#include "ingest/article_parts.hpp"

#include <algorithm>
#include <string_view>

namespace kg {
namespace {

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

/// Where to end a part of `text` that may be at most `max_bytes` long: after the last
/// paragraph break, else the last line break, else the last sentence end, else the last
/// space, else at a character boundary.
std::size_t cut_point(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return text.size();
    const std::string_view window = text.substr(0, max_bytes);
    const std::size_t least = max_bytes / 4;  // never cut so early that parts become tiny
    for (std::string_view separator : {"\n\n", "\n", ". ", " "}) {
        const auto found = window.rfind(separator);
        if (found != std::string_view::npos && found >= least) return found + separator.size();
    }
    std::size_t cut = max_bytes;
    while (cut > 0 && is_continuation_byte(text[cut])) --cut;
    return cut;
}

std::size_t characters(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) { return !is_continuation_byte(c); }));
}

}  // namespace

std::vector<Article> split_long_article(Article article, std::size_t max_bytes) {
    std::vector<Article> parts;
    if (article.text.size() <= max_bytes) {
        parts.push_back(std::move(article));
        return parts;
    }
    const std::string text = std::move(article.text);
    std::string_view rest = text;
    std::size_t chars_before = 0;
    while (!rest.empty()) {
        const std::size_t cut = cut_point(rest, max_bytes);
        Article part = article;  // metadata; the text is set below
        part.text.assign(rest.substr(0, cut));
        part.part = static_cast<std::uint32_t>(parts.size() + 1);
        part.char_offset = chars_before;
        if (part.part > 1) part.warnings.clear();  // reported once, with the first part
        chars_before += characters(part.text);
        rest.remove_prefix(cut);
        parts.push_back(std::move(part));
    }
    return parts;
}

}  // namespace kg
