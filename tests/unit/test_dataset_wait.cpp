// A dataset locked by another writer: the connection waits (saying so once) instead of failing,
// gives up with a clear message past its wait, and two runs creating one dataset take turns.
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <thread>

#include "store/dataset.hpp"
#include "test_temp_dir.hpp"

namespace pira {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

class DatasetWait : public ::testing::Test {
  protected:
    void SetUp() override {
        dir_ = test::fresh_temp_dir("wait");
        db_ = (dir_ / "pira.db").string();
    }
    void TearDown() override { fs::remove_all(dir_); }

    BusyWait counted(std::chrono::milliseconds max) {
        return BusyWait{max, [this] { ++announced_; }};
    }

    fs::path dir_;
    std::string db_;
    std::atomic<int> announced_{0};
};

TEST_F(DatasetWait, AWriterFindingTheLockWaitsForItAndSaysSoOnce) {
    Database other(db_);
    other.exec("BEGIN IMMEDIATE");  // another import writing
    std::thread release([&] {
        std::this_thread::sleep_for(400ms);
        other.exec("COMMIT");
    });
    const auto start = std::chrono::steady_clock::now();
    Dataset d(db_, counted(10s));  // a new dataset: its schema needs the write lock
    const auto waited = std::chrono::steady_clock::now() - start;
    release.join();
    EXPECT_EQ(d.schema_version(), Dataset::kSchemaVersion);
    EXPECT_GE(waited, 350ms);
    EXPECT_EQ(announced_.load(), 1);
}

TEST_F(DatasetWait, PastItsWaitItFailsSayingTheDatasetIsBusy) {
    { Dataset created(db_, counted(1s)); }
    EXPECT_EQ(announced_.load(), 0);  // nobody else: no wait, nothing said
    Database other(db_);
    other.exec("BEGIN IMMEDIATE");
    Database late(db_, counted(300ms));
    const auto start = std::chrono::steady_clock::now();
    try {
        late.exec("BEGIN IMMEDIATE");
        FAIL() << "the lock was taken twice";
    } catch (const StoreError& e) {
        EXPECT_NE(std::string(e.what()).find("dataset occupato"), std::string::npos) << e.what();
    }
    EXPECT_GE(std::chrono::steady_clock::now() - start, 250ms);
    EXPECT_EQ(announced_.load(), 1);
    other.exec("ROLLBACK");
}

TEST_F(DatasetWait, TwoRunsCreatingOneDatasetTakeTurns) {
    for (int round = 0; round < 5; ++round) {
        fs::remove(db_);
        std::atomic<int> ok{0};
        auto open = [&] {
            try {
                Dataset d(db_, counted(10s));
                if (d.schema_version() == Dataset::kSchemaVersion) ++ok;
            } catch (const StoreError& e) {
                ADD_FAILURE() << e.what();
            }
        };
        std::thread a(open), b(open);
        a.join();
        b.join();
        EXPECT_EQ(ok.load(), 2) << "round " << round;
        Database db(db_);
        auto s = db.prepare("PRAGMA integrity_check");
        ASSERT_TRUE(s.step());
        EXPECT_EQ(s.text(0), "ok");
    }
}

}  // namespace
}  // namespace pira
