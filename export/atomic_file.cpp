#include "export/atomic_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ingest/error.hpp"

namespace kg {

AtomicFile::AtomicFile(std::string path, bool fsync) : path_(std::move(path)), fsync_(fsync) {
    struct stat target {};
    if (::stat(path_.c_str(), &target) == 0 && !S_ISREG(target.st_mode) && !S_ISDIR(target.st_mode)) {
        stream_.open(path_, std::ios::binary);
        if (!stream_) throw Error(path_ + ": error: cannot write: " + std::strerror(errno));
        return;
    }
    const auto parent = std::filesystem::path(path_).parent_path();
    std::string pattern = (parent.empty() ? std::string(".") : parent.string()) + "/.kg-tmp-XXXXXX";
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) throw Error(path_ + ": error: cannot create a temporary file beside it: " + std::strerror(errno));
    ::close(fd);
    temporary_ = pattern;
    stream_.open(temporary_, std::ios::binary | std::ios::trunc);
    if (!stream_) {
        std::remove(temporary_.c_str());
        throw Error(path_ + ": error: cannot write: " + std::strerror(errno));
    }
}

AtomicFile::~AtomicFile() {
    if (!committed_ && !temporary_.empty()) {
        stream_.close();
        std::remove(temporary_.c_str());
    }
}

void AtomicFile::commit() {
    stream_.flush();
    if (!stream_) throw Error(path_ + ": error: write failed (disk full?)");
    stream_.close();
    if (temporary_.empty()) {  // a device or pipe, written in place
        committed_ = true;
        return;
    }
    if (fsync_) {
        const int fd = ::open(temporary_.c_str(), O_RDONLY);
        const bool synced = fd >= 0 && ::fsync(fd) == 0;
        if (fd >= 0) ::close(fd);
        if (!synced) throw Error(path_ + ": error: cannot flush the file to disk: " + std::strerror(errno));
    }
    // mkstemp creates the file 0600; an output file should be as readable as any other.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::chmod(temporary_.c_str(), 0666 & ~mask);
    if (std::rename(temporary_.c_str(), path_.c_str()) != 0)
        throw Error(path_ + ": error: cannot move the finished file into place: " + std::strerror(errno));
    committed_ = true;
}

}  // namespace kg
