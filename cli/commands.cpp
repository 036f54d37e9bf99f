#include "cli/commands.hpp"

namespace kg::cli {

const std::vector<Command>& commands() {
    static const std::vector<Command> table = {build_command(), extract_command(), path_command(),
                                               stats_command(), subgraph_command(), convert_command()};
    return table;
}

}  // namespace kg::cli
