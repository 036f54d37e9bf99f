#pragma once
/// Merges analysed articles into one KnowledgeGraph. Entities of different articles
/// become one node when they share a merge key (country code, agency name and country,
/// person name, event name and ordinal); a lone surname joins the one full name that
/// contains it. Every node and edge keeps the articles and sentences behind it.
#include <string>
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

private:
    struct EntityRecord {
        EntityType type;
        std::string key;
        std::string name;
        std::vector<std::string> aliases;
        std::string country;
        std::vector<std::string> positions;
        int ordinal = 0;
        std::string date;
        std::uint32_t mentions = 0;
        std::string article;
        std::vector<Evidence> evidence;
    };
    struct RelationRecord {
        std::size_t source, target;  // entity record indices
        RelationType type;
        std::string date, detail, article;
        Evidence evidence;
    };

    std::string merge_key(const Document& doc, const Entity& entity) const;

    const Schema& schema_;
    std::vector<EntityRecord> entities_;
    std::vector<RelationRecord> relations_;
    std::vector<ArticleInfo> articles_;
};

/// A readable identifier fragment: lower case, words joined by '-'.
std::string slug(std::string_view text);

}  // namespace kg
