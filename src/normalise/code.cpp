#include "normalise/code.hpp"

#include <re2/re2.h>

#include <array>
#include <cctype>
#include <memory>
#include <optional>
#include <vector>

#include "common/embedded.hpp"
#include "common/text.hpp"
#include "common/toml_check.hpp"

namespace pira {
namespace {

constexpr std::string_view kPistoiaPrato = "Pistoia-Prato";

struct Segment {
    std::string text;      // upper case
    std::size_t position;  // byte offset in the trimmed input
};

std::vector<Segment> segments(std::string_view s) {
    std::vector<Segment> out;
    out.reserve(6);  // "01_01_OS02_05_2025_2" at most, in practice
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == '_' || s[i] == '-' || s[i] == ' ' || s[i] == '.')) ++i;
        const std::size_t start = i;
        std::string seg;
        while (i < s.size() && s[i] != '_' && s[i] != '-' && s[i] != ' ' && s[i] != '.') {
            seg += static_cast<char>(std::toupper(static_cast<unsigned char>(s[i])));
            ++i;
        }
        if (!seg.empty()) out.push_back({seg, start});
    }
    return out;
}

// Digits misread as letters: O->0, I/L->1, S->5, B->8, Z->2.
std::optional<std::string> as_digits(std::string_view s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case 'O':
            case 'Q':
            case 'D':
                out += '0';
                break;
            case 'I':
            case 'L':
                out += '1';
                break;
            case 'S':
                out += '5';
                break;
            case 'B':
                out += '8';
                break;
            case 'Z':
                out += '2';
                break;
            default:
                if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
                out += c;
        }
    }
    return out;
}

struct TypePrefix {
    std::string type;
    std::size_t length = 0;
};

// "OS", "0S", "05" -> OS; "OP", "0P" -> OP; "UIC", "ULC", "U1C" -> UIC.
std::optional<TypePrefix> type_prefix(std::string_view seg) {
    auto is_o = [](char c) { return c == 'O' || c == '0' || c == 'Q'; };
    auto is_i = [](char c) { return c == 'I' || c == 'L' || c == '1'; };
    if (seg.size() >= 3 && seg[0] == 'U' && is_i(seg[1]) && seg[2] == 'C')
        return TypePrefix{"UIC", 3};
    if (seg.size() >= 2 && is_o(seg[0]) && (seg[1] == 'S' || seg[1] == '5'))
        return TypePrefix{"OS", 2};
    if (seg.size() >= 2 && is_o(seg[0]) && seg[1] == 'P') {
        // "0pP01": a doubled P typed or read twice.
        const std::size_t len = seg.size() >= 3 && seg[2] == 'P' ? 3 : 2;
        return TypePrefix{"OP", len};
    }
    return std::nullopt;
}

std::optional<std::string> two_digits(std::string_view s) {
    auto d = as_digits(s);
    if (!d || d->size() != 2) return std::nullopt;
    return d;
}

struct Parsed {
    std::string canonical;
    std::size_t next = 0;  // index of the first unused segment
};

// Reads AA_BB_TTNN from the segments; on failure, the byte position where it stopped.
Result<Parsed> read_objective(const std::vector<Segment>& segs, std::size_t end) {
    if (segs.size() < 3) return fail(Errc::code_malformed, segs.empty() ? 0 : end);
    auto area = two_digits(segs[0].text);
    if (!area) return fail(Errc::code_malformed, segs[0].position);
    auto goal = two_digits(segs[1].text);
    if (!goal) return fail(Errc::code_malformed, segs[1].position);
    auto type = type_prefix(segs[2].text);
    if (!type) return fail(Errc::code_malformed, segs[2].position, "atteso OS, OP o UIC");
    std::string_view rest = std::string_view(segs[2].text).substr(type->length);
    std::size_t next = 3;
    if (rest.empty() && segs.size() > 3) rest = segs[next++].text;  // "01_01_05_01"
    auto number = two_digits(rest);
    if (!number) {
        return fail(Errc::code_malformed, segs[2].position + type->length,
                    "attese due cifre dopo " + type->type);
    }
    return Parsed{*area + "_" + *goal + "_" + type->type + *number, next};
}

struct Family {
    std::string name;
    std::unique_ptr<RE2> pattern;
};

const std::vector<Family>& families() {
    static const std::vector<Family> list = [] {
        const std::string file = "mappings/codes.toml";
        toml::table root = parse_toml(embedded_file(file), file);
        check_keys(root, {"family"}, file, "codes.toml");
        std::vector<Family> out;
        const toml::array* arr = root.get_as<toml::array>("family");
        if (arr == nullptr) throw DataFileError(file + ": manca l'elenco [[family]]");
        for (const auto& node : *arr) {
            const toml::table* t = node.as_table();
            if (t == nullptr) throw DataFileError(where_is(node, file) + ": atteso [[family]]");
            check_keys(*t, {"name", "examples", "pattern"}, file, "[[family]]");
            auto re = std::make_unique<RE2>(require_string(*t, "pattern", file), RE2::Quiet);
            if (!re->ok()) {
                throw DataFileError(where_is(*t, file) + ": pattern non valido: " + re->error());
            }
            out.push_back({require_string(*t, "name", file), std::move(re)});
        }
        return out;
    }();
    return list;
}

std::string repair_note(std::string_view written, const std::string& canonical) {
    if (written == canonical) return {};
    return "codice scritto «" + std::string(written) + "»";
}

}  // namespace

