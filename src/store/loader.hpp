// Writes the checked rows of one file into the dataset, inside the load's transaction. Every
// statement is prepared once per file and every lookup goes through a key (stable_id, the facts'
// primary key, the facts' document index), so a load costs the same for each row however many
// the dataset or the file holds.
#pragma once

#include <cstdint>
#include <optional>

#include "store/dataset.hpp"
#include "validation/row_check.hpp"

namespace pira {

class Loader {
  public:
    Loader(Database& db, std::int64_t new_doc, std::optional<std::int64_t> old_doc,
           const LoadOptions& options);

    void row(const CheckedRow& r, LoadReport& report);
    // Values of the replaced document that its new version no longer has go to history.
    void drop_leftovers(LoadReport& report);

  private:
    std::optional<std::int64_t> find_indicator(const CheckedRow& r);
    std::int64_t add_indicator(const CheckedRow& r);
    void fact(std::int64_t id, bool fresh, const CheckedRow& r, const Fact& f, LoadReport& report);
    void set(std::int64_t id, const Fact& f, const std::string& ref, bool insert);

    Database& db_;
    std::int64_t new_doc_;
    std::optional<std::int64_t> old_doc_;
    const LoadOptions& options_;
    // Positions follow the order of first appearance; counted here, not by a MAX() per row
    // (indicators has no index on position: that was a scan of the table for every row).
    std::int64_t next_position_ = 0;
    Statement find_, add_, get_, keep_, insert_, update_;
};

}  // namespace pira
