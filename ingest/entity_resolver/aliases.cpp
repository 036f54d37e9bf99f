#include "ingest/entity_resolver/resolution.hpp"

#include <algorithm>
#include <cctype>

#include "ingest/text.hpp"

namespace kg::resolution {

std::string Resolution::title_initials(std::string_view title) {
    std::string initials;
    for (const auto& word : words_of(title))
        if (!word.empty() && std::isupper(static_cast<unsigned char>(word[0]))) initials += word[0];
    return initials;
}

void Resolution::drop_title_initials(Entity& e) const {
    const auto space = e.name.find(' ');
    if (space == std::string::npos || space < 2) return;
    const std::string first = e.name.substr(0, space);
    if (!std::all_of(first.begin(), first.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); }) ||
        std::none_of(e.positions.begin(), e.positions.end(), [&](const std::string& p) { return title_initials(p) == first; }))
        return;
    std::string name = e.name.substr(space + 1);
    for (auto i : e.mentions) {
        const Mention& m = doc_.mentions[i];
        if (m.kind == MentionKind::name && m.name != e.name && m.name.size() > name.size() && ends_with(m.name, " " + name))
            name = m.name;
    }
    e.aliases.erase(std::remove(e.aliases.begin(), e.aliases.end(), name), e.aliases.end());
    e.aliases.push_back(e.name);  // still what the article wrote
    e.name = name;
}

void Resolution::finish() {
    for (std::size_t i = 0; i < doc_.mentions.size(); ++i) {
        const auto& m = doc_.mentions[i];
        if (m.entity < 0) continue;
        auto& e = doc_.entities[m.entity];
        e.mentions.push_back(static_cast<std::uint32_t>(i));
        if (m.kind != MentionKind::name || m.qualifier || m.party_tag) continue;
        // the words the article used, which may differ from a gazetteer's canonical name
        const std::string alias = strip_trailing_punctuation(collapse_whitespace(surface_text(doc_.text(m))));
        if (alias != e.name && std::find(e.aliases.begin(), e.aliases.end(), alias) == e.aliases.end())
            e.aliases.push_back(alias);
    }
    for (auto& e : doc_.entities) {
        if (e.type == EntityType::person) drop_title_initials(e);
        if (e.type == EntityType::event) {
            // "the second High-Level Dialogue" reads better without the article
            if (starts_with(e.name, "the ") || starts_with(e.name, "The ")) e.name = e.name.substr(4);
        }
    }
}

}  // namespace kg::resolution
