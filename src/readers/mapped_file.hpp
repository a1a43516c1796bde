// A file's bytes mapped read-only instead of read into memory: a large table is then scanned
// from the page cache without a copy (read() copied 80 MB into pages the process had to
// fault in and zero first), and the part already read can be given back as it goes.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace pira {

class MappedFile {
  public:
    // nullopt when `path` is not a regular non-empty file or cannot be mapped: the caller
    // reads it the ordinary way (and reports why it cannot, if it cannot).
    static std::optional<MappedFile> open(const std::string& path);
    MappedFile(MappedFile&& other) noexcept;
    MappedFile& operator=(MappedFile&&) = delete;
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    ~MappedFile();

    std::string_view bytes() const { return {data_, size_}; }
    // The pages wholly between the previous offset and `offset` leave the process (reading
    // them again maps them anew from the file: the bytes do not change, so this is only about
    // memory); an offset before the previous one starts a new pass over the bytes.
    void release_to(std::size_t offset);

  private:
    MappedFile(const char* data, std::size_t size) : data_(data), size_(size) {}
    const char* data_ = nullptr;
    std::size_t size_ = 0, released_ = 0;
};

}  // namespace pira
