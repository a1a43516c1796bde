#include "readers/xlsx_parts.hpp"

#include <charconv>
#include <map>

#include "readers/workbook_stream.hpp"
#include "readers/xml_stream.hpp"

namespace pira {
namespace {

std::size_t to_index(std::string_view s) {
    std::size_t v = 0;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
}

// <b/>, <b val="1"/> and <b val="true"/> are bold; <b val="0"/> is not.
bool flag_on(const XmlAttributes& a) {
    const std::string_view v = a.get("val");
    return v.empty() || v == "1" || v == "true";
}

class StylesHandler : public XmlHandler {
  public:
    void start(std::string_view, std::string_view local, const XmlAttributes& a) override {
        if (local == "numFmt") {
            formats_[to_index(a.get("numFmtId"))] = std::string(a.get("formatCode"));
        } else if (local == "fonts") {
            in_fonts_ = true;
        } else if (local == "font" && in_fonts_) {
            font_bold_.push_back(false);
        } else if (local == "b" && in_fonts_ && !font_bold_.empty()) {
            font_bold_.back() = flag_on(a);
        } else if (local == "cellXfs") {
            in_cell_xfs_ = true;
        } else if (local == "xf" && in_cell_xfs_) {
            xfs_.push_back({to_index(a.get("numFmtId")), to_index(a.get("fontId"))});
        }
    }
    void end(std::string_view, std::string_view local) override {
        if (local == "fonts") in_fonts_ = false;
        if (local == "cellXfs") in_cell_xfs_ = false;
    }

    XlsxStyles result() const {
        XlsxStyles out;
        for (const auto& xf : xfs_) {
            XlsxStyle s;
            const auto custom = formats_.find(xf.format);
            s.format = custom != formats_.end() ? custom->second
                                                : std::string(builtin_number_format(xf.format));
            s.date = is_date_format(s.format);
            s.percent = !s.date && is_percent_format(s.format);
            s.bold = xf.font < font_bold_.size() && font_bold_[xf.font];
            out.cell_styles.push_back(std::move(s));
        }
        return out;
    }

  private:
    struct Xf {
        std::size_t format, font;
    };
    std::map<std::size_t, std::string> formats_;
    std::vector<bool> font_bold_;
    std::vector<Xf> xfs_;
    bool in_fonts_ = false, in_cell_xfs_ = false;
};

class SharedStringsHandler : public XmlHandler {
  public:
    SharedStringsHandler(const ReaderLimits& limits, SharedStrings& out)
        : limits_(limits), out_(out) {}

    void start(std::string_view, std::string_view local, const XmlAttributes&) override {
        if (local == "si") {
            in_si_ = true;
            current_.clear();
        } else if (local == "rPh") {
            ++in_phonetic_;
        } else if (local == "t" && in_si_ && in_phonetic_ == 0) {
            in_t_ = true;
        }
    }
    void end(std::string_view, std::string_view local) override {
        if (local == "t") {
            in_t_ = false;
        } else if (local == "rPh") {
            --in_phonetic_;
        } else if (local == "si") {
            in_si_ = false;
            if (out_.size() >= limits_.max_shared_strings) {
                fail(Errc::limit_exceeded, std::to_string(out_.size()),
                     "troppe stringhe condivise: " + limit_refusal(limits_, "max_shared_strings"));
                return;
            }
            out_.add(ooxml_unescaped(current_));
            current_.clear();
        }
    }
    void text(std::string_view chars) override {
        if (!in_t_) return;
        if (current_.size() + chars.size() > limits_.max_cell_bytes) {
            fail(Errc::limit_exceeded, current_.substr(0, 40),
                 "il testo di una cella " + limit_refusal(limits_, "max_cell_bytes"));
            return;
        }
        current_.append(chars);
    }

  private:
    const ReaderLimits& limits_;
    SharedStrings& out_;
    std::string current_;
    bool in_si_ = false, in_t_ = false;
    int in_phonetic_ = 0;
};

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

void append_utf8(std::string& out, unsigned cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

}  // namespace

std::string ooxml_unescaped(std::string_view text) {
    if (text.find("_x") == std::string_view::npos) return std::string(text);
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '_' && i + 6 < text.size() && text[i + 1] == 'x' && text[i + 6] == '_') {
            unsigned cp = 0;
            bool hex = true;
            for (std::size_t k = 2; k < 6 && hex; ++k) {
                const int d = hex_digit(text[i + k]);
                hex = d >= 0;
                cp = cp * 16 + static_cast<unsigned>(d);
            }
            if (hex && (cp < 0xD800 || cp > 0xDFFF)) {  // a lone surrogate stays as written
                append_utf8(out, cp);
                i += 6;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

std::optional<XlsxStyles> read_xlsx_styles(ZipPackage& package, const std::string& part,
                                           Diagnostics& diags) {
    StylesHandler handler;
    if (!parse_xml_part(package, part, handler, diags)) return std::nullopt;
    return handler.result();
}

std::optional<SharedStrings> read_shared_strings(ZipPackage& package, const std::string& part,
                                                 const ReaderLimits& limits, Diagnostics& diags) {
    SharedStrings out;
    SharedStringsHandler handler(limits, out);
    if (!parse_xml_part(package, part, handler, diags, XmlNames::prefixed)) return std::nullopt;
    return out;
}

}  // namespace pira
