#include "graph/graph_builder.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include <xxhash.h>

#include "graph/parallel_for.hpp"
#include "ingest/entity_resolver.hpp"
#include "ingest/schema.hpp"
#include "ingest/text.hpp"

namespace kg {
namespace {

/// Words that say what kind of event it is, not which: "White House Video Call" names no particular call.
const std::set<std::string> generic_event_words = {"video", "virtual", "phone", "telephone", "in-person", "official",
                                                   "white", "house", "leaders", "leaders'", "introductory", "high-level",
                                                   "recent", "historic", "upcoming", "annual", "formal", "informal"};

/// Whether an event's name says which event it is ("Summit for Democracy") rather than only what
/// kind ("White House Meeting"): only then may articles share it.
bool distinctive(const std::string& core, const Schema& schema) {
    std::size_t start = 0;
    for (std::size_t i = 0; i <= core.size(); ++i) {
        if (i < core.size() && core[i] != ' ') continue;
        const std::string word = core.substr(start, i - start);
        start = i + 1;
        if (word.empty() || generic_event_words.count(word) || word == "of" || word == "on" || word == "for" || word == "the")
            continue;
        bool kind_word = false;
        for (auto id : schema.lexicon().exact(word)) {
            const LexEntry& entry = schema.entry(id);
            const auto c = entry.category;
            kind_word |= c == LexCategory::event_head || c == LexCategory::title || c == LexCategory::org_head ||
                         (c == LexCategory::title_mod && entry.value != "portfolio");
        }
        if (!kind_word) return true;
    }
    return false;
}

void add_unique(std::vector<std::string>& list, std::string value) {
    if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end()) list.push_back(std::move(value));
}

/// Appends the items of `more` that `list` lacks, in order; linear, for lists of thousands of articles.
void append_unique(std::vector<std::string>& list, std::vector<std::string>&& more) {
    if (list.empty()) {
        list = std::move(more);  // a record's own list has no repeats
        return;
    }
    std::unordered_set<std::string_view> seen(list.begin(), list.end());
    std::vector<std::string> added;
    for (const auto& item : more)
        if (!item.empty() && seen.insert(item).second) added.push_back(item);
    list.insert(list.end(), std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
}

/// Whether the evidence kept so far lacks this sentence (beyond max_evidence every sentence counts).
bool is_new_sentence(const std::vector<Evidence>& kept, std::string_view article, std::uint32_t begin) {
    return std::none_of(kept.begin(), kept.end(), [&](const Evidence& k) { return k.begin == begin && k.article == article; });
}
bool is_new_sentence(const std::vector<Evidence>& kept, const Evidence& e) { return is_new_sentence(kept, e.article, e.begin); }

void add_evidence(std::vector<Evidence>& list, Evidence&& e) {
    if (list.size() < max_evidence && is_new_sentence(list, e)) list.push_back(std::move(e));
}

/// Adds `votes` to `name`'s tally.
void add_votes(std::vector<std::pair<std::string, std::size_t>>& names, std::string name, std::size_t votes) {
    for (auto& [known, tally] : names)
        if (known == name) {
            tally += votes;
            return;
        }
    names.emplace_back(std::move(name), votes);
}

/// Whether one of the positions is a title whose holders go by one given name: the lexicon marks it "regnal".
bool holds_regnal_title(const std::vector<std::string>& positions, const Schema& schema) {
    return std::any_of(positions.begin(), positions.end(), [&](const std::string& position) {
        const std::string lower = to_lower_ascii(position);
        const auto words = split(lower, ' ');  // "crown prince" is a phrase of two
        if (words.size() > 2) return false;
        const auto& ids = words.size() == 1 ? schema.lexicon().exact(lower) : schema.lexicon().exact({words[0], words[1]});
        return std::any_of(ids.begin(), ids.end(), [&](std::uint32_t id) {
            return schema.entry(id).category == LexCategory::title && schema.entry(id).marked("regnal");
        });
    });
}

/// The codes of the countries a document names, each followed by a comma: "CN,US,".
std::string country_codes(const Document& doc) {
    std::set<std::string_view> codes;
    for (const Entity& e : doc.entities)
        if (e.type == EntityType::country && !e.country.empty()) codes.insert(e.country);
    std::string out;
    for (auto code : codes) out.append(code).append(",");
    return out;
}

}  // namespace

struct UnionFind {
    std::vector<std::size_t> parent;
    explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    std::size_t find(std::size_t x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }
    void unite(std::size_t a, std::size_t b) {
        a = find(a);
        b = find(b);
        if (a == b) return;
        if (b < a) std::swap(a, b);
        parent[b] = a;  // the earliest record stays the representative: output order is input order
    }
};

std::string slug(std::string_view text) {
    std::string out;
    bool dash = false;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        const char32_t cp = next_code_point(text, i);
        if (is_letter(cp) || is_digit(cp)) {
            if (dash && !out.empty()) out += '-';
            dash = false;
            if (cp < 0x80) out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp);
            else out.append(text.substr(start, i - start));
        } else if (cp != '\'' && cp != 0x2019 && cp != '.') {
            dash = true;
        }
    }
    return out;
}

