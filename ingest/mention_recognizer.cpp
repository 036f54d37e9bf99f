#include "ingest/mention_recognizer.hpp"

#include <algorithm>
#include <numeric>

#include "ingest/mention_recognizer/sentence_reader.hpp"
#include "ingest/text.hpp"

namespace kg {

using recognition::SentenceReader;

namespace {

/// "ISLAMABAD: ... the Foreign Office said": a name that several countries' bodies share is the
/// gazetteer's body (the UK's) only where the text names that body's country too, by a country, a
/// demonym or one of its places. Elsewhere it is a body of no named country, or of the country its
/// demonym gives ("the German Foreign Office").
void read_shared_agency_names(Document& doc, const Schema& schema) {
    for (auto& m : doc.mentions) {
        if (m.type != EntityType::agency || m.known_id.empty()) continue;
        const std::string_view written = doc.text(m.begin, m.end);
        if (!schema.shared_agency_name(m.known_id, starts_with(written, "the ") ? written.substr(4) : written)) continue;
        const LexEntry* known = schema.agency_named(m.known_id);
        const std::string country = known ? known->country : std::string();
        const bool named = m.country == country && std::any_of(doc.mentions.begin(), doc.mentions.end(), [&](const Mention& other) {
            return (other.type == EntityType::country || other.type == EntityType::place) && other.country == country;
        });
        if (named) continue;
        m.known_id.clear();
        m.name = std::string(written);
        if (m.country == country) m.country.clear();
    }
}

/// "met with Foreign Minister Diana Mondino and Chief of Cabinet Nicolás Posse of Argentina": the
/// country after the second of two officials met together serves the first too (not "President Biden
/// and President Xi of China", who are no pair that was met).
void share_country_of_pair(Document& doc) {
    const auto capitalised_or_linking = [&](std::uint32_t t) {
        return doc.tokens[t].capitalised() || doc.tokens[t].has(token_number) || one_of(doc.key(t), {"of", "for", "the"});
    };
    for (std::size_t i = 0; i + 1 < doc.mentions.size(); ++i) {
        Mention& first = doc.mentions[i];
        if (first.type != EntityType::person || first.kind != MentionKind::name || !first.country.empty() || first.position.empty())
            continue;
        const std::uint32_t opening = doc.sentences[first.sentence].first_token;
        std::uint32_t t = first.first_token;  // back over the title
        while (t > opening && capitalised_or_linking(t - 1)) --t;
        if (t == opening || !one_of(doc.key(t - 1), {"with", "met", "received", "hosted"})) continue;
        const Mention& second = doc.mentions[i + 1];
        if (second.type != EntityType::person || second.kind != MentionKind::name || second.sentence != first.sentence ||
            second.country.empty() || second.position.empty() || first.end_token >= second.first_token ||
            doc.key(first.end_token) != "and")
            continue;
        bool title_between = true;
        for (std::uint32_t u = first.end_token + 1; u < second.first_token; ++u) title_between = title_between && capitalised_or_linking(u);
        const bool country_after = second.end_token < doc.tokens.size() && doc.key(second.end_token) == "of";
        if (title_between && country_after) first.country = second.country;
    }
}

/// The sentences of the headline, which leads the text: [0, end).
std::uint32_t headline_sentences(const Document& doc) {
    std::uint32_t end = 0;
    while (end < doc.sentences.size() && doc.in_headline(doc.sentences[end].first_token)) ++end;
    return end;
}

/// Whether a capitalised word of the headline that no mention covers is the surname of someone the
/// article names later ("Scholz hosts Macron and Tusk", then "Prime Minister Donald Tusk").
bool headline_names_later_surname(const Document& doc, std::uint32_t headline_end, const std::vector<std::string_view>& surnames) {
    if (headline_end == 0) return false;
    for (std::uint32_t t = doc.sentences.front().first_token; t < doc.sentences[headline_end - 1].end_token; ++t) {
        if (!doc.tokens[t].capitalised() || std::find(surnames.begin(), surnames.end(), doc.key(t)) == surnames.end()) continue;
        const bool covered = std::any_of(doc.mentions.begin(), doc.mentions.end(), [&](const Mention& m) {
            return m.first_token <= t && t < m.end_token;
        });
        if (!covered) return true;
    }
    return false;
}

}  // namespace

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
    // A headline is read first, before the body has named anyone: read it again knowing their surnames
    // when one of them is a word of it that nothing took ("Tusk" is a dictionary word too)
    if (const std::uint32_t headline_end = headline_sentences(doc); headline_names_later_surname(doc, headline_end, surnames)) {
        const auto body_begin = std::find_if(doc.mentions.begin(), doc.mentions.end(),
                                             [&](const Mention& m) { return m.sentence >= headline_end; });
        std::vector<Mention> body(std::make_move_iterator(body_begin), std::make_move_iterator(doc.mentions.end()));
        doc.mentions.clear();
        for (std::uint32_t s = 0; s < headline_end; ++s) {
            SentenceReader reader(doc, schema_, s, surnames);
            reader.set_first_mention(doc.mentions.size());
            reader.read();
        }
        std::move(body.begin(), body.end(), std::back_inserter(doc.mentions));
    }
    read_shared_agency_names(doc, schema_);
    share_country_of_pair(doc);
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
