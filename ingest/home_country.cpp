#include "ingest/home_country.hpp"

#include <algorithm>

#include "ingest/document.hpp"
#include "ingest/schema.hpp"
#include "ingest/text.hpp"

namespace kg {
namespace {

/// Whether the article's dateline ("SEOUL, Aug. 23 --", the first place written in capitals) lies in
/// `home`: Xinhua from Washington writes of American officials unqualified no more than of Chinese ones.
/// The dateline opens a sentence, and a comma, a bracket or a dash follows it: "UNITED NATIONS (AP)"
/// is at home nowhere, whatever "U.S." comes later; "EU and UK leaders meet" is a headline.
bool dateline_at_home(const Document& doc, std::string_view home) {
    for (const Mention& m : doc.mentions) {
        if (!doc.tokens[m.first_token].has(token_all_caps) || m.first_token != doc.sentences[m.sentence].first_token ||
            m.end_token >= doc.sentences[m.sentence].end_token)
            continue;
        const std::string_view after = doc.key(m.end_token);
        if (!one_of(after, {",", "("}) && !is_dash(after)) continue;
        const bool place = m.type == EntityType::place || m.type == EntityType::country;
        return place && m.entity >= 0 && doc.entities[static_cast<std::size_t>(m.entity)].country == home;
    }
    return false;
}

/// Whether the person is already tied to a country, or to a body that is not the home country's (a UN
/// official, a company's chief): either says where the person belongs better than a dateline does.
bool placed_elsewhere(const Document& doc, int person, std::string_view home) {
    return std::any_of(doc.relations.begin(), doc.relations.end(), [&](const Relation& r) {
        if (r.source != person) return false;
        if (r.type == RelationType::represents) return true;
        return r.type == RelationType::member_of && doc.entities[static_cast<std::size_t>(r.target)].country != home;
    });
}

/// Whether someone else already holds one of the person's offices for the home country: AFP from Paris
/// names "French President Emmanuel Macron", so "President Donald Trump" is another country's president.
bool office_taken_at_home(const Document& doc, const Entity& person, std::string_view home) {
    return std::any_of(doc.entities.begin(), doc.entities.end(), [&](const Entity& other) {
        if (&other == &person || other.type != EntityType::person || other.country != home) return false;
        for (const auto& position : person.positions)
            if (std::find(other.positions.begin(), other.positions.end(), position) != other.positions.end()) return true;
        return false;
    });
}

/// "In Beijing he is due to meet President Xi Jinping": a person someone else goes to see, in a
/// sentence set abroad, is the other country's official.
bool met_abroad(const Document& doc, const Mention& titled, std::string_view home) {
    bool abroad = false, someone_before = false;
    for (const Mention& m : doc.mentions) {
        if (m.sentence != titled.sentence) continue;
        if ((m.type == EntityType::place || m.type == EntityType::country) && !m.qualifier && m.entity >= 0) {
            const std::string& country = doc.entities[static_cast<std::size_t>(m.entity)].country;
            abroad = abroad || (!country.empty() && country != home);
        }
        someone_before = someone_before || (m.type == EntityType::person && m.first_token < titled.first_token);
    }
    return abroad && someone_before;
}

/// "former England captain David Beckham", "Ontario Premier Doug Ford": a place in another country
/// right before the title says where the office is.
bool office_placed_abroad(const Document& doc, const Mention& titled, std::string_view home) {
    for (const Mention& m : doc.mentions) {
        if (m.sentence != titled.sentence || m.type != EntityType::place || m.entity < 0 ||
            m.end_token >= titled.first_token || m.end_token + 3 < titled.first_token)
            continue;
        bool joined = true;  // only the title's words between: no comma, no dash
        for (std::uint32_t t = m.end_token; t < titled.first_token; ++t) joined = joined && doc.tokens[t].has(token_word);
        const std::string& country = doc.entities[static_cast<std::size_t>(m.entity)].country;
        if (joined && !country.empty() && country != home) return true;
    }
    return false;
}


/// "Jaishankar and Singh represented India": a person the text says represents a country, with no
/// country of his own yet, is that country's.
void take_countries_represented(Document& doc) {
    for (const Relation& r : doc.relations) {
        if (r.type != RelationType::represents || r.source < 0 || r.target < 0) continue;
        Entity& person = doc.entities[static_cast<std::size_t>(r.source)];
        const Entity& country = doc.entities[static_cast<std::size_t>(r.target)];
        if (person.type == EntityType::person && person.country.empty() && country.type == EntityType::country)
            person.country = country.country;
    }
}

}  // namespace

void HomeCountryResolver::run(Document& doc) const {
    take_countries_represented(doc);
    const std::string_view home = schema_.news_agency_country(doc.article.credit);
    if (home.empty() || !dateline_at_home(doc, home)) return;
    int home_entity = -1;
    for (std::size_t e = 0; e < doc.entities.size(); ++e) {
        const Entity& person = doc.entities[e];  // not used once country_entity may grow doc.entities
        if (person.type != EntityType::person || person.positions.empty() || !person.country.empty() ||
            person.mentions.empty() || placed_elsewhere(doc, static_cast<int>(e), home) ||
            office_taken_at_home(doc, person, home))
            continue;
        // the sentence that gives the title is the evidence, as the country's would have been given with it
        const auto& mentions = person.mentions;
        const auto with_title = std::find_if(mentions.begin(), mentions.end(), [&](std::uint32_t m) { return !doc.mentions[m].position.empty(); });
        const Mention& titled = doc.mentions[with_title == mentions.end() ? mentions.front() : *with_title];
        if (met_abroad(doc, titled, home) || office_placed_abroad(doc, titled, home)) continue;
        const std::uint32_t sentence = titled.sentence;
        if (home_entity < 0) home_entity = doc.country_entity_or_add(home, schema_.country_name(home));  // may grow doc.entities
        doc.entities[e].country = std::string(home);
        doc.relations.push_back({RelationType::represents, static_cast<int>(e), home_entity, sentence, "", "dateline"});
    }
}

}  // namespace kg
