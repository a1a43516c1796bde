#pragma once

#include <functional>

#include "store/sqlite.hpp"

namespace pira {

// Applies the schema migrations the file has not had yet (PRAGMA user_version counts them), each
// in its own transaction. A file from a newer pira is refused rather than damaged.
// `after(version)` runs inside a migration's transaction after its SQL: the steps SQL cannot
// do (typing the values of older datasets, schema 4).
void migrate(Database& db, int known_version,
             const std::function<void(Database&, int)>& after = nullptr);

}  // namespace pira
