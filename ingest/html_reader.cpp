#include "ingest/html_reader.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "ingest/date_parser.hpp"
#include "ingest/error.hpp"
#include "ingest/furniture_filter.hpp"
#include "ingest/reader.hpp"
#include "ingest/text.hpp"

namespace kg {
namespace {

/// (a photo's caption and credit say who is in the picture and who took it, not what happened)
constexpr std::string_view skipped_elements[] = {"script", "style", "noscript", "nav", "header", "footer", "aside",
                                                 "form", "button", "select", "svg", "iframe", "template", "menu",
                                                 "figcaption"};
constexpr std::string_view block_elements[] = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
                                               "tr", "table", "article", "section", "blockquote", "title", "main",
                                               "dd", "dt", "hr", "pre", "body"};
/// class or id words that mark page furniture
constexpr std::string_view furniture_markers[] = {"breadcrumb", "navbar", "menu", "footer", "sidebar", "related",
                                                  "share", "social", "comment", "advert", "promo", "newsletter",
                                                  "cookie", "subscribe", "caption", "author-bio", "author_bio",
                                                  "authorbio"};

bool contains(const std::string_view* begin, const std::string_view* end, std::string_view name) {
    return std::find(begin, end, name) != end;
}

struct Tag {
    std::string name;  // lower case
    bool closing = false;
    bool self_closing = false;
    std::string_view attributes;
};

/// Reads the tag at html[i] == '<'; returns the offset after '>'.
std::size_t read_tag(std::string_view html, std::size_t i, Tag& tag) {
    std::size_t j = i + 1;
    if (j < html.size() && html[j] == '/') { tag.closing = true; ++j; }
    const std::size_t name_start = j;
    while (j < html.size() && (std::isalnum(static_cast<unsigned char>(html[j])) || html[j] == ':' || html[j] == '-')) ++j;
    tag.name = to_lower_ascii(html.substr(name_start, j - name_start));
    const std::size_t attr_start = j;
    char quote = 0;
    for (; j < html.size(); ++j) {
        const char c = html[j];
        if (quote) { if (c == quote) quote = 0; continue; }
        if (c == '"' || c == '\'') quote = c;
        else if (c == '>') break;
    }
    tag.attributes = html.substr(attr_start, j - attr_start);
    tag.self_closing = !tag.attributes.empty() && tag.attributes.back() == '/';
    return j < html.size() ? j + 1 : html.size();
}

std::string attribute_value(std::string_view attributes, std::string_view name) {
    const std::string lower = to_lower_ascii(attributes);
    std::size_t at = 0;
    while ((at = lower.find(name, at)) != std::string::npos) {
        const bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(lower[at - 1]));
        std::size_t j = at + name.size();
        while (j < lower.size() && lower[j] == ' ') ++j;
        if (starts && j < lower.size() && lower[j] == '=') {
            ++j;
            while (j < lower.size() && lower[j] == ' ') ++j;
            if (j < lower.size() && (lower[j] == '"' || lower[j] == '\'')) {
                const char q = lower[j];
                const auto end = lower.find(q, j + 1);
                return decode_html_entities(attributes.substr(j + 1, (end == std::string::npos ? lower.size() : end) - j - 1));
            }
            auto end = j;
            while (end < lower.size() && lower[end] != ' ' && lower[end] != '>') ++end;
            return decode_html_entities(attributes.substr(j, end - j));
        }
        at += name.size();
    }
    return {};
}

bool marks_furniture(std::string_view attributes) {
    const std::string classes = to_lower_ascii(attribute_value(attributes, "class") + " " + attribute_value(attributes, "id"));
    for (auto marker : furniture_markers)
        if (classes.find(marker) != std::string::npos) return true;
    return false;
}

