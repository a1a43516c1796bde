// Declarative extraction profiles (extractors/*.toml): how to recognise a document family, the
// labelled fields of its blocks and the headers of its indicator table, each naming a canonical
// column. Loaded strictly: an unknown key, a bad pattern or an unknown column is an error that
// names the file, the line and the key.
#pragma once

#include <re2/re2.h>
#include <re2/set.h>

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extraction/tolerances.hpp"

namespace pira {

// A pattern whose named groups are canonical columns: "(?P<objective_code>OS_\d\d\.\d\d) - ...".
using NamedPattern = std::shared_ptr<RE2>;

// Column -> template ("{objective_code} {objective_name}"), see ProfileField::set.
using FieldSet = std::vector<std::pair<std::string, std::string>>;

// The block level of a field that names none: the objective, the deepest level.
constexpr int kBlockLevel = 100;

// The column of a labelled field the profile knows but does not keep (`ignore = true`): an
// objective's published performance, which scoring computes again. Its line is the block's,
// never a table row's; no output column has this name.
inline constexpr const char* kIgnoredColumn = "(ignorata)";

struct ProfileField {
    std::vector<std::string> labels;  // "Codice:"; matched at the start of a line
    // The labels ending in ':' without it, folded: read as key cells ("CODICE" | value).
    std::vector<std::string> keys;
    std::string column;    // canonical column of a labelled field
    NamedPattern pattern;  // or a whole heading line, its groups naming columns
    // Headings nest (MISSIONE > PROGRAMMA > objective): a field clears the deeper levels' values,
    // and, after a table, its own level's too. Smaller is higher; objectives are kBlockLevel.
    int level = kBlockLevel;
    // A heading whose name is on the line below it ("Programma 005" then the programme's
    // name): the canonical column of that line, which may wrap.
    std::string next_line;
    // A heading whose last cell wraps (a long objective name in a tree row): the lines below
    // it that start where that cell starts go on with the values that end the heading.
    bool wraps = false;
    // A labelled value holding several columns ("03_01_OS01 Ottimizzazione ..." under
    // "Obiettivo:"): when it matches, its named groups are the columns it sets.
    NamedPattern split;
    // Columns written in the profile's form from the groups the pattern (or split) matched,
    // "{objective_code} {objective_name}": a document's name in its own case whatever the
    // title's, a strategic objective as code and name whatever separates them on the page.
    FieldSet set;
    // A code in a field of its own above the field it codes ("Cod.: B1" then "Obiettivo
    // strategico: Sviluppare ..."): its value is the next field's, at that field's level.
    bool for_next = false;
    // A heading without a key or a pattern (`bare = true`): a bold line alone, at the level of
    // `column`; several bare fields are told apart by their order (bare_headings.hpp).
    bool bare = false;
    // The published figure a heading carries on the line below it ("97,71 %" under a strategic
    // objective, "100,00 %" under an objective's "code - name"): known, not kept, never a row.
    std::shared_ptr<RE2> figure;
};

// A cell that holds several columns: "OS_02.03_01 - Name (Peso: 25,00%)".
struct ProfileSplit {
    std::string column;  // the cell it applies to
    NamedPattern pattern;
};

struct ProfileColumn {
    std::vector<std::shared_ptr<RE2>> headers;  // whole-header patterns
    std::string column;                         // "target_{1}": {1} is the pattern's first group
    std::string rest_to;  // where a cell's regular words go after its bold ones
    // "target_{1}": where a header goes whose year is later than the table's first target year
    // ("Stato 2027" beside "Target 2026" is a planned value, not a state).
    std::string later_to;
    // The header itself is the value of every row under it: a section of the table whose
    // header row repeats with another first cell ("Equilibrio economico", then "Proventi").
    bool section = false;
    // An empty cell is the row above's, in the same table (a cell merged over several rows).
    bool carry = false;
    // The indicator's description ("Descrizione"): where the table has this column, the name's
    // cell holds the name alone, whatever its rest_to says (an algorithm's column does not).
    bool description = false;
};

// One kind of indicator table of a document family ([table], or several [[table]]: Prato's
// schede and its Salute finanziaria sheet).
struct ProfileTable {
    // The header line holds one of these as a cell ("Indicatori", or "Indicatore" in another
    // office's wording); first_header is the first of them, for messages.
    std::string first_header;
    std::vector<std::string> first_headers;
    // A table without a header row: its columns, in [[table.column]] order, are placed by the
    // first line whose first cell matches this pattern (the weight "20,00%").
    std::shared_ptr<RE2> row_pattern;
    // The column whose cell the row pattern matches, when it is not the first ("weight" in a
    // table that prints the weight last): its index in columns.
    std::size_t row_column = 0;
    std::vector<std::string> end_at;  // a line starting with one of these ends the table
    // The header row leaves some columns' cells empty (a note "PIRA" left of INDICATORE, a
    // code right of it): a cell under no header's text is in such a column, not in the
    // nearest header's. Off by default: in most layouts headers are narrower than their cells.
    bool unheaded_columns = false;
    std::vector<ProfileColumn> columns;
    std::vector<ProfileSplit> splits;
    // Columns this table's rows give to the matching indicators of the document's other tables
    // (the Piano's cascade gives its structures as departments): see lent_columns.hpp.
    std::vector<std::string> lends;
    // Every column's header patterns in one set, in column order (header_columns[i]: the
    // column of pattern i): column_for asks it of every cell of lines that may be headers, and
    // one pass of the set is a fraction of a match per pattern. Null: the patterns one by one.
    std::shared_ptr<RE2::Set> header_set;
    std::vector<std::pair<std::size_t, std::size_t>> header_columns;  // (column, its pattern)

    // The canonical column a header names, or "" when none does.
    std::string column_for(std::string_view header) const;
    // The later_to column of a header whose year comes after first_target_year, or "".
    std::string later_column_for(std::string_view header, std::string_view first_target_year) const;
    // Whether a header names a section ("Equilibrio economico"): see ProfileColumn::section.
    bool is_section(std::string_view header) const;
    // Whether a line's text starts with one of end_at.
    bool ends_at(const std::string& line_text) const;
    // Whether an empty cell of this canonical column is the row above's.
    bool carries(std::string_view column) const;
};

struct Profile {
    std::string file;  // where it was loaded from
    std::string id, name, ente;
    // [detect] phrases, each with its other wordings ("Codice:" or "Cod."): one found counts.
    std::vector<std::vector<std::string>> detect;
    // The same forms folded (fold()), once at load: detection searches them on every page.
    std::vector<std::vector<std::string>> detect_folded;
    std::vector<ProfileField> fields;
    std::vector<ProfileTable> tables;
    std::string code_template;  // "PO{year}_{block}": codes for blocks that have none
    Tolerances tolerances;      // [tolerances]: the defaults unless the profile says otherwise
};

// The named groups of `pattern` that matched `text` (partially), with their non-empty values;
// `whole`, if given, is set to the matched part of `text`.
std::vector<std::pair<std::string, std::string>> named_matches(const RE2& pattern,
                                                               std::string_view text,
                                                               std::string_view* whole = nullptr);

// Throws DataFileError "file:line: ..." for anything the format does not allow.
Profile load_profile(std::string_view toml_text, const std::string& file);

}  // namespace pira
