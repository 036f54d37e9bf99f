#pragma once
/// Merges analysed articles into one KnowledgeGraph. Entities of different articles
/// become one node when they share a merge key (country code, agency name and country,
/// person name, event name with its countries and ordinal or year); a lone surname joins
/// the one full name that contains it, an agency or event named without its countries the
/// one that has them. Every node and edge keeps the articles and sentences behind it.
/// Articles are folded in as they arrive, one record per merge key: memory grows with
/// the graph, not with the number of articles.
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include <absl/container/flat_hash_map.h>

#include "graph/knowledge_graph.hpp"
#include "ingest/document.hpp"

namespace kg {

class Schema;

/// A merge key's 128-bit XXH3 hash. The builder finds records by it, not by the key's text: it
/// is worked out on the -j threads with the rest of a contribution, and a lookup compares two
/// words in the table instead of reaching a key's text elsewhere in memory. Two of a million keys
/// share a hash with odds of about 2^-88.
struct MergeKeyHash {
    std::uint64_t low = 0, high = 0;
    static MergeKeyHash of(std::string_view key);
    bool operator==(const MergeKeyHash& other) const { return low == other.low && high == other.high; }
    template <typename H>
    friend H AbslHashValue(H state, const MergeKeyHash& k) { return H::combine(std::move(state), k.low); }
};

/// What one document gives the graph: each entity under its merge key, with the sentences
/// that name it, and each relation with its sentence. Working it out is the costly part of
/// adding a document, and needs only the schema, so workers do it in parallel; the builder
/// copies a sentence's text only when it keeps the sentence as evidence.
struct ArticleContribution {
    struct SentenceSpan {
        std::uint32_t byte_begin, byte_end;  // in text
        std::uint32_t begin, end;            // characters in the whole article
    };
    struct EntityPart {
        EntityType type = EntityType::person;
        std::string key, name, country, date;
        MergeKeyHash key_hash;
        std::vector<std::string> aliases, positions;
        int ordinal = 0;
        std::uint32_t mentions = 0;           // name mentions, not pronouns or groups
        std::vector<SentenceSpan> sentences;  // the first max_evidence distinct ones
    };
    struct RelationPart {
        std::uint32_t source, target;  // indices in entities
        RelationType type;
        std::string date, detail;
        SentenceSpan sentence;
    };
    std::optional<ArticleInfo> article;  // absent for the second and later parts of a long article
    std::string article_id;
    std::string text;  // the document's text (or part)
    std::vector<EntityPart> entities;
    std::vector<RelationPart> relations;

    Evidence evidence(const SentenceSpan& s) const;
};

class GraphBuilder {
public:
    explicit GraphBuilder(const Schema& schema) : schema_(schema) {}
    /// Takes the document's strings. Safe to call from several threads at once: it reads only the schema.
    ArticleContribution contribution(Document&& doc) const;
    /// Folds a document's contribution into the records; contributions must arrive in input order.
    void add(ArticleContribution&& contribution);
    /// Keeps what the graph needs of a document (not its tokens); a document passed as an rvalue is not copied.
    void add(Document doc) { add(contribution(std::move(doc))); }
    /// The merged graph. It takes the records' strings, so it is the builder's last use:
    /// std::move(builder).build(). Nodes and edges are put together on up to `threads` threads.
    KnowledgeGraph build(unsigned threads = 1) &&;
    std::size_t article_count() const { return articles_.size(); }
    /// Entity and relation records held: one per merge key, however many articles repeat it.
    std::size_t record_count() const { return entities_.size() + relations_.size(); }

private:
    /// Everything the articles said of one merge key.
    struct EntityRecord {
        EntityType type;
        std::string key;
        std::vector<std::pair<std::string, std::size_t>> names;  // each name, with mentions + 1 per article as votes
        std::vector<std::string> aliases;
        std::string country;
        std::vector<std::string> positions;
        int ordinal = 0;
        std::string date;
        std::uint32_t mentions = 0;
        std::vector<std::uint32_t> articles;  // indices in articles_
        std::vector<Evidence> evidence;  // the first max_evidence sentences
    };
    /// Everything the articles said of one (source, relation, target) between records.
    struct RelationRecord {
        std::size_t source, target;  // entity record indices
        RelationType type;
        std::string date, detail;
        std::vector<std::uint32_t> articles;  // indices in articles_
        std::vector<Evidence> evidence;
        std::size_t sentences = 0;  // supporting sentences
    };

    /// `countries`: the codes of the countries the document names ("CN,US,").
    std::string merge_key(const Document& doc, const Entity& entity, std::string_view countries) const;
    /// The records that make one node each, in the order of each node's first record.
    std::vector<std::vector<std::size_t>> group_records() const;
    /// One node from its group's records, whose strings it takes; its id is not yet unique.
    EntityNode take_node(const std::vector<std::size_t>& group);
    /// One edge from the relation records it merges, whose strings it takes.
    RelationEdge take_edge(const std::vector<std::size_t>& records);
    std::vector<std::string> article_ids(const std::vector<std::uint32_t>& articles) const;

    const Schema& schema_;
    std::vector<EntityRecord> entities_;
    absl::flat_hash_map<MergeKeyHash, std::size_t> record_of_key_;
    std::vector<RelationRecord> relations_;
    absl::flat_hash_map<std::tuple<std::size_t, std::size_t, RelationType>, std::size_t> record_of_relation_;
    std::vector<ArticleInfo> articles_;
};

/// A readable identifier fragment: lower case, words joined by '-'.
std::string slug(std::string_view text);

}  // namespace kg
