#include "readers/xml_stream.hpp"

#include <expat.h>

#include <cstring>
#include <memory>

namespace pira {
namespace {

constexpr char kSeparator = '|';

struct Name {
    std::string_view ns, local;
};

// "uri|local" in resolved mode, "prefix:local" in prefixed mode ('|' is not a name character).
Name split_name(const char* name) {
    const std::string_view full(name);
    auto at = full.rfind(kSeparator);
    if (at == std::string_view::npos) at = full.rfind(':');
    if (at == std::string_view::npos) return {{}, full};
    return {full.substr(0, at), full.substr(at + 1)};
}

// Spreadsheet parts nest a dozen elements deep; a file nesting thousands is built to make
// the parser's stack grow (limit max_xml_depth).
struct Context {
    XML_Parser parser;
    XmlHandler& handler;
    const ReaderLimits& limits;
    bool doctype = false;
    std::size_t depth = 0;
};

void stop_if_done(Context& c) {
    if (c.handler.failed) XML_StopParser(c.parser, XML_FALSE);
}

void on_start(void* data, const char* name, const char** attributes) {
    auto& c = *static_cast<Context*>(data);
    if (++c.depth > c.limits.max_xml_depth) {
        c.handler.fail(
            Errc::limit_exceeded, std::to_string(c.depth) + " livelli",
            "l'annidamento degli elementi XML " + limit_refusal(c.limits, "max_xml_depth"));
        XML_StopParser(c.parser, XML_FALSE);
        return;
    }
    const Name n = split_name(name);
    c.handler.start(n.ns, n.local, XmlAttributes(attributes));
    stop_if_done(c);
}

void on_end(void* data, const char* name) {
    auto& c = *static_cast<Context*>(data);
    --c.depth;
    const Name n = split_name(name);
    c.handler.end(n.ns, n.local);
    stop_if_done(c);
}

void on_text(void* data, const char* text, int length) {
    auto& c = *static_cast<Context*>(data);
    c.handler.text(std::string_view(text, static_cast<std::size_t>(length)));
    stop_if_done(c);
}

void on_doctype(void* data, const char*, const char*, const char*, int) {
    auto& c = *static_cast<Context*>(data);
    c.doctype = true;
    XML_StopParser(c.parser, XML_FALSE);
}

}  // namespace

std::string_view XmlAttributes::get(std::string_view local, std::string_view ns) const {
    for (const char** a = raw_; a != nullptr && *a != nullptr; a += 2) {
        const Name n = split_name(a[0]);
        if (n.local == local && (ns.empty() || n.ns == ns)) return a[1];
    }
    return {};
}

bool parse_xml_part(ZipPackage& package, const std::string& part, XmlHandler& handler,
                    Diagnostics& diags, XmlNames names) {
    std::unique_ptr<XML_ParserStruct, void (*)(XML_Parser)> parser(
        names == XmlNames::resolved ? XML_ParserCreateNS(nullptr, kSeparator)
                                    : XML_ParserCreate(nullptr),
        XML_ParserFree);
    Context context{parser.get(), handler, package.limits()};
    XML_SetUserData(parser.get(), &context);
    XML_SetElementHandler(parser.get(), on_start, on_end);
    XML_SetCharacterDataHandler(parser.get(), on_text);
    XML_SetStartDoctypeDeclHandler(parser.get(), on_doctype);
    XML_SetParamEntityParsing(parser.get(), XML_PARAM_ENTITY_PARSING_NEVER);

    bool xml_error = false;
    const bool read = package.read(
        part,
        [&](std::string_view chunk) {
            if (XML_Parse(parser.get(), chunk.data(), static_cast<int>(chunk.size()), XML_FALSE) ==
                XML_STATUS_ERROR) {
                xml_error = XML_GetErrorCode(parser.get()) != XML_ERROR_ABORTED;
                return false;
            }
            return !(handler.failed || context.doctype);
        },
        diags);
    if (!read) return false;
    const bool stopped = handler.failed || context.doctype || xml_error;
    if (!stopped && XML_Parse(parser.get(), nullptr, 0, XML_TRUE) == XML_STATUS_ERROR)
        xml_error = XML_GetErrorCode(parser.get()) != XML_ERROR_ABORTED;
    const std::string where =
        part + ", riga " + std::to_string(XML_GetCurrentLineNumber(parser.get()));
    const Place place{package.path()};
    if (context.doctype) {
        diags.error(Errc::file_unreadable, place, where,
                    "la parte XML contiene una dichiarazione DOCTYPE, che nessuna cartella di "
                    "lavoro usa: rifiutata (possibile attacco «billion laughs»)");
        return false;
    }
    if (handler.failed) {
        diags.error(handler.failure_code, place, handler.failure_value,
                    handler.failure_detail + " (" + where + ")");
        return false;
    }
    if (xml_error) {
        diags.error(
            Errc::file_unreadable, place, where,
            std::string("XML non valido: ") + XML_ErrorString(XML_GetErrorCode(parser.get())));
        return false;
    }
    return true;
}

}  // namespace pira
