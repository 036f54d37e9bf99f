#pragma once
/// Merges analysed articles into one KnowledgeGraph. Entities of different articles
/// become one node when they share a merge key (country code, agency name and country,
/// person name, event name and ordinal); a lone surname joins the one full name that
/// contains it. Every node and edge keeps the articles and sentences behind it.
/// Articles are folded in as they arrive, one record per merge key: memory grows with
/// the graph, not with the number of articles.
#include <map>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "graph/knowledge_graph.hpp"
#include "ingest/document.hpp"

namespace kg {

class Schema;

class GraphBuilder {
public:
    explicit GraphBuilder(const Schema& schema) : schema_(schema) {}
    /// Keeps what the graph needs of a document (not its tokens).
    void add(const Document& doc);
    KnowledgeGraph build() const;
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
        std::vector<std::string> articles;
        std::vector<Evidence> evidence;  // the first max_evidence sentences
    };
    /// Everything the articles said of one (source, relation, target) between records.
    struct RelationRecord {
        std::size_t source, target;  // entity record indices
        RelationType type;
        std::string date, detail;
        std::vector<std::string> articles;
        std::vector<Evidence> evidence;
        std::size_t sentences = 0;  // supporting sentences
    };

    std::string merge_key(const Document& doc, const Entity& entity) const;

    const Schema& schema_;
    std::vector<EntityRecord> entities_;
    std::unordered_map<std::string, std::size_t> record_of_key_;
    std::vector<RelationRecord> relations_;
    std::map<std::tuple<std::size_t, std::size_t, RelationType>, std::size_t> record_of_relation_;
    std::vector<ArticleInfo> articles_;
};

/// A readable identifier fragment: lower case, words joined by '-'.
std::string slug(std::string_view text);

}  // namespace kg
