#include "ingest/schema.hpp"

#include <algorithm>
#include <cctype>
#include <mutex>

#include <re2/re2.h>

#include "ingest/error.hpp"
#include "ingest/schema_files.hpp"
#include "ingest/text.hpp"

namespace kg {

namespace {
/// The second-level domains governments use under their country's ("gov.sg", "go.jp", "gouv.fr").
constexpr std::string_view government_domains[] = {"gov", "go", "gob", "gouv", "govt", "gv", "gc"};
}  // namespace

namespace {

/// Calls `add` with each word of a one-word-a-line list.
template <class Add>
void for_each_listed_word(const std::string& text, Add add) {
    for (auto line : split(text, '\n')) {
        line = trim(line);
        if (!line.empty() && line[0] != '#') add(line);
    }
}

int hex_pair(const std::string& color, std::size_t at) {
    if (color.size() < at + 2) return 0;
    return static_cast<int>(std::strtol(color.substr(at, 2).c_str(), nullptr, 16));
}

}  // namespace

std::vector<std::vector<std::string_view>> schema_rows(std::string_view text) {
    std::vector<std::vector<std::string_view>> rows;
    for (auto line : split(text, '\n')) {
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (trim(line).empty() || trim(line)[0] == '#') continue;
        rows.push_back(split(line, '\t'));
    }
    return rows;
}

int EntityStyle::red() const { return hex_pair(color, 1); }
int EntityStyle::green() const { return hex_pair(color, 3); }
int EntityStyle::blue() const { return hex_pair(color, 5); }

std::shared_ptr<const Schema> Schema::defaults() {
    static std::shared_ptr<const Schema> instance;
    static std::once_flag once;
    std::call_once(once, [] { instance = load(""); });
    return instance;
}

const WordFacts Schema::unknown_word_;

std::shared_ptr<const Schema> Schema::load(const std::string& directory) {
    auto schema = std::make_shared<Schema>();
    const std::string abbreviations = read_schema_file(directory, "abbreviations.txt");
    for (auto line : split(abbreviations, '\n')) {
        if (trim(line).empty() || trim(line)[0] == '#') continue;
        for (auto word : split(trim(line), ' '))
            if (!word.empty()) schema->abbreviations_.insert(std::string(word));
    }
    schema->common_text_ = read_schema_file(directory, "words/common.txt");
    schema->proper_text_ = to_lower_ascii(read_schema_file(directory, "words/proper.txt"));
    schema->words_.reserve((schema->common_text_.size() + schema->proper_text_.size()) / 8 + 64);
    for_each_listed_word(schema->common_text_, [&](std::string_view w) { schema->words_[w].common = true; });
    for_each_listed_word(schema->proper_text_, [&](std::string_view w) { schema->words_[w].proper = true; });
    schema->given_text_ = to_lower_ascii(read_schema_file(directory, "given_names.txt"));
    for_each_listed_word(schema->given_text_, [&](std::string_view w) { schema->words_[w].given = true; });
    schema->load_countries(read_schema_file(directory, "countries.tsv"));
    schema->load_places(read_schema_file(directory, "places.tsv"));
    schema->load_agencies(read_schema_file(directory, "agencies.tsv"));
    schema->load_lexicon(read_schema_file(directory, "lexicon.tsv"));
    schema->load_triggers(read_schema_file(directory, "relations.tsv"));
    const std::string news_agencies = read_schema_file(directory, "news_agencies.tsv");  // the rows view it
    for (const auto& row : schema_rows(news_agencies))
        if (row.size() >= 2) {
            schema->news_agency_countries_[std::string(row[0])] = std::string(row[1]);
            if (row.size() >= 3 && row[2] == "world") schema->world_news_agencies_.insert(std::string(row[0]));
        }
    schema->load_furniture(read_schema_file(directory, "furniture.txt"));  // its credits name the agencies above
    schema->load_styles(read_schema_file(directory, "styles.tsv"));
    schema->load_publishers(read_schema_file(directory, "publishers.tsv"));
    schema->load_people(read_schema_file(directory, "people.tsv"));
    schema->load_foreign_titles(read_schema_file(directory, "foreign_titles.tsv"));
    const std::string nicknames = read_schema_file(directory, "nicknames.tsv");
    for (const auto& row : schema_rows(nicknames))
        if (row.size() >= 2) schema->nicknames_[to_lower_ascii(row[0])] = to_lower_ascii(row[1]);
    // Last, once every phrase is in: the recogniser looks each token up here and nowhere else first.
    for (const auto& [key, node] : schema->lexicon_.first_steps()) schema->words_[key].lexicon_step = node;
    return schema;
}

std::vector<std::string> Schema::phrase_keys(std::string_view phrase) const {
    std::vector<Token> tokens;
    std::string keys;
    tokenize(phrase, abbreviations_, tokens, keys);
    std::vector<std::string> out;
    out.reserve(tokens.size());
    for (const auto& t : tokens) out.emplace_back(keys.substr(t.key_begin, t.key_size));
    return out;
}

void Schema::add_phrase(std::string_view phrase, LexEntry entry) {
    phrase = trim(phrase);
    if (phrase.empty()) return;
    bool has_lower = false, has_upper = false;
    for (char c : phrase) {
        has_lower |= c >= 'a' && c <= 'z';
        has_upper |= c >= 'A' && c <= 'Z';
    }
    entry.acronym = has_upper && !has_lower;
    const auto id = static_cast<std::uint32_t>(entries_.size());
    entries_.push_back(std::move(entry));
    lexicon_.add(phrase_keys(phrase), id);
}

std::string_view Schema::country_name(std::string_view code) const {
    auto found = country_names_.find(std::string(code));
    return found == country_names_.end() ? std::string_view() : std::string_view(found->second);
}

std::string_view Schema::national_agency(std::string_view body, std::string_view code) const {
    const std::string_view country = country_name(code);
    if (body.empty() || country.empty()) return {};
    const LexEntry* known = agency_named(std::string(body) + " of " + std::string(country));
    return known && known->country == code ? std::string_view(known->value) : std::string_view();
}

const LexEntry* Schema::agency_named(std::string_view name) const {
    // (a table of its own: the analysis asks for made-up names often, which tokenising would slow)
    const auto found = agency_by_name_.find(to_lower_ascii(name));
    return found == agency_by_name_.end() ? nullptr : &entries_[found->second];
}

void Schema::load_countries(const std::string& text) {
    for (const auto& row : schema_rows(text)) {
        if (row.size() < 2) throw SchemaError("countries.tsv: a row needs a code and a name");
        const std::string code(row[0]);
        country_names_[code] = std::string(row[1]);
        add_phrase(row[1], {LexCategory::country, code, code, 0});
        if (row.size() > 2)
            for (auto alias : split(row[2], '|')) add_phrase(alias, {LexCategory::country, code, code, 0});
        if (row.size() > 3)
            for (auto demonym : split(row[3], '|')) add_phrase(demonym, {LexCategory::demonym, code, code, 0});
    }
}

void Schema::load_places(const std::string& text) {
    for (const auto& row : schema_rows(text)) {
        if (row.size() < 2) throw SchemaError("places.tsv: a row needs a name and a country");
        const std::string country = row[1] == "-" ? "" : std::string(row[1]);
        add_phrase(row[0], {LexCategory::place, std::string(row[0]), country, 0});
        if (row.size() > 3)
            for (auto alias : split(row[3], '|')) add_phrase(alias, {LexCategory::place, std::string(row[0]), country, 0});
    }
}

void Schema::load_agencies(const std::string& text) {
    for (const auto& row : schema_rows(text)) {
        if (row.size() < 2) throw SchemaError("agencies.tsv: a row needs a name and a country");
        // "?Foreign Office": a name that other countries' bodies share
        bool shared = false;
        auto unmark = [this, &shared](std::string_view written) {
            if (!starts_with(written, "?")) return written;
            written.remove_prefix(1);
            shared_agency_names_.insert(to_lower_ascii(trim(written)));
            shared = true;
            return written;
        };
        const std::string name(unmark(row[0]));
        const std::string country = row[1] == "-" ? "" : std::string(row[1]);
        agency_by_name_.emplace(to_lower_ascii(trim(name)), static_cast<std::uint32_t>(entries_.size()));
        add_phrase(name, {LexCategory::agency, name, country, 0});
        if (row.size() > 2)
            for (auto alias : split(row[2], '|')) {
                alias = unmark(alias);
                if (!trim(alias).empty()) agency_by_name_.emplace(to_lower_ascii(trim(alias)), static_cast<std::uint32_t>(entries_.size()));
                add_phrase(alias, {LexCategory::agency, name, country, 0});
            }
        if (shared) agencies_with_shared_names_.insert(name);
    }
}

void Schema::load_publishers(const std::string& text) {
    for (const auto& row : schema_rows(text))
        if (row.size() >= 2) publisher_countries_.emplace_back(to_lower_ascii(row[0]), std::string(row[1]));
}

void Schema::load_people(const std::string& text) {
    // Surnames too ("President Xi", "Giammattei"): the last word of a name, or the first where names
    // put the family first; one that people of two countries share names none ("Lee", "Johnson").
    static constexpr std::string_view family_first[] = {"CN", "KR", "KP", "JP", "VN", "TW", "KH", "MN"};
    std::unordered_map<std::string, std::string> surnames;
    auto add_surname = [&](std::string word, const std::string& country) {
        auto [at, fresh] = surnames.emplace(std::move(word), country);
        if (!fresh && at->second != country) at->second.clear();
    };
    for (const auto& row : schema_rows(text)) {
        if (row.size() < 2) throw SchemaError("people.tsv: a row needs a name and a country");
        const std::string country(row[1]);
        std::vector<std::string_view> names{trim(row[0])};
        if (row.size() > 2)
            for (auto name : split(row[2], '|'))
                if (!trim(name).empty()) names.push_back(trim(name));
        const bool family_first_name = std::find(std::begin(family_first), std::end(family_first), country) != std::end(family_first);
        // (views into person_countries_' keys, which stay where they are: looking a name up allocates nothing)
        const std::string_view canonical = person_countries_.try_emplace(std::string(names.front())).first->first;
        const auto canonical_words = split(canonical, ' ');
        for (auto name : names) {
            const auto entry = person_countries_.insert_or_assign(std::string(name), country).first;
            const auto words = split(name, ' ');
            // another spelling: of the whole name, or of the surname alone ("Zelenskiy" -> "Zelenskyy")
            if (name != names.front() && words.size() >= 2) canonical_people_.emplace(entry->first, canonical);
            if (name != names.front() && words.size() == 1 && canonical_words.size() >= 2)
                canonical_people_.emplace(entry->first, family_first_name ? canonical_words.front() : canonical_words.back());
            if (words.size() < 2) continue;
            add_surname(std::string(words.back()), country);
            if (family_first_name) add_surname(std::string(words.front()), country);
        }
    }
    for (auto& [surname, country] : surnames)
        if (!country.empty() && !person_countries_.count(surname)) surname_countries_.emplace(surname, country);
}

std::string_view Schema::known_surname_country(const std::string& surname) const {
    const auto found = surname_countries_.find(surname);
    return found == surname_countries_.end() ? std::string_view() : std::string_view(found->second);
}

void Schema::load_foreign_titles(const std::string& text) {
    for (const auto& row : schema_rows(text))
        if (row.size() >= 2)
            for (auto word : split(row[1], '|')) foreign_title_words_[std::string(row[0])].insert(to_lower_ascii(trim(word)));
}

std::string_view Schema::publisher_country(std::string_view url) const {
    // the host: "https://www.state.gov/readout/..." -> "www.state.gov"
    if (const auto scheme = url.find("://"); scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
    const std::string host = to_lower_ascii(url.substr(0, url.find_first_of("/:?#")));
    for (const auto& [domain, country] : publisher_countries_)
        if (host == domain || ends_with(host, "." + domain)) return country;
    // any government's domain under its country's: "www.mfa.gov.sg", "www.mofa.go.jp", "www.gob.mx"
    const auto dot = host.rfind('.');
    if (dot == std::string::npos || host.size() - dot != 3) return {};
    std::string code = host.substr(dot + 1);
    for (char& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (code == "UK") code = "GB";
    const std::string_view rest = std::string_view(host).substr(0, dot);
    const bool government = std::any_of(std::begin(government_domains), std::end(government_domains), [&](std::string_view gov) {
        return rest == gov || ends_with(rest, "." + std::string(gov));
    });
    const auto found = country_names_.find(code);
    return government && found != country_names_.end() ? std::string_view(found->first) : std::string_view();
}

std::string_view Schema::canonical_person(std::string_view name) const {
    const auto found = canonical_people_.find(name);
    return found == canonical_people_.end() ? name : found->second;
}

std::string_view Schema::known_person_country(const std::string& name) const {
    const auto found = person_countries_.find(name);
    return found == person_countries_.end() ? std::string_view() : std::string_view(found->second);
}

bool Schema::foreign_title(std::string_view country, std::string_view title) const {
    const auto found = foreign_title_words_.find(std::string(country));
    if (found == foreign_title_words_.end()) return false;
    const std::string lower = to_lower_ascii(title);  // (split views it)
    for (const auto& word : split(lower, ' '))
        if (found->second.count(std::string(trim(word)))) return true;
    return false;
}

bool Schema::shared_agency_name(const std::string& known_id, std::string_view name) const {
    // (most known bodies have no shared name: a cheap look at the body first)
    return agencies_with_shared_names_.count(known_id) > 0 && shared_agency_names_.count(to_lower_ascii(trim(name))) > 0;
}

bool Schema::in_category(std::string_view word, LexCategory category) const {
    for (auto id : lexicon_.exact(word))
        if (entries_[id].category == category) return true;
    return false;
}

bool Schema::is_posting_title(std::string_view word) const {
    for (auto id : lexicon_.exact(word))
        if (entries_[id].category == LexCategory::title && entries_[id].marked("posting")) return true;
    return false;
}

bool Schema::title_marked(std::string_view lower, std::string_view mark) const {
    for (auto id : lexicon_.exact_words(lower))
        if (entries_[id].category == LexCategory::title && entries_[id].marked(mark)) return true;
    return false;
}

std::string Schema::singular_title(std::string_view position) const {
    // the head is the last word before the complement: "Co-Chairs" of "Co-Chairs of the Council"
    std::size_t head_end = position.size();
    for (std::string_view connector : {" of ", " for ", " to ", " on ", " at "})
        head_end = std::min(head_end, position.find(connector));
    const std::size_t space = position.substr(0, head_end).rfind(' ');
    const std::size_t head_begin = space == std::string_view::npos ? 0 : space + 1;
    const std::string head = to_lower_ascii(position.substr(head_begin, head_end - head_begin));
    std::size_t cut = 0;  // letters the plural adds
    std::string one;
    if (ends_with(head, "ies")) cut = 3, one = head.substr(0, head.size() - 3) + "y";  // "Secretaries"
    else if (head.size() > 3 && head.back() == 's') cut = 1, one = head.substr(0, head.size() - 1);
    if (!cut || !in_category(one, LexCategory::title)) return {};  // "Princess" is no plural
    std::string singular(position.substr(0, head_end - cut));
    if (cut == 3) singular += position[head_end - 3] == 'I' ? 'Y' : 'y';
    return singular.append(position.substr(head_end));
}

std::string Schema::office_meant(std::string_view position) const {
    if (position.find(' ') != std::string_view::npos)
        if (const auto office = office_phrases_.find(to_lower_ascii(position)); office != office_phrases_.end()) return office->second;
    return spelled_out_title(position);
}

std::string Schema::spelled_out_title(std::string_view position) const {
    std::string out;
    for (std::string_view word : split(position, ' ')) {
        // ("of the Communist Party of China (CPC) Central Committee": a body's short name repeats it)
        if (word.size() > 2 && word.front() == '(' && word.back() == ')') continue;
        std::string_view full;
        // (abbreviations only, which the lexicon marks: "Gov.", "Lt-Gen", "EAM", British style's "Prof")
        const bool capitals = word.size() > 1 && std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
        if (!word.empty() && (word.size() <= 4 || word.back() == '.' || word.find('-') != std::string_view::npos || capitals))
            for (auto id : lexicon_.exact(to_lower_ascii(word)))
                if (full.empty() && entries_[id].category == LexCategory::title) full = entries_[id].mark_value("for");
        if (!out.empty()) out += ' ';
        out += full.empty() ? word : full;
    }
    return out;
}

std::string Schema::office_head(std::string_view position) {
    const std::string lower = to_lower_ascii(position);
    return lower.substr(0, std::min(lower.find(" of "), lower.find(" for ")));
}

bool Schema::is_leader_position(std::string_view position) const {
    const std::string lower = to_lower_ascii(position);
    std::vector<std::string_view> words;  // the title before its complement: "president" of "President of ..."
    const auto marked = [&](std::string_view mark) {
        for (auto id : lexicon_.exact(words))
            if (entries_[id].category == LexCategory::title && entries_[id].marked(mark)) return true;
        return false;
    };
    // ("Crown Prince and Prime Minister": the last of two offices joined by "and" is the one held highest;
    // a "President and Executive Director" leads a company or a charity)
    for (std::string_view word : split(lower, ' ')) {
        if (word == "of" || word == "for") break;
        if (word == "and") {
            words.clear();
            continue;
        }
        words.push_back(word);
    }
    return marked("leader");
}

bool Schema::names_corporate_office(std::string_view position) const {
    const std::string lower = to_lower_ascii(position);
    std::vector<std::string_view> words;
    for (std::string_view word : split(lower, ' '))
        if (!word.empty()) words.push_back(word);
    for (std::size_t first = 0; first < words.size(); ++first)
        for (std::size_t end = first + 1; end <= words.size() && end <= first + 3; ++end)
            for (auto id : lexicon_.exact(std::vector<std::string_view>(words.begin() + first, words.begin() + end)))
                if (entries_[id].category == LexCategory::title && entries_[id].marked("corporate")) return true;
    return false;
}

bool Schema::names_private_body(std::string_view name) const {
    // the head ends the name, or comes before its complement: "American Federation of Teachers"
    const std::string lower = to_lower_ascii(name);
    const std::string_view before_of = std::string_view(lower).substr(0, lower.find(" of "));
    const auto space = before_of.find_last_of(' ');
    const std::string head(space == std::string_view::npos ? before_of : before_of.substr(space + 1));
    for (auto id : lexicon_.exact(head))
        if (entries_[id].category == LexCategory::org_head && (entries_[id].marked("company") || entries_[id].marked("civil")))
            return true;
    return false;
}

bool LexEntry::marked(std::string_view mark) const {
    for (auto part : split(value, '|'))
        if (part == mark) return true;
    return false;
}

std::string_view LexEntry::mark_value(std::string_view key) const {
    for (auto part : split(value, '|'))
        if (part.size() > key.size() && part.substr(0, key.size()) == key && part[key.size()] == ':')
            return part.substr(key.size() + 1);
    return {};
}

void Schema::load_lexicon(const std::string& text) {
    static const std::pair<std::string_view, LexCategory> categories[] = {
        {"title", LexCategory::title},       {"title_mod", LexCategory::title_mod},
        {"honorific", LexCategory::honorific}, {"org_head", LexCategory::org_head},
        {"venue_head", LexCategory::venue_head}, {"event_head", LexCategory::event_head},
        {"ordinal", LexCategory::ordinal},   {"month", LexCategory::month},
        {"weekday", LexCategory::weekday},   {"pronoun", LexCategory::pronoun},
        {"group", LexCategory::group},       {"role", LexCategory::role},
        {"speech", LexCategory::speech},     {"place_prep", LexCategory::place_prep},
        {"name_suffix", LexCategory::name_suffix}};
    for (const auto& row : schema_rows(text)) {
        if (row.size() < 2) throw SchemaError("lexicon.tsv: a row needs a category and a phrase");
        const LexCategory* category = nullptr;
        for (const auto& [name, value] : categories)
            if (name == row[0]) category = &value;
        // ("Franco-German": a country's combining form, read only before a hyphen, so no word of a name)
        if (row[0] == "combining") {
            if (row.size() < 3) throw SchemaError("lexicon.tsv: combining form '" + std::string(row[1]) + "' needs a country code");
            combining_forms_[to_lower_ascii(row[1])] = LexEntry{LexCategory::demonym, std::string(row[2]), std::string(row[2]), 0};
            continue;
        }
        if (!category) throw SchemaError("lexicon.tsv: unknown category '" + std::string(row[0]) + "'");
        LexEntry entry{*category, row.size() > 2 ? std::string(row[2]) : std::string(), "", 0};
        if (*category == LexCategory::ordinal || *category == LexCategory::month || *category == LexCategory::weekday) {
            try {
                entry.number = std::stoi(entry.value);
            } catch (const std::exception&) {
                throw SchemaError("lexicon.tsv: '" + std::string(row[1]) + "' needs a number, not '" + entry.value + "'");
            }
        }
        if (*category == LexCategory::title && row[1].find(' ') != std::string_view::npos && !entry.mark_value("for").empty())
            office_phrases_.emplace(to_lower_ascii(row[1]), std::string(entry.mark_value("for")));
        add_phrase(row[1], std::move(entry));
    }
}

void Schema::load_triggers(const std::string& text) {
    static const std::pair<std::string_view, TriggerVoice> voices[] = {
        {"active", TriggerVoice::active},         {"passive", TriggerVoice::passive},
        {"between", TriggerVoice::between},       {"possessive", TriggerVoice::possessive},
        {"with", TriggerVoice::with},             {"group", TriggerVoice::group}};
    for (const auto& row : schema_rows(text)) {
        if (row.size() < 3) throw SchemaError("relations.tsv: a row needs a relation, a voice and a phrase");
        Trigger trigger;
        if (row[0] == "negation") {
            trigger.voice = TriggerVoice::negation;
        } else {
            const auto relation = relation_type_from(row[0]);
            if (!relation) throw SchemaError("relations.tsv: unknown relation '" + std::string(row[0]) + "'");
            trigger.relation = *relation;
            bool known = false;
            for (const auto& [name, voice] : voices)
                if (name == row[1]) { trigger.voice = voice; known = true; }
            if (!known) throw SchemaError("relations.tsv: unknown voice '" + std::string(row[1]) + "'");
        }
        const auto id = static_cast<std::uint32_t>(trigger_list_.size());
        trigger_list_.push_back(trigger);
        triggers_.add(phrase_keys(row[2]), id);
    }
}

namespace {
// RE2 rather than std::regex: a DFA, linear in the line, where std::regex backtracked through
// every alternative and took a tenth of the ingest.
std::shared_ptr<const re2::RE2> furniture_regex(const std::string& pattern, bool case_sensitive = false) {
    re2::RE2::Options options;
    options.set_case_sensitive(case_sensitive);
    options.set_log_errors(false);
    return std::make_shared<const re2::RE2>(pattern, options);
}
}  // namespace

std::string Schema::news_agency_alternatives() const {
    std::vector<std::string> credits;
    for (const auto& [credit, country] : news_agency_countries_) credits.push_back(re2::RE2::QuoteMeta(credit));
    std::sort(credits.begin(), credits.end());  // the same pattern on every run
    std::string alternatives;
    for (const auto& c : credits) alternatives += (alternatives.empty() ? "" : "|") + c;
    return alternatives;
}

void Schema::load_furniture(const std::string& text) {
    std::string combined;
    for (auto line : split(text, '\n')) {
        if (trim(line).empty() || trim(line)[0] == '#') continue;
        const auto colon = line.find(':');
        if (colon == std::string_view::npos) throw SchemaError("furniture.txt: a rule needs KIND:TEXT");
        const auto kind = line.substr(0, colon);
        std::string body(line.substr(colon + 1));
        if (kind == "line") {
            const auto regex = furniture_regex(body);
            if (!regex->ok()) throw SchemaError("furniture.txt: bad pattern '" + body + "': " + regex->error());
            combined += (combined.empty() ? "(?:" : "|(?:") + body + ")";
            furniture_.push_back({FurnitureRule::Kind::line, std::move(body)});
        } else if (kind == "credit") {
            static constexpr std::string_view placeholder = "{news_agencies}";
            if (const auto at = body.find(placeholder); at != std::string::npos) body.replace(at, placeholder.size(), news_agency_alternatives());
            // Case matters here: a dateline's place is in capitals ("SEOUL (AP) —").
            const auto regex = furniture_regex(body, true);
            if (!regex->ok()) throw SchemaError("furniture.txt: bad pattern '" + body + "': " + regex->error());
            if (regex->NumberOfCapturingGroups() != 1)
                throw SchemaError("furniture.txt: credit pattern '" + body + "' needs exactly one group, the credit");
            furniture_credits_.push_back(regex);
            furniture_.push_back({FurnitureRule::Kind::credit, std::move(body)});
        } else if (kind == "ending") {
            furniture_.push_back({FurnitureRule::Kind::ending, std::move(body)});
        } else if (kind == "caption") {
            furniture_.push_back({FurnitureRule::Kind::caption, to_lower_ascii(body)});
        } else if (kind == "prefix") {
            furniture_.push_back({FurnitureRule::Kind::prefix, std::move(body)});
        } else if (kind == "suffix") {
            furniture_.push_back({FurnitureRule::Kind::suffix, std::move(body)});
        } else {
            throw SchemaError("furniture.txt: unknown rule kind '" + std::string(kind) + "'");
        }
    }
    if (!combined.empty()) furniture_lines_ = furniture_regex(combined);
}

void Schema::load_styles(const std::string& text) {
    for (const auto& row : schema_rows(text)) {
        if (row.size() < 4) throw SchemaError("styles.tsv: a row needs type, shape, colour and legend");
        const auto type = entity_type_from(row[0]);
        if (!type) throw SchemaError("styles.tsv: unknown entity type '" + std::string(row[0]) + "'");
        styles_[static_cast<int>(*type)] = {std::string(row[1]), std::string(row[2]), std::string(row[3])};
    }
}

}  // namespace kg
