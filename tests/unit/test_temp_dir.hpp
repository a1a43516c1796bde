// A fresh folder under the system's temporary one for a unit test, named for the test and the
// process: two test runs at once (release and debug builds, engineers on one machine) must
// not share it, as they did with fixed names.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

namespace pira::test {

inline std::filesystem::path fresh_temp_dir(const std::string& what) {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    const auto dir = std::filesystem::temp_directory_path() /
                     ("pira-" + what + "-" + std::to_string(::getpid()) + "-" +
                      (info != nullptr ? info->name() : "fuori"));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

}  // namespace pira::test
