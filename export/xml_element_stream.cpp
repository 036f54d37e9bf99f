#include "export/xml_element_stream.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "ingest/error.hpp"
#include "ingest/xml_document.hpp"

namespace kg {
namespace {

constexpr std::size_t read_size = 1 << 20;

std::size_t characters(std::string_view text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

/// Moves `position` over `text` (lines, and columns in characters).
void advance(TextPosition& position, std::string_view text) {
    const auto last_newline = text.rfind('\n');
    if (last_newline == std::string_view::npos) {
        position.column += characters(text);
        return;
    }
    position.line += static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    position.column = 1 + characters(text.substr(last_newline + 1));
}

bool is_name_end(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/' || c == '>'; }

}  // namespace

XmlElementStream::XmlElementStream(std::istream& in, std::string file) : in_(in), file_(std::move(file)) {}

bool XmlElementStream::read_more() {
    if (eof_) return false;
    const std::size_t old_size = buffer_.size();
    const std::size_t wanted = std::max(read_size, old_size);  // doubling: a huge element costs linear time
    buffer_.resize(old_size + wanted);
    in_.read(&buffer_[old_size], static_cast<std::streamsize>(wanted));
    const auto got = static_cast<std::size_t>(in_.gcount());
    if (in_.bad()) throw InputError(file_, 0, 0, std::string("read failed: ") + std::strerror(errno));
    buffer_.resize(old_size + got);
    if (got == 0) eof_ = true;
    return got != 0;
}

bool XmlElementStream::has(std::size_t size) {
    while (buffer_.size() < size)
        if (!read_more()) return false;
    return true;
}

std::size_t XmlElementStream::find_in_buffer(std::size_t from, std::string_view what) {
    for (;;) {
        const auto found = std::string_view(buffer_).find(what, from);
        if (found != std::string_view::npos) return found;
        if (buffer_.size() >= what.size()) from = std::max(from, buffer_.size() - what.size() + 1);
        if (!read_more()) return std::string_view::npos;
    }
}

std::size_t XmlElementStream::tag_end(std::size_t open) {
    char quote = 0;  // '>' is allowed inside quoted attribute values
    for (std::size_t i = open + 1;; ++i) {
        if (i >= buffer_.size() && !read_more()) return std::string_view::npos;
        const char c = buffer_[i];
        if (quote) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return i;
        }
    }
}

std::size_t XmlElementStream::skip_markup(std::size_t open) {
    if (open + 1 < buffer_.size() && buffer_[open + 1] != '!' && buffer_[open + 1] != '?') return std::string_view::npos;
    has(open + 9);
    const std::string_view rest = std::string_view(buffer_).substr(open);
    auto past = [&](std::size_t from, std::string_view close, const char* what) {
        const auto end = find_in_buffer(from, close);
        if (end == std::string_view::npos) fail_at_index(open, std::string("unterminated ") + what);
        return end + close.size();
    };
    if (rest.compare(0, 4, "<!--") == 0) return past(open + 4, "-->", "comment");
    if (rest.compare(0, 9, "<![CDATA[") == 0) return past(open + 9, "]]>", "CDATA section");
    if (rest.compare(0, 2, "<?") == 0) return past(open + 2, "?>", "processing instruction");
    if (rest.compare(0, 2, "<!") != 0) return std::string_view::npos;
    // <!DOCTYPE ...>: its internal subset in [...] may hold '>' of its own
    int brackets = 0;
    char quote = 0;
    for (std::size_t i = open + 2;; ++i) {
        if (i >= buffer_.size() && !read_more()) fail_at_index(open, "unterminated declaration");
        const char c = buffer_[i];
        if (quote) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '[') {
            ++brackets;
        } else if (c == ']') {
            --brackets;
        } else if (c == '>' && brackets <= 0) {
            return i + 1;
        }
    }
}

void XmlElementStream::compact() {
    if (position_ < read_size || position_ < buffer_.size() / 2) return;
    advance(buffer_position_, std::string_view(buffer_).substr(0, position_));
    buffer_.erase(0, position_);
    buffer_offset_ += position_;
    position_ = 0;
}

std::size_t XmlElementStream::next_tag_at(std::size_t from, std::size_t& close) {
    for (std::size_t i = from;;) {
        const auto open = find_in_buffer(i, "<");  // text between tags is not ours to read
        if (open == std::string_view::npos) return open;
        const auto skipped = skip_markup(open);
        if (skipped != std::string_view::npos) {
            i = skipped;
            continue;
        }
        close = tag_end(open);
        if (close == std::string_view::npos) fail_at_index(open, "unterminated tag");
        return open;
    }
}

bool XmlElementStream::next_tag(Tag& tag) {
    compact();
    std::size_t close = 0;
    const auto open = next_tag_at(position_, close);
    if (open == std::string_view::npos) {
        position_ = buffer_.size();
        return false;
    }
    tag.end = buffer_[open + 1] == '/';
    tag.self_closing = !tag.end && buffer_[close - 1] == '/';
    std::size_t name_end = open + 1 + tag.end;
    while (name_end < close && !is_name_end(buffer_[name_end])) ++name_end;
    std::string_view name = std::string_view(buffer_).substr(open + 1 + tag.end, name_end - open - 1 - tag.end);
    if (name.empty()) fail_at_index(open, "malformed tag");
    if (const auto colon = name.find(':'); colon != std::string_view::npos) name.remove_prefix(colon + 1);
    tag.name.assign(name);
    tag.offset = buffer_offset_ + open;
    position_ = close + 1;
    return true;
}

std::size_t XmlElementStream::element_end(std::size_t from, std::size_t open) {
    std::size_t depth = 1;
    for (std::size_t i = from;;) {
        std::size_t close = 0;
        const auto lt = next_tag_at(i, close);
        if (lt == std::string_view::npos) fail_at_index(open, "element is never closed (the file ends first)");
        if (buffer_[lt + 1] == '/') {
            if (--depth == 0) return close + 1;
        } else if (buffer_[close - 1] != '/' && ++depth > max_xml_depth) {
            fail_at_index(lt, "XML nested more than " + std::to_string(max_xml_depth) + " elements deep");
        }
        i = close + 1;
    }
}

const rapidxml::xml_node<char>& XmlElementStream::element(const Tag& start) {
    const std::size_t begin = start.offset - buffer_offset_;
    if (!start.self_closing) position_ = element_end(position_, begin);
    return parse(begin, position_, false);
}

const rapidxml::xml_node<char>& XmlElementStream::start_tag(const Tag& start) {
    return parse(start.offset - buffer_offset_, position_, !start.self_closing);
}

void XmlElementStream::skip(const Tag& start) {
    if (!start.self_closing) position_ = element_end(position_, start.offset - buffer_offset_);
}

void XmlElementStream::fail_at_index(std::size_t index, const std::string& message) const {
    fail(buffer_offset_ + index, message);
}

std::size_t XmlElementStream::offset() const { return buffer_offset_ + position_; }

const rapidxml::xml_node<char>& XmlElementStream::parse(std::size_t begin, std::size_t end, bool as_empty) {
    scratch_.assign(buffer_, begin, end - begin);
    if (as_empty) scratch_.insert(scratch_.size() - 1, 1, '/');  // "<graph id='g'>" -> "<graph id='g'/>"
    document_.clear();
    try {
        // Only XML's five entities and character references are expanded, as in XmlDocument.
        document_.parse<rapidxml::parse_validate_closing_tags>(&scratch_[0]);
    } catch (const rapidxml::parse_error& e) {
        const auto at = static_cast<std::size_t>(e.where<char>() - scratch_.data());
        fail(buffer_offset_ + begin + std::min(at, end - begin), std::string("malformed XML: ") + e.what());
    }
    const auto* root = document_.first_node();
    if (!root) fail(buffer_offset_ + begin, "malformed XML: no element");
    return *root;
}

void XmlElementStream::fail(std::size_t offset, const std::string& message) const {
    TextPosition position = buffer_position_;
    if (offset >= buffer_offset_)
        advance(position, std::string_view(buffer_).substr(0, std::min(offset - buffer_offset_, buffer_.size())));
    throw InputError(file_, position.line, position.column, message);
}

}  // namespace kg