std::string GraphBuilder::merge_key(const Document& doc, const Entity& e, std::string_view countries) const {
    switch (e.type) {
        case EntityType::country: return "country:" + e.country;
        case EntityType::place: return "place:" + slug(is_ascii(e.name) ? e.name : fold_for_lookup(e.name));  // ("Bogotá" is "Bogota")
        case EntityType::agency: {
            const std::string name = agency_key(e.name);
            // a "Ministry of Defense" whose country the article does not say is some government's, and
            // would otherwise join every such minister in the archive: it stays the article's (the
            // article after "|@" keeps it apart), though it may join the one country's body of that
            // name when the article names that country (its countries follow the article id)
            if (e.country.empty() && names_a_government_department(name))
                return "agency:" + name + "|@" + doc.article.id + "@" + std::string(countries);
            return "agency:" + name + "|" + e.country;
        }
        case EntityType::person: {
            std::string key = "person:";
            // ("Volodymyr Zelenskiy" is the "Volodymyr Zelenskyy" of people.tsv: one key for the spellings it lists)
            for (const auto& w : person_name_words(schema_.canonical_person(e.name), schema_)) key += w + " ";
            return key;
        }
        case EntityType::event: {
            const EventKey key = event_key(e.name, schema_);
            if (!distinctive(key.core, schema_))
                return "event:" + doc.article.id + ":" + key.core + "#" + std::to_string(e.ordinal) + "|" + key.countries;
            // The same named event recurs (a yearly dialogue): an ordinal tells sessions apart, else the
            // year. The countries keep the fifth US-India Strategic Dialogue apart from the fifth US-Japan one.
            if (e.ordinal) return "event:" + key.core + "#" + std::to_string(e.ordinal) + "|" + key.countries;
            const std::string& date = !e.date.empty() && e.date[0] != '-' ? e.date : doc.article.date;
            return "event:" + key.core + "@" + date.substr(0, 4) + "|" + key.countries;
        }
    }
    return {};
}

MergeKeyHash MergeKeyHash::of(std::string_view key) {
    const XXH128_hash_t h = XXH3_128bits(key.data(), key.size());
    return {h.low64, h.high64};
}

Evidence ArticleContribution::evidence(const SentenceSpan& s) const {
    return {article_id, s.begin, s.end, collapse_whitespace(std::string_view(text).substr(s.byte_begin, s.byte_end - s.byte_begin))};
}

ArticleContribution GraphBuilder::contribution(Document&& doc) const {
    // Evidence offsets count from the start of the whole article, also for a part of a long one.
    const CharacterIndex chars(doc.article.text, static_cast<std::uint32_t>(doc.article.char_offset));
    auto span = [&](std::uint32_t sentence) {
        const auto& s = doc.sentences[sentence];
        return ArticleContribution::SentenceSpan{s.begin, s.end, chars(s.begin), chars(s.end)};
    };
    ArticleContribution c;
    c.article_id = doc.article.id;
    if (doc.article.part <= 1) c.article = ArticleInfo{doc.article.id, doc.article.source_file, doc.article.title, doc.article.date};
    c.entities.reserve(doc.entities.size());
    const std::string countries = country_codes(doc);  // before the loop moves the entities' countries out
    for (auto& e : doc.entities) {
        ArticleContribution::EntityPart part;
        part.type = e.type;
        part.key = merge_key(doc, e, countries);
        part.key_hash = MergeKeyHash::of(part.key);
        part.name = std::move(e.name);
        part.country = std::move(e.country);
        part.date = std::move(e.date);
        part.aliases = std::move(e.aliases);
        part.positions = std::move(e.positions);
        part.ordinal = e.ordinal;
        for (auto m : e.mentions) {
            const auto& mention = doc.mentions[m];
            if (mention.kind == MentionKind::pronoun || mention.kind == MentionKind::group) continue;
            ++part.mentions;
            const std::uint32_t begin = doc.sentences[mention.sentence].begin;
            const bool seen = std::any_of(part.sentences.begin(), part.sentences.end(), [&](const auto& s) { return s.byte_begin == begin; });
            if (part.sentences.size() < max_evidence && !seen) part.sentences.push_back(span(mention.sentence));
        }
        c.entities.push_back(std::move(part));
    }
    c.relations.reserve(doc.relations.size());
    for (auto& rel : doc.relations)
        c.relations.push_back({static_cast<std::uint32_t>(rel.source), static_cast<std::uint32_t>(rel.target), rel.type,
                               std::move(rel.date), std::move(rel.detail), span(rel.sentence)});
    c.text = std::move(doc.article.text);  // last: the spans above read it
    return c;
}

