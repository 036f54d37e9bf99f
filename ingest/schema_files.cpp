#include "ingest/schema_files.hpp"

#include <fstream>
#include <sstream>

#include "ingest/error.hpp"

namespace kg {

std::string read_schema_file(const std::string& directory, std::string_view name) {
    if (directory.empty()) {
        const auto content = embedded_schema_file(name);
        if (content.data() == nullptr || content.empty())
            throw SchemaError("no compiled-in schema file '" + std::string(name) + "'");
        return std::string(content);
    }
    const std::string path = directory + "/" + std::string(name);
    std::ifstream in(path, std::ios::binary);
    if (!in) throw SchemaError(path + ": error: cannot read schema file");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

}  // namespace kg
