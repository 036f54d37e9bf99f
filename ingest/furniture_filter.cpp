#include "ingest/furniture_filter.hpp"

#include <re2/re2.h>

#include "ingest/schema.hpp"
#include "ingest/text.hpp"

namespace kg {
namespace {
constexpr std::size_t longest_furniture_line = 160;  // longer lines are article text: skip the regexes
constexpr std::size_t longest_dateline = 90;         // "SEOUL, South Korea (AP) —": where a credit can start
const std::vector<std::shared_ptr<const re2::RE2>> no_credits;

/// "Yonhap" of " (Yonhap)", "TASS" of " /TASS/.": the agency inside a credit's brackets or slashes.
std::string_view agency_of(std::string_view credit) {
    const auto open = credit.find_first_of("(/");
    const auto close = open == std::string_view::npos ? open : credit.find(credit[open] == '(' ? ')' : '/', open + 1);
    if (open == std::string_view::npos || close == std::string_view::npos) {
        std::string_view bare = trim(credit);
        if (!bare.empty() && bare.front() == ',') bare = trim(bare.substr(1));  // ", SPA": after the date
        return bare;
    }
    return trim(credit.substr(open + 1, close - open - 1));
}
/// Whether the line ends in a picture's credit in brackets: "... the Elysee Palace. (Photo: Ludovic Marin/AFP)".
bool ends_in_caption_credit(std::string_view line, const Schema& schema) {
    if (line.empty() || line.back() != ')') return false;
    const std::size_t open = line.rfind('(');
    if (open == std::string_view::npos) return false;
    const std::string inside = to_lower_ascii(line.substr(open + 1));
    for (const auto& rule : schema.furniture())
        if (rule.kind == FurnitureRule::Kind::caption &&
            (starts_with(inside, rule.text + ":") || starts_with(inside, rule.text + " :") || starts_with(inside, rule.text + " by ")))
            return true;
    return false;
}

}  // namespace

std::string remove_furniture(std::string_view text, const Schema& schema, std::string* first_credit) {
    std::string out;
    out.reserve(text.size());
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        bool drop = false;
        for (const auto& rule : schema.furniture()) {
            if (rule.kind == FurnitureRule::Kind::prefix && starts_with(line, rule.text)) line.remove_prefix(rule.text.size());
            else if (rule.kind == FurnitureRule::Kind::suffix && ends_with(line, rule.text)) line.remove_suffix(rule.text.size());
        }
        std::string_view credit;
        // A credit comes early in its line, in brackets (or TASS's slashes, or after a comma and before a
        // dash): most lines are passed over without a regex.
        const std::string_view opening = line.substr(0, longest_dateline);
        const bool may_credit = opening.find_first_of("(/") != std::string_view::npos || opening.find(" --") != std::string_view::npos ||
                                opening.find("—") != std::string_view::npos || opening.find("–") != std::string_view::npos;
        for (const auto& rule : may_credit ? schema.furniture_credits() : no_credits) {
            re2::StringPiece group;
            if (re2::RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), *rule, &group) && !group.empty()) {
                credit = std::string_view(group.data(), group.size());
                break;
            }
        }
        if (!credit.empty()) {  // the text before the credit, then the text after it
            if (first_credit && first_credit->empty()) *first_credit = std::string(agency_of(credit));
            out.append(line.substr(0, static_cast<std::size_t>(credit.data() - line.data())));
            line.remove_prefix(static_cast<std::size_t>(credit.data() - line.data()) + credit.size());
        }
        if (line.size() <= longest_furniture_line) {
            // an ending is checked here, not in the regex: "^.*contributed" made it read every line to its end
            const std::string_view trimmed = trim(line);
            for (const auto& rule : schema.furniture())
                drop = drop || (rule.kind == FurnitureRule::Kind::ending && trimmed.size() >= rule.text.size() &&
                                iequals_ascii(trimmed.substr(trimmed.size() - rule.text.size()), rule.text));
            drop = drop || ends_in_caption_credit(trimmed, schema);
            if (!drop && schema.furniture_lines())
                drop = re2::RE2::FullMatch(re2::StringPiece(line.data(), line.size()), *schema.furniture_lines());
        }
        if (!drop) out.append(line);
        if (end < text.size()) out += '\n';
        start = end + 1;
    }
    return out;
}

}  // namespace kg
