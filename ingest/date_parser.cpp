#include "ingest/date_parser.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <vector>

#include "ingest/text.hpp"

namespace kg {
namespace {

constexpr std::string_view month_names[] = {"january", "february", "march",     "april",   "may",      "june",
                                            "july",    "august",   "september", "october", "november", "december"};
constexpr std::string_view weekday_names[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

struct Word {
    std::string text;
    bool number = false;
};

std::vector<Word> words_of(std::string_view text) {
    std::vector<Word> words;
    std::string current;
    bool number = false;
    auto flush = [&] {
        if (!current.empty()) words.push_back({current, number});
        current.clear();
    };
    for (char c : text) {
        const bool digit = std::isdigit(static_cast<unsigned char>(c)) != 0;
        const bool alpha = std::isalpha(static_cast<unsigned char>(c)) != 0;
        if (digit || alpha) {
            if (!current.empty() && digit != number) flush();
            number = digit;
            current += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        } else {
            flush();
        }
    }
    flush();
    return words;
}

/// A word of digits as a number; words longer than a year are no part of a date.
int small_number(const std::string& digits) {
    if (digits.size() > 4) return -1;
    int value = 0;
    for (char c : digits) value = value * 10 + (c - '0');
    return value;
}

bool valid(int year, int month, int day) {
    return year >= 1000 && year <= 2999 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

}  // namespace

std::string CalendarDate::iso() const {
    char buffer[16];
    if (year && month && day) std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    else if (year && month) std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
    else if (year) std::snprintf(buffer, sizeof buffer, "%04d", year);
    else if (month && day) std::snprintf(buffer, sizeof buffer, "--%02d-%02d", month, day);
    else return {};
    return buffer;
}

namespace {
/// What sscanf's "%Nd" reads at text[i]: blanks, then at most `width` characters of an
/// optional sign and digits. By hand, because sscanf on every candidate date took 2% of the ingest.
bool scan_int(std::string_view text, std::size_t& i, int width, int& value) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    const std::size_t end = std::min(text.size(), i + static_cast<std::size_t>(width));
    bool negative = false;
    if (i < end && (text[i] == '-' || text[i] == '+')) negative = text[i++] == '-';
    const std::size_t digits = i;
    int v = 0;
    for (; i < end && text[i] >= '0' && text[i] <= '9'; ++i) v = v * 10 + (text[i] - '0');
    if (i == digits) return false;
    value = negative ? -v : v;
    return true;
}
bool scan_char(std::string_view text, std::size_t& i, char c) {
    if (i >= text.size() || text[i] != c) return false;
    ++i;
    return true;
}

/// `word` in lower case in `buffer`, or empty when it is longer than the buffer: every word
/// of the text is tried as a month, and a std::string each time was 2% of the ingest.
template <std::size_t N>
std::string_view lower_in(char (&buffer)[N], std::string_view word) {
    if (word.size() > N) return {};
    for (std::size_t i = 0; i < word.size(); ++i) buffer[i] = lower_ascii(word[i]);
    return {buffer, word.size()};
}
}  // namespace

int month_from_name(std::string_view word) {
    if (!word.empty() && word.back() == '.') word.remove_suffix(1);
    char buffer[9];  // "september"
    const std::string_view w = lower_in(buffer, word);
    if (w.size() < 3) return 0;
    for (int m = 0; m < 12; ++m)
        if (month_names[m] == w || (w.size() <= 4 && month_names[m].substr(0, w.size()) == w && (w.size() == 3 || w == "sept")))
            return m + 1;
    return 0;
}

int weekday_from_name(std::string_view word) {
    char buffer[9];  // "wednesday"
    const std::string_view w = lower_in(buffer, word);
    if (w.size() < 3) return 0;
    for (int d = 0; d < 7; ++d)
        if (weekday_names[d] == w || (w.size() == 3 && weekday_names[d].substr(0, 3) == w)) return d + 1;
    return 0;
}

std::optional<CalendarDate> parse_date(std::string_view text) {
    const std::string_view t = trim(text);
    // ISO 8601 and NITF's compact 20160615T100300
    if (t.size() >= 8 && std::isdigit(static_cast<unsigned char>(t[0]))) {
        int y = 0, m = 0, d = 0;
        std::size_t i = 0;
        if (scan_int(t, i, 4, y) && scan_char(t, i, '-') && scan_int(t, i, 2, m) && scan_char(t, i, '-') && scan_int(t, i, 2, d) &&
            valid(y, m, d))
            return CalendarDate{y, m, d};
        i = 0;
        const std::string_view compact = t.substr(0, 8);
        if (scan_int(compact, i, 4, y) && scan_int(compact, i, 2, m) && scan_int(compact, i, 2, d) && valid(y, m, d))
            return CalendarDate{y, m, d};
    }
    const auto words = words_of(t);
    for (std::size_t i = 0; i < words.size(); ++i) {
        const int month = words[i].number ? 0 : month_from_name(words[i].text);
        if (!month) continue;
        // "June 15, 2016"
        if (i + 2 < words.size() && words[i + 1].number && words[i + 2].number) {
            const int d = small_number(words[i + 1].text), y = small_number(words[i + 2].text);
            if (valid(y, month, d)) return CalendarDate{y, month, d};
        }
        // "15 June 2016", "Fri, 21 Aug 2026 16:00:54"
        if (i >= 1 && i + 1 < words.size() && words[i - 1].number && words[i + 1].number) {
            const int d = small_number(words[i - 1].text), y = small_number(words[i + 1].text);
            if (valid(y, month, d)) return CalendarDate{y, month, d};
        }
    }
    return std::nullopt;
}

bool is_dateline(std::string_view line) {
    line = trim(line);
    if (line.empty() || line.size() > 60 || !parse_date(line)) return false;
    for (const auto& w : words_of(line))
        if (!w.number && !month_from_name(w.text) && !weekday_from_name(w.text) && w.text != "am" && w.text != "pm" &&
            w.text != "updated" && w.text != "published" && w.text != "gmt" && w.text != "utc" && w.text != "et")
            return false;
    return true;
}

bool is_placed_dateline(std::string_view line) {
    line = trim(line);
    const auto comma = line.find(',');
    if (comma == std::string_view::npos || comma == 0 || comma > 40 || line.size() > 80) return false;
    const std::string_view place = line.substr(0, comma);
    for (std::size_t at = 0; at < place.size();) {  // every word capitalised, none a date's
        const std::size_t end = std::min(place.find(' ', at), place.size());
        const std::string_view word = place.substr(at, end - at);
        if (!word.empty() && (!std::isupper(static_cast<unsigned char>(word.front())) || month_from_name(word) ||
                              weekday_from_name(word)))
            return false;
        at = end + 1;
    }
    return is_dateline(line.substr(comma + 1));
}

// Howard Hinnant's days_from_civil / civil_from_days.
int days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int>(doe) - 719468;
}

CalendarDate civil_from_days(int z) {
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int y = static_cast<int>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return CalendarDate{y + (m <= 2), static_cast<int>(m), static_cast<int>(d)};
}

int weekday_of(const CalendarDate& date) {
    const int days = days_from_civil(date.year, date.month, date.day);  // 1970-01-01 was a Thursday
    return ((days % 7) + 7 + 3) % 7 + 1;
}

}  // namespace kg
