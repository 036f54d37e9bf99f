#pragma once
/// Resolves the dates a sentence gives ("on Tuesday", "last month", "Dec 7-8",
/// "in September 2015") against the article's date, and stores them on the events
/// the sentence names and on the relations it supports.
#include <string>

#include "ingest/stage.hpp"

namespace kg {

struct CalendarDate;
struct Sentence;
struct Document;

class DateResolver : public Stage {
public:
    std::string_view name() const override { return "date_resolver"; }
    void run(Document& doc) const override;
};

/// The first date expression of a sentence as ISO text ("2016-06-14", "2016-12-07/2016-12-08", "2015-09"),
/// resolved against `article_date` (ISO, may be empty). Empty if the sentence gives none.
std::string sentence_date(const Document& doc, const Sentence& sentence, const std::string& article_date);

}  // namespace kg
