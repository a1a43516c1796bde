// Declarative extraction profiles (extractors/*.toml): how to recognise a document family, the
// labelled fields of its blocks and the headers of its indicator table, each naming a canonical
// column. Loaded strictly: an unknown key, a bad pattern or an unknown column is an error that
// names the file, the line and the key.
#pragma once

#include <re2/re2.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace pira {

struct ProfileField {
    std::vector<std::string> labels;  // "Codice:"; matched at the start of a line
    std::string column;               // canonical column
};

struct ProfileColumn {
    std::vector<std::shared_ptr<RE2>> headers;  // whole-header patterns
    std::string column;                         // "target_{1}": {1} is the pattern's first group
    std::string rest_to;  // where a cell's regular words go after its bold ones
};

struct Profile {
    std::string file;  // where it was loaded from
    std::string id, name, ente;
    std::vector<std::string> detect;
    std::vector<ProfileField> fields;
    std::string first_header;
    std::vector<std::string> end_at;  // a line starting with one of these ends the table
    std::vector<ProfileColumn> columns;
    std::string code_template;  // "PO{year}_{block}": codes for blocks that have none

    // The canonical column a header names, or "" when none does.
    std::string column_for(std::string_view header) const;
};

// Throws DataFileError "file:line: ..." for anything the format does not allow.
Profile load_profile(std::string_view toml_text, const std::string& file);

}  // namespace pira
