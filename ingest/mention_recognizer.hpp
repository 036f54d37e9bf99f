#pragma once
/// Finds mentions of people, agencies, countries, places and events in each sentence.
///
/// Capitalised runs ("chunks") are read with a small grammar over gazetteer and
/// lexicon matches: event names grow around an event head ("Dialogue"), agency names
/// around an organisation head ("Ministry of ..."), people are the names after a
/// title or honorific, or runs of name-like words. Lower-case descriptions ("the
/// dialogue", "the ministry"), pronouns and plural groups ("the two leaders") become
/// mentions too, for the resolver to link.
#include "ingest/stage.hpp"

namespace kg {

class Schema;

class MentionRecognizer : public Stage {
public:
    explicit MentionRecognizer(const Schema& schema) : schema_(schema) {}
    std::string_view name() const override { return "mention_recognizer"; }
    void run(Document& doc) const override;

private:
    const Schema& schema_;
};

}  // namespace kg
