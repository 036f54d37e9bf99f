// libFuzzer target: the text reader (format detection included).
#include "fuzz_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return kg::fuzz::read_and_analyse(data, size, "fuzz.txt", false);
}
