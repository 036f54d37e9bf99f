#include "ingest/plain_text_reader.hpp"

#include "ingest/date_parser.hpp"
#include "ingest/error.hpp"
#include "ingest/furniture_filter.hpp"
#include "ingest/reader.hpp"
#include "ingest/text.hpp"

namespace kg {
namespace {

bool looks_like_title(std::string_view line) {
    line = trim(line);
    std::size_t words = 1;
    for (char c : line) words += c == ' ';
    return !line.empty() && words <= 25 && line.back() != '.' && line.back() != ',';
}

}  // namespace

std::vector<Article> read_plain_text(std::string text, const std::string& file, const Schema& schema) {
    std::string credit;
    const std::string cleaned = remove_furniture(text, schema, &credit);
    text = std::string();  // a 100 MB file should not be held three times over
    if (trim(cleaned).empty()) throw InputError(file, 1, 1, "no article text (empty or only whitespace)");
    std::string title, date, byline, body;
    body.reserve(cleaned.size() + 1);
    std::size_t seen = 0;
    std::size_t start = 0;
    while (start <= cleaned.size()) {
        std::size_t end = cleaned.find('\n', start);
        if (end == std::string::npos) end = cleaned.size();
        std::string_view line = std::string_view(cleaned).substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        start = end + 1;
        const bool header = !trim(line).empty() && seen++ < article_header_lines;
        if (header && date.empty() && is_dateline(line)) {
            date = parse_date(line)->iso();
            continue;
        }
        // "New Delhi, 13 August 2025": a release's place and date; the place stays in the text
        if (header && date.empty() && is_placed_dateline(line)) date = parse_date(line.substr(line.find(',') + 1))->iso();
        if (header && byline.empty())
            if (auto credited = byline_of(line)) {
                byline = std::move(*credited);
                continue;
            }
        if (header && title.empty() && looks_like_title(line)) title = std::string(trim(line));
        body.append(line);
        body += '\n';
    }
    Article article = make_article(file, "text", std::move(title), std::move(date), std::move(byline), "", std::move(body), 0);
    article.credit = std::move(credit);
    return {std::move(article)};
}

}  // namespace kg
