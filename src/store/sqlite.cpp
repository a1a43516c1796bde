#include "store/sqlite.hpp"

#include <algorithm>
#include <thread>

namespace pira {
namespace {

// SQLITE_BUSY reaches the user only once the wait is over: say so, not "database is locked".
std::string failure(sqlite3* db, int rc) {
    if ((rc & 0xff) == SQLITE_BUSY) {
        return "dataset occupato da un'altra importazione oltre il tempo di attesa: riprovare "
               "quando è finita";
    }
    return std::string("errore del dataset: ") + sqlite3_errmsg(db);
}

// SQLite keeps allocation statistics (sqlite3_memory_used) under a global mutex taken on every
// malloc and free, and pira reads none: about 4 % of an import's instructions. Set before the
// first connection; once SQLite is initialised the call is refused and changes nothing.
void configure_once() {
    static const int rc = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    (void)rc;
}

// SQLite calls this while the lock it needs is held elsewhere; `count` restarts at 0 for each
// statement that finds the lock taken. Sleeping a little longer each time (up to 100 ms) keeps
// the wait cheap and the hand-over quick.
int on_busy(void* data, int count) {
    auto& w = *static_cast<Database::Waiting*>(data);
    const auto now = std::chrono::steady_clock::now();
    if (count == 0) w.since = now;
    if (now - w.since >= w.wait.max_wait) return 0;
    if (!w.announced) {
        w.announced = true;
        if (w.wait.on_wait) w.wait.on_wait();
    }
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(w.wait.max_wait - (now - w.since));
    std::this_thread::sleep_for(std::min(
        {std::chrono::milliseconds(5 * (count + 1)), std::chrono::milliseconds(100), left}));
    return 1;
}

}  // namespace

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
    if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr) !=
        SQLITE_OK) {
        throw StoreError(std::string("SQL non valido: ") + sqlite3_errmsg(db));
    }
}

Statement::~Statement() {
    sqlite3_finalize(stmt_);
}

Statement& Statement::bind(int index, std::string_view text) {
    sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
    sqlite3_bind_int64(stmt_, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    sqlite3_bind_double(stmt_, index, value);
    return *this;
}

Statement& Statement::bind_null(int index) {
    sqlite3_bind_null(stmt_, index);
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throw StoreError(failure(db_, rc));
}

void Statement::run() {
    while (step()) {
    }
    reset();
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

std::string Statement::text(int column) const {
    const auto* p = sqlite3_column_text(stmt_, column);
    return p == nullptr
               ? std::string()
               : std::string(reinterpret_cast<const char*>(p),
                             static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::int64_t Statement::integer(int column) const {
    return sqlite3_column_int64(stmt_, column);
}

double Statement::real(int column) const {
    return sqlite3_column_double(stmt_, column);
}

bool Statement::is_null(int column) const {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

Database::Database(const std::string& path, BusyWait wait)
    : waiting_(std::make_unique<Waiting>(Waiting{std::move(wait), false, {}})) {
    configure_once();
    // A connection is used by one thread at a time (pira's worker threads read PDFs only), so
    // it needs no mutex of its own around every call.
    constexpr int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
        std::string msg = db_ != nullptr ? sqlite3_errmsg(db_) : "memoria esaurita";
        sqlite3_close(db_);
        throw StoreError("impossibile aprire il dataset «" + path + "»: " + msg);
    }
    // Another import may hold the write lock: wait instead of failing (BusyWait).
    sqlite3_busy_handler(db_, on_busy, waiting_.get());
    exec("PRAGMA foreign_keys = ON");
}

Database::~Database() {
    sqlite3_close(db_);
}

void Database::exec(std::string_view sql) {
    char* err = nullptr;
    const std::string s(sql);
    if (const int rc = sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err); rc != SQLITE_OK) {
        std::string msg = err != nullptr ? err : "errore sconosciuto";
        sqlite3_free(err);
        if ((rc & 0xff) == SQLITE_BUSY) throw StoreError(failure(db_, rc));
        throw StoreError("errore del dataset: " + msg);
    }
}

Transaction::Transaction(Database& db) : db_(db) {
    db_.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (!done_) {
        try {
            db_.exec("ROLLBACK");
        } catch (...) {  // nothing more can be done in a destructor
        }
    }
}

void Transaction::commit() {
    db_.exec("COMMIT");
    done_ = true;
}

}  // namespace pira
