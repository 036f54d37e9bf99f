#include "ingest/entity_resolver.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include "ingest/document.hpp"
#include "ingest/entity_resolver/resolution.hpp"
#include "ingest/schema.hpp"
#include "ingest/text.hpp"

namespace kg {

using resolution::join;
using resolution::Resolution;
using resolution::words_of;

namespace {

constexpr std::string_view event_noise_words[] = {"bilateral", "trilateral", "multilateral", "inaugural", "annual",
                                                  "the", "a", "an", "such", "'s", "'", "–", "-", "first", "second",
                                                  "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                                                  "tenth", "first-ever", "new", "latest", "recent", "two-day", "three-day",
                                                  "one-day", "this", "that", "their", "his", "her", "its", "our"};
constexpr std::string_view name_noise_words[] = {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv", ","};

/// A country named in more than one word from key `i` on ("united states"): how many words, and its
/// code; {0, ""} if none.
std::pair<std::size_t, std::string_view> country_named_at(const std::vector<std::string>& keys, std::size_t i, const Schema& schema) {
    for (std::size_t words = std::min<std::size_t>(4, keys.size() - i); words >= 2; --words)
        for (auto id : schema.lexicon().exact(std::vector<std::string_view>(keys.begin() + i, keys.begin() + i + words)))
            if (schema.entry(id).category == LexCategory::country) return {words, schema.entry(id).country};
    return {0, {}};
}

}  // namespace

std::vector<std::string> person_name_words(std::string_view name, const Schema& schema) {
    std::vector<std::string> out;
    // ("Andrés Manuel López Obrador" is "Andres Manuel Lopez Obrador": accents folded, when there are any)
    auto words = words_of(is_ascii(name) ? to_lower_ascii(name) : fold_for_lookup(name));
    for (std::size_t k = 0; k < words.size(); ++k) {
        std::string& w = words[k];
        while (!w.empty() && (w.back() == ',' || w.back() == '\'')) w.pop_back();
        if (w.empty() || std::find(std::begin(name_noise_words), std::end(name_noise_words), w) != std::end(name_noise_words))
            continue;
        if (w.size() == 2 && w[1] == '.') continue;  // an initial
        // "el-Sisi" is the "Sisi" of later sentences: the Arabic article is no part of the surname
        if (w.size() > 3 && (starts_with(w, "al-") || starts_with(w, "el-"))) w.erase(0, 3);
        // ("Abdel-Fattah El Sisi" is "Abdel Fattah Al Sisi": a hyphen joins two given names, and the
        // article after the first word is no word of the name; "Al Gore" begins with a given name, and
        // "Thomas-Greenfield" is one surname)
        if ((!out.empty() && w == "al") || (w == "el" && words.size() > 1)) continue;  // ("President El Sisi")
        if (k + 1 == words.size()) {
            out.push_back(std::move(w));
            continue;
        }
        for (std::string_view part : split(w, '-'))
            if (!part.empty()) out.emplace_back(part);
    }
    if (out.size() >= 2) out.front() = std::string(schema.formal_name(out.front()));
    return out;
}

EventKey event_key(std::string_view name, const Schema& schema) {
    std::vector<std::string> core;
    std::set<std::string> countries;
    const auto keys = schema.phrase_keys(name);
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const std::string& key = keys[i];
        if (std::find(std::begin(event_noise_words), std::end(event_noise_words), key) != std::end(event_noise_words) ||
            numeric_ordinal(key))
            continue;
        // ("United States – Japan – Republic of Korea": a country's name of several words is one party)
        if (const auto [words, code] = country_named_at(keys, i, schema); words > 0) {
            countries.emplace(code);
            i += words - 1;
            continue;
        }
        bool country = false;
        std::size_t start = 0;
        for (std::size_t k = 0; k <= key.size(); ++k) {  // "us-china", "u.s.-prc", "eu-japan"
            if (k < key.size() && key[k] != '-') continue;
            // ("Japan-China-Republic of Korea": the last party's name goes on past the hyphens)
            if (k == key.size() && start > 0 && i + 2 < keys.size() && keys[i + 1] == "of") {
                const std::string_view last = std::string_view(key).substr(start);
                bool joined = false;
                for (auto id : schema.lexicon().exact({last, keys[i + 1], keys[i + 2]}))
                    if (!joined && schema.entry(id).category == LexCategory::country) {
                        joined = country = true;
                        countries.insert(schema.entry(id).country);
                    }
                if (joined) {
                    i += 2;
                    break;
                }
            }
            for (auto id : schema.lexicon().exact(key.substr(start, k - start))) {
                const auto& entry = schema.entry(id);
                if (entry.category == LexCategory::country || entry.category == LexCategory::demonym) {
                    country = true;
                    countries.insert(entry.country);
                } else if (entry.category == LexCategory::agency) {
                    // the EU of "EU-Japan" is a party like Japan; so is ASEAN in "the ASEAN Summit",
                    // whose name it stays in: an organisation's summits recur under its name
                    countries.insert(entry.value);
                }
            }
            start = k + 1;
        }
        if (!country) core.push_back(key);
    }
    std::string codes;
    for (const auto& code : countries) codes += (codes.empty() ? "" : ";") + code;  // names may have hyphens
    return {join(core), codes};
}

std::string event_core_key(std::string_view name, const Schema& schema) { return event_key(name, schema).core; }

std::string agency_key(std::string_view name) {
    // ("Pakistan-Türkiye ... Council" and "Pakistan-Turkiye ... Council" are one body)
    auto words = words_of(is_ascii(name) ? to_lower_ascii(name) : fold_for_lookup(name));
    for (auto& w : words)
        for (auto& c : w)
            if (c == '\'') c = ' ';
    if (!words.empty() && words.front() == "the") words.erase(words.begin());
    // "Public Security Ministry" -> "ministry of public security"
    static const std::set<std::string> heads = {"ministry", "department", "bureau", "agency", "office", "administration"};
    if (words.size() >= 2 && heads.count(words.back()) &&
        std::find(words.begin(), words.end(), "of") == words.end()) {
        std::vector<std::string> reordered{words.back(), "of"};
        reordered.insert(reordered.end(), words.begin(), words.end() - 1);
        words = reordered;
    }
    return join(words);
}

bool names_a_government_department(std::string_view key) {
    for (std::string_view generic : {"ministry of ", "ministry for ", "department of ", "department for "})
        if (key.substr(0, generic.size()) == generic) return true;
    return false;
}

void EntityResolver::run(Document& doc) const { Resolution(doc, schema_).run(); }

}  // namespace kg
