#include <nlohmann/json.hpp>

#include "scoring/policy.hpp"
#include "writers/score_writers.hpp"

namespace pira {
namespace {

using nlohmann::ordered_json;

// The JSON is written as it goes rather than built as one document and dumped: a table of
// 200,000 indicators made a document of several times the file's size. The layout is
// nlohmann's dump(2), byte for byte; numbers are still formatted by nlohmann.

// Indicator figures are unrounded; six decimals keep them readable (76.4875, not
// 76.48749999999999) without changing any figure the policy rounds.
std::string number(const std::optional<double>& v, int decimals = 6) {
    if (!v) return "null";
    return ordered_json(round_to(*v, decimals, Rounding::half_up)).dump();
}

// A JSON string as nlohmann writes it (UTF-8 kept, control characters escaped).
void quoted(std::ostream& out, std::string_view s) {
    static const char* const hex = "0123456789abcdef";
    std::string buf;
    buf.reserve(s.size() + 2);
    buf += '"';
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
            case '"':
                buf += "\\\"";
                break;
            case '\\':
                buf += "\\\\";
                break;
            case '\b':
                buf += "\\b";
                break;
            case '\f':
                buf += "\\f";
                break;
            case '\n':
                buf += "\\n";
                break;
            case '\r':
                buf += "\\r";
                break;
            case '\t':
                buf += "\\t";
                break;
            default:
                if (c < 0x20) {
                    buf += "\\u00";
                    buf += hex[c >> 4];
                    buf += hex[c & 15];
                } else {
                    buf += ch;
                }
        }
    }
    buf += '"';
    out << buf;
}

// One object member: `"key": ` at the object's indent, its value written by the caller.
class Members {
  public:
    Members(std::ostream& out, int indent)
        : out_(out), pad_(static_cast<std::size_t>(indent), ' ') {
        out_ << "{\n";
    }
    std::ostream& key(std::string_view k) {
        out_ << (first_ ? "" : ",\n") << pad_ << "  ";
        first_ = false;
        quoted(out_, k);
        return out_ << ": ";
    }
    void text(std::string_view k, std::string_view v) { quoted(key(k), v); }
    void raw(std::string_view k, std::string_view v) { key(k) << v; }
    void close() { out_ << '\n' << pad_ << '}'; }

  private:
    std::ostream& out_;
    std::string pad_;
    bool first_ = true;
};

// An array of objects at `indent`, each written by `one(item, indent of the item)`.
template <class T, class One>
void array(std::ostream& out, const std::vector<T>& items, int indent, One one) {
    if (items.empty()) {
        out << "[]";
        return;
    }
    const std::string pad(static_cast<std::size_t>(indent) + 2, ' ');
    out << "[\n";
    for (std::size_t i = 0; i < items.size(); ++i) {
        out << (i == 0 ? "" : ",\n") << pad;
        one(items[i], indent + 2);
    }
    out << '\n' << std::string(static_cast<std::size_t>(indent), ' ') << ']';
}

void status(Members& m, const std::optional<double>& v, const Policy& p) {
    if (v) {
        m.text("status", status_of(*v, p));
    } else {
        m.raw("status", "null");
    }
}

void groups(std::ostream& out, const std::vector<ScoredGroup>& gs, const Policy& p) {
    array(out, gs, 2, [&](const ScoredGroup& g, int indent) {
        Members m(out, indent);
        m.text("name", g.name);
        m.raw("performance", number(g.performance));
        status(m, g.performance, p);
        m.close();
    });
}

}  // namespace

void write_score_json(std::ostream& out, const Scorecard& card, const Policy& policy) {
    Members top(out, 0);
    if (card.ente) {
        Members e(top.key("ente"), 2);
        e.raw("performance", number(card.ente));
        status(e, card.ente, policy);
        e.close();
    } else {
        top.raw("ente", "null");
    }
    groups(top.key("areas"), card.areas, policy);
    groups(top.key("strategic_objectives"), card.strategic_objectives, policy);
    array(top.key("objectives"), card.objectives, 2, [&](const ScoredObjective& o, int indent) {
        Members m(out, indent);
        m.text("code", o.code);
        m.text("name", o.name);
        m.text("strategic_objective", o.strategic_objective);
        m.raw("performance", number(o.performance));
        status(m, o.performance, policy);
        m.raw("weights_sum", number(o.weights_sum));
        m.close();
    });
    array(top.key("indicators"), card.indicators, 2, [&](const ScoredIndicator& i, int indent) {
        Members m(out, indent);
        m.text("objective_code", i.objective_code);
        m.text("code", i.code);
        m.text("name", i.name);
        m.text("target", i.target);
        m.text("actual", i.actual);
        m.raw("weight", ordered_json(i.weight).dump());
        m.raw("performance", number(i.performance));
        m.raw("excluded", i.excluded ? "true" : "false");
        m.text("source_ref", i.source_ref);
        m.close();
    });
    top.close();
    out << '\n';
}

}  // namespace pira
