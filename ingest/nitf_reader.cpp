#include "ingest/nitf_reader.hpp"

#include <vector>

#include "ingest/date_parser.hpp"
#include "ingest/error.hpp"
#include "ingest/furniture_filter.hpp"
#include "ingest/reader.hpp"
#include "ingest/text.hpp"
#include "ingest/xml_document.hpp"

namespace kg {
namespace {

/// Paragraph-level text under `node`: each p, hl1, hl2, li, block ... becomes a paragraph.
std::string paragraphs(const XmlNode& node) {
    std::string out;
    // Depth-first in document order without recursion.
    std::vector<const XmlNode*> pending{&node};
    while (!pending.empty()) {
        const XmlNode* n = pending.back();
        pending.pop_back();
        const auto name = local_name(*n);
        if (name == "p" || name == "hl2" || name == "li" || name == "td" || name == "caption") {
            const std::string text = collapse_whitespace(inner_text(*n));
            if (!text.empty()) {
                if (!out.empty()) out += "\n\n";
                out += text;
            }
            continue;
        }
        std::vector<const XmlNode*> children;
        for (const XmlNode* c = n->first_node(); c; c = c->next_sibling())
            if (c->type() == rapidxml::node_element) children.push_back(c);
        for (auto it = children.rbegin(); it != children.rend(); ++it) pending.push_back(*it);
    }
    if (out.empty()) out = collapse_whitespace(inner_text(node));
    return out;
}

std::string text_of(const XmlNode* node) { return node ? collapse_whitespace(inner_text(*node)) : std::string(); }

std::string date_of(std::initializer_list<std::string_view> candidates) {
    for (auto c : candidates)
        if (auto d = parse_date(c)) return d->iso();
    return {};
}

}  // namespace

std::vector<Article> read_nitf(const XmlDocument& xml, const Schema& schema) {
    const XmlNode& root = *xml.root();
    const XmlNode* head = child(root, "head");
    const XmlNode* body = child(root, "body");
    if (!body) throw InputError(xml.file(), 1, 1, "NITF document has no <body>");
    const XmlNode* body_head = child(*body, "body.head");
    std::string title = text_of(body_head ? descendant(*body_head, "hl1") : nullptr);
    if (title.empty() && head) title = text_of(child(*head, "title"));
    const XmlNode* docdata = head ? child(*head, "docdata") : nullptr;
    const XmlNode* issue = docdata ? child(*docdata, "date.issue") : nullptr;
    const XmlNode* pubdata = head ? child(*head, "pubdata") : nullptr;
    const std::string date = date_of({issue ? attribute(*issue, "norm") : "", pubdata ? attribute(*pubdata, "date.publication") : ""});
    std::string byline = text_of(body_head ? descendant(*body_head, "byline") : nullptr);
    if (starts_with(byline, "By ") || starts_with(byline, "BY ")) byline = byline.substr(3);
    const XmlNode* content = child(*body, "body.content");
    std::string credit;
    std::string text = remove_furniture(paragraphs(content ? *content : *body), schema, &credit);
    if (trim(text).empty() && title.empty()) throw InputError(xml.file(), 1, 1, "NITF document has no text");
    Article article = make_article(xml.file(), "nitf", title, date, byline, "", std::move(text), 0);
    article.credit = std::move(credit);
    return {std::move(article)};
}

std::vector<Article> read_newsml(const XmlDocument& xml, const Schema& schema) {
    const XmlNode& root = *xml.root();
    std::vector<const XmlNode*> items;
    if (local_name(root) == "newsItem") {
        items.push_back(&root);
    } else if (const XmlNode* set = child(root, "itemSet")) {
        for (const XmlNode* n = set->first_node(); n; n = n->next_sibling())
            if (n->type() == rapidxml::node_element && local_name(*n) == "newsItem") items.push_back(n);
    }
    if (items.empty()) throw InputError(xml.file(), 1, 1, "NewsML-G2 document has no <newsItem>");
    std::vector<Article> articles;
    for (const XmlNode* item : items) {
        const XmlNode* meta = child(*item, "contentMeta");
        const XmlNode* item_meta = child(*item, "itemMeta");
        const std::string title = text_of(meta ? child(*meta, "headline") : nullptr);
        const std::string date = date_of({text_of(meta ? child(*meta, "contentCreated") : nullptr),
                                          text_of(item_meta ? child(*item_meta, "firstCreated") : nullptr),
                                          text_of(item_meta ? child(*item_meta, "versionCreated") : nullptr)});
        const std::string byline = text_of(meta ? child(*meta, "by") : nullptr);
        const XmlNode* set = child(*item, "contentSet");
        const XmlNode* inline_xml = set ? child(*set, "inlineXML") : nullptr;
        const XmlNode* inline_data = set ? child(*set, "inlineData") : nullptr;
        std::string text;
        if (inline_xml) {
            const XmlNode* nitf_body = descendant(*inline_xml, "body.content");
            const XmlNode* html_body = descendant(*inline_xml, "body");
            text = paragraphs(nitf_body ? *nitf_body : html_body ? *html_body : *inline_xml);
        } else if (inline_data) {
            text = inner_text(*inline_data);
        }
        std::string credit;
        text = remove_furniture(text, schema, &credit);
        if (trim(text).empty() && title.empty()) throw InputError(xml.file(), 1, 1, "NewsML-G2 item has no text");
        articles.push_back(make_article(xml.file(), "newsml", title, date, byline, "", std::move(text), articles.size()));
        articles.back().credit = std::move(credit);
    }
    return articles;
}

}  // namespace kg
