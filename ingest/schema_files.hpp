#pragma once
/// Access to the schema files (schemas/): from a directory when one is given,
/// else from the copies compiled into the binary.
#include <string>
#include <string_view>

namespace kg {

struct EmbeddedSchemaFile {
    const char* name;
    const char* content;
};

/// The compiled-in copy of schemas/NAME, or an empty view if there is none.
std::string_view embedded_schema_file(std::string_view name);

/// Reads schemas/NAME from `directory` if it is not empty, else the compiled-in copy.
/// Throws SchemaError if the file is missing.
std::string read_schema_file(const std::string& directory, std::string_view name);

}  // namespace kg