void GraphBuilder::add(ArticleContribution&& c) {
    // A long article's later parts come right after its first, which added the article.
    if (c.article || articles_.empty()) articles_.push_back(c.article ? std::move(*c.article) : ArticleInfo{c.article_id, {}, {}, {}});
    const auto article = static_cast<std::uint32_t>(articles_.size() - 1);
    // Entities with the same merge key fold into one record now, so memory follows the
    // graph rather than the number of articles. Articles arrive in order, so a record whose last
    // article is another has none of this article's sentences: its evidence need not be read.
    std::vector<std::size_t> record_of_entity;
    record_of_entity.reserve(c.entities.size());
    for (auto& e : c.entities) {
        auto [found, inserted] = record_of_key_.try_emplace(e.key_hash, entities_.size());
        if (inserted) {
            EntityRecord r;
            r.type = e.type;
            r.key = std::move(e.key);
            r.ordinal = e.ordinal;
            entities_.push_back(std::move(r));
        }
        record_of_entity.push_back(found->second);
        EntityRecord& r = entities_[found->second];
        const bool new_article = r.articles.empty() || r.articles.back() != article;
        for (const auto& sentence : e.sentences) {
            if (r.evidence.size() >= max_evidence) break;
            if (new_article || is_new_sentence(r.evidence, c.article_id, sentence.begin)) r.evidence.push_back(c.evidence(sentence));
        }
        add_votes(r.names, std::move(e.name), e.mentions + 1);
        for (auto& a : e.aliases) add_unique(r.aliases, std::move(a));
        for (auto& p : e.positions) add_unique(r.positions, std::move(p));
        if (r.country.empty()) r.country = std::move(e.country);
        if (!r.ordinal) r.ordinal = e.ordinal;
        if (r.date.empty()) r.date = std::move(e.date);
        r.mentions += e.mentions;
        if (new_article) r.articles.push_back(article);
    }
    for (auto& rel : c.relations) {
        std::size_t source = record_of_entity[rel.source], target = record_of_entity[rel.target];
        // One record for both directions; the edge takes its direction from the node ids in build().
        if (is_symmetric(rel.type) && target < source) std::swap(source, target);
        auto [found, inserted] = record_of_relation_.try_emplace(std::make_tuple(source, target, rel.type), relations_.size());
        if (inserted) {
            RelationRecord r;
            r.source = source;
            r.target = target;
            r.type = rel.type;
            relations_.push_back(std::move(r));
        }
        RelationRecord& r = relations_[found->second];
        const bool new_article = r.articles.empty() || r.articles.back() != article;
        if (new_article || is_new_sentence(r.evidence, c.article_id, rel.sentence.begin)) {
            r.sentences += 1;
            if (r.evidence.size() < max_evidence) r.evidence.push_back(c.evidence(rel.sentence));
        }
        if (r.date.empty()) r.date = std::move(rel.date);
        if (r.detail.empty()) r.detail = std::move(rel.detail);
        if (new_article) r.articles.push_back(article);
    }
}

std::vector<std::string> GraphBuilder::article_ids(const std::vector<std::uint32_t>& articles) const {
    std::vector<std::string> ids;
    ids.reserve(articles.size());
    for (auto a : articles) ids.push_back(articles_[a].id);
    return ids;
}

