#include "cli/huge_pages.hpp"

#include <cstdlib>
#include <cstring>
#include <string>

#include <unistd.h>

namespace kg::cli {

void use_huge_pages(char** argv) {
    const char* off = std::getenv("KG_HUGE_PAGES");
    if (off && std::strcmp(off, "0") == 0) return;
    const char* tunables = std::getenv("GLIBC_TUNABLES");
    std::string value = tunables ? tunables : "";
    if (value.find("glibc.malloc.hugetlb") != std::string::npos) return;  // set, by us or by the user
    value += value.empty() ? "glibc.malloc.hugetlb=1" : ":glibc.malloc.hugetlb=1";
    ::setenv("GLIBC_TUNABLES", value.c_str(), 1);
    ::execv("/proc/self/exe", argv);  // returns only on failure: carry on as we are
}

}  // namespace kg::cli