namespace {

Result<Code> read_objective_code(std::string_view text) {
    std::string_view t = trim(text);
    if (t.empty()) return fail(Errc::empty_value, 0);
    const auto segs = segments(t);
    auto parsed = read_objective(segs, t.size());
    if (parsed && parsed->next == segs.size()) {
        return Code{parsed->canonical, std::string(kPistoiaPrato),
                    repair_note(t, parsed->canonical)};
    }
    std::string upper;
    for (char c : t) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    for (const auto& f : families()) {
        if (RE2::FullMatch(upper, *f.pattern)) return Code{upper, f.name, {}};
    }
    if (!parsed) return parsed.error();
    return fail(Errc::code_malformed, segs[parsed->next].position,
                "un codice obiettivo non ha altre parti dopo il numero");
}

}  // namespace

Result<Code> parse_objective_code(std::string_view text) {
    // The rows of one objective repeat its code, one after another: the last reading is kept
    // (one per thread).
    thread_local std::string last_text;
    thread_local std::optional<Result<Code>> last;
    if (!last || text != last_text) {
        last = read_objective_code(text);
        last_text.assign(text);
    }
    return *last;
}

Result<Code> parse_indicator_code(std::string_view text) {
    std::string_view t = trim(text);
    if (t.empty()) return fail(Errc::empty_value, 0);
    const auto segs = segments(t);
    auto parsed = read_objective(segs, t.size());
    if (!parsed) return parsed.error();
    std::string canonical = parsed->canonical;
    std::size_t i = parsed->next;
    if (i >= segs.size()) {
        return fail(Errc::code_malformed, t.size(), "manca il numero dell'indicatore");
    }
    auto number = two_digits(segs[i].text);
    if (!number) return fail(Errc::code_malformed, segs[i].position, "attese due cifre");
    canonical += "_" + *number;
    for (++i; i < segs.size(); ++i) {  // year, then an optional variant number ("_2")
        auto d = as_digits(segs[i].text);
        if (!d) return fail(Errc::code_malformed, segs[i].position, "attese cifre");
        canonical += "_" + *d;
    }
    return Code{canonical, std::string(kPistoiaPrato), repair_note(t, canonical)};
}

}  // namespace pira

namespace pira {
namespace {

bool is_separator(char c) {
    return c == '_' || c == '-' || c == ' ' || c == '.';
}

// std::toupper as pira runs it (the C locale: ASCII letters only), without a call per byte.
char upper(char c) {
    return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

// as_digits() of one character of a segment, upper-cased as segments() does; 0 if none.
char digit_of(char c) {
    switch (upper(c)) {
        case 'O':
        case 'Q':
        case 'D':
            return '0';
        case 'I':
        case 'L':
            return '1';
        case 'S':
            return '5';
        case 'B':
            return '8';
        case 'Z':
            return '2';
        default:
            return c >= '0' && c <= '9' ? c : '\0';
    }
}

// as_digits(s) appended to `out`; false where it gives nullopt.
bool append_digits(std::string_view s, std::string& out) {
    for (char c : s) {
        const char d = digit_of(c);
        if (d == '\0') return false;
        out += d;
    }
    return true;
}

bool append_two_digits(std::string_view s, std::string& out) {
    return s.size() == 2 && append_digits(s, out);
}

// More segments than the fast reading holds: the full parse.
bool parse_code_slowly(std::string_view t, std::string& out) {
    auto c = parse_indicator_code(t);
    if (!c) return false;
    out = c->canonical;
    return true;
}

// type_prefix() on a segment not yet upper-cased: its type and length, or 0.
std::size_t append_type(std::string_view seg, std::string& out) {
    auto at = [&](std::size_t i) { return i < seg.size() ? upper(seg[i]) : '\0'; };
    auto is_o = [](char c) { return c == 'O' || c == '0' || c == 'Q'; };
    auto is_i = [](char c) { return c == 'I' || c == 'L' || c == '1'; };
    if (seg.size() >= 3 && at(0) == 'U' && is_i(at(1)) && at(2) == 'C') {
        out += "UIC";
        return 3;
    }
    if (seg.size() >= 2 && is_o(at(0)) && (at(1) == 'S' || at(1) == '5')) {
        out += "OS";
        return 2;
    }
    if (seg.size() >= 2 && is_o(at(0)) && at(1) == 'P') {
        out += "OP";
        return seg.size() >= 3 && at(2) == 'P' ? 3 : 2;
    }
    return 0;
}

}  // namespace

bool indicator_code_canonical(std::string_view text, std::string& out) {
    const std::string_view t = trim(text);
    constexpr std::size_t kMost = 16;
    std::array<std::string_view, kMost> segs;
    std::size_t n = 0;
    for (std::size_t i = 0; i < t.size();) {
        while (i < t.size() && is_separator(t[i])) ++i;
        const std::size_t start = i;
        while (i < t.size() && !is_separator(t[i])) ++i;
        if (i == start) continue;
        if (n == kMost) return parse_code_slowly(t, out);
        segs[n++] = t.substr(start, i - start);
    }
    out.clear();
    if (n < 4 || !append_two_digits(segs[0], out)) return false;
    out += '_';
    if (!append_two_digits(segs[1], out)) return false;
    out += '_';
    const std::size_t type = append_type(segs[2], out);
    if (type == 0) return false;
    std::string_view rest = segs[2].substr(type);
    std::size_t next = 3;
    if (rest.empty()) rest = segs[next++];  // "01_01_05_01"
    if (!append_two_digits(rest, out) || next >= n) return false;
    out += '_';
    if (!append_two_digits(segs[next], out)) return false;
    for (++next; next < n; ++next) {  // year, then an optional variant number ("_2")
        out += '_';
        if (!append_digits(segs[next], out)) return false;
    }
    return true;
}

}  // namespace pira
