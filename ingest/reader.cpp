#include "ingest/reader.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include "ingest/article_parts.hpp"
#include "ingest/charset.hpp"
#include "ingest/error.hpp"
#include "ingest/feed_reader.hpp"
#include "ingest/html_reader.hpp"
#include "ingest/markdown_reader.hpp"
#include "ingest/nitf_reader.hpp"
#include "ingest/plain_text_reader.hpp"
#include "ingest/text.hpp"
#include "ingest/xml_document.hpp"

namespace kg {
namespace {

constexpr std::uintmax_t max_input_bytes = std::uintmax_t(1) << 31;  // 2 GiB: past that, split the dump

/// The name of the first element of an XML document, or empty.
std::string first_element_name(std::string_view text) {
    std::size_t i = 0;
    while ((i = text.find('<', i)) != std::string_view::npos) {
        if (text.compare(i, 4, "<!--") == 0) {
            const auto end = text.find("-->", i);
            if (end == std::string_view::npos) return {};
            i = end + 3;
            continue;
        }
        if (i + 1 < text.size() && (text[i + 1] == '?' || text[i + 1] == '!')) {
            if (text.compare(i, 14, "<!DOCTYPE html") == 0 || text.compare(i, 14, "<!doctype html") == 0) return "html";
            ++i;
            continue;
        }
        std::size_t j = i + 1;
        while (j < text.size() && !std::isspace(static_cast<unsigned char>(text[j])) && text[j] != '>' && text[j] != '/') ++j;
        return std::string(text.substr(i + 1, j - i - 1));
    }
    return {};
}

std::string_view strip_prefix(std::string_view name) {
    const auto colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

/// Closes a file descriptor when it goes out of scope.
struct OpenFile {
    int fd;
    ~OpenFile() { ::close(fd); }
};

/// The file's bytes: one open, one fstat and a read(2) loop. Streams and std::filesystem took
/// two stats and a stream buffer per file, a few percent of reading a directory of small articles.
std::string read_file_bytes(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT) throw InputError(path, 0, 0, "no such file");
        throw InputError(path, 0, 0, std::string("cannot open: ") + std::strerror(errno));
    }
    const OpenFile file{fd};
    struct stat info {};
    if (::fstat(fd, &info) != 0) throw InputError(path, 0, 0, std::string("cannot open: ") + std::strerror(errno));
    if (S_ISDIR(info.st_mode)) throw InputError(path, 0, 0, "is a directory");
    const bool sized = S_ISREG(info.st_mode) && info.st_size > 0;  // pipes and /proc files report no size
    auto too_large = [&] { return InputError(path, 0, 0, "file larger than 2 GiB; split it"); };
    if (sized && static_cast<std::uintmax_t>(info.st_size) > max_input_bytes) throw too_large();
    std::string bytes(sized ? static_cast<std::size_t>(info.st_size) : 0, '\0');
    std::size_t filled = 0;
    char more[65536];  // what comes past the size fstat gave: pipes, /proc files, a file that grew
    for (;;) {
        const bool into_bytes = filled < bytes.size();
        const ssize_t got = into_bytes ? ::read(fd, bytes.data() + filled, bytes.size() - filled) : ::read(fd, more, sizeof more);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) throw InputError(path, 0, 0, std::string("read failed: ") + std::strerror(errno));
        if (got == 0) break;
        if (into_bytes) {
            filled += static_cast<std::size_t>(got);
            continue;
        }
        if (bytes.size() + static_cast<std::size_t>(got) > max_input_bytes) throw too_large();
        bytes.append(more, static_cast<std::size_t>(got));
        filled = bytes.size();
    }
    bytes.resize(filled);
    return bytes;
}

/// A word of a byline's desk before the reporter's name: "political reporter", "chief correspondent".
bool reporters_desk(std::string_view word) {
    return one_of(word, {"political", "diplomatic", "foreign", "defence", "defense", "economics", "business", "senior",
                         "chief", "national", "security", "affairs", "staff", "our", "special", "reporter", "reporters",
                         "correspondent", "correspondents", "editor", "editors", "writer", "writers"});
}

}  // namespace

std::string_view to_string(InputFormat format) {
    switch (format) {
        case InputFormat::text: return "text";
        case InputFormat::markdown: return "markdown";
        case InputFormat::html: return "html";
        case InputFormat::rss: return "rss";
        case InputFormat::atom: return "atom";
        case InputFormat::nitf: return "nitf";
        case InputFormat::newsml: return "newsml";
    }
    return "text";
}

InputFormat detect_format(std::string_view text, std::string_view path) {
    const std::string_view head = trim(text.substr(0, 4096));
    if (starts_with(head, "---\n") || starts_with(head, "---\r\n")) return InputFormat::markdown;
    if (starts_with(head, "<")) {
        const std::string root = to_lower_ascii(strip_prefix(first_element_name(head)));
        if (root == "rss" || root == "rdf") return InputFormat::rss;
        if (root == "feed") return InputFormat::atom;
        if (root == "nitf") return InputFormat::nitf;
        if (root == "newsitem" || root == "newsmessage") return InputFormat::newsml;
        return InputFormat::html;
    }
    const std::string lower = to_lower_ascii(head.substr(0, 1024));
    if (lower.find("<html") != std::string::npos || lower.find("<body") != std::string::npos ||
        lower.find("<p>") != std::string::npos)
        return InputFormat::html;
    const std::string ext = to_lower_ascii(std::filesystem::path(std::string(path)).extension().string());
    if (ext == ".md" || ext == ".markdown") return InputFormat::markdown;
    if (ext == ".html" || ext == ".htm") return InputFormat::html;
    return InputFormat::text;
}

