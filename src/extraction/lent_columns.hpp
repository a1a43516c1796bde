// The last stage of a document: columns one table lends to the rows of the others (`lends` in
// the profile). The Piano 2020's cascade (section 3.3) says which structure answers for each
// operative objective and indicator; its cruscotto (section 3.2) has the indicators without
// one. Both are in the same document, so the match is made here, where both tables' rows are
// at hand, rather than in the dataset, where a row no longer says which table it came from.
#pragma once

#include <vector>

#include "extraction/profile.hpp"
#include "model/canonical_table.hpp"

namespace pira {

// row_tables[i] is the profile table of t.rows[i]. A row of a table that lends nothing takes,
// in each lent column where it has no value, the value of its best matching lending row:
// objective codes with the same first character (the linea strategica: "A", "A.3.4"), and the
// same formula (2 points) and/or the same indicator name (1 point), compared folded (case,
// accents, spaces); ties go to the longer common code prefix (dots and spaces aside), then to
// the first in the document. Lending rows stay rows of their own. Returns the rows that took
// a value.
std::size_t lend_columns(CanonicalTable& t, const std::vector<const ProfileTable*>& row_tables);

}  // namespace pira
