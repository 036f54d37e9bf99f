#pragma once
/// Splits tokens into sentences: at . ! ? before a capital, at line breaks (the readers
/// put one between paragraphs), never inside abbreviations (Mr., U.S., Dec.) unless a
/// function word starts the next sentence; after a transcript's speaker label ("MR BRUCE:"). Very long
/// runs are cut so work stays linear.
#include "ingest/stage.hpp"

namespace kg {

class SentenceSplitter : public Stage {
public:
    struct Options {
        std::size_t max_tokens = 200;  ///< a longer run (a 10 MB line) is cut into pieces of this size
    };
    SentenceSplitter() = default;
    explicit SentenceSplitter(Options options) : options_(options) {}
    std::string_view name() const override { return "sentence_splitter"; }
    void run(Document& doc) const override;

private:
    /// Whether the tokens [start, colon) open a line with a transcript's speaker label in capitals.
    static bool speaker_label(const Document& doc, std::size_t start, std::size_t colon);

    Options options_;
};

}  // namespace kg
