// Reading and analysing the input files, on one thread or several, with results in input order.
#include <condition_variable>
#include <deque>
#include <exception>
#include <iostream>
#include <mutex>
#include <thread>

#include "cli/common_options.hpp"
#include "graph/graph_builder.hpp"
#include "ingest/error.hpp"
#include "ingest/pipeline.hpp"
#include "ingest/read_ahead.hpp"
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

/// One file's results as a thread produces them, until they are taken in input order.
template <class Prepared>
struct FileSlot {
    std::vector<std::string> warnings;
    bool warnings_ready = false;
    std::deque<Analysed<Prepared>> documents;
    std::string error;
    bool done = false;
};

/// Documents a file may hold before it is the oldest: a file of many articles (or one huge
/// article in parts) waits instead of filling memory.
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
    ReadAhead read_ahead(files);

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
        for (std::size_t index = 0; index < files.size(); ++index) {
            read_ahead.reached(index);
            take_error(process_file(files[index], pipeline, {take_warnings, [&](Document&& doc) { take_document(analysed(std::move(doc), prepare)); }}));
        }
        return report;
    }

    // Every thread, the calling one included, analyses files at most `window` files past the
    // oldest file not yet taken, and leaves the results in that file's slot. Whoever finds the
    // oldest slot ready takes the results, one thread at a time and strictly in input order, so
    // the output does not depend on the thread count and no thread sits waiting for a consumer.
    const std::size_t window = 4 * options.threads;
    std::vector<FileSlot<Prepared>> slots(files.size());
    std::mutex mutex;
    std::condition_variable room;
    std::size_t next_file = 0, current = 0;  // current: the oldest file not yet taken
    std::size_t asleep = 0;                  // threads waiting on `room`
    bool taking = false, stop = false;
    std::exception_ptr failure;

    auto wait_for_room = [&](std::unique_lock<std::mutex>& lock) {
        ++asleep;
        room.wait(lock);
        --asleep;
    };
    // Runs `take` without the lock; a failure ends the run for every thread.
    auto unlocked = [&](std::unique_lock<std::mutex>& lock, auto&& take) {
        lock.unlock();
        std::exception_ptr thrown;
        try {
            take();
        } catch (...) {
            thrown = std::current_exception();
        }
        lock.lock();
        if (thrown && !failure) failure = thrown;
        if (thrown) stop = true;
    };
    // Called with the lock held. Takes what the oldest files have ready, unless another thread is at it.
    auto take_ready = [&](std::unique_lock<std::mutex>& lock) {
        if (taking) return;  // that thread will see these results before it lets go
        taking = true;
        bool freed = false;  // room for a thread waiting to add a document or start a file
        while (!stop && current < files.size()) {
            FileSlot<Prepared>& slot = slots[current];
            if (slot.warnings_ready) {
                std::vector<std::string> warnings = std::move(slot.warnings);
                slot.warnings_ready = false;
                unlocked(lock, [&] { take_warnings(std::move(warnings)); });
            } else if (!slot.documents.empty()) {
                Analysed<Prepared> doc = std::move(slot.documents.front());
                slot.documents.pop_front();
                freed = true;
                unlocked(lock, [&] { take_document(std::move(doc)); });
            } else if (slot.done) {
                const std::string error = std::move(slot.error);
                ++current;
                freed = true;
                unlocked(lock, [&] { take_error(error); });
            } else {
                break;
            }
        }
        taking = false;
        if ((freed || stop) && asleep) room.notify_all();
    };
    auto analyse_files = [&](const Pipeline& own, std::unique_lock<std::mutex>& lock) {
        for (;;) {
            while (!stop && next_file < files.size() && next_file >= current + window) wait_for_room(lock);
            if (stop || next_file >= files.size()) return;
            const std::size_t index = next_file++;
            FileSlot<Prepared>& slot = slots[index];
            lock.unlock();
            read_ahead.reached(index);
            FileEvents events{[&](std::vector<std::string>&& warnings) {
                                  lock.lock();
                                  slot.warnings = std::move(warnings);
                                  slot.warnings_ready = true;
                                  take_ready(lock);
                                  lock.unlock();
                              },
                              [&](Document&& doc) {
                                  Analysed<Prepared> result = analysed(std::move(doc), prepare);
                                  lock.lock();
                                  while (!stop && slot.documents.size() >= max_pending_documents) wait_for_room(lock);
                                  if (!stop) {  // else the run is ending: nobody will take it
                                      slot.documents.push_back(std::move(result));
                                      take_ready(lock);
                                  }
                                  lock.unlock();
                              }};
            std::string error = process_file(files[index], own, events);
            lock.lock();
            slot.error = std::move(error);
            slot.done = true;
            take_ready(lock);
        }
    };
    auto worker = [&](const Pipeline& own) {
        std::unique_lock<std::mutex> lock(mutex);
        try {
            analyse_files(own, lock);
        } catch (...) {  // not a bad file (those are reported and skipped) but a failure of the run
            if (!lock.owns_lock()) lock.lock();
            if (!failure) failure = std::current_exception();
            stop = true;
            room.notify_all();
        }
    };
    std::vector<std::unique_ptr<Pipeline>> pipelines;
    std::vector<std::thread> helpers;
    try {
        for (unsigned t = 1; t < options.threads; ++t) {
            pipelines.push_back(std::make_unique<Pipeline>(pipeline.shared_schema()));
            helpers.emplace_back(worker, std::cref(*pipelines.back()));
        }
    } catch (...) {  // a pipeline or a thread that could not be had
        std::lock_guard<std::mutex> lock(mutex);
        failure = std::current_exception();
        stop = true;
        room.notify_all();
    }
    worker(pipeline);
    for (auto& helper : helpers) helper.join();
    if (failure) std::rethrow_exception(failure);
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
