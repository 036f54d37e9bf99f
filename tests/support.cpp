#include "support.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "ingest/pipeline.hpp"
#include "ingest/reader.hpp"
#include "ingest/schema.hpp"

namespace kg::test {

const Pipeline& pipeline() {
    static const Pipeline shared(Schema::defaults());
    return shared;
}

Document analyse(const std::string& text, const std::string& date) {
    return pipeline().analyse(make_article("test.txt", "text", "", date, "", "", text, 0));
}

Document analyse_titled(const std::string& title, const std::string& text) {
    return pipeline().analyse(make_article("test.txt", "text", title, "", "", "", text, 0));
}

int entity(const Document& doc, const std::string& name) {
    for (std::size_t i = 0; i < doc.entities.size(); ++i) {
        const Entity& e = doc.entities[i];
        if (e.name == name) return static_cast<int>(i);
        for (const auto& a : e.aliases)
            if (a == name) return static_cast<int>(i);
    }
    return -1;
}

std::string position(const Document& doc, const std::string& name) {
    const int e = entity(doc, name);
    if (e < 0) return "(no entity)";
    return doc.entities[e].positions.empty() ? std::string() : doc.entities[e].positions.front();
}

std::string country(const Document& doc, const std::string& name) {
    const int e = entity(doc, name);
    return e < 0 ? "(no entity)" : doc.entities[e].country;
}

std::size_t count(const Document& doc, EntityType type) {
    return static_cast<std::size_t>(
        std::count_if(doc.entities.begin(), doc.entities.end(), [&](const Entity& e) { return e.type == type; }));
}

std::size_t count(const Document& doc, RelationType type) {
    return static_cast<std::size_t>(
        std::count_if(doc.relations.begin(), doc.relations.end(), [&](const Relation& r) { return r.type == type; }));
}

bool has_relation(const Document& doc, const std::string& source, RelationType type, const std::string& target) {
    const int s = entity(doc, source), t = entity(doc, target);
    if (s < 0 || t < 0) return false;
    for (const auto& r : doc.relations)
        if (r.type == type && ((r.source == s && r.target == t) || (is_symmetric(type) && r.source == t && r.target == s)))
            return true;
    return false;
}

std::vector<std::string> mention_texts(const Document& doc, EntityType type, MentionKind kind) {
    std::vector<std::string> out;
    for (const auto& m : doc.mentions)
        if (m.type == type && m.kind == kind) out.emplace_back(doc.text(m));
    return out;
}

std::string data_file(const std::string& name) {
    std::ifstream in(std::string(KG_TEST_DATA) + "/" + name, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

}  // namespace kg::test
