#pragma once

#include "store/sqlite.hpp"

namespace pira {

// Applies the schema migrations the file has not had yet (PRAGMA user_version counts them), each
// in its own transaction. A file from a newer pira is refused rather than damaged.
void migrate(Database& db, int known_version);

}  // namespace pira
