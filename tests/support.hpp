#pragma once
// Helpers for tests: analyse a text with the real pipeline and look things up in the result.
#include <string>
#include <vector>

#include "ingest/document.hpp"

namespace kg::test {

/// Runs the whole ingest pipeline on `text` as a plain-text article dated `date`.
Document analyse(const std::string& text, const std::string& date = "");
/// The same for an article with a headline, which leads its text.
Document analyse_titled(const std::string& title, const std::string& text);

/// The entity named `name` (canonical name or alias, exact), or -1.
int entity(const Document& doc, const std::string& name);
/// Whether a relation of that type links the two named entities (either way for symmetric ones).
bool has_relation(const Document& doc, const std::string& source, RelationType type, const std::string& target);
/// The first position the named entity holds ("" for none), or "(no entity)" when nothing has that name.
std::string position(const Document& doc, const std::string& name);
/// The named entity's country code, or "(no entity)".
std::string country(const Document& doc, const std::string& name);
/// How many entities of the type the document has.
std::size_t count(const Document& doc, EntityType type);
/// How many relations of the type the document has.
std::size_t count(const Document& doc, RelationType type);
/// Mention texts of a type, in order.
std::vector<std::string> mention_texts(const Document& doc, EntityType type, MentionKind kind = MentionKind::name);
/// A file's content from tests/data.
std::string data_file(const std::string& name);

}  // namespace kg::test
