// Part of row fields: cells merged over several rows. A table whose column carries (`carry` in
// the profile: the Piano's cascade, its operative objective, valenza and structure written
// once for the rows below) gives a row's empty cell in that column the row above's text.
#pragma once

#include "extraction/profile.hpp"
#include "extraction/row_builder.hpp"

namespace pira {

class CarriedCells {
  public:
    // Fills the row's empty carried cells from the row before it in the same table, and
    // remembers its filled ones for the rows after it. Raw parts: splits apply after this.
    void apply(Row& row, const ProfileTable& table);
    // A new table: nothing is carried into it.
    void clear() { last_.clear(); }

  private:
    Parts last_;
};

}  // namespace pira
