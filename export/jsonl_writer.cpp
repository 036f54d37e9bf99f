#include "export/jsonl_writer.hpp"

#include "export/escape.hpp"
#include "ingest/text.hpp"

namespace kg {
namespace {

struct JsonObject {
    std::string& out;
    bool first = true;
    explicit JsonObject(std::string& o) : out(o) { out += '{'; }
    ~JsonObject() { out += '}'; }
    void key(std::string_view k) {
        if (!first) out += ", ";
        first = false;
        out += '"';
        out += k;
        out += "\": ";
    }
    void string(std::string_view k, std::string_view v) {
        key(k);
        out += '"';
        append_json_escaped(out, v);
        out += '"';
    }
    void number(std::string_view k, long long v) {
        key(k);
        out += std::to_string(v);
    }
    void strings(std::string_view k, const std::vector<std::string>& values) {
        key(k);
        out += '[';
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (i) out += ", ";
            out += '"';
            append_json_escaped(out, values[i]);
            out += '"';
        }
        out += ']';
    }
};

std::string_view kind_name(MentionKind kind) {
    switch (kind) {
        case MentionKind::name: return "name";
        case MentionKind::title: return "title";
        case MentionKind::description: return "description";
        case MentionKind::pronoun: return "pronoun";
        case MentionKind::group: return "group";
    }
    return "name";
}

}  // namespace

void write_jsonl(const Document& doc, std::ostream& out) {
    const CharacterIndex chars(doc.article.text);  // offsets are printed in characters, as str indices
    std::string buffer;
    {
        JsonObject o(buffer);
        const Article& a = doc.article;
        o.string("id", a.id);
        o.string("source_file", a.source_file);
        o.string("format", a.format);
        o.string("title", a.title);
        o.string("date", a.date);
        o.string("byline", a.byline);
        o.string("url", a.url);
        o.string("credit", a.credit);
        o.strings("warnings", a.warnings);
        if (a.part) {  // a long article's part: offsets below count in this text; add char_offset for the article's
            o.number("part", a.part);
            o.number("char_offset", static_cast<long long>(a.char_offset));
        }
        o.string("text", a.text);
        o.key("sentences");
        buffer += '[';
        for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
            if (i) buffer += ", ";
            buffer += '[' + std::to_string(chars(doc.sentences[i].begin)) + ", " + std::to_string(chars(doc.sentences[i].end)) + ']';
        }
        buffer += ']';
        o.key("mentions");
        buffer += '[';
        for (std::size_t i = 0; i < doc.mentions.size(); ++i) {
            const Mention& m = doc.mentions[i];
            if (i) buffer += ", ";
            JsonObject mo(buffer);
            mo.number("begin", chars(m.begin));
            mo.number("end", chars(m.end));
            mo.string("text", doc.text(m));
            mo.string("type", to_string(m.type));
            mo.string("kind", kind_name(m.kind));
            mo.number("entity", m.entity);
            mo.number("sentence", m.sentence);
        }
        buffer += ']';
        o.key("entities");
        buffer += '[';
        for (std::size_t i = 0; i < doc.entities.size(); ++i) {
            const Entity& e = doc.entities[i];
            if (i) buffer += ", ";
            JsonObject eo(buffer);
            eo.number("id", static_cast<long long>(i));
            eo.string("type", to_string(e.type));
            eo.string("name", e.name);
            eo.strings("aliases", e.aliases);
            eo.string("country", e.country);
            eo.strings("positions", e.positions);
            eo.number("ordinal", e.ordinal);
            eo.string("date", e.date);
            eo.number("mentions", static_cast<long long>(e.mentions.size()));
        }
        buffer += ']';
        o.key("relations");
        buffer += '[';
        for (std::size_t i = 0; i < doc.relations.size(); ++i) {
            const Relation& r = doc.relations[i];
            const Sentence& s = doc.sentences[r.sentence];
            if (i) buffer += ", ";
            JsonObject ro(buffer);
            ro.string("relation", to_string(r.type));
            ro.number("source", r.source);
            ro.number("target", r.target);
            ro.string("source_name", doc.entities[r.source].name);
            ro.string("target_name", doc.entities[r.target].name);
            ro.number("sentence", r.sentence);
            ro.number("begin", chars(s.begin));
            ro.number("end", chars(s.end));
            ro.string("evidence", doc.text(s));
            ro.string("date", r.date);
            ro.string("detail", r.detail);
        }
        buffer += ']';
    }
    buffer += '\n';
    out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
}

}  // namespace kg
