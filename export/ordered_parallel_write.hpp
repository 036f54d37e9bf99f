#pragma once
/// Large exports format their text on several threads and still write it in one fixed order.
#include <cstddef>
#include <functional>
#include <ostream>
#include <string>

namespace kg {

/// Appends the text of items [first, last) to `text`.
using FormatItems = std::function<void(std::size_t first, std::size_t last, std::string& text)>;

/// Writes the text of items [0, count) to `out` in item order. With threads > 1, blocks of
/// items are formatted side by side, one block a thread, and written as each round ends: the
/// output is the same for any thread count, and memory stays at one block's text a thread.
void write_in_item_order(std::size_t count, unsigned threads, const FormatItems& format, std::ostream& out);

}  // namespace kg
