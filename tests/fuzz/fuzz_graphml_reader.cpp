// libFuzzer target: the GraphML reader, and writing back what it read.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "export/graphml_reader.hpp"
#include "export/graphml_writer.hpp"
#include "ingest/error.hpp"
#include "ingest/schema.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        const kg::KnowledgeGraph graph = kg::read_graphml_text(std::string(reinterpret_cast<const char*>(data), size), "fuzz.graphml");
        std::ostringstream out;
        kg::write_graphml(graph, *kg::Schema::defaults(), out);
    } catch (const kg::Error&) {
    }
    return 0;
}
