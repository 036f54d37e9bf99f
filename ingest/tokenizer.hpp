#pragma once
/// Splits article text into word and punctuation tokens with byte offsets and a
/// normalised lower-case key (curly quotes folded), without copying per token.
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "ingest/document.hpp"
#include "ingest/stage.hpp"

namespace kg {

/// Lower-case tokens that keep their final full stop ("mr.", "u.s.", "jan.").
using AbbreviationSet = std::unordered_set<std::string>;

/// Tokenises `text` into `tokens`, appending their keys to `keys`.
void tokenize(std::string_view text, const AbbreviationSet& abbreviations, std::vector<Token>& tokens,
              std::string& keys);

class Tokenizer : public Stage {
public:
    explicit Tokenizer(const AbbreviationSet& abbreviations) : abbreviations_(abbreviations) {}
    std::string_view name() const override { return "tokenizer"; }
    void run(Document& doc) const override;

private:
    const AbbreviationSet& abbreviations_;
};

}  // namespace kg
