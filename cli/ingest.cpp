// Reading and analysing the input files, on one thread or several, with results in input order.
#include <condition_variable>
#include <deque>
#include <iostream>
#include <mutex>
#include <thread>

#include "cli/common_options.hpp"
#include "graph/graph_builder.hpp"
#include "ingest/error.hpp"
#include "ingest/pipeline.hpp"
#include "ingest/reader.hpp"
#include "ingest/schema.hpp"

namespace kg::cli {
namespace {

/// What a file yields, told as it happens: its reader's warnings, then each analysed document.
struct FileEvents {
    std::function<void(std::vector<std::string>&&)> warnings;
    std::function<void(Document&&)> document;
};

/// Reads and analyses one file. Returns the error that made it unreadable, or "".
std::string process_file(const std::string& path, const Pipeline& pipeline, const FileEvents& events) {
    try {
        std::vector<Article> articles = read_articles(path, pipeline.schema());
        std::vector<std::string> warnings;
        for (const auto& article : articles) warnings.insert(warnings.end(), article.warnings.begin(), article.warnings.end());
        events.warnings(std::move(warnings));
        for (auto& article : articles) events.document(pipeline.analyse(std::move(article)));
    } catch (const InputError& e) {
        return e.what();
    } catch (const std::bad_alloc&) {
        return path + ":0:0: error: out of memory reading this file";
    }
    return {};
}

/// A document's result as the consumer takes it, with what the summary counts of it.
template <class Prepared>
struct Analysed {
    std::size_t bytes;
    bool counts_as_article;  // a long article's parts count once
    Prepared prepared;
};

template <class Prepared>
Analysed<Prepared> analysed(Document&& doc, const std::function<Prepared(Document&&)>& prepare) {
    const std::size_t bytes = doc.article.text.size();
    const bool counts = doc.article.part <= 1;
    return {bytes, counts, prepare(std::move(doc))};
}

/// One file's results as a worker produces them and the consumer takes them.
template <class Prepared>
struct FileSlot {
    std::vector<std::string> warnings;
    bool warnings_ready = false;
    std::deque<Analysed<Prepared>> documents;
    std::string error;
    bool done = false;
};

/// Documents a worker may hold for a file the consumer has not reached: a file of many
/// articles (or one huge article in parts) waits instead of filling memory.
constexpr std::size_t max_pending_documents = 64;

}  // namespace

template <class Prepared>
IngestReport ingest(const IngestOptions& options, const Pipeline& pipeline, const std::function<Prepared(Document&&)>& prepare,
                    const std::function<void(Prepared&&)>& sink) {
    IngestReport report;
    std::vector<std::string> missing;
    const auto files = collect_input_files(options.inputs, missing);
    for (const auto& m : missing) {
        if (options.strict) throw InputError(m, 0, 0, "no such file or directory");
        std::cerr << m << ":0:0: error: no such file or directory\n";
        ++report.skipped;
    }
    for (const auto& input : options.inputs) {
        std::vector<std::string> none, found = collect_input_files({input}, none);
        if (none.empty() && found.empty()) {
            std::cerr << input << ":0:0: error: directory holds no article files\n";
            ++report.skipped;
        }
    }
    report.files = files.size();

    auto take_warnings = [&](std::vector<std::string>&& warnings) {
        for (const auto& w : warnings) std::cerr << w << "\n";
        report.warnings += warnings.size();
    };
    auto take_document = [&](Analysed<Prepared>&& doc) {
        report.bytes += doc.bytes;
        if (doc.counts_as_article) ++report.articles;
        sink(std::move(doc.prepared));
    };
    auto take_error = [&](const std::string& error) {
        if (error.empty()) return;
        if (options.strict) throw Error(error);
        std::cerr << error << "\n";
        ++report.skipped;
    };

    if (options.threads <= 1) {
        for (const auto& file : files)
            take_error(process_file(file, pipeline, {take_warnings, [&](Document&& doc) { take_document(analysed(std::move(doc), prepare)); }}));
        return report;
    }

    // Workers analyse files ahead of the consumer, at most `window` files ahead, and the
    // consumer takes results strictly in input order: output does not depend on threads.
    const std::size_t window = 4 * options.threads;
    std::vector<FileSlot<Prepared>> slots(files.size());
    std::mutex mutex;
    std::condition_variable ready, room;
    std::size_t next_file = 0, current = 0;  // current: the file the consumer is taking
    bool stop = false;
    auto worker = [&](const Pipeline& own) {
        for (;;) {
            std::size_t index;
            {
                std::unique_lock<std::mutex> lock(mutex);
                room.wait(lock, [&] { return stop || next_file >= files.size() || next_file < current + window; });
                if (stop || next_file >= files.size()) return;
                index = next_file++;
            }
            FileSlot<Prepared>& slot = slots[index];
            FileEvents events{[&](std::vector<std::string>&& warnings) {
                                  std::lock_guard<std::mutex> lock(mutex);
                                  slot.warnings = std::move(warnings);
                                  slot.warnings_ready = true;
                                  ready.notify_all();
                              },
                              [&](Document&& doc) {
                                  Analysed<Prepared> result = analysed(std::move(doc), prepare);
                                  std::unique_lock<std::mutex> lock(mutex);
                                  room.wait(lock, [&] { return stop || slot.documents.size() < max_pending_documents; });
                                  if (stop) return;  // the run is ending: nobody will take it
                                  slot.documents.push_back(std::move(result));
                                  ready.notify_all();
                              }};
            std::string error = process_file(files[index], own, events);
            std::lock_guard<std::mutex> lock(mutex);
            slot.error = std::move(error);
            slot.done = true;
            ready.notify_all();
        }
    };
    std::vector<std::unique_ptr<Pipeline>> pipelines;
    std::vector<std::thread> threads;
    for (unsigned t = 0; t < options.threads; ++t) {
        pipelines.push_back(std::make_unique<Pipeline>(Schema::load(options.schema_directory)));
        threads.emplace_back(worker, std::cref(*pipelines.back()));
    }
    auto stop_workers = [&] {
        {
            std::lock_guard<std::mutex> lock(mutex);
            stop = true;
        }
        room.notify_all();
        for (auto& t : threads) t.join();
    };
    try {
        for (std::size_t i = 0; i < files.size(); ++i) {
            FileSlot<Prepared>& slot = slots[i];
            bool warned = false;
            for (;;) {
                std::unique_lock<std::mutex> lock(mutex);
                ready.wait(lock, [&] { return slot.done || (!warned && slot.warnings_ready) || !slot.documents.empty(); });
                if (!warned && slot.warnings_ready) {
                    std::vector<std::string> warnings = std::move(slot.warnings);
                    warned = true;
                    lock.unlock();
                    take_warnings(std::move(warnings));
                    continue;
                }
                if (!slot.documents.empty()) {
                    Analysed<Prepared> doc = std::move(slot.documents.front());
                    slot.documents.pop_front();
                    lock.unlock();
                    room.notify_all();
                    take_document(std::move(doc));
                    continue;
                }
                const std::string error = slot.error;  // done, and nothing left to take
                current = i + 1;
                lock.unlock();
                room.notify_all();
                take_error(error);
                break;
            }
        }
    } catch (...) {
        stop_workers();
        throw;
    }
    stop_workers();
    return report;
}

template IngestReport ingest<Document>(const IngestOptions&, const Pipeline&, const std::function<Document(Document&&)>&,
                                       const std::function<void(Document&&)>&);
template IngestReport ingest<ArticleContribution>(const IngestOptions&, const Pipeline&,
                                                  const std::function<ArticleContribution(Document&&)>&,
                                                  const std::function<void(ArticleContribution&&)>&);

IngestReport ingest(const IngestOptions& options, const Pipeline& pipeline, const std::function<void(Document&&)>& sink) {
    const std::function<Document(Document&&)> without_tokens = [](Document&& doc) {
        // Tokens serve the analysis only; dropping them keeps pending documents small.
        doc.tokens = {};
        doc.token_keys = {};
        return std::move(doc);
    };
    return ingest(options, pipeline, without_tokens, sink);
}

IngestReport ingest(const IngestOptions& options, const Pipeline& pipeline, GraphBuilder& builder) {
    const std::function<ArticleContribution(Document&&)> contribution = [&](Document&& doc) { return builder.contribution(std::move(doc)); };
    const std::function<void(ArticleContribution&&)> add = [&](ArticleContribution&& c) { builder.add(std::move(c)); };
    return ingest(options, pipeline, contribution, add);
}

}  // namespace kg::cli
