#include "cli/commands.hpp"

namespace kg::cli {

const std::vector<Command>& commands() {
    static const std::vector<Command> table = {build_command(), extract_command(), convert_command()};
    return table;
}

}  // namespace kg::cli
