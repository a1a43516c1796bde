#include <nlohmann/json.hpp>

#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>

#include "scoring/policy.hpp"
#include "writers/score_writers.hpp"

namespace pira {

// The JSON is written as it goes rather than built as one document and dumped: a table of
// 200,000 indicators made a document of several times the file's size. The layout is
// nlohmann's dump(2), byte for byte; numbers are still formatted by nlohmann. Text goes into
// one buffer handed to the stream in large pieces: a stream call per value cost more than the
// values. Its pieces go to a stream, or are kept as blocks (ScoreJsonIndicators).
class JsonOut {
  public:
    explicit JsonOut(std::ostream& out) : out_(&out) { buf_.reserve(kReserve); }
    explicit JsonOut(std::vector<std::string>& blocks) : blocks_(&blocks) {
        buf_.reserve(kReserve);
    }
    ~JsonOut() { flush(); }
    JsonOut(const JsonOut&) = delete;
    JsonOut& operator=(const JsonOut&) = delete;

    JsonOut& operator<<(std::string_view s) {
        buf_.append(s);
        if (buf_.size() >= kFlushAt) flush();
        return *this;
    }
    JsonOut& operator<<(char c) {
        buf_ += c;
        return *this;
    }
    std::string& buffer() { return buf_; }
    void pad(std::size_t n) { buf_.append(n, ' '); }
    void flush() {
        if (buf_.empty()) return;
        if (out_ != nullptr) {
            out_->write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
            buf_.clear();
            return;
        }
        blocks_->push_back(std::move(buf_));
        buf_ = std::string();
        buf_.reserve(kReserve);
    }

  private:
    static constexpr std::size_t kFlushAt = 1u << 20, kReserve = kFlushAt + (64u << 10);
    std::ostream* out_ = nullptr;
    std::vector<std::string>* blocks_ = nullptr;
    std::string buf_;
};

namespace {

using Out = JsonOut;

// A double as nlohmann writes it (serializer::dump_float for IEEE doubles: its Grisu2 digits,
// "null" when not finite), without a json value and a serializer built for each number.
void json_double(std::string& out, double x) {
    if (!std::isfinite(x)) {
        out += "null";
        return;
    }
    std::array<char, 64> digits{};
    const char* end = nlohmann::detail::to_chars(digits.data(), digits.data() + digits.size(), x);
    out.append(digits.data(), static_cast<std::size_t>(end - digits.data()));
}

// Indicator figures are unrounded; six decimals keep them readable (76.4875, not
// 76.48749999999999) without changing any figure the policy rounds.
void number(Out& out, const std::optional<double>& v, int decimals = 6) {
    if (!v) {
        out << "null";
        return;
    }
    json_double(out.buffer(), round_to(*v, decimals, Rounding::half_up));
}

constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;

// Whether any of the 8 bytes at `p` needs escaping: below 0x20, '"' or '\\' (bytes of UTF-8
// sequences, 0x80 and up, never do).
bool needs_escape(const char* p) {
    std::uint64_t w = 0;
    std::memcpy(&w, p, 8);
    const std::uint64_t quote = w ^ (kOnes * '"'), slash = w ^ (kOnes * '\\');
    const std::uint64_t low = (w - kOnes * 0x20) & ~w;
    const std::uint64_t eq = ((quote - kOnes) & ~quote) | ((slash - kOnes) & ~slash);
    return ((low | eq) & kHighs) != 0;
}

// A JSON string as nlohmann writes it (UTF-8 kept, control characters escaped). Runs of plain
// bytes are appended whole, found eight at a time.
void quoted(Out& out, std::string_view s) {
    static const char* const hex = "0123456789abcdef";
    std::string& buf = out.buffer();
    buf += '"';
    std::size_t plain = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        while (i + 8 <= s.size() && !needs_escape(s.data() + i)) i += 8;
        if (i >= s.size()) break;
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        buf.append(s.data() + plain, i - plain);
        plain = i + 1;
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
                buf += "\\u00";
                buf += hex[c >> 4];
                buf += hex[c & 15];
        }
    }
    buf.append(s.data() + plain, s.size() - plain);
    out << '"';
}

// One object member: `"key": ` at the object's indent, its value written by the caller.
class Members {
  public:
    Members(Out& out, int indent) : out_(out), pad_(static_cast<std::size_t>(indent) + 2) {
        out_ << "{\n";
    }
    Out& key(std::string_view k) {
        if (!first_) out_ << ",\n";
        first_ = false;
        out_.pad(pad_);
        out_ << '"' << k << "\": ";  // keys are plain ASCII
        return out_;
    }
    void text(std::string_view k, std::string_view v) { quoted(key(k), v); }
    void raw(std::string_view k, std::string_view v) { key(k) << v; }
    void figure(std::string_view k, const std::optional<double>& v) { number(key(k), v); }
    void close() {
        out_ << '\n';
        out_.pad(pad_ - 2);
        out_ << '}';
    }

