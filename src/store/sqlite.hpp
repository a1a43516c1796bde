// A thin RAII layer over SQLite's C API: a connection, prepared statements, transactions.
// Errors throw StoreError with SQLite's message; the command boundary turns it into exit 2.
#pragma once

#include <sqlite3.h>

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace pira {

class StoreError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

class Statement {
  public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, double value);
    Statement& bind_null(int index);
    // Steps once: true while a row is available.
    bool step();
    // Runs to completion (for statements without rows).
    void run();
    void reset();

    std::string text(int column) const;
    std::int64_t integer(int column) const;
    double real(int column) const;
    bool is_null(int column) const;

  private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

// How a connection waits when another process holds the dataset's lock (an import writing):
// it sleeps and retries up to `max_wait`, and the first time it has to wait it calls `on_wait`
// (once per connection), so that a user knows why the command is not moving. Past `max_wait`
// the statement fails with a StoreError that says the dataset is busy.
struct BusyWait {
    std::chrono::milliseconds max_wait = std::chrono::minutes(10);
    std::function<void()> on_wait;
};

class Database {
  public:
    explicit Database(const std::string& path, BusyWait wait = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void exec(std::string_view sql);
    Statement prepare(std::string_view sql) { return Statement(db_, sql); }
    std::int64_t last_insert_id() const { return sqlite3_last_insert_rowid(db_); }
    sqlite3* handle() { return db_; }

    // The state of the busy handler: kept apart so that its address does not change.
    struct Waiting {
        BusyWait wait;
        bool announced = false;
        std::chrono::steady_clock::time_point since;
    };

  private:
    sqlite3* db_ = nullptr;
    std::unique_ptr<Waiting> waiting_;
};

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() was called, so an
// exception anywhere leaves the dataset as it was.
class Transaction {
  public:
    explicit Transaction(Database& db);
    ~Transaction();
    void commit();

  private:
    Database& db_;
    bool done_ = false;
};

}  // namespace pira
