// Gives tcmalloc its memory in 2 MiB-aligned blocks marked for transparent huge pages.
//
// Why: a build touches all of its heap once, and on a kernel whose huge pages are "madvise"
// only (Debian's default) each 4 KiB page then costs a page fault: a fifth of a 10k-article
// build was spent there. With huge pages one fault maps 2 MiB. Linked into kg and kg_bench
// only with tcmalloc, whose SysAllocator hook this is; elsewhere the system's allocator stays.
#include <gperftools/malloc_extension.h>
#include <sys/mman.h>

#include <cstddef>
#include <cstdint>

namespace {

constexpr std::size_t huge_page = std::size_t{2} << 20;

class HugePageSysAllocator : public SysAllocator {
public:
    explicit HugePageSysAllocator(SysAllocator* fallback) : fallback_(fallback) {}

    // tcmalloc calls this under its own lock, so it needs none.
    void* Alloc(std::size_t size, std::size_t* actual_size, std::size_t alignment) override {
        if (alignment > huge_page) return fallback_->Alloc(size, actual_size, alignment);
        const std::size_t length = (size + huge_page - 1) / huge_page * huge_page;
        // Over-map by one huge page so that an aligned block lies inside, then unmap the rest.
        void* mapped = mmap(nullptr, length + huge_page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (mapped == MAP_FAILED) return fallback_->Alloc(size, actual_size, alignment);
        const auto start = reinterpret_cast<std::uintptr_t>(mapped);
        const std::uintptr_t aligned = (start + huge_page - 1) / huge_page * huge_page;
        if (aligned > start) munmap(mapped, aligned - start);
        if (const std::uintptr_t tail = start + length + huge_page - (aligned + length)) munmap(reinterpret_cast<void*>(aligned + length), tail);
        madvise(reinterpret_cast<void*>(aligned), length, MADV_HUGEPAGE);  // a hint: without huge pages, plain pages
        if (actual_size) *actual_size = length;
        return reinterpret_cast<void*>(aligned);
    }

private:
    SysAllocator* fallback_;
};

// Installed before main(), ahead of the first large allocation.
const bool installed = [] {
    MallocExtension* extension = MallocExtension::instance();
    static HugePageSysAllocator allocator(extension->GetSystemAllocator());
    extension->SetSystemAllocator(&allocator);
    return true;
}();

}  // namespace
