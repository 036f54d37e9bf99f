#pragma once
/// An output file that appears complete or not at all: written to a temporary file
/// beside the target and renamed over it only by commit(). A failed or killed run
/// leaves the previous file untouched (and at worst a stray ".kg-tmp-*" file).
/// A target that exists and is not a regular file (/dev/null, a named pipe) is written
/// in place: renaming over it would replace the device or pipe with a file.
/// The rename alone keeps a crashed or failed run from leaving half a file. Surviving a
/// power failure as well needs the data on disk first: `fsync` asks for that, at the
/// cost of waiting for the disk (80 ms for a 40 MB graph here), as osmium's --fsync does.
#include <fstream>
#include <string>

namespace kg {

class AtomicFile {
public:
    /// Opens a temporary file in the target's directory. Throws Error if it cannot.
    explicit AtomicFile(std::string path, bool fsync = false);
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;
    ~AtomicFile();

    std::ostream& stream() { return stream_; }
    /// Flushes (and with `fsync`, syncs) and renames into place. Throws Error on any write failure.
    void commit();

private:
    std::string path_, temporary_;  // temporary_ is empty when writing in place
    std::ofstream stream_;
    bool fsync_;
    bool committed_ = false;
};

}  // namespace kg
