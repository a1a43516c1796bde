// The progress line of a long run ("piano.pdf: pagine 120 di 261 (85 pagine/s)"), drawn on stderr
// and redrawn in place, only when stderr is a terminal: a pipe or a log file gets nothing, so
// what scripts read never changes.
#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>

namespace pira {

class Progress {
  public:
    // `label` starts the line ("piano.pdf"), `units` names what is counted ("pagine"), `total`
    // of them are expected (0: unknown). Enabled only when stderr is a terminal.
    Progress(std::string label, std::string units, std::size_t total);
    ~Progress();
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    // `n` more done; from any thread. Redraws at most ten times a second, and on the last one.
    void advance(std::size_t n = 1);
    // The total, once known (a PDF's pages, when it is opened); from any thread.
    void set_total(std::size_t total);
    // Adds to the second count shown after the first ("3 di 10 file, 12.000 righe"), e.g. rows.
    void add_detail(std::size_t n, const char* units);
    // Wipes the line, so that other messages start at the margin; the next advance redraws it.
    void clear();
    bool enabled() const { return enabled_; }

  private:
    void draw(std::chrono::steady_clock::time_point now);  // with mutex_ held

    std::string label_, units_;
    std::size_t total_ = 0, done_ = 0, detail_ = 0;
    const char* detail_units_ = nullptr;
    bool enabled_ = false, shown_ = false;
    std::chrono::steady_clock::time_point start_, last_draw_;
    std::mutex mutex_;
};

// "12.345": thousands grouped the Italian way, for counts shown to people.
std::string grouped(std::size_t n);

}  // namespace pira
