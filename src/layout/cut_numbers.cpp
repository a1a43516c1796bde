#include "layout/cut_numbers.hpp"

#include <algorithm>

#include "common/text.hpp"

namespace pira {
namespace {

bool digit(char c) {
    return c >= '0' && c <= '9';
}

}  // namespace

bool all_digits(std::string_view t) {
    return !t.empty() && std::all_of(t.begin(), t.end(), digit);
}

bool digits_go_on(const std::string& head, const std::string& tail) {
    // maybe closing what the number opened ("(194/25" / "5)")
    const auto end = std::find_if_not(tail.begin(), tail.end(), digit);
    const bool closed = end == tail.end() || (head.find('(') != std::string::npos &&
                                              std::string_view(&*end, tail.end() - end) == ")");
    return !head.empty() && end != tail.begin() && digit(head.back()) && closed;
}

bool well_grouped(std::string_view number) {
    if (const auto comma = number.find(','); comma != std::string_view::npos) {
        if (!all_digits(number.substr(comma + 1))) return false;
        number = number.substr(0, comma);
    }
    std::size_t lead = 0;
    while (lead < number.size() && digit(number[lead])) ++lead;
    if (lead == 0 || lead > 3 || lead == number.size()) return false;  // groups are the point
    const char separator = number[lead];
    if (separator != '.' && separator != ' ') return false;
    for (std::size_t i = lead; i < number.size(); i += 4) {
        if (number[i] != separator || i + 4 > number.size() || !all_digits(number.substr(i + 1, 3)))
            return false;
    }
    return true;
}

bool mends_groups(std::string_view head, std::string_view tail) {
    if (head.empty() || tail.empty() || !digit(head.back())) return false;
    const std::string joined = std::string(head) + std::string(tail);
    if (!well_grouped(joined)) return false;
    // Digits: the head alone must be no number ("2.377.95"). A dot and its group: the tail
    // alone is none (".957"), whatever the head is ("2.377" is one).
    if (all_digits(tail)) return !well_grouped(head) && head.find_first_of(". ") != head.npos;
    return tail.front() == '.' && all_digits(tail.substr(1));
}

bool wrapped_at_space(const std::string& head, const std::string& tail) {
    return all_digits(tail) && well_grouped(head + " " + tail) && !well_grouped(head + tail);
}

std::string head_number(const Span& a, const SpanWord& tail, std::size_t& first) {
    std::size_t k = a.words.size() - 1;
    if (all_digits(tail.text)) {
        while (k > 0 && all_digits(a.words[k].text) && all_digits(a.words[k - 1].text) &&
               a.words[k - 1].text.size() <= 3)
            --k;
    }
    first = k;
    std::string number;
    for (std::size_t i = k; i < a.words.size(); ++i)
        number += (i == k ? "" : " ") + a.words[i].text;
    return number;
}

void centre_joined_numbers(std::vector<Line>& lines,
                           const std::vector<std::pair<std::size_t, std::size_t>>& joined,
                           std::vector<bool>& emptied) {
    for (const auto& [i, k] : joined) {
        Span& number = lines[i].spans[k];
        if (number.words.empty() || i + 1 >= lines.size()) continue;
        auto& middle = lines[i + 1].spans;
        const auto at = std::find_if(middle.begin(), middle.end(),
                                     [&](const Span& s) { return s.x0 > number.x0; });
        middle.insert(at, number);
        number.words.clear();  // erased with the other emptied spans
        emptied[i] = true;
        for (Line* l : {&lines[i], &lines[i + 1]}) {
            if (l->folded) l->folded = fold(l->text());
        }
    }
}

}  // namespace pira
