#include "ingest/pipeline.hpp"

#include "ingest/date_resolver.hpp"
#include "ingest/entity_resolver.hpp"
#include "ingest/home_country.hpp"
#include "ingest/mention_recognizer.hpp"
#include "ingest/relation_extractor.hpp"
#include "ingest/schema.hpp"
#include "ingest/sentence_splitter.hpp"
#include "ingest/tokenizer.hpp"

namespace kg {

Pipeline::Pipeline(std::shared_ptr<const Schema> schema) : schema_(std::move(schema)) {
    stages_.push_back(std::make_unique<Tokenizer>(schema_->abbreviations()));
    stages_.push_back(std::make_unique<SentenceSplitter>());
    stages_.push_back(std::make_unique<MentionRecognizer>(*schema_));
    stages_.push_back(std::make_unique<EntityResolver>(*schema_));
    stages_.push_back(std::make_unique<RelationExtractor>(*schema_));
    stages_.push_back(std::make_unique<HomeCountryResolver>(*schema_));
    stages_.push_back(std::make_unique<DateResolver>());
    nanoseconds_.assign(stages_.size(), 0);
}

Document Pipeline::analyse(Article article) const {
    Document doc;
    doc.article = std::move(article);
    for (std::size_t i = 0; i < stages_.size(); ++i) {
        const auto start = std::chrono::steady_clock::now();
        stages_[i]->run(doc);
        nanoseconds_[i] += std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start).count();
    }
    return doc;
}

std::vector<std::chrono::nanoseconds> Pipeline::stage_times() const {
    std::vector<std::chrono::nanoseconds> out;
    for (auto ns : nanoseconds_) out.emplace_back(ns);
    return out;
}

}  // namespace kg
