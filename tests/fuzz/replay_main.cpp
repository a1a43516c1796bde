// The replay driver: a harness's entry function run on files and on every file of folders,
// without libFuzzer, so that every build (gcc, release or sanitized) replays the regression
// inputs and the seeds. A crash fails the test; the driver names the file it was reading.
#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

int replay(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::cerr << file.string() << ": non leggibile\n";
        return 1;
    }
    const std::vector<char> bytes((std::istreambuf_iterator<char>(in)),
                                  std::istreambuf_iterator<char>());
    std::cerr << "replay " << file.string() << " (" << bytes.size() << " byte)\n";
    // libFuzzer never passes a null pointer, even for an empty input.
    static const std::uint8_t empty = 0;
    LLVMFuzzerTestOneInput(
        bytes.empty() ? &empty : reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    int failures = 0, files = 0;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path arg(argv[i]);
        if (std::filesystem::is_directory(arg)) {
            std::vector<std::filesystem::path> inside;
            for (const auto& e : std::filesystem::recursive_directory_iterator(arg))
                if (e.is_regular_file() && e.path().filename() != "README.md")
                    inside.push_back(e.path());
            std::sort(inside.begin(), inside.end());
            for (const auto& f : inside) failures += replay(f), ++files;
        } else {
            failures += replay(arg), ++files;
        }
    }
    std::cout << files << " input riprodotti, " << failures << " non leggibili\n";
    return failures == 0 && files > 0 ? 0 : 1;
}
