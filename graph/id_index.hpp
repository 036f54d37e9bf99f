#pragma once
/// The id -> vertex index of a KnowledgeGraph: open addressing over one flat array, so a
/// lookup costs one probe into the array and one read of the vertex's id, instead of the
/// chain of pointers a node-based hash map follows. Readers and the builder look ids up
/// a few times per edge, which made this the hottest part of loading a graph.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "graph/graph_type.hpp"

namespace kg {

class IdIndex {
public:
    /// The vertex whose id this is, if indexed.
    std::optional<Vertex> find(std::string_view id, const GraphType& graph) const;
    /// Indexes v under its id unless the id is indexed already; false then.
    bool insert(Vertex v, const GraphType& graph);

private:
    struct Slot {
        std::uint32_t vertex_plus_one = 0;  // 0: empty
        std::uint32_t fingerprint = 0;      // high bits of the hash: most mismatches never read an id
    };
    void grow(const GraphType& graph);
    std::size_t mask() const { return slots_.size() - 1; }

    std::vector<Slot> slots_;
    std::size_t size_ = 0;
};

}  // namespace kg