struct NamedEntity {
    std::string_view name;
    char32_t cp;
};
constexpr NamedEntity named_entities[] = {
    {"amp", '&'},       {"lt", '<'},        {"gt", '>'},        {"quot", '"'},      {"apos", '\''},
    {"nbsp", 0xA0},     {"mdash", 0x2014},  {"ndash", 0x2013},  {"rsquo", 0x2019}, {"lsquo", 0x2018},
    {"ldquo", 0x201C},  {"rdquo", 0x201D},  {"hellip", 0x2026}, {"copy", 0xA9},    {"reg", 0xAE},
    {"trade", 0x2122},  {"eacute", 0xE9},   {"egrave", 0xE8},   {"aacute", 0xE1},  {"iacute", 0xED},
    {"oacute", 0xF3},   {"uacute", 0xFA},   {"ntilde", 0xF1},   {"ccedil", 0xE7},  {"uuml", 0xFC},
    {"ouml", 0xF6},     {"auml", 0xE4},     {"middot", 0xB7},   {"bull", 0x2022},  {"laquo", 0xAB},
    {"raquo", 0xBB},    {"shy", 0xAD},      {"zwj", 0x200D},    {"zwnj", 0x200C},  {"thinsp", 0x2009}};

}  // namespace

std::string decode_html_entities(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '&') { out += text[i]; continue; }
        const auto semi = text.find(';', i + 1);
        if (semi == std::string_view::npos || semi - i > 12) { out += '&'; continue; }
        const std::string_view name = text.substr(i + 1, semi - i - 1);
        char32_t cp = 0;
        if (!name.empty() && name[0] == '#') {
            const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
            const std::string digits(name.substr(hex ? 2 : 1));
            char* end = nullptr;
            const unsigned long v = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
            if (!digits.empty() && end && *end == '\0') cp = (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) ? replacement_character : static_cast<char32_t>(v);
        } else {
            for (const auto& e : named_entities)
                if (e.name == name) cp = e.cp;
        }
        if (!cp) { out += '&'; continue; }
        append_utf8(out, cp);
        i = semi;
    }
    return out;
}

