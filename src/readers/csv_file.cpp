// pira score's reading of a CSV file: a chunk at a time, each chunk's UTF-8 checked before its
// rows; a file that is not UTF-8 read again whole and converted; a file cut while read refused.
#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/text.hpp"
#include "readers/csv_reader.hpp"
#include "readers/csv_row_reader.hpp"
#include "readers/csv_sources.hpp"
#include "readers/file_bytes.hpp"

namespace pira {
namespace {

using namespace csv;

// is_valid_utf8 over the file from where `fd` is, `chunk` bytes at a time, a character cut by
// a chunk's end carried to the next.
bool file_is_utf8(int fd, std::size_t chunk) {
    ByteBuffer buffer;
    while (buffer.read_more(fd, chunk)) {
        const std::size_t cut = utf8_cut(buffer.view());
        if (!is_valid_utf8(buffer.view().substr(0, cut))) return false;
        buffer.drop_front(cut);
    }
    return is_valid_utf8(buffer.view());
}

// The file's first chunks, until they hold the sniffer's lines and the one after (measured
// with them) or the file ends; false at its end.
bool read_head(int fd, ByteBuffer& head, std::size_t chunk) {
    while (head.read_more(fd, chunk)) {
        if (count_lf(head.view()) >= 51) return true;
    }
    return false;
}

// The size of the open file `fd` (0 when it cannot be had).
off_t file_size_of(int fd) {
    struct stat st {};
    return ::fstat(fd, &st) == 0 ? st.st_size : 0;
}

// The file read whole and converted, as a file that is not UTF-8 always was; the rows handed
// over so far are dropped first.
bool stream_whole(const std::string& file, const ReaderLimits& limits, Diagnostics& diags,
                  const CsvRowSink& sink, bool restart) {
    if (restart && sink.restart) sink.restart();
    auto bytes = read_file_bytes(file, limits, diags);
    return bytes && stream_csv_bytes(std::move(*bytes), file, limits, diags, sink);
}

bool stream_file(int fd, const std::string& file, const ReaderLimits& limits, Diagnostics& diags,
                 const CsvRowSink& sink, std::size_t chunk) {
    ByteBuffer head;
    const bool eof = !read_head(fd, head, chunk);
    const std::size_t checked = eof ? head.size() : utf8_cut(head.view());
    if (!is_valid_utf8(head.view().substr(0, checked))) {
        return stream_whole(file, limits, diags, sink, false);
    }
    const std::string_view first = head.view();
    // The findings stand only if the whole file is UTF-8: a reading that stops at an error
    // before the file's end has the rest checked, and if it is not, the file is read converted
    // (with its warning) as it was before the check and the reading were one pass.
    Diagnostics found;
    bool ok = false;
    try {
        ok = stream_source(first, file, limits, found, sink, [&](char delimiter) {
            return ChunkedSource(fd, std::move(head), checked, eof, delimiter, limits, chunk);
        });
    } catch (const NotUtf8&) {
        return stream_whole(file, limits, diags, sink, true);
    }
    if (!ok && (::lseek(fd, 0, SEEK_SET) != 0 || !file_is_utf8(fd, chunk))) {
        return stream_whole(file, limits, diags, sink, true);
    }
    diags.append(found);
    return ok;
}

}  // namespace

bool stream_csv_file(const std::string& file, const ReaderLimits& limits, Diagnostics& diags,
                     const CsvRowSink& sink, std::size_t chunk_bytes) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        diags.error(Errc::file_unreadable, Place{file}, {}, std::strerror(errno));
        return false;
    }
    const off_t size_before = file_size_of(fd);
    bool ok = false;
    try {
        ok = stream_file(fd, file, limits, diags, sink, std::max<std::size_t>(chunk_bytes, 1));
    } catch (const ReadFailed& e) {
        diags.error(Errc::file_unreadable, Place{file}, {}, std::strerror(e.error));
    }
    // A file cut by another process while it was read was read as far as it went: its rows
    // are incomplete, so the reading fails rather than score part of the table.
    const off_t size_after = file_size_of(fd);
    if (ok && size_after < size_before) {
        diags.error(
            Errc::file_unreadable, Place{file}, {},
            "il file è stato accorciato durante la lettura: " + std::to_string(size_before) +
                " byte all'apertura, " + std::to_string(size_after) + " alla fine");
        ok = false;
    }
    ::close(fd);
    return ok;
}

}  // namespace pira
