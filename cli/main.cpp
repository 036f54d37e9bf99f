// kg: build knowledge graphs from news articles. main() only dispatches to a
// subcommand and maps exceptions to exit codes.
#include <cxxopts.hpp>

#include <iostream>

#include "cli/commands.hpp"
#include "ingest/error.hpp"

namespace {

void print_usage(std::ostream& out) {
    out << "usage: kg COMMAND [OPTIONS]\n\ncommands:\n";
    for (const auto& c : kg::cli::commands()) out << "  " << c.name << std::string(10 - c.name.size(), ' ') << c.summary << "\n";
    out << "\nkg COMMAND --help shows a command's options.\n";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        print_usage(std::cerr);
        return kg::cli::exit_usage;
    }
    const std::string name = argv[1];
    if (name == "-h" || name == "--help" || name == "help") {
        print_usage(std::cout);
        return kg::cli::exit_ok;
    }
    if (name == "--version") {
        std::cout << "kg 0.1.0\n";
        return kg::cli::exit_ok;
    }
    const kg::cli::Command* command = nullptr;
    for (const auto& c : kg::cli::commands())
        if (c.name == name) command = &c;
    if (!command) {
        std::cerr << "kg: unknown command '" << name << "'\n";
        print_usage(std::cerr);
        return kg::cli::exit_usage;
    }
    cxxopts::Options options("kg " + command->name, command->summary);
    command->setup(options);
    options.add_options()("h,help", "show this help");
    try {
        auto result = options.parse(argc - 1, argv + 1);
        if (result.count("help")) {
            std::cout << options.help() << "\n";
            return kg::cli::exit_ok;
        }
        return command->run(result);
    } catch (const cxxopts::exceptions::exception& e) {
        std::cerr << "kg " << name << ": " << e.what() << "\n" << options.help() << "\n";
        return kg::cli::exit_usage;
    } catch (const kg::UsageError& e) {
        std::cerr << "kg " << name << ": " << e.what() << "\n" << options.help() << "\n";
        return kg::cli::exit_usage;
    } catch (const kg::LookupError& e) {
        std::cerr << "kg " << name << ": " << e.what() << "\n";
        return kg::cli::exit_usage;
    } catch (const kg::Error& e) {
        std::cerr << "kg " << name << ": " << e.what() << "\n";
        return kg::cli::exit_failure;
    } catch (const std::exception& e) {
        std::cerr << "kg " << name << ": internal error: " << e.what() << "\n";
        return kg::cli::exit_failure;
    }
}
