#pragma once
/// Reads the dates news articles carry: datelines ("Wednesday, June 15, 2016, 10:03"),
/// feed dates (RFC 822, ISO 8601, NITF's compact form), and calendar arithmetic for
/// resolving relative dates ("on Tuesday", "last month").
#include <optional>
#include <string>
#include <string_view>

namespace kg {

struct CalendarDate {
    int year = 0;   ///< 0 when unknown
    int month = 0;  ///< 1-12, 0 when unknown
    int day = 0;    ///< 1-31, 0 when unknown
    /// "2016-06-15", "2016-06", "2016", or "--12-07" when only month and day are known.
    std::string iso() const;
};

/// Month number of an English month name or abbreviation ("Dec", "sept."), or 0.
int month_from_name(std::string_view word);
/// Weekday number 1 (Monday) to 7 (Sunday) of an English day name, or 0.
int weekday_from_name(std::string_view word);

/// Parses one date in any of the forms named above; nullopt if `text` holds none.
std::optional<CalendarDate> parse_date(std::string_view text);
/// True for a line that is nothing but a date and perhaps a time (a dateline).
bool is_dateline(std::string_view line);
/// True for a place, a comma and a dateline: "New Delhi, 13 August 2025", "Ottawa, May 20, 2025".
bool is_placed_dateline(std::string_view line);

int days_from_civil(int year, int month, int day);
CalendarDate civil_from_days(int days);
/// 1 (Monday) to 7 (Sunday).
int weekday_of(const CalendarDate& date);

}  // namespace kg