HtmlContent extract_html(std::string_view html) {
    HtmlContent content;
    std::string text, h1;
    std::vector<std::pair<std::string, bool>> open;  // element name, whether it starts furniture
    std::size_t furniture_depth = 0;
    bool in_title = false, in_h1 = false;
    std::string title_text;
    for (std::size_t i = 0; i < html.size();) {
        if (html[i] != '<') {
            const auto next = html.find('<', i);
            const auto chunk = html.substr(i, (next == std::string_view::npos ? html.size() : next) - i);
            if (in_title) title_text.append(chunk);
            else if (!furniture_depth) {
                text.append(chunk);
                if (in_h1) h1.append(chunk);
            }
            i = next == std::string_view::npos ? html.size() : next;
            continue;
        }
        if (html.compare(i, 4, "<!--") == 0) {
            const auto end = html.find("-->", i + 4);
            i = end == std::string_view::npos ? html.size() : end + 3;
            continue;
        }
        if (i + 1 < html.size() && (html[i + 1] == '!' || html[i + 1] == '?')) {
            const auto end = html.find('>', i);
            i = end == std::string_view::npos ? html.size() : end + 1;
            continue;
        }
        if (i + 1 < html.size() && !std::isalpha(static_cast<unsigned char>(html[i + 1])) && html[i + 1] != '/') {
            if (!furniture_depth) text += '<';  // a stray '<' in text
            ++i;
            continue;
        }
        Tag tag;
        i = read_tag(html, i, tag);
        const std::string_view name = tag.name;  // compared inline; std::string == "..." is a call
        if (!tag.closing && (name == "script" || name == "style")) {  // raw text: jump to the end tag
            const std::string lower_close = "</" + tag.name;
            std::size_t j = i;
            while (j < html.size()) {
                const auto lt = html.find("</", j);
                if (lt == std::string_view::npos) { j = html.size(); break; }
                if (iequals_ascii(html.substr(lt, lower_close.size()), lower_close)) { j = lt; break; }
                j = lt + 2;
            }
            const auto end = html.find('>', j);
            i = end == std::string_view::npos ? html.size() : end + 1;
            continue;
        }
        if (contains(std::begin(block_elements), std::end(block_elements), name)) text += '\n';
        if (name == "title") in_title = !tag.closing;
        if (name == "h1") in_h1 = !tag.closing && h1.empty();
        if (!tag.closing && name == "meta") {
            const std::string key = to_lower_ascii(attribute_value(tag.attributes, "property") + attribute_value(tag.attributes, "name"));
            const std::string value = attribute_value(tag.attributes, "content");
            if (key == "og:title" && content.title.empty()) content.title = value;
            if (key == "og:url" && content.url.empty()) content.url = value;
            if ((key == "article:published_time" || key == "date" || key == "pubdate" || key == "dc.date" ||
                 key == "publishdate") && content.date.empty())
                if (auto d = parse_date(value)) content.date = d->iso();
            if ((key == "author" || key == "byl" || key == "article:author") && content.byline.empty()) content.byline = value;
        }
        if (!tag.closing && name == "link" && content.url.empty() &&
            to_lower_ascii(attribute_value(tag.attributes, "rel")) == "canonical")
            content.url = attribute_value(tag.attributes, "href");
        if (!tag.closing && name == "time" && content.date.empty())
            if (auto d = parse_date(attribute_value(tag.attributes, "datetime"))) content.date = d->iso();
        if (tag.self_closing || name == "br" || name == "img" || name == "meta" || name == "link" ||
            name == "input" || name == "hr")
            continue;
        if (!tag.closing) {
            const bool furniture = contains(std::begin(skipped_elements), std::end(skipped_elements), tag.name) ||
                                   marks_furniture(tag.attributes);
            open.emplace_back(tag.name, furniture);
            if (furniture) ++furniture_depth;
        } else {
            // Close the nearest open element of that name; stray end tags are ignored.
            const std::size_t search = std::min<std::size_t>(open.size(), 64);
            for (std::size_t k = 0; k < search; ++k) {
                if (open[open.size() - 1 - k].first != tag.name) continue;
                for (std::size_t pop = 0; pop <= k; ++pop) {
                    if (open.back().second) --furniture_depth;
                    open.pop_back();
                }
                break;
            }
        }
    }
    if (content.title.empty()) content.title = collapse_whitespace(decode_html_entities(title_text));
    if (content.title.empty()) content.title = collapse_whitespace(decode_html_entities(h1));
    // "Headline | Site" -> the longest part is the headline
    for (std::string_view separator : {" | ", " - ", " – ", " — "}) {
        const auto at = content.title.find(separator);
        if (at == std::string::npos) continue;
        const std::string left = content.title.substr(0, at), right = content.title.substr(at + separator.size());
        content.title = left.size() >= right.size() ? left : right;
    }
    const std::string decoded = decode_html_entities(text);
    std::size_t start = 0, lines = 0;
    while (start <= decoded.size()) {
        std::size_t end = decoded.find('\n', start);
        if (end == std::string::npos) end = decoded.size();
        const std::string line = collapse_whitespace(std::string_view(decoded).substr(start, end - start));
        start = end + 1;
        if (line.empty()) continue;
        // A byline paragraph credits the reporter; it is not text to analyse.
        if (lines++ < article_header_lines)
            if (auto credited = byline_of(line)) {
                if (content.byline.empty()) content.byline = std::move(*credited);
                continue;
            }
        if (!content.text.empty()) content.text += "\n\n";
        content.text += line;
    }
    return content;
}

std::vector<Article> read_html(const std::string& text, const std::string& file, const Schema& schema) {
    HtmlContent content = extract_html(text);
    std::string credit;
    std::string body = remove_furniture(content.text, schema, &credit);
    if (trim(body).empty()) throw InputError(file, 1, 1, "HTML page has no article text");
    Article article = make_article(file, "html", std::move(content.title), std::move(content.date),
                                   std::move(content.byline), std::move(content.url), std::move(body), 0);
    article.credit = std::move(credit);
    return {std::move(article)};
}

}  // namespace kg