std::vector<std::vector<std::size_t>> GraphBuilder::group_records() const {
    const std::size_t n = entities_.size();
    UnionFind groups(n);  // records already have one key each; groups join records across keys
    // Agency and named-event keys end in "|" and their countries. One without countries (the Ministry of
    // Mining, the fifth Strategic Dialogue) joins the one record of that name that has them; so does an
    // article's own government department ("|@", the article, "@" and the countries it names) when
    // its article names that country.
    std::map<std::string_view, std::set<std::string_view>> countries_of_name;
    for (const auto& e : entities_) {
        const std::string_view key = e.key;
        const auto bar = key.rfind('|');
        if (bar != std::string_view::npos && bar + 1 < key.size() && key[bar + 1] != '@')
            countries_of_name[key.substr(0, bar)].insert(key.substr(bar + 1));
    }
    for (std::size_t i = 0; i < n; ++i) {
        const std::string_view key = entities_[i].key;
        const auto bar = key.rfind('|');
        if (bar == std::string_view::npos || (bar + 1 < key.size() && key[bar + 1] != '@')) continue;
        const std::string_view name = key.substr(0, bar);
        auto found = countries_of_name.find(name);
        if (found == countries_of_name.end() || found->second.size() != 1) continue;
        const std::string_view country = *found->second.begin();
        if (bar + 1 < key.size() && key.substr(key.rfind('@') + 1).find(std::string(country) + ",") == std::string_view::npos) continue;
        groups.unite(i, record_of_key_.at(MergeKeyHash::of(std::string(name).append("|").append(*found->second.begin()))));
    }
    // A person named by fewer words joins the one person whose name contains them ("Xi" -> "Xi Jinping").
    std::map<std::vector<std::string>, std::size_t> people;  // name words -> first record
    std::map<std::vector<std::string>, std::size_t> in_any_order;  // ("Kishida Fumio" is "Fumio Kishida")
    for (std::size_t i = 0; i < n; ++i)
        if (entities_[i].type == EntityType::person) {
            auto words = person_name_words(schema_.canonical_person(entities_[i].names.front().first), schema_);
            if (words.size() >= 2) {
                auto sorted = words;
                std::sort(sorted.begin(), sorted.end());
                const auto [first, inserted] = in_any_order.emplace(std::move(sorted), i);
                if (!inserted) groups.unite(i, first->second);
            }
            people.emplace(std::move(words), i);
        }
    // "S Jaishankar" is "Subrahmanyam Jaishankar": a first word of one letter is the initial of the given
    // name, when one person alone has that initial and the words after it.
    std::map<std::pair<char, std::vector<std::string>>, std::set<std::size_t>> by_initial;
    for (const auto& [words, record] : people)
        if (words.size() >= 2 && words.front().size() > 1)
            by_initial[{words.front()[0], std::vector<std::string>(words.begin() + 1, words.end())}].insert(groups.find(record));
    for (const auto& [words, record] : people) {
        if (words.size() < 2 || words.front().size() != 1) continue;
        const auto found = by_initial.find({words.front()[0], std::vector<std::string>(words.begin() + 1, words.end())});
        if (found != by_initial.end() && found->second.size() == 1) groups.unite(record, *found->second.begin());
    }
    // Fuller names by their first and last words, so each name meets only the names that could contain it.
    std::unordered_map<std::string, std::vector<const std::pair<const std::vector<std::string>, std::size_t>*>> by_end_word;
    for (const auto& entry : people)
        if (entry.first.size() >= 2) {
            by_end_word[entry.first.front()].push_back(&entry);
            if (entry.first.back() != entry.first.front()) by_end_word[entry.first.back()].push_back(&entry);
        }
    // Longest names first, so a scan stops at the first name no longer than the one looked up: a
    // common surname's bucket grows with the archive, and scanning all of it for each of its
    // two-word names made this step quadratic.
    for (auto& [word, bucket] : by_end_word)
        std::stable_sort(bucket.begin(), bucket.end(), [](const auto* x, const auto* y) { return x->first.size() > y->first.size(); });
    // The titles each group's people hold and the countries they are of, for telling namesakes apart.
    struct GroupFacts {
        std::set<std::string> positions, countries;
    };
    std::unordered_map<std::size_t, GroupFacts> facts_of_group;
    for (std::size_t i = 0; i < n; ++i)
        if (entities_[i].type == EntityType::person) {
            GroupFacts& facts = facts_of_group[groups.find(i)];
            for (const auto& p : entities_[i].positions) facts.positions.insert(to_lower_ascii(p));
            if (!entities_[i].country.empty()) facts.countries.insert(entities_[i].country);
        }
    for (const auto& [words, record] : people) {
        if (words.empty()) continue;
        std::set<std::size_t> supersets;
        // a full name's key starts with the formal given name: "Jon" is the "jonathan" of "Jon Finer"
        const std::string_view given = words.size() == 1 ? schema_.formal_name(words[0]) : std::string_view(words.front());
        const std::string formal = given != words.front() ? std::string(given) : std::string();  // empty: no allocation
        const std::string* const ends[] = {&words.front(), words.back() != words.front() ? &words.back() : nullptr,
                                           formal.empty() ? nullptr : &formal};
        for (const std::string* word : ends) {
            if (!word) continue;
            const auto found = by_end_word.find(*word);
            if (found == by_end_word.end()) continue;
            for (const auto* entry : found->second) {
                const std::vector<std::string>& other = entry->first;
                if (other.size() <= words.size()) break;
                const bool contains = words.size() == 1 ? (other.front() == words[0] || other.front() == given || other.back() == words[0])
                                                        : std::all_of(words.begin(), words.end(), [&](const std::string& w) {
                                                              return std::find(other.begin(), other.end(), w) != other.end();
                                                          });
                if (contains) supersets.insert(groups.find(entry->second));
            }
        }
        // "President Biden" between Joseph R. Biden, Jr. and Jill Biden: the one with the same title.
        // "Pope Francis" and "King Charles" go by a given name: only a namesake with that title is them.
        if (supersets.size() > 1 || (words.size() == 1 && holds_regnal_title(entities_[record].positions, schema_))) {
            std::set<std::size_t> titled, compatriots;
            for (auto root : supersets) {
                const GroupFacts& facts = facts_of_group[root];
                for (const auto& mine : entities_[record].positions)
                    if (facts.positions.count(to_lower_ascii(mine))) titled.insert(root);
            }
            // ("President Herzog" of Israel, between President Isaac Herzog of Israel and President Chaim
            // Herzog of no country said: of those with the title, the one compatriot; a title none of
            // them has says another person, "Speaker McCarthy" is not Gina McCarthy)
            for (auto root : titled)
                if (facts_of_group[root].countries.count(entities_[record].country)) compatriots.insert(root);
            supersets = compatriots.size() == 1 ? compatriots : titled;
        }
        if (supersets.size() == 1) groups.unite(record, *supersets.begin());
    }

    std::vector<std::vector<std::size_t>> members;  // each group's records, groups in order of their first
    std::unordered_map<std::size_t, std::size_t> slot;
    for (std::size_t i = 0; i < n; ++i) {
        auto [it, inserted] = slot.emplace(groups.find(i), members.size());
        if (inserted) members.emplace_back();
        members[it->second].push_back(i);
    }
    return members;
}

