// The fields of the block being read (mission, programme, objective code, name, resources...),
// which every row of the block's tables carries. Headings nest: a field clears the values of
// deeper levels (a new MISSIONE forgets the PROGRAMMA), and after a table those of its own
// level too, which opens the next block.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "extraction/fields.hpp"
#include "extraction/profile.hpp"
#include "layout/lines.hpp"

namespace pira {

// A bold heading that wraps ("OS_02.03 - long name" then "... (Peso: 16,70%)") matches a field
// pattern only when its lines are joined: up to max_lines bold lines of one page. Returns the
// field and the heading's last line.
std::optional<std::pair<FieldHit, std::size_t>> wrapped_heading(const Profile& p,
                                                                const std::vector<Line>& lines,
                                                                std::size_t i, int max_lines);

class BlockFields {
  public:
    // A field line: its values, and the block it opens if a table came before it.
    void set(const FieldHit& f);
    // A table was read: the next field opens the next block.
    void table_closed() { after_table_ = true; }
    // The value of a label whose value is on the next line ("Risorse economiche:"), when
    // `line` is it: true when taken. Another label there says the value is missing.
    bool take_pending(const Line& line);
    bool pending() const { return !pending_.empty(); }
    // A line continuing a field's value wrapped in its cell: true when taken.
    bool take_wrapped(const Line& line, double right_edge = -1);
    void start_wrap(const FieldHit& f, const Line& line) { wrap_.start(f, line); }
    void stop_wrap() { wrap_.stop(); }

    std::map<std::string, std::string> values() const;
    bool has(const std::string& column) const { return fields_.count(column) != 0; }
    int block() const { return block_; }
    // The column a for_next code holds for the next field, or "".
    std::string_view held_column() const {
        return held_.size() == 1 ? std::string_view(held_.front().first) : std::string_view();
    }

  private:
    struct Value {
        std::string text;
        int level = kBlockLevel;
        // The split pattern took its start and left the rest ("1.107.200,00 €" of "1.107.200,00 €
        // (cui si aggiungono ..."): the lines wrapped under it are that rest's.
        bool rest_dropped = false;
    };
    std::map<std::string, Value> fields_;
    // A value's columns: the split pattern's groups when it matches (and the columns set from
    // them), else the column itself.
    void put(const std::string& column, const std::string& value, int level, const RE2* split,
             const FieldSet* set);
    // A split value's columns that end it (and the set ones ending with them): where its
    // wrapped lines go, instead of the labelled column.
    std::map<std::string, std::vector<std::string>> wraps_into_;

    std::string pending_;
    int pending_level_ = kBlockLevel;
    const RE2* pending_split_ = nullptr;
    const FieldSet* pending_set_ = nullptr;
    // A for_next field's value, given to the next field; its label waiting for its value.
    std::vector<std::pair<std::string, std::string>> held_;
    bool pending_for_next_ = false;
    // The held values, at the level of the field that takes them, and the set columns made
    // with them.
    void give_held(int level, const FieldSet* set);
    std::string with_held(const std::string& value, const RE2* split);
    FieldWrap wrap_;
    int block_ = 1;  // the objective block being read, from 1
    bool after_table_ = false;
};

}  // namespace pira
