#include "export/escape.hpp"

#include <array>
#include <cstdio>

#include "ingest/text.hpp"

namespace kg {
namespace {

bool xml_allowed(char32_t cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) ||
           (cp >= 0x10000 && cp <= 0x10FFFF);
}

/// Decodes the code point at text[i] and advances i; `invalid` tells a decoding failure from a real U+FFFD.
char32_t decode(std::string_view text, std::size_t& i, bool& invalid) {
    const std::size_t start = i;
    const char32_t cp = next_code_point(text, i);
    invalid = cp == replacement_character && i == start + 1 && static_cast<unsigned char>(text[start]) >= 0x80;
    return cp;
}

/// ASCII bytes written as they are: all but controls and the five XML escapes. A table, as
/// every byte of every label and evidence sentence passes through here.
constexpr auto plain_xml_byte = [] {
    std::array<bool, 256> plain{};
    for (int c = 0x20; c < 0x80; ++c) plain[c] = c != '&' && c != '<' && c != '>' && c != '"' && c != '\'';
    return plain;
}();

}  // namespace

void append_xml_escaped(std::string& out, std::string_view text) {
    std::size_t run = 0;  // start of a run of bytes copied as they are
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (plain_xml_byte[c]) { ++i; continue; }
        if (c >= 0x80) {
            const std::size_t start = i;
            bool invalid = false;
            const char32_t cp = decode(text, i, invalid);
            if (!invalid && xml_allowed(cp)) continue;  // a character XML allows stays in the run
            out.append(text.substr(run, start - run));
            out += "\xEF\xBF\xBD";
            run = i;
            continue;
        }
        out.append(text.substr(run, i - run));
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            case '\t': out += "&#9;"; break;
            case '\n': out += "&#10;"; break;
            case '\r': out += "&#13;"; break;
            default: out += "\xEF\xBF\xBD";  // a control character XML 1.0 forbids
        }
        run = ++i;
    }
    out.append(text.substr(run));
}

std::string xml_escaped(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    append_xml_escaped(out, text);
    return out;
}

void append_dot_escaped(std::string& out, std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        // copy the longest run of plain ASCII in one go
        std::size_t run = i;
        while (run < text.size()) {
            const auto b = static_cast<unsigned char>(text[run]);
            if (b < 0x20 || b >= 0x7F || b == '"' || b == '\\') break;
            ++run;
        }
        if (run > i) {
            out.append(text.substr(i, run - i));
            i = run;
            if (i >= text.size()) break;
        }
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if (c == '"' || c == '\\') { out += '\\'; out += static_cast<char>(c); }
            else if (c == '\n') out += "\\n";
            else if (c == '\r') {}
            else if (c < 0x20 || c == 0x7F) out += ' ';
            else out += static_cast<char>(c);
            ++i;
            continue;
        }
        const std::size_t start = i;
        bool invalid = false;
        const char32_t cp = decode(text, i, invalid);
        if (invalid || cp == 0xFFFE || cp == 0xFFFF || (cp >= 0x80 && cp < 0xA0)) out += "\xEF\xBF\xBD";
        else out.append(text.substr(start, i - start));
    }
}

void append_json_escaped(std::string& out, std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        // (a run of plain ASCII, most of any article's text, is copied at once)
        std::size_t plain = i;
        while (plain < text.size()) {
            const auto p = static_cast<unsigned char>(text[plain]);
            if (p < 0x20 || p >= 0x80 || p == '"' || p == '\\') break;
            ++plain;
        }
        if (plain > i) {
            out.append(text.data() + i, plain - i);
            i = plain;
            continue;
        }
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            switch (c) {
                case '"': out += "\\\""; break;
                case '\\': out += "\\\\"; break;
                case '\n': out += "\\n"; break;
                case '\r': out += "\\r"; break;
                case '\t': out += "\\t"; break;
                default:
                    if (c < 0x20) {
                        char buffer[8];
                        std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
                        out += buffer;
                    } else {
                        out += static_cast<char>(c);
                    }
            }
            ++i;
            continue;
        }
        const std::size_t start = i;
        bool invalid = false;
        decode(text, i, invalid);
        if (invalid) out += "\xEF\xBF\xBD";
        else out.append(text.substr(start, i - start));
    }
}

void append_list_item(std::string& out, std::string_view item) {
    std::size_t run = 0;
    for (std::size_t i = 0; i < item.size(); ++i) {
        if (item[i] != '|' && item[i] != '\\') continue;
        out.append(item.substr(run, i - run));
        out += '\\';
        run = i;
    }
    out.append(item.substr(run));
}

std::string join_list(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t k = 0; k < items.size(); ++k) {
        if (k) out += '|';
        append_list_item(out, items[k]);
    }
    return out;
}

std::string unescape_list_item(std::string_view item) {
    std::string out;
    out.reserve(item.size());
    for (std::size_t i = 0; i < item.size(); ++i) {
        if (item[i] == '\\' && i + 1 < item.size()) ++i;
        out += item[i];
    }
    return out;
}

std::vector<std::string> split_list(std::string_view joined) {
    std::vector<std::string> items;
    assign_list(items, joined);
    return items;
}

void assign_list(std::vector<std::string>& items, std::string_view joined) {
    items.clear();
    for_each_list_item(joined, [&](std::string_view item) { items.emplace_back(item); });
}

}  // namespace kg
