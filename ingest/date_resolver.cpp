#include "ingest/date_resolver.hpp"

#include <cstdlib>

#include "ingest/date_parser.hpp"
#include "ingest/document.hpp"
#include "ingest/text.hpp"

namespace kg {
namespace {

/// The leading digits of a word as a number; more than four digits is no day or year (-1).
int number(std::string_view text) {
    int value = 0, digits = 0;
    for (char c : text) {
        if (c < '0' || c > '9') break;
        if (++digits > 4) return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

CalendarDate shift_month(CalendarDate d, int months) {
    int index = d.year * 12 + (d.month - 1) + months;
    return CalendarDate{index / 12, index % 12 + 1, 0};
}

}  // namespace

std::string sentence_date(const Document& doc, const Sentence& sentence, const std::string& article_date) {
    CalendarDate today;
    if (auto d = parse_date(article_date)) today = *d;
    const bool known = today.year != 0;
    for (std::uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
        const Token& token = doc.tokens[t];
        const std::string_view key = doc.key(token);
        const std::string_view next = t + 1 < sentence.end_token ? doc.key(t + 1) : std::string_view();
        const int month = token.has(token_capitalized) ? month_from_name(key) : 0;
        if (month && !(key == "may" && !doc.tokens[t + 1 < sentence.end_token ? t + 1 : t].has(token_number))) {
            std::uint32_t u = t + 1;
            int day = 0, last_day = 0, year = 0;
            if (u < sentence.end_token && doc.tokens[u].has(token_number) && number(doc.key(u)) >= 1 && number(doc.key(u)) <= 31) {
                day = number(doc.key(u));
                const auto dash = doc.key(u).find('-');
                if (dash != std::string_view::npos) last_day = number(doc.key(u).substr(dash + 1));
                ++u;
                if (u + 1 < sentence.end_token && doc.key(u) == ",") ++u;
            }
            if (u < sentence.end_token && doc.tokens[u].has(token_number) && doc.key(u).size() == 4) year = number(doc.key(u));
            if (!year && known) year = (month > today.month) ? today.year - 1 : today.year;  // news looks back
            if (!day && !year) continue;
            const std::string first = CalendarDate{year, month, day}.iso();
            if (last_day > day) return first + "/" + CalendarDate{year, month, last_day}.iso();
            return first;
        }
        const int weekday = token.has(token_capitalized) ? weekday_from_name(key) : 0;
        if (weekday && known && key.size() > 3) {
            const int days = days_from_civil(today.year, today.month, today.day);
            const int back = (weekday_of(today) - weekday + 7) % 7;
            return civil_from_days(days - back).iso();
        }
        if (!known) continue;
        if (key == "today") return today.iso();
        if (key == "yesterday") return civil_from_days(days_from_civil(today.year, today.month, today.day) - 1).iso();
        if ((key == "last" || key == "next") && next == "month") return shift_month(today, key == "last" ? -1 : 1).iso();
        if ((key == "last" || key == "next") && next == "year") return CalendarDate{today.year + (key == "last" ? -1 : 1), 0, 0}.iso();
    }
    return {};
}

void DateResolver::run(Document& doc) const {
    std::vector<std::string> dates(doc.sentences.size());
    for (std::size_t s = 0; s < doc.sentences.size(); ++s) dates[s] = sentence_date(doc, doc.sentences[s], doc.article.date);
    for (auto& r : doc.relations)
        if (r.date.empty()) r.date = dates[r.sentence];
    for (auto& e : doc.entities) {
        if (e.type != EntityType::event) continue;
        for (auto m : e.mentions)
            if (e.date.empty() && !dates[doc.mentions[m].sentence].empty()) e.date = dates[doc.mentions[m].sentence];
    }
}

}  // namespace kg
