#include "ingest/entity_resolver/resolution.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "ingest/text.hpp"

namespace kg::resolution {

std::vector<std::string> words_of(std::string_view text) {
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; };
    std::vector<std::string> words;
    for (std::size_t i = 0; i < text.size();) {
        while (i < text.size() && space(text[i])) ++i;
        const std::size_t start = i;
        while (i < text.size() && !space(text[i])) ++i;
        if (i > start) words.emplace_back(text.substr(start, i - start));
    }
    return words;
}

std::string join(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) {
        if (!out.empty()) out += ' ';
        out += w;
    }
    return out;
}

bool has_proper_modifier(std::string_view description) {
    const auto words = words_of(description);
    for (std::size_t k = 0; k + 1 < words.size(); ++k) {
        const std::string& w = words[k];
        if (w == "The" || w == "A" || w == "An" || w == "This" || w == "That") continue;
        if ((w[0] >= 'A' && w[0] <= 'Z') || (w[0] >= '0' && w[0] <= '9')) return true;
    }
    return false;
}

bool subset_of(const std::vector<std::string>& small, const std::vector<std::string>& big) {
    for (const auto& w : small)
        if (std::find(big.begin(), big.end(), w) == big.end()) return false;
    return true;
}

std::string surface_text(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        const char32_t cp = next_code_point(text, i);
        if (cp == 0x2019 || cp == 0x2018) out += '\'';
        else out.append(text.substr(start, i - start));
    }
    return out;
}

std::string strip_trailing_punctuation(std::string s) {
    while (!s.empty() && (s.back() == ',' || s.back() == ' ')) s.pop_back();
    // "Defense Minister Dong Jun." at a sentence's end: the tokenizer keeps the stop of an abbreviation
    // ("Jun." for June) with the word; an initial ("George W.") or a suffix ("Jr.") keeps its own
    const std::size_t word = s.find_last_of(' ') + 1;
    const std::string_view last = std::string_view(s).substr(word);
    const bool plain_word = last.size() > 3 && std::all_of(last.begin(), last.end() - 1, [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
    if (plain_word && last.back() == '.' && !one_of(to_lower_ascii(last), {"esq.", "jnr.", "snr."})) s.pop_back();
    return s;
}

const std::set<std::string_view> meeting_like = {"meeting", "call", "conference"};

bool compatible_class(const std::string& a, const std::string& b) {
    if (a == b) return true;
    return meeting_like.count(a) && meeting_like.count(b) && (a == "meeting" || b == "meeting");
}

}  // namespace kg::resolution
