#include "common/progress.hpp"

#include <unistd.h>

#include <cstdio>

namespace pira {

std::string grouped(std::size_t n) {
    std::string digits = std::to_string(n);
    for (std::size_t at = digits.size(); at > 3; at -= 3) digits.insert(at - 3, 1, '.');
    return digits;
}

Progress::Progress(std::string label, std::string units, std::size_t total)
    : label_(std::move(label)),
      units_(std::move(units)),
      total_(total),
      enabled_(isatty(STDERR_FILENO) == 1),
      start_(std::chrono::steady_clock::now()) {}

Progress::~Progress() {
    clear();
}

void Progress::advance(std::size_t n) {
    if (!enabled_) return;
    const std::lock_guard lock(mutex_);
    done_ += n;
    const auto now = std::chrono::steady_clock::now();
    if (!shown_ || done_ == total_ || now - last_draw_ >= std::chrono::milliseconds(100)) {
        draw(now);
    }
}

void Progress::set_total(std::size_t total) {
    if (!enabled_) return;
    const std::lock_guard lock(mutex_);
    total_ = total;
}

void Progress::add_detail(std::size_t n, const char* units) {
    if (!enabled_) return;
    const std::lock_guard lock(mutex_);
    detail_ += n;
    detail_units_ = units;
}

void Progress::clear() {
    if (!enabled_) return;
    const std::lock_guard lock(mutex_);
    if (!shown_) return;
    std::fputs("\r\033[K", stderr);  // back to the margin, the line erased
    std::fflush(stderr);
    shown_ = false;
}

void Progress::draw(std::chrono::steady_clock::time_point now) {
    const double seconds = std::chrono::duration<double>(now - start_).count();
    std::string line = "\r\033[K" + label_ + ": " + units_ + ' ' + grouped(done_);
    if (total_ != 0) line += " di " + grouped(total_);
    // The rate of what is counted in detail (rows) when there is one, else of the units.
    const std::size_t counted = detail_units_ != nullptr ? detail_ : done_;
    if (detail_units_ != nullptr) line += ", " + grouped(detail_) + ' ' + detail_units_;
    if (seconds > 0.001) {
        line += " (" + grouped(static_cast<std::size_t>(static_cast<double>(counted) / seconds)) +
                ' ' + (detail_units_ != nullptr ? detail_units_ : units_.c_str()) + "/s)";
    }
    std::fputs(line.c_str(), stderr);
    std::fflush(stderr);
    shown_ = true;
    last_draw_ = now;
}

}  // namespace pira
