#include "ingest/mention_recognizer.hpp"

#include <algorithm>
#include <numeric>

#include "ingest/mention_recognizer/sentence_reader.hpp"

namespace kg {

using recognition::SentenceReader;

void MentionRecognizer::run(Document& doc) const {
    doc.mentions.clear();
    // News prose has about one mention in eight tokens: with room to spare, the vector seldom
    // grows, and growing moved every mention's strings.
    doc.mentions.reserve(doc.tokens.size() / 6);
    std::vector<std::string_view> surnames;
    for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
        SentenceReader reader(doc, schema_, s, surnames);
        reader.set_first_mention(doc.mentions.size());
        reader.read();
    }
    // In text order, longer first where two start together. Sentences come in order, so only
    // the mentions within one can be out of place: sort positions, then move each mention once.
    auto before = [&](std::uint32_t x, std::uint32_t y) {
        const Mention &a = doc.mentions[x], &b = doc.mentions[y];
        return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    };
    std::vector<std::uint32_t> order(doc.mentions.size());
    std::iota(order.begin(), order.end(), 0u);
    if (std::is_sorted(order.begin(), order.end(), before)) return;
    std::stable_sort(order.begin(), order.end(), before);
    std::vector<Mention> sorted;
    sorted.reserve(order.size());
    for (auto m : order) sorted.push_back(std::move(doc.mentions[m]));
    doc.mentions = std::move(sorted);
}

}  // namespace kg
