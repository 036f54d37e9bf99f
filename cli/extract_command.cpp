// kg extract INPUT... --format jsonl: every article's mentions, entities and relations.
#include <cxxopts.hpp>

#include <iostream>

#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "export/atomic_file.hpp"
#include "export/jsonl_writer.hpp"
#include "ingest/error.hpp"
#include "ingest/pipeline.hpp"

namespace kg::cli {

Command extract_command() {
    return {"extract", "print each article's mentions, entities and relations as JSON lines",
            [](cxxopts::Options& options) {
                add_ingest_options(options);
                add_fsync_option(options);
                options.add_options()
                    ("f,format", "jsonl (the only format)", cxxopts::value<std::string>()->default_value("jsonl"))
                    ("o,output", "output file, - for stdout", cxxopts::value<std::string>()->default_value("-"));
            },
            [](const cxxopts::ParseResult& result) {
                const IngestOptions o = ingest_options(result);
                if (o.inputs.empty()) throw UsageError("no INPUT articles given");
                if (result["format"].as<std::string>() != "jsonl") throw UsageError("--format takes only 'jsonl'");
                const std::string output = result["output"].as<std::string>();
                Pipeline pipeline(load_schema(o));
                std::unique_ptr<AtomicFile> file;
                if (output != "-") file = std::make_unique<AtomicFile>(output, fsync_requested(result));
                std::ostream& out = file ? file->stream() : std::cout;
                const IngestReport report = ingest(o, pipeline, [&](Document&& doc) { write_jsonl(doc, out); });
                if (file) file->commit();
                return finish(o, report);
            }};
}

}  // namespace kg::cli