EntityNode GraphBuilder::take_node(const std::vector<std::size_t>& group) {
    EntityNode node;
    const EntityRecord& first = entities_[group.front()];
    node.type = first.type;
    // The label: for people the fullest name, otherwise the most frequent, longer on ties.
    absl::flat_hash_map<std::string_view, std::size_t> votes;
    for (auto i : group)
        for (const auto& [name, tally] : entities_[i].names) votes[name] += tally;
    std::string label = first.names.front().first;
    std::size_t best = 0;
    for (auto i : group) {
        for (const auto& [name, tally] : entities_[i].names) {
            std::size_t score = votes[name];
            if (node.type == EntityType::person) {  // (a full word for a given name beats its initial)
                const auto words = person_name_words(name, schema_);
                score += 1000 * static_cast<std::size_t>(std::count_if(words.begin(), words.end(), [](const std::string& w) { return w.size() > 1; }));
            }
            if (node.type == EntityType::event) score += name.size() + (entities_[i].ordinal ? 1000 : 0);
            if (score > best || (score == best && name.size() > label.size())) {
                best = score;
                label = name;
            }
        }
    }
    node.label = std::move(label);
    for (auto i : group) {
        EntityRecord& r = entities_[i];
        for (auto& name : r.names) add_unique(node.aliases, std::move(name.first));
        for (auto& a : r.aliases) add_unique(node.aliases, std::move(a));
        for (auto& p : r.positions) add_unique(node.positions, std::move(p));
        if (node.country.empty()) node.country = std::move(r.country);
        if (!node.ordinal) node.ordinal = r.ordinal;
        if (node.date.empty()) node.date = std::move(r.date);
        node.mentions += r.mentions;
        append_unique(node.articles, article_ids(r.articles));
        for (auto& e : r.evidence) add_evidence(node.evidence, std::move(e));
    }
    node.aliases.erase(std::remove(node.aliases.begin(), node.aliases.end(), node.label), node.aliases.end());
    // The id before it is made unique, which needs the nodes before this one.
    node.id = std::string(to_string(node.type)) + ":" + slug(node.label);
    if (node.type == EntityType::country && !node.country.empty()) node.id = "country:" + to_lower_ascii(node.country);
    if (node.type == EntityType::event && node.ordinal && node.id.find(std::to_string(node.ordinal)) == std::string::npos)
        node.id += "-" + std::to_string(node.ordinal);
    return node;
}

