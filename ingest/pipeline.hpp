#pragma once
/// The ingest stages in order, from an article to a document with entities and relations.
#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "ingest/document.hpp"
#include "ingest/stage.hpp"

namespace kg {

class Schema;

class Pipeline {
public:
    explicit Pipeline(std::shared_ptr<const Schema> schema);
    Document analyse(Article article) const;
    const Schema& schema() const { return *schema_; }
    /// The schema to give another thread's pipeline: it is read only, so threads share one copy.
    const std::shared_ptr<const Schema>& shared_schema() const { return schema_; }
    const std::vector<std::unique_ptr<Stage>>& stages() const { return stages_; }

    /// Time spent in each stage so far (same order as stages()), for benchmarks.
    std::vector<std::chrono::nanoseconds> stage_times() const;

private:
    std::shared_ptr<const Schema> schema_;
    std::vector<std::unique_ptr<Stage>> stages_;
    mutable std::vector<std::int64_t> nanoseconds_;
};

}  // namespace kg
