#pragma once
/// Escaping for every output format. Text from articles can hold anything:
/// quotes, markup, control characters, invalid UTF-8. Each function returns text
/// that is valid in its target and appends to `out` without extra allocation.
#include <string>
#include <string_view>
#include <vector>

namespace kg {

/// XML 1.0 character data or attribute value: & < > " ' escaped; tabs and line breaks as
/// character references (so attribute normalisation keeps them); characters XML 1.0 forbids
/// (most C0 controls, U+FFFE, U+FFFF) and invalid UTF-8 replaced with U+FFFD.
void append_xml_escaped(std::string& out, std::string_view text);
std::string xml_escaped(std::string_view text);

/// Inside a DOT double-quoted string: quotes and backslashes escaped, line breaks as \n,
/// other control characters and invalid UTF-8 replaced.
void append_dot_escaped(std::string& out, std::string_view text);

/// A JSON string body (without the quotes): RFC 8259 escapes, invalid UTF-8 replaced.
void append_json_escaped(std::string& out, std::string_view text);

/// Joins list items with '|', escaping '|' and '\' inside items with a backslash.
std::string join_list(const std::vector<std::string>& items);
/// Appends one item of such a list (the caller writes the '|' between items).
void append_list_item(std::string& out, std::string_view item);
/// The inverse of join_list.
std::vector<std::string> split_list(std::string_view joined);
/// Removes join_list's backslashes from one item.
std::string unescape_list_item(std::string_view item);

/// Calls visit(std::string_view) for each item of a join_list text, without allocating
/// for items that hold no escapes (their views point into `joined`).
template <typename Visit>
void for_each_list_item(std::string_view joined, Visit visit) {
    if (joined.empty()) return;
    std::size_t start = 0;
    bool escaped = false;
    for (std::size_t i = 0; i <= joined.size(); ++i) {
        if (i == joined.size() || joined[i] == '|') {
            const std::string_view item = joined.substr(start, i - start);
            if (escaped) visit(std::string_view(unescape_list_item(item)));
            else visit(item);
            start = i + 1;
            escaped = false;
        } else if (joined[i] == '\\' && i + 1 < joined.size()) {
            escaped = true;
            ++i;
        }
    }
}

/// Replaces `items` with the items of a join_list text.
void assign_list(std::vector<std::string>& items, std::string_view joined);

}  // namespace kg
