#include "ingest/sentence_splitter.hpp"

#include <unordered_set>

#include "ingest/document.hpp"
#include "ingest/text.hpp"

namespace kg {
namespace {

/// Words that start sentences but rarely follow an abbreviation inside one.
const std::unordered_set<std::string_view> sentence_starters = {
    "the", "he", "she", "they", "it", "this", "that", "these", "those", "in", "on", "at", "but", "and", "a", "an",
    "we", "i", "his", "her", "their", "both", "after", "before", "during", "while", "when", "as", "for", "mr.",
    "ms.", "mrs.", "today", "yesterday", "there", "its", "our", "with", "following", "officials"};

/// Abbreviations that stand before a name and so never end a sentence ("H.E. Mr. Enrique Manalo").
const std::unordered_set<std::string_view> forms_of_address = {
    "h.e.", "h.m.", "h.r.h.", "mr.", "mrs.", "ms.", "dr.", "prof.", "rev.", "hon.", "rt.", "gen.", "sen.", "rep.",
    "gov.", "amb.", "lt.", "col.", "capt.", "adm.", "sgt.", "maj.", "cmdr."};

/// A name's suffix ends the name, so a capitalised word after it begins a sentence ("... witnessed by
/// President Ferdinand Marcos Jr. President Joe Biden pledged ..."), unless the name is a modifier
/// ("Martin Luther King Jr. Day", a headline's "Readout of President Joseph R. Biden, Jr. Call with ...").
const std::unordered_set<std::string_view> name_suffixes = {"jr.", "sr."};
const std::unordered_set<std::string_view> named_things = {
    "day", "memorial", "high", "school", "library", "center", "centre", "park", "bridge", "avenue", "boulevard",
    "street", "foundation", "award", "prize", "act", "highway", "building", "hall", "airport", "stadium",
    "call", "calls", "meeting", "meetings", "visit", "trip", "remarks", "conversation", "statement", "phone"};

/// The first word of a transcript's speaker label ("MR BRUCE:", "QUESTION:", "SECRETARY RUBIO:").
const std::unordered_set<std::string_view> speaker_words = {
    "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "question", "q", "moderator", "secretary", "president",
    "ambassador", "spokesperson", "spokesman", "minister", "senator", "chairman", "operator", "participant", "reporter"};

bool is_terminal(std::string_view key) { return key == "." || key == "!" || key == "?" || key == "…"; }
bool is_closing(std::string_view key) { return key == "\"" || key == "'" || key == ")" || key == "]"; }

}  // namespace

bool SentenceSplitter::speaker_label(const Document& doc, std::size_t start, std::size_t colon) {
    if (colon == start || colon - start > 4 || !speaker_words.count(doc.key(start))) return false;
    if (start > 0 && !doc.tokens[start].has(token_line_break_before)) return false;
    for (std::size_t t = start; t < colon; ++t) {
        const std::string_view text = doc.text(doc.tokens[t].begin, doc.tokens[t].end);
        for (char c : text)
            if (c >= 'a' && c <= 'z') return false;  // a label is in capitals
    }
    return true;
}

void SentenceSplitter::run(Document& doc) const {
    doc.sentences.clear();
    const auto& tokens = doc.tokens;
    const std::size_t n = tokens.size();
    std::size_t start = 0;
    auto close = [&](std::size_t end) {
        if (end <= start) return;
        Sentence s;
        s.first_token = static_cast<std::uint32_t>(start);
        s.end_token = static_cast<std::uint32_t>(end);
        s.begin = tokens[start].begin;
        s.end = tokens[end - 1].end;
        doc.sentences.push_back(s);
        start = end;
    };
    for (std::size_t i = 0; i < n; ++i) {
        if (i > start && tokens[i].has(token_line_break_before)) close(i);
        if (i - start >= options_.max_tokens) close(i);
        const auto key = doc.key(i);
        std::size_t end = i + 1;
        if (key == ":" && speaker_label(doc, start, i)) {
            close(end);  // "MR BRUCE: The Secretary met ...": who speaks is no one the sentence is about
        } else if (is_terminal(key)) {
            // closing quotes and brackets sit right against the full stop; an opening one has a space before it
            while (end < n && (is_terminal(doc.key(end)) || is_closing(doc.key(end))) && !tokens[end].has(token_space_before))
                ++end;
            if (end >= n) { close(n); break; }
            const Token& next = tokens[end];
            if (next.has(token_capitalized) || next.has(token_number) || next.has(token_line_break_before) ||
                doc.key(end) == "\"" || doc.key(end) == "(")
                close(end);
            i = end - 1;
        } else if (key.size() > 1 && key.back() == '.' && end < n && !tokens[end].has(token_line_break_before) &&
                   tokens[end].has(token_capitalized) && sentence_starters.count(doc.key(end)) &&
                   !forms_of_address.count(key)) {
            close(end);  // "in Washington, D.C. The two sides ..."
        } else if (name_suffixes.count(key) && end < n && !tokens[end].has(token_line_break_before) &&
                   tokens[end].has(token_capitalized) && !named_things.count(doc.key(end))) {
            close(end);
        } else if (key.back() == '.' && is_month_abbreviation(key) && end < n && tokens[end].has(token_capitalized)) {
            // a month's abbreviation dates the number after it ("Jan. 5"); before a capitalised word it
            // ends a sentence ("... met Defense Minister Dong Jun. Participants included ...")
            close(end);
        }
    }
    close(n);
}

}  // namespace kg
