#include "normalise/comparator_op.hpp"

namespace pira {

std::string_view to_string(Op op) {
    switch (op) {
        case Op::ge:
            return ">=";
        case Op::le:
            return "<=";
        case Op::gt:
            return ">";
        case Op::lt:
            return "<";
        case Op::eq:
            return "=";
        case Op::none:
            break;
    }
    return "";
}

std::optional<Op> op_from_string(std::string_view s) {
    for (Op op : {Op::ge, Op::le, Op::gt, Op::lt, Op::eq}) {
        if (s == to_string(op)) return op;
    }
    return std::nullopt;
}

}  // namespace pira
