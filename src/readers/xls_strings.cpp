// Each check follows what libfreexl 1.0.6 reads, field by field (its parse_biff_record and
// parse_SST), and asks that the bytes it would read lie within the record's declared length.
#include "readers/xls_strings.hpp"

namespace pira {
namespace {

constexpr std::uint16_t kBof = 0x0809, kSst = 0x00FC, kContinue = 0x003C, kFormat = 0x041E,
                        kLabel = 0x0204, kBoundSheet = 0x0085;

std::uint32_t u16(const unsigned char* p) {
    return p[0] | (p[1] << 8);
}
std::uint32_t u32(const unsigned char* p) {
    return u16(p) | (static_cast<std::uint32_t>(u16(p + 2)) << 16);
}

// A BIFF8 string's option byte: bit 0 two bytes a character, bit 2 a 4-byte field and bit 3 a
// 2-byte one (rich text, phonetics) between it and the characters. libfreexl reads the 4-byte
// field first and only its low 16 bits; it skips that many bytes plus 4 per rich-text run.
struct StringHeader {
    std::size_t length = 0;  // of the option byte and the fields after it
    std::uint32_t width = 1, skip = 0;
};

StringHeader string_header(const unsigned char* options) {
    StringHeader h;
    const unsigned char flags = options[0];
    h.width = (flags & 0x01) != 0 ? 2 : 1;
    h.length = 1;
    if ((flags & 0x04) != 0) {
        h.skip += u16(options + h.length);
        h.length += 4;
    }
    if ((flags & 0x08) != 0) {
        h.skip += 4 * u16(options + h.length);
        h.length += 2;
    }
    return h;
}

// Whether a string of `characters` whose option byte is at `at` fits in `size` bytes, with the
// fields its option byte announces.
bool fits8(const unsigned char* body, std::size_t size, std::size_t at, std::uint32_t characters) {
    if (at >= size) return false;
    const unsigned char flags = body[at];
    const std::size_t header = 1 + ((flags & 0x04) != 0 ? 4 : 0) + ((flags & 0x08) != 0 ? 2 : 0);
    if (at + header > size) return false;
    const StringHeader h = string_header(body + at);
    return at + h.length + std::size_t{characters} * h.width <= size;
}

}  // namespace

bool biff_string_record(std::uint16_t type) {
    switch (type) {
        case kBof:
        case kSst:
        case kContinue:
        case kFormat:
        case kLabel:
        case kBoundSheet:
            return true;
        default:
            return false;
    }
}

void BiffStringCheck::fail(const char* record, std::uint32_t characters) {
    if (!overrun_.empty()) return;
    overrun_ = std::string("record ") + record + ": una stringa dichiara " +
               std::to_string(characters) + " caratteri, più di quanti il record ne contenga";
}

void BiffStringCheck::end_shared_strings() {
    if (pending_length_ > 0) fail("SST", pending_length_);
    // Each string takes 3 bytes at least (length and option byte): a count the records cannot
    // hold is damage (libfreexl allocates and fills 8 bytes a string before reading one).
    if (sst_count_ > sst_bytes_ / 3 && overrun_.empty()) {
        overrun_ = "record SST: dichiara " + std::to_string(sst_count_) +
                   " stringhe, più di quante ne contenga";
    }
}

void BiffStringCheck::record(std::uint16_t type, const unsigned char* body, std::size_t size) {
    if (!overrun_.empty() || biff_ < 0) return;
    if (biff_ == 0) {
        // libfreexl reads nothing more when the stream does not open with a BIFF5/8 BOF.
        const std::uint32_t version = type == kBof && size >= 2 ? u16(body) : 0;
        biff_ = version == 0x0600 ? 8 : version == 0x0500 ? 5 : -1;
        last_type_ = type;
        return;
    }
    if (type == kContinue) {
        if (last_type_ == kSst) shared_strings(type, body, size);
        return;
    }
    if (last_type_ == kSst && type != kSst) end_shared_strings();
    last_type_ = type;
    if (type == kSst) {
        shared_strings(type, body, size);
    } else if (type == kFormat) {
        // BIFF8: index, 16-bit length, option byte; BIFF5: index, 8-bit length, bytes.
        const bool biff8 = biff_ == 8;
        const std::uint32_t n = size < (biff8 ? 4 : 3) ? 0 : biff8 ? u16(body + 2) : body[2];
        const bool ok = biff8 ? size >= 4 && fits8(body, size, 4, n) : size >= 3 && 3 + n <= size;
        if (!ok) fail("FORMAT", n);
    } else if (type == kLabel) {
        const std::uint32_t n = size >= 8 ? u16(body + 6) : 0;
        const bool ok = size >= 8 && (biff_ == 8 ? fits8(body, size, 8, n) : 8 + n <= size);
        if (!ok) fail("LABEL", n);
    } else if (type == kBoundSheet) {
        // The sheet's name: one byte of length, then (BIFF8) an option byte.
        const std::uint32_t n = size >= 7 ? body[6] : 0;
        const std::uint32_t width = biff_ == 8 && size >= 8 && body[7] != 0 ? 2 : 1;
        const bool ok =
            size >= 7 && (biff_ == 8 ? size >= 8 && 8 + n * width <= size : 7 + n <= size);
        if (!ok) fail("BOUNDSHEET", n);
    }
}

void BiffStringCheck::end() {
    if (overrun_.empty() && biff_ > 0 && last_type_ == kSst) end_shared_strings();
}

// The SST's first record declares the count at offset 4 and its strings start at 8; libfreexl
// takes any later SST record, as a CONTINUE, for the rest of the table.
void BiffStringCheck::shared_strings(std::uint16_t type, const unsigned char* body,
                                     std::size_t size) {
    std::size_t pos = 0;
    if (!sst_started_ && type == kSst) {
        if (size < 8) return fail("SST", 0);
        sst_started_ = true;
        sst_count_ = u32(body + 4);
        sst_bytes_ = size - 8;
        pos = 8;
    } else {
        sst_bytes_ += size;
        if (pending_length_ > 0 && !finish_pending(body, size, pos)) return;
    }
    while (sst_index_ < sst_count_ && pos < size) {
        if (pos + 3 > size) return fail("SST", 0);
        const std::uint32_t characters = u16(body + pos);
        if (!fits8(body, size, pos + 2, 0)) return fail("SST", characters);
        const StringHeader h = string_header(body + pos + 2);
        pos += 2 + h.length;
        const std::size_t available = size - pos;
        if (std::size_t{characters} * h.width > available) {
            // Split: the rest follows in the next CONTINUE, after an option byte of its own.
            pending_length_ = characters;
            pending_read_ = static_cast<std::uint32_t>(available / h.width);
            pending_skip_ = h.skip;
            return;
        }
        pos += std::size_t{characters} * h.width + h.skip;
        ++sst_index_;
    }
}

// libfreexl reads the whole rest of a split string from the CONTINUE record, however short.
bool BiffStringCheck::finish_pending(const unsigned char* body, std::size_t size,
                                     std::size_t& pos) {
    const std::uint32_t width = size > 0 && (body[0] & 0x01) != 0 ? 2 : 1;
    const std::size_t rest = std::size_t{pending_length_ - pending_read_} * width;
    if (size == 0 || 1 + rest > size) {
        fail("CONTINUE", pending_length_);
        return false;
    }
    pos = 1 + rest + pending_skip_;
    pending_length_ = pending_read_ = pending_skip_ = 0;
    ++sst_index_;
    return true;
}

}  // namespace pira
