// One error enum for the whole pipeline, with one message table (errc.cpp), in the manner of
// libxlsxwriter: callers keep the code, users read the Italian message.
#pragma once

#include <string_view>

namespace pira {

enum class Errc {
    ok = 0,
    // normalisation
    empty_value,
    number_expected,
    number_bad_grouping,
    number_ambiguous,
    unit_unknown,
    type_unknown,
    date_malformed,
    date_incomplete,
    date_invalid,
    month_unknown,
    comparator_without_value,
    target_malformed,
    value_unrecognised,
    code_malformed,
    programme_unknown,
    programme_remapped,
    legacy_unmapped,
    // tables and files
    file_unreadable,
    encoding_not_utf8,
    csv_malformed,
    json_malformed,
    column_missing,
    table_not_found,
    document_sections,
    column_unknown,
    column_duplicate,
    indicator_duplicate,
    indicator_same_name,
    row_too_long,
    row_without_indicator,
    name_description_unsplit,
    format_unsupported,
    limit_exceeded,
    // scoring
    objective_code_missing,
    target_missing,
    actual_missing,
    actual_not_available,
    weight_missing,
    weight_malformed,
    weight_negative,
    unit_mismatch,
    kind_mismatch,
    target_not_scorable,
    objective_without_weight,
    weights_sum_rounding,
    weights_sum_wrong,
    year_not_found,
    year_missing,
    dataset_empty,
    dataset_value_untyped,
    // department workbooks returned (docs/round-trip.md)
    return_metadata_missing,
    return_metadata_altered,
    return_other_dataset,
    return_superseded,
    return_other_campaign,
    return_locked_changed,
    return_row_deleted,
    return_row_duplicated,
    return_row_other_area,
    return_row_unknown,
    return_value_unfit,
    // policy and data files
    policy_invalid,
    mapping_invalid,
    // the command line
    usage,
    not_implemented,
};

enum class Severity { warning, error };

// The Italian sentence that explains the code, without the value or the place.
std::string_view message(Errc code);

// A stable machine name ("number_ambiguous") for JSON output and tests.
std::string_view name(Errc code);

}  // namespace pira
