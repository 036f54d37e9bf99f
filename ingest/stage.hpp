#pragma once
/// The common interface of the analysis stages: each reads and enriches a Document.
#include <string_view>

namespace kg {

struct Document;

class Stage {
public:
    virtual ~Stage() = default;
    /// A short name for messages and per-stage timings ("tokenizer", "relation_extractor").
    virtual std::string_view name() const = 0;
    virtual void run(Document& doc) const = 0;
};

}  // namespace kg