RelationEdge GraphBuilder::take_edge(const std::vector<std::size_t>& records) {
    RelationEdge edge;
    edge.relation = relations_[records.front()].type;
    for (auto i : records) {
        RelationRecord& r = relations_[i];
        // Records of one group's members meet here; a sentence both kept as evidence counts once.
        std::size_t repeated = 0;
        for (auto& e : r.evidence) {
            if (!is_new_sentence(edge.evidence, e)) ++repeated;
            add_evidence(edge.evidence, std::move(e));
        }
        edge.weight += static_cast<double>(r.sentences - std::min<std::size_t>(repeated, r.sentences));
        append_unique(edge.articles, article_ids(r.articles));
        if (edge.date.empty()) edge.date = std::move(r.date);
        if (edge.detail.empty()) edge.detail = std::move(r.detail);
    }
    return edge;
}

KnowledgeGraph GraphBuilder::build(unsigned threads) && {
    const std::vector<std::vector<std::size_t>> members = group_records();
    KnowledgeGraph kg;
    kg.reserve_nodes(members.size());
    // Nodes are put together side by side, each from its own records, and added in group order.
    std::vector<Vertex> vertex_of_record(entities_.size());
    std::unordered_set<std::string> used_ids;
    std::unordered_map<std::string, int> next_suffix;  // per base id: thousands of "event:meeting" count on, not from 2
    parallel_make_in_order<EntityNode>(
        members.size(), threads, [&](std::size_t g) { return take_node(members[g]); },
        [&](std::size_t g, EntityNode&& node) {
            const std::string base_id = node.id;
            for (int& k = next_suffix.emplace(base_id, 2).first->second; used_ids.count(node.id); ++k)
                node.id = base_id + "-" + std::to_string(k);
            used_ids.insert(node.id);
            const Vertex v = kg.add_node(std::move(node));
            for (auto i : members[g]) vertex_of_record[i] = v;
        });
    // Edges: one per (source, relation, target), weighted by supporting sentences, in the order of their first record.
    std::vector<std::vector<std::size_t>> records_of_edge;
    std::vector<std::pair<Vertex, Vertex>> ends;
    absl::flat_hash_map<std::tuple<Vertex, Vertex, RelationType>, std::size_t> edge_of_key;
    for (std::size_t r = 0; r < relations_.size(); ++r) {
        const RelationRecord& record = relations_[r];
        Vertex s = vertex_of_record[record.source], t = vertex_of_record[record.target];
        if (s == t) continue;
        if (is_symmetric(record.type) && kg.graph[t].id < kg.graph[s].id) std::swap(s, t);
        auto [found, inserted] = edge_of_key.try_emplace(std::make_tuple(s, t, record.type), ends.size());
        if (inserted) {
            ends.emplace_back(s, t);
            records_of_edge.emplace_back();
        }
        records_of_edge[found->second].push_back(r);
    }
    parallel_make_in_order<RelationEdge>(
        ends.size(), threads, [&](std::size_t e) { return take_edge(records_of_edge[e]); },
        [&](std::size_t e, RelationEdge&& edge) { kg.add_edge(ends[e].first, ends[e].second, std::move(edge)); });
    kg.articles = std::move(articles_);
    kg.shrink_to_fit();
    return kg;
}

}  // namespace kg
