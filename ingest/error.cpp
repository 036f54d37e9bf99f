#include "ingest/error.hpp"

namespace kg {

InputError::InputError(std::string file, std::size_t line, std::size_t column, std::string message)
    : Error(file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": error: " + message),
      file_(std::move(file)), line_(line), column_(column), message_(std::move(message)) {}

TextPosition position_of(const std::string& text, std::size_t offset) {
    TextPosition pos;
    if (offset > text.size()) offset = text.size();
    for (std::size_t i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((c & 0xC0) != 0x80) {  // count characters, not UTF-8 continuation bytes
            ++pos.column;
        }
    }
    return pos;
}

}  // namespace kg
