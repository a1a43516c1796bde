#pragma once

#include <string>
#include <string_view>

namespace pira {

// Lower-case hex SHA-256 (OpenSSL). Identifies documents (same bytes: same document) and gives
// rows stable ids; the round trip of department workbooks will hash rows with it too.
std::string sha256_hex(std::string_view data);

}  // namespace pira
