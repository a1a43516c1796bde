// A CSV file read a chunk at a time (stream_csv_file) hands over what the reading of its bytes
// whole does, with the same places and findings, whatever the chunks' size; a file truncated
// while it is read ends the reading with an error, it does not crash it.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "readers/csv_reader.hpp"

namespace pira {
namespace {

struct Reading {
    bool ok = false;
    std::vector<std::string> fields;    // text@line:column
    std::vector<std::string> findings;  // code and place
};

template <class Stream>
Reading reading(Stream stream) {
    Reading out;
    Diagnostics d;
    const CsvRowSink sink{{},
                          [&](const CanonicalTable&, const TableRow& row) {
                              for (const Field& f : row.fields) {
                                  out.fields.push_back(f.text + "@" + std::to_string(f.line) + ":" +
                                                       std::to_string(f.column));
                              }
                          },
                          [&] { out.fields.clear(); }};
    out.ok = stream(sink, d);
    for (const auto& i : d.items()) {
        out.findings.push_back(std::to_string(static_cast<int>(i.code)) + " " +
                               i.place.to_string() + " " + i.detail);
    }
    return out;
}

std::string write_file(const std::string& bytes) {
    const auto path = std::filesystem::temp_directory_path() /
                      ("pira_chunked_" + std::to_string(::getpid()) + ".csv");
    std::ofstream(path, std::ios::binary) << bytes;
    return path.string();
}

const char* kHeader = "objective_code;indicator_name;target;actual;weight\n";

std::vector<std::string> texts() {
    std::string many = kHeader;
    for (int i = 0; i < 120; ++i) {
        many += "01_01_OS0" + std::to_string(i % 9) + ";\"Qualità \"\"" + std::to_string(i) +
                "\"\"\r\nsu due righe\";>= 5 N.;80 %;20,00%\r\n";
        if (i % 17 == 0) many += "\n;;\n";
    }
    // Bytes that are not UTF-8 only after many rows were handed over: read again, converted;
    // also after an error that stopped the reading (the error then reported as converted).
    const std::string late = many + "a;Qualit\xE0;1;2;3\n";
    const std::string cut_at_end = many + "a;b;1;2;3\n\xC3";
    const std::string error_then_latin1 =
        std::string(kHeader) + "a;\"chiuse\" x;1;2;3\n" + many + "b;Qualit\xE0;1;2;3\n";
    const std::string long_then_latin1 =
        many + std::string(5000, 'x') + "\n" + "b;Qualit\xE0;1;2;3\n";
    return {
        many,
        late,
        cut_at_end,
        error_then_latin1,
        long_then_latin1,
        many + "a;€ è à;1;2;3\n",
        "\xEF\xBB\xBF" + std::string(kHeader) + "a;b;c;d;e\n",
        std::string(kHeader) + "a;\"aperte;1;2;3\nx;y;z\n",
        std::string(kHeader) + "a;\"chiuse\" x;1;2;3\n",
        std::string(kHeader) + "a;b;1;2;3\n" + std::string(5000, 'x') + "\n",
        std::string(kHeader) + "a;€ è;1;2;3;4\n",
        std::string(kHeader) + "a;Qualit\xE0;1;2;3\n",
        "",
    };
}

TEST(CsvFileStream, ChunksReadAsTheWholeBytes) {
    ReaderLimits limits;
    limits.max_line_bytes = 4000;
    for (const std::string& text : texts()) {
        const std::string path = write_file(text);
        const Reading whole = reading([&](const CsvRowSink& sink, Diagnostics& d) {
            return stream_csv_bytes(text, path, limits, d, sink);
        });
        for (std::size_t chunk : {1u, 2u, 3u, 7u, 64u, 1000u, 1u << 20}) {
            const Reading chunked = reading([&](const CsvRowSink& sink, Diagnostics& d) {
                return stream_csv_file(path, limits, d, sink, chunk);
            });
            EXPECT_EQ(chunked.ok, whole.ok) << chunk << ": " << text.substr(0, 80);
            EXPECT_EQ(chunked.fields, whole.fields) << chunk;
            EXPECT_EQ(chunked.findings, whole.findings) << chunk;
        }
        std::filesystem::remove(path);
    }
}

// What a mapped file died of (SIGBUS): the file cut to nothing after its first rows.
TEST(CsvFileStream, FileTruncatedWhileReadEndsTheReading) {
    std::string text = kHeader;
    for (int i = 0; i < 5000; ++i) text += "01_01_OS02;Qualità del servizio;>=1;1;100\n";
    const std::string path = write_file(text);
    std::size_t rows = 0;
    Diagnostics d;
    const CsvRowSink sink{{}, [&](const CanonicalTable&, const TableRow&) {
                              if (++rows == 10) std::filesystem::resize_file(path, 0);
                          }};
    EXPECT_FALSE(stream_csv_file(path, ReaderLimits{}, d, sink, 4096));
    EXPECT_GE(rows, 10u);
    EXPECT_LT(rows, 5000u);
    ASSERT_EQ(d.items().size(), 1u);  // said, not scored as if the table ended there
    EXPECT_EQ(d.items().front().code, Errc::file_unreadable);
    EXPECT_NE(d.items().front().detail.find("accorciato durante la lettura"), std::string::npos);
    std::filesystem::remove(path);
}

}  // namespace
}  // namespace pira
