#include "ingest/relation_extractor/sentence_relations.hpp"

#include <algorithm>
#include <cctype>

#include "ingest/entity_resolver.hpp"
#include "ingest/date_parser.hpp"
#include "ingest/text.hpp"

namespace kg::extraction {

namespace {

constexpr std::size_t appositive_window = 14;

}  // namespace

void SentenceRelations::read_memberships() {
    for (std::size_t k = 0; k < mentions_.size(); ++k) {
        const Mention& p = mention(mentions_[k]);
        if (p.type != EntityType::person || p.entity < 0 || p.kind != MentionKind::name) continue;
        if (!p.country.empty()) add(RelationType::represents, p.entity, doc_.country_entity(p.country));
        read_title_membership(p);
        read_affiliation(k);
        read_body_headed(p);
        read_party_owned(p);
    }
}

void SentenceRelations::read_party_owned(const Mention& p) {
    // "Friedrich Merz's conservative Christian Democratic Union", "Chancellor Olaf Scholz's Social Democrats":
    // the party a leader's possessive names is his
    std::uint32_t t = p.end_token;
    if (t >= sentence_.end_token || !one_of(key(t), {"'s", "’s"})) return;
    ++t;
    // (a word that says which kind of party, not "Sullivan's meeting with Chinese Communist Party ...")
    while (t < sentence_.end_token && t < p.end_token + 4 &&
           one_of(key(t), {"conservative", "ruling", "governing", "opposition", "centre-left", "center-left", "centre-right",
                           "center-right", "far-right", "far-left", "left-wing", "right-wing", "nationalist", "liberal",
                           "socialist", "populist", "own"}))
        ++t;
    for (auto m : mentions_) {
        const Mention& body = mention(m);
        if (body.type != EntityType::agency || body.entity < 0 || body.first_token != t) continue;
        if (names_political_party(doc_.entities[body.entity].name) || names_political_party(doc_.text(body)))
            add(RelationType::member_of, p.entity, body.entity);
        return;
    }
}

bool SentenceRelations::names_political_party(std::string_view name) {
    // (not any union: "Tshisekedi's African Union chairmanship")
    for (std::string_view head : {" Party", " Democrats", " Republicans", "Democratic Union", "Social Union", " Alliance", " Front",
                                  " League", " Movement"})
        if (ends_with(name, head)) return true;
    return starts_with(name, "Alternative for ");
}

void SentenceRelations::read_body_headed(const Mention& p) {
    // "Rafael Grossi, who heads the International Atomic Energy Agency," ("Rep. Mike Rogers, R-Ala., who
    // chairs ...": past a party tag)
    std::uint32_t t = p.end_token;
    if (t + 1 < sentence_.end_token && key(t) == ",")
        for (auto m : mentions_)
            if (mention(m).party_tag && mention(m).first_token == t + 1)
                for (t = mention(m).end_token; t < sentence_.end_token && key(t) != ","; ++t) {}
    if (t + 3 >= sentence_.end_token || key(t) != "," || key(t + 1) != "who" ||
        !one_of(key(t + 2), {"heads", "headed", "leads", "led", "chairs", "chaired", "runs", "directs"}))
        return;
    t += 3;
    if (key(t) == "the") ++t;
    for (auto m : mentions_) {
        const Mention& body = mention(m);
        if (body.type != EntityType::agency || body.entity < 0 || body.first_token != t) continue;
        add(RelationType::member_of, p.entity, body.entity);
        attached_.insert(m);  // describes the person, no party to the sentence's events
        return;
    }
}

void SentenceRelations::read_office_joined_before(const Mention& p) {
    // back over the title's words to the "and" before them
    std::uint32_t t = address_start(p);
    while (t > sentence_.first_token && doc_.tokens[t - 1].capitalised() && key(t - 1) != "and") --t;
    if (t == address_start(p) || t < sentence_.first_token + 4 || key(t - 1) != "and") return;
    for (auto m : mentions_) {
        const Mention& body = mention(m);
        if (body.type != EntityType::agency || body.entity < 0 || body.end_token != t - 1) continue;
        std::uint32_t of = body.first_token - 1;
        if (of > sentence_.first_token && key(of) == "the") --of;
        if (of <= sentence_.first_token || key(of) != "of" || !is_role_word(of - 1, false)) return;
        add(RelationType::member_of, p.entity, body.entity, std::string(doc_.text(doc_.tokens[of - 1].begin, body.end)));
        attached_.insert(m);  // part of the person's titles, no party to the sentence's events
        return;
    }
}

void SentenceRelations::read_title_membership(const Mention& p) {
    read_office_joined_before(p);
    if (read_agency_in_title(p)) return;
    const std::string position = to_lower_ascii(p.position);
    // ("Democratic leader Chuck Schumer", "House Republican Whip Steve Scalise": a party's office in a chamber)
    for (std::string_view party : {"democratic", "republican"})
        if (names_party_office(position, party))
            add(RelationType::member_of, p.entity, find_or_make_agency(party == "democratic" ? "Democratic Party" : "Republican Party", ""),
                p.position);
    // A headline's "Minister of Trade Yilmaz" serves the country the body gives her ("of Micronesia"):
    // without it, every country's trade minister would join one stateless Ministry of Trade.
    const std::string& country = p.country.empty() ? doc_.entities[p.entity].country : p.country;
    for (auto [title, body] : {std::pair<std::string_view, std::string_view>{"minister of ", "Ministry of "},
                               {"minister for ", "Ministry of "},
                               {"secretary of ", "Department of "}}) {
        const auto at = position.find(title);
        if (at == std::string::npos) continue;
        std::string complement = p.position.substr(at + title.size());
        for (std::string_view stop : {" of ", " for ", " to "}) {
            const auto cut = to_lower_ascii(complement).find(stop);
            if (cut != std::string::npos) complement = complement.substr(0, cut);
        }
        // "Minister of Foreign Affairs and Deputy Prime Minister" holds two offices; the Department
        // of Housing and Urban Development and the Ministry of Foreign Affairs and Trade are one body
        const auto joined = to_lower_ascii(complement).find(" and ");
        // ("Minister of State and Cabinet Member": a rank and a second role)
        if (joined != std::string::npos && (names_title(to_lower_ascii(complement.substr(joined + 5))) ||
                                            to_lower_ascii(complement.substr(0, joined)) == "state"))
            complement = complement.substr(0, joined);
        // "Secretary of Housing & Urban Development" serves the Department of Housing and Urban Development
        for (auto amp = complement.find(" & "); amp != std::string::npos; amp = complement.find(" & "))
            complement.replace(amp, 3, " and ");
        // ("Minister of State" is a rank below a cabinet minister, in no ministry of that name; a British
        // "Secretary of State for Defence" heads the ministry of the field after "for", unlike an
        // American "Assistant Secretary of State for ...")
        const bool of_state = to_lower_ascii(complement) == "state";
        if (of_state && at == 0 && country != "US" && starts_with(position, "secretary of state for ")) continue;
        // ("Cardinal Secretary of State Pietro Parolin" heads the Holy See's Secretariat, no department)
        if (of_state && one_of(std::string_view(position).substr(0, position.find(' ')), {"cardinal", "archbishop", "monsignor"}))
            continue;
        const bool minister = starts_with(title, "minister");
        if (complement.empty() || (of_state && (minister || (country != "US" && !country.empty())))) continue;
        // "the minister for European Union relations" names a field, not a ministry's name
        if (!names_field_in_capitals(complement)) continue;
        // "Prime Minister of Canada", "Deputy Prime Minister for Restoration" and "Minister of the
        // Kingdom" lead a government or a task, not a ministry.
        if ((at >= 6 && position.compare(at - 6, 6, "prime ") == 0) || names_place(complement)) continue;
        const std::string agency_name = std::string(body) + complement;
        // "Secretary of Commerce Gina Raimondo", of no country the article says, heads the department
        // the gazetteer knows by that name, the United States' ("Minister of Defence Marles" may be
        // anyone's: many countries have a ministry of that name)
        const LexEntry* known = country.empty() && body == "Department of " ? schema_.agency_named(agency_name) : nullptr;
        const int agency = known && !known->country.empty() ? find_or_make_agency(known->value, known->country)
                                                            : find_or_make_agency(agency_name, country);
        add(RelationType::member_of, p.entity, agency, p.position);
        return;
    }
    read_american_secretary(p, position, country);
}

void SentenceRelations::read_american_secretary(const Mention& p, const std::string& position, const std::string& country) {
    // "Defense Secretary Pete Hegseth", "Treasury Secretary Scott Bessent": the department the gazetteer
    // knows as the "Defense Department", when the holder is American (the Philippines' "Defense Secretary
    // Gilberto Teodoro" heads another; a German "State Secretary" none)
    constexpr std::string_view secretary = " secretary";
    if (!ends_with(position, secretary)) return;
    const bool american = country == "US" || (country.empty() && schema_.known_person_country(doc_.entities[p.entity].name) == "US");
    const std::string field = p.position.substr(0, p.position.size() - secretary.size());
    if (!american || field.empty()) return;
    const LexEntry* known = schema_.agency_named(field + " Department");
    if (!known || known->country != "US") return;
    add(RelationType::member_of, p.entity, find_or_make_agency(known->value, known->country), p.position);
}

bool SentenceRelations::names_party_office(std::string_view position, std::string_view party) const {
    if (position.find(party) == std::string_view::npos) return false;  // (most positions: no split)
    const auto words = split(position, ' ');
    for (std::size_t w = 0; w + 1 < words.size(); ++w) {
        if (words[w] != party) continue;
        // ("House Democratic Caucus Chair": the title may come a word later; not "leader of the
        // Christian Democratic Union", a party named with the word)
        if (schema_.in_category(words[w + 1], LexCategory::org_head)) return false;
        return schema_.in_category(words[w + 1], LexCategory::title) ||
               (w + 2 < words.size() && schema_.in_category(words[w + 2], LexCategory::title));
    }
    return false;
}

bool SentenceRelations::names_field_in_capitals(std::string_view complement) {
    std::size_t at = 0;
    while (at < complement.size()) {
        std::size_t end = complement.find(' ', at);
        if (end == std::string_view::npos) end = complement.size();
        const std::string_view word = complement.substr(at, end - at);
        if (!word.empty() && word != "the" && word != "and" && std::islower(static_cast<unsigned char>(word.front()))) return false;
        at = end + 1;
    }
    return true;
}

bool SentenceRelations::read_agency_in_title(const Mention& p) {
    for (auto m : mentions_) {
        const Mention& agency = mention(m);
        if (agency.type != EntityType::agency || agency.entity < 0 || agency.kind != MentionKind::name) continue;
        if (agency.end_token > p.first_token) continue;
        // "Head of the Office of the President of Ukraine Andriy Yermak": the body's country may follow it
        // ("the Secretary-General of the Organisation of Islamic Cooperation (OIC), X": or its short name)
        const std::uint32_t after = past_short_name(agency.end_token, p.first_token);
        // ("..., Ambassador Adamu Lamuwa", "..., Admiral Giuseppe Cavo Dragone": a courtesy title or a rank
        // may stand before the name)
        std::uint32_t name_at = address_start(p);
        while (name_at > after + 1 && (schema_.title_marked(key(name_at - 1), "courtesy") || schema_.title_marked(key(name_at - 1), "rank")))
            --name_at;
        const bool inside = p.position.find(doc_.text(agency)) != std::string::npos &&
                            (name_at - after <= 1 || ends_title(agency.end_token, p));
        // "Klein, White House Gender Policy Council Director, Julie Chavez Rodriguez": after a comma, a
        // title set off by another is the name's before it
        const bool set_off_allowed = !(agency.first_token > 0 && key(agency.first_token - 1) == ",");
        if (!inside && !title_between(agency.end_token, p, set_off_allowed)) continue;
        // "Sudan's Ambassador to the UN": posted to the body, a member of the country's service
        const std::uint32_t before = agency.first_token > 0 && key(agency.first_token - 1) == "the" ? agency.first_token - 1 : agency.first_token;
        // "Algeria's U.N. Ambassador": a country's envoy posted to the body
        const bool posted = !p.country.empty() && agency.end_token < p.first_token && schema_.is_posting_title(key(agency.end_token));
        if (!(before > 0 && key(before - 1) == "to") && !posted) add(RelationType::member_of, p.entity, agency.entity, p.position);
        attached_.insert(m);  // part of the person's title, not a party to the sentence's events
        return true;
    }
    return false;
}

bool SentenceRelations::title_between(std::uint32_t from, const Mention& p, bool set_off_allowed) const {
    if (from < p.first_token && key(from) == "'s") ++from;
    // "Federal Trade Commission (FTC) Chair Lina Khan": the body's acronym may follow it
    from = past_short_name(from, p.first_token);
    if (p.position.empty() || from >= p.first_token) return false;
    // "WHO Director-General Dr Tedros": a form of address may stand between title and name
    const std::uint32_t address = address_start(p);
    if (address <= from) return false;
    std::uint32_t last = address - 1;
    // "the African Union Commission Chairperson, Moussa Faki Mahamat": a comma may set the name off
    if (set_off_allowed && last > from && key(last) == ",") --last;
    const std::string between = collapse_whitespace(doc_.text(doc_.tokens[from].begin, doc_.tokens[last].end));
    if (between == p.position) return true;
    // ("Vietnam Coast Guard commander Lieutenant General Le Quang Dao": the office, then the holder's rank;
    // "Pakistan's Inter-Services Intelligence chief, Lt. Gen. Asim Malik": set off before the rank)
    const bool comma = set_off_allowed && starts_with(between, p.position + ", ");
    if (p.position.empty() || (!comma && !starts_with(between, p.position + " "))) return false;
    const std::string rank = to_lower_ascii(between.substr(p.position.size() + (comma ? 2 : 1)));
    return schema_.title_marked(rank, "rank") || schema_.title_marked(to_lower_ascii(schema_.spelled_out_title(rank)), "rank");
}

std::uint32_t SentenceRelations::past_short_name(std::uint32_t t, std::uint32_t limit) const {
    return t + 2 < limit && key(t) == "(" && key(t + 2) == ")" ? t + 3 : t;
}

std::uint32_t SentenceRelations::address_start(const Mention& p) const {
    std::uint32_t first = p.first_token;
    while (first > sentence_.first_token && is_honorific(first - 1)) --first;
    return first;
}

bool SentenceRelations::names_title(std::string_view text) const {
    for (const auto& word : split(text, ' '))
        if (schema_.in_category(word, LexCategory::title)) return true;
    return false;
}

bool SentenceRelations::is_honorific(std::uint32_t token) const {
    return schema_.in_category(key(token), LexCategory::honorific);
}

bool SentenceRelations::ends_title(std::uint32_t from, const Mention& p) const {
    if (from >= p.first_token) return false;
    const std::string between = collapse_whitespace(doc_.text(doc_.tokens[from].begin, doc_.tokens[p.first_token - 1].end));
    return p.position.size() > between.size() && ends_with(p.position, " " + between);
}

int SentenceRelations::find_or_make_agency(const std::string& name, const std::string& country) {
    // "Minister for Foreign Affairs of Japan" serves the body the gazetteer calls "Ministry of
    // Foreign Affairs of Japan", as other articles name it
    const std::string_view national = schema_.national_agency(name, country);
    const std::string wanted = agency_key(name), wanted_national = agency_key(national);
    auto is_wanted = [&](const std::string& n) {
        const std::string key = agency_key(n);
        return key == wanted || (!national.empty() && key == wanted_national);
    };
    for (std::size_t e = 0; e < doc_.entities.size(); ++e) {
        const Entity& entity = doc_.entities[e];
        if (entity.type != EntityType::agency) continue;
        if (!country.empty() && !entity.country.empty() && entity.country != country) continue;
        if (is_wanted(entity.name) || std::any_of(entity.aliases.begin(), entity.aliases.end(), is_wanted))
            return static_cast<int>(e);
    }
    // The title names a body the article does not: make it.
    Entity made;
    made.type = EntityType::agency;
    made.name = national.empty() ? name : std::string(national);
    made.country = country;
    doc_.entities.push_back(std::move(made));
    return static_cast<int>(doc_.entities.size() - 1);
}

void SentenceRelations::read_affiliation(std::size_t k) {
    const Mention& p = mention(mentions_[k]);
    std::uint32_t t = p.end_token;
    std::size_t first = k + 1;
    // "President Bola Tinubu of Nigeria, the current ECOWAS chairman,": the appositive follows the country
    // ("Rep. Rosa DeLauro of Connecticut, the top Democrat on ...": or the state)
    if (first < mentions_.size() && t < sentence_.end_token && key(t) == "of") {
        const Mention& country = mention(mentions_[first]);
        if ((country.type == EntityType::country || country.type == EntityType::place) && country.first_token == t + 1 &&
            country.end_token < sentence_.end_token && key(country.end_token) == ",") {
            t = country.end_token;
            ++first;
        }
    }
    // "Sen. Roger Wicker, R-Miss., the chairman of ...": the party tag the recogniser read, then the rest
    if (first < mentions_.size() && t < sentence_.end_token && key(t) == ",") {
        const Mention& tag = mention(mentions_[first]);
        if (tag.party_tag && tag.entity >= 0 && tag.first_token == t + 1) {
            add(RelationType::member_of, p.entity, tag.entity);
            attached_.insert(mentions_[first]);
            ++first;
            for (t = tag.end_token; t < sentence_.end_token && key(t) != ","; ++t) {}
        }
    }
    // "X, a member of Y", "X, the foreign minister of Y", "X, President of Y" (a title with no name
    // after it: in "X, Director of Y Brian Deese" the title is the next person's), and the same said
    // outright: "X is a member of Y"
    // ("Xi, also general secretary of the CPC Central Committee,", "Xi, who is also ...": a second office)
    const Document::SecondOffice second = t + 1 < sentence_.end_token && key(t) == ","
                                              ? doc_.second_office_at(t + 1, sentence_.end_token)
                                              : Document::SecondOffice{t + 1};
    const std::uint32_t role_at_comma = second.office;
    const bool relative_clause = second.relative;
    const bool titled = t + 1 < sentence_.end_token && key(t) == "," && title_alone_at(role_at_comma);
    // "Rafael Grossi, director general of the IAEA,": a title in lower case needs no article
    const bool lower_title = t + 1 < sentence_.end_token && key(t) == "," &&
                             !doc_.tokens[role_at_comma].has(token_capitalized) && is_role_word(role_at_comma);
    // "Mark Rutte, NATO's secretary general,": a body's possessive before the role (not the next
    // person's: "Kenya's President William Ruto, Uganda's President Yoweri Museveni")
    const bool owned_title = t + 3 < sentence_.end_token && key(t) == "," && key(t + 2) == "'s" && role_at(t + 3) &&
                             !name_after_role(t + 3);
    // "Valdecy Urquiza, INTERPOL Secretary General,": or the body's name
    const bool body_title = [&] {
        if (first >= mentions_.size() || t + 1 >= sentence_.end_token || key(t) != ",") return false;
        const Mention& body = mention(mentions_[first]);
        // (the recogniser took the words after the body for the person's title: they are no next
        // person's, as in "..., FEMA Acting Associate Administrator Erik Hooks")
        return body.type == EntityType::agency && body.first_token == t + 1 && body.end_token < sentence_.end_token &&
               role_at(body.end_token) && !p.position.empty() &&
               starts_with(doc_.text(doc_.tokens[body.end_token].begin, doc_.tokens[sentence_.end_token - 1].end), p.position);
    }();
    // ("Prime Minister Netanyahu, the Amir of Qatar, and President Sisi": another leader's office is a
    // list's next item)
    const bool another_leader = !p.position.empty() && schema_.is_leader_position(p.position) &&
                                first < mentions_.size() && mention(mentions_[first]).kind == MentionKind::title &&
                                mention(mentions_[first]).first_token <= role_at_comma + 1 &&
                                schema_.is_leader_position(mention(mentions_[first]).position) &&
                                Schema::office_head(mention(mentions_[first]).position) != Schema::office_head(p.position);
    // ("Starmer met Xi, the first meeting between a British prime minister and the Chinese leader":
    // an appositive headed by an event describes the event, not the person)
    const bool event_heads = first < mentions_.size() && mention(mentions_[first]).type == EntityType::event &&
                             mention(mentions_[first]).first_token <= role_at_comma + 1;
    // ("Ali Vaez, Iran project director at the International Crisis Group,": a country or region as the
    // field of a role in lower case; it is no party)
    const bool field_role = [&] {
        if (first >= mentions_.size() || t + 1 >= sentence_.end_token || key(t) != ",") return false;
        const Mention& field = mention(mentions_[first]);
        if (field.first_token != t + 1 || (field.type != EntityType::country && field.type != EntityType::place)) return false;
        for (std::uint32_t u = field.end_token; u < sentence_.end_token && u < field.end_token + 3 && lower_case_word(u); ++u)
            if (is_role_word(u, /*modifier=*/false)) return true;
        return false;
    }();
    if (field_role) attached_.insert(mentions_[first++]);
    const bool appositive = t + 1 < sentence_.end_token && !another_leader && !event_heads &&
                            (key(t) == "," || key(t) == "is" || key(t) == "was") &&
                            (one_of(key(role_at_comma), {"a", "an", "the"}) || titled || lower_title || owned_title ||
                             body_title || field_role);
    // (the words of "who is also" come on top of the appositive's)
    const std::uint32_t limit =
        std::min<std::uint32_t>(sentence_.end_token, t + (appositive ? appositive_window + (role_at_comma - t - 1) : 4));
    // The body is looked for near the name, but an appositive describes the person up to its end
    // ("Cai Qi, a member of the Standing Committee of the Political Bureau of the CPC Central
    // Committee and director of its General Office, and Wang Yi attended"): no body in it is a party.
    std::uint32_t close = sentence_.end_token;
    // ("Opposition leader Kemi Badenoch, of the Conservative Party,": "of" may follow a comma)
    const bool comma_of = t + 1 < sentence_.end_token && key(t) == "," && key(t + 1) == "of";
    for (std::uint32_t u = t + (appositive || comma_of ? 1 : 0); u < sentence_.end_token; ++u)
        if (key(u) == "," || key(u) == ";" || key(u) == "." || key(u) == "said" || key(u) == "told") { close = u; break; }
    // ("he will meet Syrian President Ahmed al-Sharaa, a White House official said", "... to President
    // Vladimir Putin, the Iranian foreign ministry spokesman Esmaeil Baghaei said": who speaks, set off
    // before the verb of saying with no comma to close an appositive, describes no one before the comma)
    if (appositive && close < sentence_.end_token && one_of(key(close), {"said", "told"})) return;
    // ("Canada's Justin Trudeau, the Nato secretary general, Mark Rutte, and ...": the next name's office)
    if (appositive && key(role_at_comma) == "the" && office_before_next_name(close)) return;
    const std::uint32_t stop = std::min(close, limit);
    // "Jenny Black, President and CEO, Planned Parenthood": a participants list's item, the body last
    if (titled && close + 1 < sentence_.end_token && key(close) == ",")
        for (std::size_t j = first, from = close + 1; j < mentions_.size(); ++j) {
            const Mention& body = mention(mentions_[j]);
            if (body.first_token < from) continue;
            // ("..., American Federation of Teachers": past its country)
            if (body.type == EntityType::country && body.first_token == from && body.qualifier) {
                from = body.end_token;
                continue;
            }
            const bool item_end = body.end_token == sentence_.end_token || one_of(key(body.end_token), {".", ";"});
            if (body.first_token == from && body.type == EntityType::agency && body.kind == MentionKind::name &&
                body.entity >= 0 && item_end) {
                add(RelationType::member_of, p.entity, body.entity, p.position);
                attached_.insert(mentions_[j]);
            }
            break;
        }
    // ("Lindsey Graham, a Republican from South Carolina and a member of the Senate Appropriations
    // Committee,": the party the appositive opens with, then what else it says)
    // ("Rosa DeLauro, the top Democrat on the House Appropriations Committee,": or a rank among its members)
    // ("Jack Reed, the committee's top Democrat,": whose member he is may come between)
    const std::uint32_t rank_at = role_at_comma + 3 < close && key(role_at_comma + 2) == "'s" ? role_at_comma + 3 : role_at_comma + 1;
    const bool ranked_member = appositive && key(role_at_comma) == "the" && rank_at < close &&
                               one_of(key(rank_at), {"top", "senior", "ranking", "leading"});
    if (ranked_member && rank_at != role_at_comma + 1 && first < mentions_.size()) {
        const Mention& body = mention(mentions_[first]);  // "the committee's": a member of it too, if it is known
        if (body.type == EntityType::agency && body.first_token == role_at_comma) {
            if (body.entity >= 0) add(RelationType::member_of, p.entity, body.entity);
            attached_.insert(mentions_[first]);
            ++first;
        }
    }
    if (appositive && (one_of(key(role_at_comma), {"a", "an"}) || ranked_member) && first < mentions_.size()) {
        const Mention& party = mention(mentions_[first]);
        if (party.type == EntityType::agency && party.kind == MentionKind::name && party.entity >= 0 &&
            party.first_token == (ranked_member ? rank_at + 1 : role_at_comma + 1) && party.end_token <= close &&
            !role_at(party.end_token)) {
            add(RelationType::member_of, p.entity, party.entity);
            attached_.insert(mentions_[first]);
            ++first;
        }
    }
    for (std::size_t j = first; j < mentions_.size(); ++j) {
        const Mention& m = mention(mentions_[j]);
        if (m.first_token >= stop) break;
        if (appositive && m.kind == MentionKind::title) {  // "X, President of Y": X's own title
            // "Kamikawa Yoko, Minister for Foreign Affairs of Japan,": the country the title serves
            if (titled && !m.country.empty()) add(RelationType::represents, p.entity, doc_.country_entity(m.country));
            continue;
        }
        // "Keir Starmer, the leader of the Labour Party": the appositive's head is the person again
        // ("..., including the Italian prime minister, Giorgia Meloni, the Canadian prime minister, Justin
        // Trudeau": unless it is the next person's office, set off before that name)
        if (appositive && m.type == EntityType::person && m.kind == MentionKind::description && m.first_token == role_at_comma) {
            if (m.entity >= 0 && m.entity != p.entity) break;
            continue;
        }
        if (m.entity < 0) break;
        if (m.type == EntityType::person && !m.qualifier) break;
        if (m.type == EntityType::country) {
            // "the US ambassador to China": the country right before the role, not the one after "to";
            // "the foreign minister of Germany": the one after the role and "of"
            // "the United Kingdom's Permanent Representative": the role may follow a possessive
            const std::uint32_t role = m.end_token < sentence_.end_token && key(m.end_token) == "'s" ? m.end_token + 1 : m.end_token;
            // ("Orban, a close ally of Russian President Vladimir Putin,": not one whose office a name follows)
            const bool before_role = !(m.first_token > 0 && key(m.first_token - 1) == "to") && role_at(role) && !name_after_role(role);
            const bool of_role = m.first_token >= 2 && key(m.first_token - 1) == "of" && is_role_word(m.first_token - 2);
            if (appositive && (before_role || of_role)) add(RelationType::represents, p.entity, m.entity);
            // "LeBlanc, the minister responsible for Canada-U.S. trade, attended": a country the
            // appositive's words lead up to is the person's field, not a party
            else if (appositive && words_in_lower_case(t + 1, m.first_token)) attached_.insert(mentions_[j]);
            continue;
        }
        // ("Mark Rutte, the alliance's secretary general,": a body described may own the role)
        const bool owner_described = m.kind == MentionKind::description && m.end_token < sentence_.end_token && key(m.end_token) == "'s";
        if (m.type != EntityType::agency || (m.kind == MentionKind::description && !owner_described)) continue;
        // ("Lisa Curtis, a former National Security Council official,": a body served once; its words
        // describe her, no party to the sentence)
        if (appositive && words_include(role_at_comma, m.first_token, "former")) {
            attach_agencies(j, close);
            break;
        }
        // "Volker Turk, the UN High Commissioner for Human Rights": the agency names the role's body
        // (not when a name follows the role: "X, Chief Medical Advisor and NIAID Director Dr. Anthony Fauci")
        // "Chuck Schumer, a New York Democrat,": the body is the appositive's last word, its head
        // ("Liu Pengyu, a spokesperson for the Chinese Embassy in Washington,": or before the place it is in)
        const bool place_after = j + 1 < mentions_.size() && mention(mentions_[j + 1]).type == EntityType::place &&
                                 mention(mentions_[j + 1]).first_token == m.end_token + 1 && key(m.end_token) == "in" &&
                                 mention(mentions_[j + 1]).end_token == close;
        const bool body_heads = appositive && one_of(key(role_at_comma), {"a", "an"}) && (m.end_token == close || place_after) &&
                                m.kind == MentionKind::name;
        // ("McCaul, the Republican chair of the House Foreign Affairs Committee,": a party before a role
        // whose complement names its body is the holder's party, and the body the role's)
        if (appositive && m.kind == MentionKind::name && names_political_party(doc_.entities[m.entity].name) &&
            role_follows(m.end_token) && body_in_complement(m.end_token, stop)) {
            add(RelationType::member_of, p.entity, m.entity);
            attached_.insert(mentions_[j]);
            continue;
        }
        if (body_heads || (appositive && role_follows(m.end_token) && !name_after_role(m.end_token))) {
            add(RelationType::member_of, p.entity, m.entity, p.position);
            attach_agencies(j, close);
            break;
        }
        const std::uint32_t before = m.first_token;
        bool preposition = false;
        // "an undersecretary at the DHS" works there; "hosted Zelensky at Downing Street" is a place
        // ("the top Democrat on the House Appropriations Committee": a seat on a committee or a board)
        const bool seat = m.end_token > m.first_token &&
                          one_of(key(m.end_token - 1), {"committee", "subcommittee", "board", "panel", "council", "commission"});
        for (std::uint32_t u = t; u < before; ++u)
            if (key(u) == "from" || (key(u) == "at" && appositive) || key(u) == "of" || key(u) == "with" ||
                (key(u) == "on" && appositive && seat))
                preposition = true;
        if (!preposition) break;
        if (!appositive && !only_words_between(comma_of ? t + 1 : t, before, {"from", "at", "of", "with", "the", "'s", "'"}))
            break;
        // "X, Secretary of Health and Human Services Xavier Becerra": a name after the body takes the title
        if (titled && m.end_token < sentence_.end_token && doc_.tokens[m.end_token].has(token_capitalized)) break;
        // ("President Ruto, who is also the Chairperson of the AU Institutional Reform,": a second office
        // is the body's only if the body ends it, and the office is the clause's, not the first one)
        // ("He Lifeng, who is also a member of the Political Bureau of ... and China's lead person for ...":
        // or ends the clause's first office, before "and")
        if (relative_clause && m.end_token != close && !(m.end_token < close && key(m.end_token) == "and")) continue;
        std::string office = p.position;
        if (relative_clause) {
            std::uint32_t role = role_at_comma;
            while (role < m.first_token && one_of(key(role), {"the", "a", "an"})) ++role;
            office = collapse_whitespace(doc_.text(doc_.tokens[role].begin, m.end));
        }
        add(RelationType::member_of, p.entity, m.entity, office);
        if (appositive) attach_agencies(j, close);
        else attached_.insert(mentions_[j]);
        // "Senior Directors Tarun Chhabra and Nora Todd from the NSC": both
        if (k > 0 && !appositive) {
            const Mention& before_person = mention(mentions_[k - 1]);
            if (before_person.type == EntityType::person && before_person.entity >= 0 &&
                before_person.kind == MentionKind::name &&
                only_words_between(before_person.end_token, p.first_token, {"and"}))
                add(RelationType::member_of, before_person.entity, m.entity, before_person.position);
        }
        break;
    }
}

bool SentenceRelations::words_include(std::uint32_t from, std::uint32_t to, std::string_view word) const {
    for (std::uint32_t t = from; t < to; ++t)
        if (key(t) == word) return true;
    return false;
}

bool SentenceRelations::office_before_next_name(std::uint32_t comma) const {
    if (comma + 1 >= sentence_.end_token || key(comma) != ",") return false;
    for (auto m : mentions_) {
        const Mention& next = mention(m);
        if (next.type != EntityType::person || next.kind != MentionKind::name || next.first_token != comma + 1) continue;
        // (unless each name of the list has its office after it: "Ali Zaidi, the National Climate Advisor,
        // Brenda Mallory, Chair of the Council ...")
        const std::uint32_t after = next.end_token;
        return !(after + 1 < sentence_.end_token && key(after) == "," &&
                 (one_of(key(after + 1), {"the", "a", "an"}) || is_role_word(after + 1)));
    }
    return false;
}

bool SentenceRelations::name_after_role(std::uint32_t token) const {
    for (std::uint32_t u = token; u < sentence_.end_token && u < token + 6; ++u) {
        for (auto m : mentions_)
            if (mention(m).type == EntityType::person && mention(m).kind == MentionKind::name && mention(m).first_token == u)
                return true;
        if (!doc_.tokens[u].capitalised()) return false;
    }
    return false;
}

void SentenceRelations::attach_agencies(std::size_t first, std::uint32_t stop) {
    for (std::size_t j = first; j < mentions_.size() && mention(mentions_[j]).first_token < stop; ++j)
        if (mention(mentions_[j]).type == EntityType::agency) attached_.insert(mentions_[j]);
}

bool SentenceRelations::urges(const TriggerHit& hit, std::uint32_t right) const {
    if (!one_of(key(hit.first), {"called", "calls"}) || key(hit.end - 1) != "on") return false;
    const std::uint32_t end = list_end(hit.end, right);
    return (end < right && key(end) == "to") || !names_person(hit.end, end);
}

bool SentenceRelations::welcomes_no_guest(const TriggerHit& hit) const {
    if (!one_of(key(hit.first), {"welcomed", "welcomes"})) return false;
    // ("welcomed her Mexican counterpart, Alicia Barcena": the guest's title and a comma may come first)
    auto before_guest = [&](std::uint32_t t) {
        return doc_.tokens[t].has(token_capitalized) ||
               one_of(key(t), {"her", "his", "their", "the", "visiting", "counterpart", "counterparts", ","});
    };
    for (std::uint32_t t = hit.end; t < sentence_.end_token && t < hit.end + 8 && before_guest(t); ++t) {
        const Argument* guest = argument_starting_at(t, EntityType::person);
        if (guest) return guest->end_token < sentence_.end_token && doc_.tokens[guest->end_token].has(token_possessive);
    }
    return true;
}

bool SentenceRelations::names_person(std::uint32_t begin, std::uint32_t end) const {
    for (const auto& a : arguments_)
        if (a.first_token >= begin && a.end_token <= end && a.type == EntityType::person) return true;
    return false;
}

bool SentenceRelations::partner_unnamed(const TriggerHit& hit) const {
    const std::string_view last = key(hit.end - 1);
    if (hit.end < sentence_.end_token && (key(hit.end) == "each" || key(hit.end) == "one")) return false;
    if (last == "with" || last == "on") return true;
    // "Newsom, Bass meet FEMA chief", "Blinken and Austin met their counterparts": the verb's object
    // is whom they met, not each other ("met Thursday", "met privately in Geneva" name none)
    if (!one_of(last, {"met", "meet", "meets"}) || hit.end >= sentence_.end_token) return false;
    const std::uint32_t next = hit.end;
    const std::string_view word = key(next);
    if (!doc_.tokens[next].has(token_word) || doc_.tokens[next].has(token_number) || weekday_from_name(word) != 0 ||
        month_from_name(word) != 0)
        return false;
    return !one_of(word, {"in", "on", "at", "for", "to", "with", "amid", "as", "ahead", "over", "after", "before",
                          "during", "since", "via", "by", "under", "without", "until", "near", "outside", "inside",
                          "behind", "today", "yesterday", "tonight", "privately", "briefly", "again", "separately",
                          "virtually", "twice", "once", "here", "there", "late", "early", "last", "this", "next",
                          "first", "and", "but", "or", "for", "face-to-face", "informally", "formally", "regularly",
                          "frequently", "previously", "earlier", "later", "recently", "also", "shortly", "monthly",
                          "weekly", "annually", "together", "alone", "when", "while", "where", "if", "who", "that",
                          "which", "to", "bilaterally", "personally", "directly", "online", "remotely", "secretly"});
}

bool SentenceRelations::title_alone_at(std::uint32_t token) const {
    for (auto m : mentions_)
        if (mention(m).first_token == token && mention(m).kind == MentionKind::title) return true;
    return false;
}

bool SentenceRelations::names_place(const std::string& words) const {
    const std::string lower = to_lower_ascii(words);
    if (lower.rfind("the ", 0) == 0) return true;
    for (auto id : schema_.lexicon().exact_words(lower)) {  // "Saudi Arabia" is two keys
        const auto c = schema_.entry(id).category;
        if (c == LexCategory::country || c == LexCategory::place) return true;
    }
    return false;
}

bool SentenceRelations::role_at(std::uint32_t token) const {
    for (std::uint32_t u = token; u < sentence_.end_token; ++u) {
        if (is_role_word(u, /*modifier=*/false)) return true;
        if (!is_role_word(u)) return false;
    }
    return false;
}

bool SentenceRelations::words_in_lower_case(std::uint32_t from, std::uint32_t to) const {
    for (std::uint32_t u = from; u < to; ++u)
        if (lower_case_word(u) && !one_of(key(u), {"the", "a", "an", "and", "or"})) return true;
    return false;
}

bool SentenceRelations::body_in_complement(std::uint32_t role, std::uint32_t stop) const {
    std::uint32_t u = role;
    while (u < stop && is_role_word(u, /*modifier=*/true)) ++u;
    if (u == role || u + 1 >= stop || !one_of(key(u), {"of", "on"})) return false;
    const std::uint32_t body = key(u + 1) == "the" ? u + 2 : u + 1;
    return std::any_of(mentions_.begin(), mentions_.end(), [&](std::size_t q) {
        const Mention& m = mention(q);
        return m.type == EntityType::agency && m.first_token == body && m.end_token <= stop;
    });
}

bool SentenceRelations::role_follows(std::uint32_t token) const {
    for (std::uint32_t u = token; u < sentence_.end_token && u < token + 3 && key(u) != ","; ++u)
        if (is_role_word(u)) return true;
    return false;
}

bool SentenceRelations::is_role_word(std::uint32_t token, bool modifier) const {
    for (auto id : schema_.lexicon().exact(key(token))) {
        const auto c = schema_.entry(id).category;
        if (c == LexCategory::role || c == LexCategory::title || (modifier && c == LexCategory::title_mod)) return true;
    }
    return false;
}

}  // namespace kg::extraction
