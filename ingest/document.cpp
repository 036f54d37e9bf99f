#include "ingest/document.hpp"
#include "ingest/date_parser.hpp"
#include "ingest/text.hpp"

namespace kg {
namespace {
constexpr std::string_view entity_names[] = {"person", "agency", "country", "event", "place"};
constexpr std::string_view relation_names[] = {"attended",  "co_chaired", "agreed",     "met_with",
                                               "member_of", "part_of",    "represents", "held_in"};

/// "last week", "this morning", "last Tuesday": words that make "last" or "this" a time.
bool names_a_time(std::string_view word) {
    return one_of(word, {"week", "month", "year", "time", "night", "morning", "afternoon", "evening", "weekend",
                         "spring", "summer", "autumn", "fall", "winter"}) ||
           weekday_from_name(word) != 0 || month_from_name(word) != 0;
}
}  // namespace

std::string_view to_string(EntityType type) { return entity_names[static_cast<int>(type)]; }
std::string_view to_string(RelationType type) { return relation_names[static_cast<int>(type)]; }

std::optional<EntityType> entity_type_from(std::string_view name) {
    for (auto t : all_entity_types)
        if (to_string(t) == name) return t;
    return std::nullopt;
}

std::optional<RelationType> relation_type_from(std::string_view name) {
    for (auto t : all_relation_types)
        if (to_string(t) == name) return t;
    return std::nullopt;
}

int Document::country_entity(std::string_view code) const {
    if (code.empty()) return -1;
    for (std::size_t e = 0; e < entities.size(); ++e)
        if (entities[e].type == EntityType::country && entities[e].country == code) return static_cast<int>(e);
    return -1;
}

int Document::country_entity_or_add(std::string_view code, std::string_view name) {
    if (const int named = country_entity(code); named >= 0) return named;
    Entity country;
    country.type = EntityType::country;
    country.name = std::string(name);
    country.country = std::string(code);
    entities.push_back(std::move(country));
    return static_cast<int>(entities.size() - 1);
}

bool Document::in_headline(std::uint32_t token) const {
    return tokens[token].begin < article.title.size() && article.char_offset == 0 && starts_with(article.text, article.title);
}

Document::SecondOffice Document::second_office_at(std::uint32_t token, std::uint32_t end) const {
    SecondOffice second{token};
    const auto adverb = [&](std::uint32_t t) { return t + 1 < end && one_of(key(t), {"also", "now", "currently"}); };
    if (token + 2 < end && key(token) == "who" && one_of(key(token + 1), {"is", "was"})) {
        second.relative = true;
        second.office += 2;
    } else if (token + 3 < end && key(token) == "who") {
        // "Umerov, who also serves as secretary of the National Security and Defence Council"
        const std::uint32_t verb = adverb(token + 1) ? token + 2 : token + 1;
        if (verb + 2 < end && one_of(key(verb), {"serves", "served"}) && key(verb + 1) == "as") {
            second = {verb + 2, true, true};
            return second;
        }
    }
    if (adverb(second.office)) {
        second.also = true;
        ++second.office;
    }
    return second;
}

bool Document::possessive_pronoun(std::uint32_t token) const {
    const std::string_view word = key(token);
    if (word == "his" || word == "their") return true;
    if (word != "her" || token + 1 >= tokens.size() || !tokens[token + 1].has(token_word)) return false;
    const std::string_view next = key(token + 1);
    // "met her last week" is an object and a time; "attended her last G7 meeting" is her own meeting
    if (next == "last" || next == "this")
        return token + 2 < tokens.size() && tokens[token + 2].has(token_word) && !names_a_time(key(token + 2));
    return !one_of(next, {"and", "or", "to", "on", "in", "at", "for", "about", "during", "after", "before", "as",
                          "by", "over", "from", "with", "that", "since", "when", "while", "until", "again", "today",
                          "yesterday"});
}

bool is_symmetric(RelationType type) { return type == RelationType::agreed || type == RelationType::met_with; }

bool Document::names_planned_event(const Mention& event) const {
    const Sentence& sentence = sentences[event.sentence];
    for (std::uint32_t t = event.first_token; t > sentence.first_token && t + 6 > event.first_token;) {
        --t;
        const std::string_view word = key(t);
        if (one_of(word, {",", ";", ".", ":"})) break;
        // ("ahead of the Paris Olympics", "in the run-up to the summit")
        if (one_of(word, {"next", "upcoming", "preparations", "prepare", "preparing", "toward", "towards", "ahead", "run-up"}))
            return true;
        // ("agreed to resume an annual leaders' meeting": one still to be held again)
        if (one_of(word, {"hold", "convene", "host", "resume", "reinstate", "restart", "revive"}) && t > sentence.first_token &&
            one_of(key(t - 1), {"to", "will", "would", "could", "may", "might", "should", "can"}))
            return true;
    }
    // "the 7th session of the Council, to be held in Islamabad"
    std::uint32_t t = event.end_token;
    if (t < sentence.end_token && key(t) == ",") ++t;
    if (t + 1 < sentence.end_token && key(t) == "to" && key(t + 1) == "be") return true;
    // "the U.S.-Africa Leaders Summit hosted by President Biden in Washington D.C. next month": a date to come
    for (std::uint32_t u = event.end_token; u + 1 < sentence.end_token && u < event.end_token + 12; ++u) {
        if (one_of(key(u), {",", ";", "."})) break;
        if ((key(u) == "next" && one_of(key(u + 1), {"week", "month", "year"})) || (key(u) == "later" && key(u + 1) == "this"))
            return true;
        // ("A meeting between Trump and Putin could take place soon": one that may yet be held)
        if (one_of(key(u), {"will", "would", "could", "may", "might", "should", "can"}) && u + 2 < sentence.end_token &&
            ((key(u + 1) == "take" && key(u + 2) == "place") || (key(u + 1) == "be" && key(u + 2) == "held")))
            return true;
    }
    // "the first trilateral leaders' summit between the United States, Japan, and the Philippines,
    // which President Biden will host on April 11"
    for (std::uint32_t u = event.end_token; u + 1 < sentence.end_token && u < event.end_token + 16; ++u) {
        if (key(u) != "which" || key(u - 1) != ",") continue;
        // (not "the newly launched Dialogue, which will tackle a range of issues": a verb of holding it)
        for (std::uint32_t v = u + 1; v + 1 < sentence.end_token && v < u + 5; ++v)
            if (one_of(key(v), {"will", "would"}) &&
                one_of(key(v + 1), {"host", "hold", "be", "take", "convene", "chair", "co-chair"}))
                return true;
        break;
    }
    return false;
}

}  // namespace kg
