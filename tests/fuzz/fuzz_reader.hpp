#pragma once
// One fuzz body for every reader: decode the bytes, read them as NAME, analyse each article.
// kg::Error is the expected answer to bad input; anything else (a crash, a leak, UB, another
// exception) is a bug libFuzzer reports.
#include <cstddef>
#include <cstdint>
#include <string>

#include "ingest/charset.hpp"
#include "ingest/error.hpp"
#include "ingest/pipeline.hpp"
#include "ingest/reader.hpp"
#include "ingest/schema.hpp"

namespace kg::fuzz {

inline int read_and_analyse(const std::uint8_t* data, std::size_t size, const char* name, bool analyse) {
    static const Pipeline pipeline(Schema::defaults());
    try {
        DecodedText decoded = decode_input(std::string(reinterpret_cast<const char*>(data), size), name);
        for (auto& article : read_articles_from_text(std::move(decoded.text), name, pipeline.schema()))
            if (analyse) pipeline.analyse(std::move(article));
    } catch (const Error&) {
    }
    return 0;
}

}  // namespace kg::fuzz