std::vector<Article> read_articles_from_text(std::string text, const std::string& path, const Schema& schema) {
    if (trim(text).empty()) throw InputError(path, 1, 1, text.empty() ? "empty file" : "no article text (only whitespace)");
    switch (detect_format(text, path)) {
        case InputFormat::markdown: return read_markdown(text, path, schema);
        case InputFormat::html: return read_html(text, path, schema);
        case InputFormat::rss:
        case InputFormat::atom: return read_feed(XmlDocument(std::move(text), path), schema);
        case InputFormat::nitf: return read_nitf(XmlDocument(std::move(text), path), schema);
        case InputFormat::newsml: return read_newsml(XmlDocument(std::move(text), path), schema);
        case InputFormat::text: break;
    }
    return read_plain_text(std::move(text), path, schema);
}


std::vector<Article> read_articles(const std::string& path, const Schema& schema) {
    std::string bytes = read_file_bytes(path);
    DecodedText decoded = decode_input(bytes, path);
    bytes = std::string();
    std::vector<Article> articles;
    for (auto& article : read_articles_from_text(std::move(decoded.text), path, schema)) {
        article.warnings.insert(article.warnings.begin(), decoded.warnings.begin(), decoded.warnings.end());
        for (auto& part : split_long_article(std::move(article))) articles.push_back(std::move(part));
    }
    return articles;
}

std::vector<std::string> collect_input_files(const std::vector<std::string>& inputs, std::vector<std::string>& missing) {
    namespace fs = std::filesystem;
    std::vector<std::string> files;
    for (const auto& input : inputs) {
        std::error_code ec;
        if (!fs::exists(input, ec)) {
            missing.push_back(input);
            continue;
        }
        if (!fs::is_directory(input, ec)) {
            files.push_back(input);
            continue;
        }
        std::vector<std::string> found;
        for (auto it = fs::recursive_directory_iterator(input, fs::directory_options::skip_permission_denied, ec);
             it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (ec) break;
            const auto name = it->path().filename().string();
            if (!name.empty() && name[0] == '.') {
                if (it->is_directory(ec)) it.disable_recursion_pending();
                continue;
            }
            if (it->is_regular_file(ec)) found.push_back(it->path().string());
        }
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

std::optional<std::string> byline_of(std::string_view line) {
    line = trim(line);
    // ("Analysis by Sarah Chen", "Opinion by ...": a column's kind before "by")
    std::size_t skip = 0;
    for (std::string_view opening : {"By ", "BY ", "Analysis by ", "Opinion by ", "Commentary by ", "Story by "})
        if (starts_with(line, opening)) skip = opening.size();
    if (skip == 0) return std::nullopt;
    const std::string_view credit = trim(line.substr(skip));
    // names, "and", an agency: "By MATTHEW LEE and ELLEN KNICKMEYER Associated Press", not "By then, ..."
    std::size_t words = 0;
    for (std::string_view word : split(credit, ' ')) {
        if (word.empty()) continue;
        ++words;
        const bool capital = (word.front() >= 'A' && word.front() <= 'Z') || static_cast<unsigned char>(word.front()) >= 0x80;
        // ("By MO JINGXI | China Daily": a bar parts the reporter from the paper; "By political reporter Jake
        // Evans": the desk before the name)
        if (!capital && !one_of(word, {"and", "&", "in", "of", "|"}) && !is_name_particle(word) && !reporters_desk(word))
            return std::nullopt;
    }
    if (words == 0 || words > 11 || credit.back() == '.') return std::nullopt;
    return std::string(credit);
}

Article make_article(const std::string& file, std::string_view format, std::string title, std::string date,
                     std::string byline, std::string url, std::string body, std::size_t index) {
    Article a;
    a.source_file = file;
    a.format = std::string(format);
    a.title = std::move(title);
    a.date = std::move(date);
    a.byline = std::move(byline);
    a.url = std::move(url);
    const std::string_view trimmed = trim(body);
    if (!a.title.empty() && !starts_with(trimmed, a.title)) {
        a.text = a.title + (trimmed.empty() ? "" : "\n\n");
        a.text.append(trimmed);
    } else {  // the body itself, trimmed in place: no second copy of a long text
        const auto lead = static_cast<std::size_t>(trimmed.data() - body.data());
        body.resize(lead + trimmed.size());
        body.erase(0, lead);
        a.text = std::move(body);
    }
    const std::string name = std::filesystem::path(file).filename().string() + "#" + std::to_string(index);
    a.id = hex60(XXH3_64bits_withSeed(a.text.data(), a.text.size(), XXH3_64bits(name.data(), name.size())));
    return a;
}

}  // namespace kg
