#pragma once
/// Links the mentions of one article into entities: "Guo" and "Guo Shengkun",
/// "President Xi" and "Xi Jinping", "the ministry" and "the Ministry of Public
/// Security", "he" and the person the sentence before was about, "the two leaders"
/// and the pair named last, "the dialogue" and the article's main dialogue (while
/// "the first dialogue" stays a different event).
#include <string>
#include <string_view>
#include <vector>

#include "ingest/stage.hpp"

namespace kg {

class Schema;

class EntityResolver : public Stage {
public:
    explicit EntityResolver(const Schema& schema) : schema_(schema) {}
    std::string_view name() const override { return "entity_resolver"; }
    void run(Document& doc) const override;

private:
    const Schema& schema_;
};

/// What an event's name says of which event it is: its core, the words without ordinals, countries
/// and words such as "bilateral", and the countries it names, as sorted codes.
/// "Second US-China High-Level Dialogue" -> {"high-level dialogue", "CN-US"}.
struct EventKey {
    std::string core, countries;
};
EventKey event_key(std::string_view name, const Schema& schema);
/// The core alone: within one article, "the dialogue" and "the US-China dialogue" are one event.
std::string event_core_key(std::string_view name, const Schema& schema);
/// Lower-case words of a person's name without initials and suffixes, a nickname given name made
/// formal: "Joe Biden" and "Joseph R. Biden, Jr." both give {joseph, biden}.
std::vector<std::string> person_name_words(std::string_view name, const Schema& schema);
/// The normalised key of an agency name ("Public Security Ministry" -> "ministry of public security").
std::string agency_key(std::string_view name);
/// "ministry of defense", "department of health" (as `agency_key` writes them): a name any
/// government's body may have.
bool names_a_government_department(std::string_view key);

}  // namespace kg
