#pragma once

#include <string_view>

namespace pira {
// The bytes of a data file compiled into the binary (see cmake/EmbedFiles.cmake), keyed by its
// path in the source tree, e.g. "mappings/units.toml"; empty when there is no such file.
std::string_view embedded_file(std::string_view name);
}  // namespace pira
