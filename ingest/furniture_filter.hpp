#pragma once
/// Removes page furniture (breadcrumbs, "Latest News", "Powered by ..." footers)
/// that crawled pages leave around an article, using the rules in schemas/furniture.txt.
#include <string>
#include <string_view>

namespace kg {

class Schema;

/// The lines of `text` with furniture removed; line structure is kept. `credit`, when given, receives
/// the first news agency a dateline credits ("Yonhap" of "SEOUL, Aug. 23 (Yonhap) --").
std::string remove_furniture(std::string_view text, const Schema& schema, std::string* credit = nullptr);

}  // namespace kg
