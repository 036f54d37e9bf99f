#include "ingest/markdown_reader.hpp"

#include "ingest/date_parser.hpp"
#include "ingest/error.hpp"
#include "ingest/furniture_filter.hpp"
#include "ingest/reader.hpp"
#include "ingest/text.hpp"

namespace kg {
namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/// Decodes a double-quoted YAML scalar's escapes; line folding was done by the caller.
std::string decode_double_quoted(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\' || i + 1 >= s.size()) { out += s[i]; continue; }
        const char e = s[++i];
        switch (e) {
            case 'n': out += '\n'; break;
            case 't': out += '\t'; break;
            case '_': append_utf8(out, 0xA0); break;
            case '0': break;
            case 'x': case 'u': case 'U': {
                const int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                char32_t cp = 0;
                int n = 0;
                for (; n < digits && i + 1 < s.size() && hex_value(s[i + 1]) >= 0; ++n) cp = cp * 16 + hex_value(s[++i]);
                append_utf8(out, n == digits && cp <= 0x10FFFF ? cp : replacement_character);
                break;
            }
            default: out += e;
        }
    }
    return out;
}

/// Joins a multi-line scalar: a line break folds to a space, or to nothing after a trailing backslash.
std::string fold_lines(std::string_view raw) {
    std::string out;
    std::size_t start = 0;
    bool first = true;
    while (start <= raw.size()) {
        std::size_t end = raw.find('\n', start);
        if (end == std::string_view::npos) end = raw.size();
        std::string_view line = raw.substr(start, end - start);
        if (!first) line = trim(line);
        if (!first && !out.empty()) {
            if (out.back() == '\\') out.pop_back();
            else out += ' ';
        }
        out.append(line);
        first = false;
        start = end + 1;
    }
    return out;
}

std::string strip_inline_markup(std::string_view line) {
    std::string out;
    out.reserve(line.size());
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '\\' && i + 1 < line.size() && std::string_view("\\`*_{}[]()#+-.!|>").find(line[i + 1]) != std::string_view::npos) {
            out += line[++i];
        } else if (c == '[') {
            // [text](url) -> text
            const auto close = line.find("](", i);
            const auto paren = close == std::string_view::npos ? close : line.find(')', close);
            if (paren != std::string_view::npos) {
                out.append(line.substr(i + 1, close - i - 1));
                i = paren;
            } else {
                out += c;
            }
        } else if (c == '*' || (c == '_' && i + 1 < line.size() && line[i + 1] == '_')) {
            if (c == '_') ++i;
        } else {
            out += c;
        }
    }
    return out;
}

/// CommonMark's hard line break: a line that ends in two spaces or a backslash.
bool ends_with_hard_break(std::string_view line) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    return ends_with(line, "  ") || ends_with(line, "\\");
}

}  // namespace

std::map<std::string, std::string> parse_front_matter(std::string_view block, const std::string& file) {
    std::map<std::string, std::string> fields;
    std::string key, raw;
    auto flush = [&] {
        if (key.empty()) return;
        std::string value = fold_lines(trim(raw));
        if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = decode_double_quoted(value.substr(1, value.size() - 2));
        else if (value.size() >= 2 && value.front() == '\'' && value.back() == '\'') {
            std::string unquoted;
            for (std::size_t i = 1; i + 1 < value.size(); ++i) {
                unquoted += value[i];
                if (value[i] == '\'' && value[i + 1] == '\'') ++i;
            }
            value = unquoted;
        }
        fields[key] = value;
        key.clear();
        raw.clear();
    };
    std::size_t start = 0, line_number = 1;
    while (start < block.size()) {
        std::size_t end = block.find('\n', start);
        if (end == std::string_view::npos) end = block.size();
        const std::string_view line = block.substr(start, end - start);
        start = end + 1;
        ++line_number;
        if (trim(line).empty() || trim(line)[0] == '#') continue;
        if (line[0] == ' ' || line[0] == '\t' || line[0] == '-') {  // continuation or list item
            if (!key.empty()) { raw += '\n'; raw.append(line); }
            continue;
        }
        const auto colon = line.find(':');
        if (colon == std::string_view::npos)
            throw InputError(file, line_number, 1, "malformed front matter line (expected 'key: value')");
        flush();
        key = std::string(trim(line.substr(0, colon)));
        raw = std::string(line.substr(colon + 1));
    }
    flush();
    return fields;
}

std::vector<Article> read_markdown(const std::string& text, const std::string& file, const Schema& schema) {
    std::string_view rest = text;
    std::map<std::string, std::string> meta;
    if (starts_with(rest, "---\n") || starts_with(rest, "---\r\n")) {
        const auto close = rest.find("\n---", 3);
        if (close == std::string_view::npos) throw InputError(file, 1, 1, "front matter opened with '---' is never closed");
        meta = parse_front_matter(rest.substr(rest.find('\n') + 1, close - rest.find('\n')), file);
        const auto after = rest.find('\n', close + 1);
        rest = after == std::string_view::npos ? std::string_view() : rest.substr(after + 1);
    }
    std::string credit;
    const std::string cleaned = remove_furniture(rest, schema, &credit);
    std::string body, paragraph;
    body.reserve(cleaned.size());
    std::string title = meta.count("title") ? collapse_whitespace(meta["title"]) : "";
    auto end_paragraph = [&] {
        const std::string p = collapse_whitespace(paragraph);
        if (!p.empty()) {
            if (!body.empty()) body += "\n\n";
            body += p;
        }
        paragraph.clear();
    };
    std::size_t start = 0;
    while (start <= cleaned.size()) {
        std::size_t end = cleaned.find('\n', start);
        if (end == std::string::npos) end = cleaned.size();
        const std::string_view raw_line = std::string_view(cleaned).substr(start, end - start);
        std::string_view line = trim(raw_line);
        start = end + 1;
        if (line.empty()) { end_paragraph(); continue; }
        if (line[0] == '#') {  // a heading is a paragraph of its own
            end_paragraph();
            while (!line.empty() && line[0] == '#') line.remove_prefix(1);
            if (title.empty()) title = std::string(trim(line));
            paragraph = strip_inline_markup(trim(line));
            end_paragraph();
            continue;
        }
        if (starts_with(line, "- ") || starts_with(line, "* ")) { end_paragraph(); line.remove_prefix(2); }
        paragraph += ' ';
        paragraph += strip_inline_markup(ends_with(line, "\\") ? line.substr(0, line.size() - 1) : line);
        // A hard line break (two trailing spaces or a backslash) ends a line of a list written
        // without bullets: "Department of Labor Secretary Marty Walsh  " is not run on into the next.
        if (ends_with_hard_break(raw_line)) end_paragraph();
    }
    end_paragraph();
    if (trim(body).empty() && title.empty()) throw InputError(file, 1, 1, "no article text (empty or only whitespace)");
    std::string date;
    for (const char* key : {"date", "published_time", "published", "pubdate"})
        if (date.empty() && meta.count(key))
            if (auto d = parse_date(meta[key])) date = d->iso();
    std::string byline = meta.count("author") ? meta["author"] : "";
    std::string url = meta.count("source_url") ? meta["source_url"] : meta.count("url") ? meta["url"] : "";
    Article article = make_article(file, "markdown", std::move(title), std::move(date), std::move(byline),
                                   std::move(url), std::move(body), 0);
    article.credit = std::move(credit);
    return {std::move(article)};
}

}  // namespace kg
