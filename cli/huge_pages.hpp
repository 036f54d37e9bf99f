#pragma once
/// Large graphs are pointer-rich and read in random order, so most of the time of
/// loading, writing and searching them goes to TLB misses. glibc's malloc asks the
/// kernel for transparent huge pages when the tunable glibc.malloc.hugetlb=1 is set,
/// which makes these steps 1.3-1.6x faster; tunables are read only at start-up, so kg
/// restarts itself once with the tunable added. KG_HUGE_PAGES=0 turns this off.

namespace kg::cli {

/// Re-executes the program with the tunable set, unless it is set already, turned off,
/// or the re-execution fails (then kg simply runs without huge pages).
void use_huge_pages(char** argv);

}  // namespace kg::cli
