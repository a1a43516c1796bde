// The XML parts of a package parsed with expat as they are inflated: a handler sees start
// tags, end tags and text, with names split into namespace and local name so that prefixes
// (x:row, table:table-cell) do not matter. Document type declarations are refused: no
// spreadsheet part has one, and entities are how "billion laughs" files exhaust memory.
#pragma once

#include <string>
#include <string_view>

#include "common/diagnostic.hpp"
#include "readers/zip_package.hpp"

namespace pira {

class XmlAttributes {
  public:
    explicit XmlAttributes(const char** raw) : raw_(raw) {}
    // The value of the attribute with this local name (and namespace, when given); empty when
    // absent.
    std::string_view get(std::string_view local, std::string_view ns = {}) const;
    // Every attribute's local name and value, in one pass (for hot elements with several).
    template <class F>
    void each(F&& f) const {
        for (const char** a = raw_; a != nullptr && *a != nullptr; a += 2) {
            std::string_view name(a[0]);
            const auto at = name.find_last_of("|:");
            if (at != std::string_view::npos) name.remove_prefix(at + 1);
            f(name, std::string_view(a[1]));
        }
    }

  private:
    const char** raw_;
};

class XmlHandler {
  public:
    virtual ~XmlHandler() = default;
    virtual void start(std::string_view ns, std::string_view local,
                       const XmlAttributes& attributes) = 0;
    virtual void end(std::string_view ns, std::string_view local) = 0;
    virtual void text(std::string_view) {}

    // A handler that finds the part unusable records why and stops the parse.
    void fail(Errc code, std::string value, std::string detail) {
        failed = true;
        failure_code = code;
        failure_value = std::move(value);
        failure_detail = std::move(detail);
    }
    bool failed = false;
    Errc failure_code = Errc::ok;
    std::string failure_value, failure_detail;
};

// How names reach the handler: with their namespace URI (ODF, where two prefixes share local
// names), or as written with the prefix in place of the URI, which spares expat resolving
// every name (SpreadsheetML's hot parts, where local names are unique).
enum class XmlNames { resolved, prefixed };

// False, with a diagnostic naming the part and the line, when the part is missing, is not
// well-formed XML, passes a limit or the handler failed.
bool parse_xml_part(ZipPackage& package, const std::string& part, XmlHandler& handler,
                    Diagnostics& diags, XmlNames names = XmlNames::resolved);

}  // namespace pira
