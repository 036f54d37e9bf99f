#pragma once
/// Turns the bytes of an input file into UTF-8 text, or says why it cannot.
#include <string>
#include <string_view>
#include <vector>

namespace kg {

struct DecodedText {
    std::string text;                   ///< valid UTF-8
    std::vector<std::string> warnings;  ///< "FILE:LINE:COL: warning: ..." for every repair
};

/// Strips a UTF-8 BOM, decodes UTF-16 with a BOM, decodes Windows-1252 text that is
/// not UTF-8 at all, and replaces stray invalid UTF-8 with U+FFFD (warning once).
/// Throws InputError for binary data (NUL bytes, many control characters).
DecodedText decode_input(std::string_view bytes, const std::string& file);

}  // namespace kg
