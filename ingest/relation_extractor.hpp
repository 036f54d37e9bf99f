#pragma once
/// Draws typed relations between the entities of one article, each tied to the
/// sentence that supports it:
///  - from trigger phrases (schemas/relations.tsv) with their subject and object
///    groups: "X and Y co-chaired Z", "Z was attended by X, Y and W", "agreement
///    reached by X and Y", "X's and Y's decision", "X met with Y"; hypothetical or
///    negated triggers ("had been scheduled to attend ... but withdrew") give nothing;
///  - from the shape of names: "US President Obama" (represents), "China's Ministry
///    of ..." (part_of, shared along a coordinated list), "Minister of Public
///    Security Guo" (member_of the ministry), "Spaulding, an undersecretary at DHS"
///    (member_of), "the dialogue in Beijing" (held_in).
#include "ingest/stage.hpp"

namespace kg {

class Schema;

class RelationExtractor : public Stage {
public:
    explicit RelationExtractor(const Schema& schema) : schema_(schema) {}
    std::string_view name() const override { return "relation_extractor"; }
    void run(Document& doc) const override;

private:
    const Schema& schema_;
};

}  // namespace kg
