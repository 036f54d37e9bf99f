#pragma once
/// Reads a large XML file one element at a time, so that memory follows the largest
/// element rather than the file. The stream finds tag boundaries (skipping comments,
/// CDATA, processing instructions and quoted attribute values); each element it hands
/// out is then parsed on its own by RapidXML, with parse errors mapped back to the
/// file's line and column.
#include <istream>
#include <string>
#include <string_view>

#include <rapidxml/rapidxml.hpp>

#include "ingest/error.hpp"

namespace kg {

class XmlElementStream {
public:
    /// A start or end tag at the current level of the file.
    struct Tag {
        bool end = false;           ///< "</name>"
        bool self_closing = false;  ///< "<name/>"
        std::string name;           ///< without a namespace prefix
        std::size_t offset = 0;     ///< of its '<' in the file
    };

    XmlElementStream(std::istream& in, std::string file);

    /// The next start or end tag, skipping text, comments and declarations. false at the end of the file.
    bool next_tag(Tag& tag);
    /// The element that `start` (just returned by next_tag) opens, parsed by RapidXML; valid
    /// until the next call. Its text is consumed up to the matching end tag.
    const rapidxml::xml_node<char>& element(const Tag& start);
    /// The start tag alone, parsed as an empty element (for the attributes of a container
    /// such as <graph> whose children are read one by one).
    const rapidxml::xml_node<char>& start_tag(const Tag& start);
    /// Consumes the element that `start` opens without parsing it.
    void skip(const Tag& start);

    /// Byte offset in the file of the next unread byte.
    std::size_t offset() const;
    /// Throws InputError naming the file, line and column of this byte offset.
    [[noreturn]] void fail(std::size_t offset, const std::string& message) const;

private:
    // Positions below are indices into buffer_, stable until compact() (called only by next_tag).
    bool read_more();
    bool has(std::size_t size);
    void compact();
    std::size_t find_in_buffer(std::size_t from, std::string_view what);
    std::size_t skip_markup(std::size_t open);  // past a comment, CDATA, PI or DOCTYPE at open; npos if none
    std::size_t tag_end(std::size_t open);
    /// The '<' of the next start or end tag from `from` (markup skipped) and, in `close`, its '>'; npos at the end.
    std::size_t next_tag_at(std::size_t from, std::size_t& close);
    std::size_t element_end(std::size_t from, std::size_t open);
    const rapidxml::xml_node<char>& parse(std::size_t begin, std::size_t end, bool as_empty);
    [[noreturn]] void fail_at_index(std::size_t index, const std::string& message) const;

    std::istream& in_;
    std::string file_;
    std::string buffer_;
    std::size_t buffer_offset_ = 0;  // file offset of buffer_[0]
    std::size_t position_ = 0;       // next unread byte in buffer_
    TextPosition buffer_position_;   // line and column of buffer_[0]
    bool eof_ = false;
    std::string scratch_;            // the element being parsed (RapidXML parses in place)
    rapidxml::xml_document<char> document_;
};

}  // namespace kg
