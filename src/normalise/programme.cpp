#include "normalise/programme.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <optional>
#include <vector>

#include "common/embedded.hpp"
#include "common/text.hpp"
#include "common/toml_check.hpp"

namespace pira {
namespace {

struct ProgrammeEntry {
    std::string mission, code, name, moved_to;
    std::vector<std::string> former_names;
};

struct Table {
    std::vector<std::string> missions;
    std::vector<ProgrammeEntry> programmes;
};

const Table& table() {
    static const Table t = [] {
        const std::string file = "mappings/programmes.toml";
        toml::table root = parse_toml(embedded_file(file), file);
        check_keys(root, {"mission", "programme"}, file, "programmes.toml");
        Table out;
        for (const auto& node : *root.get_as<toml::array>("mission")) {
            const auto& m = *node.as_table();
            check_keys(m, {"code", "name", "forms"}, file, "[[mission]]");
            out.missions.push_back(require_string(m, "code", file));
        }
        for (const auto& node : *root.get_as<toml::array>("programme")) {
            const auto& p = *node.as_table();
            check_keys(p,
                       {"mission", "code", "name", "forms", "former_names", "renamed_in",
                        "moved_to", "moved_in"},
                       file, "[[programme]]");
            ProgrammeEntry e{require_string(p, "mission", file),
                             require_string(p, "code", file),
                             require_string(p, "name", file),
                             {},
                             {}};
            if (p.get("moved_to") != nullptr) e.moved_to = require_string(p, "moved_to", file);
            if (p.get("former_names") != nullptr)
                e.former_names = require_strings(p, "former_names", file);
            out.programmes.push_back(std::move(e));
        }
        return out;
    }();
    return t;
}

// The leading number of "11 – Competitività ...", padded to three digits.
std::optional<std::string> leading_code(std::string_view text, std::string& rest) {
    static const RE2 re(R"(^\s*(\d{1,3})\s*(?:[-–—.)]\s*)?(.*)$)");
    std::string digits;
    if (!RE2::FullMatch(re2::StringPiece(text.data(), text.size()), re, &digits, &rest)) {
        return std::nullopt;
    }
    digits.insert(0, 3 - digits.size(), '0');
    return digits;
}

}  // namespace

Result<Programme> classify_programme(std::string_view mission_text,
                                     std::string_view programme_text) {
    std::string mission_rest, programme_rest;
    const auto mission = leading_code(mission_text, mission_rest);
    if (!mission)
        return fail(Errc::programme_unknown, 0, "attesa la missione a tre cifre (es. 011)");
    const Table& t = table();
    if (std::find(t.missions.begin(), t.missions.end(), *mission) == t.missions.end()) {
        return fail(Errc::programme_unknown, 0,
                    "missione " + *mission + " non prevista dal D.M. 27/03/2013 per le camere");
    }
    Programme out{*mission, {}, {}};
    if (trim(programme_text).empty()) return out;
    const auto code = leading_code(programme_text, programme_rest);
    if (!code) return fail(Errc::programme_unknown, 0, "atteso il programma a tre cifre (es. 005)");
    for (const auto& p : t.programmes) {
        if (p.mission != *mission || p.code != *code) continue;
        out.programme = p.code;
        if (!p.moved_to.empty()) {
            out.programme = p.moved_to;
            out.note = "programma " + p.mission + "." + p.code + " ricondotto a " + p.mission +
                       "." + p.moved_to + " (regole 2015)";
        }
        for (const auto& former : p.former_names) {
            if (!programme_rest.empty() && fold(programme_rest) == fold(former)) {
                out.note = "programma " + p.mission + "." + p.code +
                           " indicato con il nome precedente al 2015";
            }
        }
        return out;
    }
    return fail(Errc::programme_unknown, 0,
                "programma " + *mission + "." + *code + " non previsto");
}

}  // namespace pira
