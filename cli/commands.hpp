#pragma once
/// The subcommands of kg, one file each (cli/*_command.cpp), registered in one table.
#include <functional>
#include <string>
#include <vector>

namespace cxxopts {
class Options;
class ParseResult;
}  // namespace cxxopts

namespace kg::cli {

/// Exit codes: documented in the README.
enum ExitCode : int {
    exit_ok = 0,
    exit_failure = 1,        ///< a command found nothing (no path) or could not finish
    exit_usage = 2,          ///< bad command line, unknown or ambiguous entity name
    exit_inputs_skipped = 3, ///< the output was written, but some inputs were reported and skipped
};

struct Command {
    std::string name;
    std::string summary;
    /// Declares the command's options.
    std::function<void(cxxopts::Options&)> setup;
    /// Runs with parsed options; returns the exit code.
    std::function<int(const cxxopts::ParseResult&)> run;
};

const std::vector<Command>& commands();

// Each subcommand's registration, defined in its own file.
Command build_command();
Command extract_command();
Command path_command();
Command stats_command();
Command subgraph_command();
Command convert_command();

}  // namespace kg::cli
