#include "ingest/feed_reader.hpp"

#include "ingest/date_parser.hpp"
#include "ingest/error.hpp"
#include "ingest/furniture_filter.hpp"
#include "ingest/html_reader.hpp"
#include "ingest/reader.hpp"
#include "ingest/text.hpp"
#include "ingest/xml_document.hpp"

namespace kg {
namespace {

std::string first_text(const XmlNode& item, std::initializer_list<std::string_view> names) {
    for (auto name : names)
        if (const XmlNode* n = child(item, name)) {
            std::string text = inner_text(*n);
            if (text.empty() && name == "link") text = std::string(attribute(*n, "href"));  // Atom links
            if (!text.empty()) return text;
        }
    return {};
}

Article read_item(const XmlNode& item, const XmlDocument& xml, const Schema& schema, std::size_t index, bool atom) {
    const std::string title = collapse_whitespace(decode_html_entities(first_text(item, {"title"})));
    // Item bodies are HTML escaped inside XML: decode them as HTML fragments.
    const std::string html = first_text(item, {"encoded", "content", "description", "summary"});
    const HtmlContent content = extract_html(html);
    std::string date;
    if (auto d = parse_date(first_text(item, {"pubDate", "published", "updated", "date", "issued"}))) date = d->iso();
    std::string byline = first_text(item, {"creator", "author"});
    if (const XmlNode* author = child(item, "author"); atom && author)
        if (const XmlNode* name = child(*author, "name")) byline = inner_text(*name);
    std::string credit;
    std::string text = remove_furniture(content.text, schema, &credit);
    Article article = make_article(xml.file(), atom ? "atom" : "rss", title, date, collapse_whitespace(byline),
                                   first_text(item, {"link", "guid", "id"}), std::move(text), index);
    article.credit = std::move(credit);
    return article;
}

}  // namespace

std::vector<Article> read_feed(const XmlDocument& xml, const Schema& schema) {
    const XmlNode& root = *xml.root();
    const bool atom = local_name(root) == "feed";
    const XmlNode* container = atom ? &root : child(root, "channel");
    if (!container) throw InputError(xml.file(), 1, 1, "RSS feed has no <channel>");
    std::vector<Article> articles;
    const std::string_view item_name = atom ? "entry" : "item";
    // RSS 1.0 puts items beside the channel, RSS 2.0 inside it.
    for (const XmlNode* parent : {container, &root}) {
        for (const XmlNode* n = parent->first_node(); n; n = n->next_sibling())
            if (n->type() == rapidxml::node_element && local_name(*n) == item_name)
                articles.push_back(read_item(*n, xml, schema, articles.size(), atom));
        if (parent == &root || atom) break;
    }
    if (articles.empty()) throw InputError(xml.file(), 1, 1, std::string("feed has no <") + std::string(item_name) + "> elements");
    return articles;
}

}  // namespace kg
