#include "store/migrations.hpp"

#include <cstdio>
#include <string>

#include "common/embedded.hpp"

namespace pira {

namespace {

// The dataset's schema version; throws when it is newer than this pira knows.
int schema_of(Database& db, int known_version) {
    auto version_stmt = db.prepare("PRAGMA user_version");
    version_stmt.step();
    const auto current = static_cast<int>(version_stmt.integer(0));
    if (current > known_version) {
        throw StoreError("il dataset ha lo schema " + std::to_string(current) +
                         ", più recente di questa versione di pira (" +
                         std::to_string(known_version) + "): aggiornare pira");
    }
    return current;
}

}  // namespace

void migrate(Database& db, int known_version, const std::function<void(Database&, int)>& after) {
    // Read first without the lock: an up-to-date dataset (the usual case) takes no write lock.
    if (schema_of(db, known_version) == known_version) return;
    // A migration may rebuild a table (SQLite's ALTER TABLE cannot drop a NOT NULL): SQLite's
    // documentation has that done with foreign keys off, then checked before the commit. The
    // pragma has no effect inside a transaction, so it is set around them.
    struct ForeignKeysOff {
        Database& db;
        explicit ForeignKeysOff(Database& d) : db(d) { db.exec("PRAGMA foreign_keys = OFF"); }
        ~ForeignKeysOff() {
            try {
                db.exec("PRAGMA foreign_keys = ON");
            } catch (const StoreError&) {  // the connection is failing: nothing else to do
            }
        }
    } off(db);
    // Every step in one transaction begun with the write lock (BEGIN IMMEDIATE), and the
    // version read again under it: two runs creating or upgrading one dataset at the same time
    // take turns, and the second finds the work done. A failure leaves the dataset as it was.
    Transaction tx(db);
    const int current = schema_of(db, known_version);
    for (int v = current + 1; v <= known_version; ++v) {
        char name[64];
        std::snprintf(name, sizeof name, "src/store/migrations/%04d.sql", v);
        const std::string_view sql = embedded_file(name);
        if (sql.empty()) throw StoreError("migrazione " + std::to_string(v) + " mancante");
        db.exec(sql);
        if (after) after(db, v);
        auto check = db.prepare("PRAGMA foreign_key_check");
        if (check.step()) {
            throw StoreError("migrazione " + std::to_string(v) +
                             ": riferimento non valido nella tabella " + check.text(0) +
                             "; il dataset resta com'era");
        }
    }
    db.exec("PRAGMA user_version = " + std::to_string(known_version));
    tx.commit();
}

}  // namespace pira
