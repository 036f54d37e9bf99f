#include "graph/id_index.hpp"

#include <functional>
#include <stdexcept>

namespace kg {
namespace {

std::uint64_t hash_of(std::string_view id) { return std::hash<std::string_view>{}(id); }
std::uint32_t fingerprint_of(std::uint64_t hash) { return static_cast<std::uint32_t>(hash >> 32); }

}  // namespace

std::optional<Vertex> IdIndex::find(std::string_view id, const GraphType& graph) const {
    if (slots_.empty()) return std::nullopt;
    const std::uint64_t hash = hash_of(id);
    const std::uint32_t fingerprint = fingerprint_of(hash);
    for (std::size_t i = hash & mask();; i = (i + 1) & mask()) {
        const Slot& slot = slots_[i];
        if (slot.vertex_plus_one == 0) return std::nullopt;
        const Vertex v = slot.vertex_plus_one - 1;
        if (slot.fingerprint == fingerprint && graph[v].id == id) return v;
    }
}

bool IdIndex::insert(Vertex v, const GraphType& graph) {
    if ((size_ + 1) * 4 > slots_.size() * 3) grow(graph);  // load at most 3/4: probes stay short
    if (v >= 0xFFFFFFFFu) throw std::length_error("kg holds at most 2^32 - 2 nodes");
    const std::string_view id = graph[v].id;
    const std::uint64_t hash = hash_of(id);
    const std::uint32_t fingerprint = fingerprint_of(hash);
    for (std::size_t i = hash & mask();; i = (i + 1) & mask()) {
        Slot& slot = slots_[i];
        if (slot.vertex_plus_one == 0) {
            slot = {static_cast<std::uint32_t>(v + 1), fingerprint};
            ++size_;
            return true;
        }
        if (slot.fingerprint == fingerprint && graph[slot.vertex_plus_one - 1].id == id) return false;
    }
}

void IdIndex::grow(const GraphType& graph) {
    std::vector<Slot> old(std::max<std::size_t>(16, slots_.size() * 2));
    old.swap(slots_);
    size_ = 0;
    for (const Slot& slot : old)
        if (slot.vertex_plus_one) insert(slot.vertex_plus_one - 1, graph);
}

}  // namespace kg
