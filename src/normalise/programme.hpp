// Missions and programmes of the D.M. 27/03/2013 (mappings/programmes.toml): "11 – Competitività
// e sviluppo delle imprese" is mission 011; programme 032.004 is read as 032.003, as the 2015
// rules ask; the renamed 011.005 is recognised by its former name too.
#pragma once

#include <string>
#include <string_view>

#include "common/result.hpp"

namespace pira {

struct Programme {
    std::string mission;    // "011"
    std::string programme;  // "005"; empty when only the mission was given
    std::string note;       // what was remapped or recognised by a former name
};

// `mission_text` and `programme_text` as written ("11", "011 - Competitività ...", "005 –
// Promozione ..."). An unknown code is an error (code_malformed) naming it.
Result<Programme> classify_programme(std::string_view mission_text,
                                     std::string_view programme_text);

}  // namespace pira
