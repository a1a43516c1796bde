#include "store/migrations.hpp"

#include <cstdio>
#include <string>

#include "common/embedded.hpp"

namespace pira {

void migrate(Database& db, int known_version, const std::function<void(Database&, int)>& after) {
    auto version_stmt = db.prepare("PRAGMA user_version");
    version_stmt.step();
    const auto current = static_cast<int>(version_stmt.integer(0));
    version_stmt.reset();
    if (current > known_version) {
        throw StoreError("il dataset ha lo schema " + std::to_string(current) +
                         ", più recente di questa versione di pira (" +
                         std::to_string(known_version) + "): aggiornare pira");
    }
    for (int v = current + 1; v <= known_version; ++v) {
        char name[64];
        std::snprintf(name, sizeof name, "src/store/migrations/%04d.sql", v);
        const std::string_view sql = embedded_file(name);
        if (sql.empty()) throw StoreError("migrazione " + std::to_string(v) + " mancante");
        Transaction tx(db);
        db.exec(sql);
        if (after) after(db, v);
        db.exec("PRAGMA user_version = " + std::to_string(v));
        tx.commit();
    }
}

}  // namespace pira
