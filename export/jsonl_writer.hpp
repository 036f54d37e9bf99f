#pragma once
/// `kg extract --format jsonl`: one JSON object per article with its metadata, text,
/// sentences, every mention (byte offsets into "text"), the article's entities and
/// every relation with the sentence that supports it.
#include <ostream>

#include "ingest/document.hpp"

namespace kg {
void write_jsonl(const Document& doc, std::ostream& out);
}  // namespace kg