  private:
    Out& out_;
    std::size_t pad_;
    bool first_ = true;
};

// An array of objects at `indent`, each written by `one(item, indent of the item)`.
template <class T, class One>
void array(Out& out, const std::vector<T>& items, int indent, One one) {
    if (items.empty()) {
        out << "[]";
        return;
    }
    const auto pad = static_cast<std::size_t>(indent) + 2;
    out << "[\n";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i != 0) out << ",\n";
        out.pad(pad);
        one(items[i], indent + 2);
    }
    out << '\n';
    out.pad(pad - 2);
    out << ']';
}

void status(Members& m, const std::optional<double>& v, const Policy& p) {
    if (v) {
        m.text("status", status_of(*v, p));
    } else {
        m.raw("status", "null");
    }
}

void groups(Out& out, const std::vector<ScoredGroup>& gs, const Policy& p) {
    array(out, gs, 2, [&](const ScoredGroup& g, int indent) {
        Members m(out, indent);
        m.text("name", g.name);
        m.figure("performance", g.performance);
        status(m, g.performance, p);
        m.close();
    });
}

// A number's text as json_double() writes it, the last one kept: rows repeat their weight
// and their figure (33.3, 100.0), and formatting them was a tenth of the JSON's cost.
class LastNumber {
  public:
    void write(std::string& out, double x) {
        const auto bits = std::bit_cast<std::uint64_t>(x);  // -0.0 is not 0.0
        if (!set_ || bits != bits_) {
            text_.clear();
            json_double(text_, x);
            bits_ = bits;
            set_ = true;
        }
        out += text_;
    }

  private:
    bool set_ = false;
    std::uint64_t bits_ = 0;
    std::string text_;
};

// An item of the indicators' array, which sits at indent 4: the layout of Members, its keys
// written as literals (one row of a large table each).
void indicator(Out& out, const ScoredIndicator& i) {
    thread_local LastNumber weight, performance;
    quoted(out << "{\n      \"objective_code\": ", i.objective_code);
    quoted(out << ",\n      \"code\": ", i.code);
    quoted(out << ",\n      \"name\": ", i.name);
    quoted(out << ",\n      \"target\": ", i.target);
    quoted(out << ",\n      \"actual\": ", i.actual);
    weight.write((out << ",\n      \"weight\": ").buffer(), i.weight);
    out << ",\n      \"performance\": ";
    if (i.performance) {
        performance.write(out.buffer(), round_to(*i.performance, 6, Rounding::half_up));
    } else {
        out << "null";
    }
    out << (i.excluded ? ",\n      \"excluded\": true" : ",\n      \"excluded\": false");
    quoted(out << ",\n      \"source_ref\": ", i.source_ref);
    out << "\n    }";
}

// The array of indicators written beforehand, at the place and indent array() gives it.
void prewritten(Out& out, ScoreJsonIndicators& indicators, std::ostream& stream) {
    if (indicators.count() == 0) {
        out << "[]";
        return;
    }
    out << "[\n";
    out.flush();
    for (const auto& block : indicators.blocks()) {
        stream.write(block.data(), static_cast<std::streamsize>(block.size()));
    }
    out << '\n';
    out.pad(2);
    out << ']';
}

}  // namespace

ScoreJsonIndicators::ScoreJsonIndicators() : out_(std::make_unique<JsonOut>(blocks_)) {}
ScoreJsonIndicators::~ScoreJsonIndicators() = default;

void ScoreJsonIndicators::add(const ScoredIndicator& indicator) {
    if (count_ != 0) *out_ << ",\n";
    out_->pad(4);  // the items of an array at indent 2
    pira::indicator(*out_, indicator);
    ++count_;
}

void ScoreJsonIndicators::clear() {
    out_ = std::make_unique<JsonOut>(blocks_);
    blocks_.clear();
    count_ = 0;
}

const std::vector<std::string>& ScoreJsonIndicators::blocks() {
    out_->flush();
    return blocks_;
}

void write_score_json(std::ostream& stream, const Scorecard& card, const Policy& policy,
                      ScoreJsonIndicators* indicators) {
    Out out(stream);
    Members top(out, 0);
    if (card.ente) {
        Members e(top.key("ente"), 2);
        e.figure("performance", card.ente);
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
        m.figure("performance", o.performance);
        status(m, o.performance, policy);
        m.figure("weights_sum", o.weights_sum);
        m.close();
    });
    if (indicators != nullptr) {
        prewritten(top.key("indicators"), *indicators, stream);
    } else {
        array(top.key("indicators"), card.indicators, 2,
              [&](const ScoredIndicator& i, int) { indicator(out, i); });
    }
    top.close();
    out << '\n';
}

}  // namespace pira
