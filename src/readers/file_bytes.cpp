#include "readers/file_bytes.hpp"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace pira {

bool is_valid_utf8(std::string_view s) {
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    const auto n = static_cast<int32_t>(s.size());
    for (int32_t i = 0; i < n;) {
        // ASCII, the bulk of any table, eight bytes at a time.
        std::uint64_t word = 0;
        if (i + 8 <= n && (std::memcpy(&word, p + i, 8), (word & 0x8080808080808080ull) == 0)) {
            i += 8;
            continue;
        }
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        UChar32 c = 0;
        U8_NEXT(p, i, n, c);
        if (c < 0) return false;
    }
    return true;
}

void report_long_line(const std::string& path, std::size_t line, std::size_t bytes,
                      const ReaderLimits& limits, Diagnostics& diags) {
    diags.error(Errc::limit_exceeded, Place{path, line, 1}, std::to_string(bytes) + " byte",
                "la riga " + limit_refusal(limits, "max_line_bytes"));
}

bool lines_within_limit(std::string_view text, const std::string& path, const ReaderLimits& limits,
                        Diagnostics& diags) {
    std::size_t line = 1, start = 0;
    while (start < text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        if (end - start > limits.max_line_bytes) {
            report_long_line(path, line, end - start, limits, diags);
            return false;
        }
        start = end + 1;
        ++line;
    }
    return true;
}

bool check_file_size(const std::string& path, const ReaderLimits& limits, Diagnostics& diags) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        diags.error(Errc::file_unreadable, Place{path}, {}, ec.message());
        return false;
    }
    if (size > limits.max_file_bytes) {
        diags.error(Errc::limit_exceeded, Place{path}, std::to_string(size) + " byte",
                    "il file " + limit_refusal(limits, "max_file_bytes"));
        return false;
    }
    return true;
}

std::string lower_extension(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

std::optional<std::string> read_file_bytes(const std::string& path, const ReaderLimits& limits,
                                           Diagnostics& diags) {
    if (!check_file_size(path, limits, diags)) return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        diags.error(Errc::file_unreadable, Place{path}, {}, std::strerror(errno));
        return std::nullopt;
    }
    // Read in one piece into a string of the file's size: a string stream grew by doubling and
    // then copied, three times the file at its peak.
    std::string bytes;
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec) bytes.resize(static_cast<std::size_t>(size));
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    // A file that grew since it was measured (or a pipe) is read on, within the limit.
    char chunk[1 << 16];
    while (in && bytes.size() <= limits.max_file_bytes) {
        in.read(chunk, sizeof chunk);
        bytes.append(chunk, static_cast<std::size_t>(in.gcount()));
    }
    if (bytes.size() > limits.max_file_bytes) {
        diags.error(Errc::limit_exceeded, Place{path}, std::to_string(bytes.size()) + " byte",
                    "il file " + limit_refusal(limits, "max_file_bytes"));
        return std::nullopt;
    }
    return bytes;
}

std::string to_utf8_text(std::string bytes, const std::string& file, Diagnostics& diags) {
    if (bytes.rfind("\xEF\xBB\xBF", 0) == 0) bytes.erase(0, 3);
    if (!is_valid_utf8(bytes)) {
        icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), "windows-1252");
        bytes.clear();
        u.toUTF8String(bytes);
        diags.warning(Errc::encoding_not_utf8, Place{file}, {}, {},
                      "salvare il CSV come «CSV UTF-8»");
    }
    // CRLF -> LF in place; a lone CR (old Mac files) is left alone.
    std::size_t w = 0;
    for (std::size_t r = 0; r < bytes.size(); ++r) {
        if (bytes[r] == '\r' && r + 1 < bytes.size() && bytes[r + 1] == '\n') continue;
        bytes[w++] = bytes[r];
    }
    bytes.resize(w);
    return bytes;
}

}  // namespace pira
