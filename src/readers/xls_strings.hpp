// The strings of a legacy .xls's BIFF records, checked before libfreexl reads them. libfreexl
// 1.0.6 copies and converts (iconv) as many characters as a record declares, never comparing
// them with the bytes the record holds: a FORMAT declaring 65,535 UTF-16 characters in a
// 20-byte record makes it read 131,070 bytes from a 64 KB buffer. So pira walks those records
// the way libfreexl does and refuses the file when one of its strings runs past its record.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace pira {

// The record types whose bodies the check needs (BiffStringCheck::record).
bool biff_string_record(std::uint16_t type);

class BiffStringCheck {
  public:
    // Every record of the Workbook stream, in order; `body` is the whole body for the types
    // biff_string_record names (size bytes), null for the others.
    void record(std::uint16_t type, const unsigned char* body, std::size_t size);
    // After the stream's last record: an SST ending there is checked whole.
    void end();
    // Empty while every string fits; else what overran, in Italian («record SST: ...»).
    const std::string& overrun() const { return overrun_; }

  private:
    void shared_strings(std::uint16_t type, const unsigned char* body, std::size_t size);
    void end_shared_strings();
    bool finish_pending(const unsigned char* body, std::size_t size, std::size_t& pos);
    void fail(const char* record, std::uint32_t characters);

    int biff_ = 0;                 // 5 or 8, from the first BOF; 0 before it (libfreexl then stops)
    std::uint16_t last_type_ = 0;  // of the last record other than CONTINUE
    bool sst_started_ = false;
    std::uint32_t sst_count_ = 0, sst_index_ = 0;
    std::uint64_t sst_bytes_ = 0;  // after the count, over the SST and its CONTINUE records
    // A shared string split between records: its characters, those read, bytes after them.
    std::uint32_t pending_length_ = 0, pending_read_ = 0, pending_skip_ = 0;
    std::string overrun_;
};

}  // namespace pira
