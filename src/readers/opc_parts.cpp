#include "readers/opc_parts.hpp"

#include <cctype>

#include "readers/xml_stream.hpp"

namespace pira {
namespace {

std::string folder_of(std::string_view part) {
    const auto slash = part.rfind('/');
    return slash == std::string_view::npos ? std::string() : std::string(part.substr(0, slash + 1));
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

std::string percent_decoded(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 &&
            hex_value(s[i + 2]) >= 0) {
            out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

class RelationshipsHandler : public XmlHandler {
  public:
    RelationshipsHandler(std::string_view source, std::vector<Relationship>& out)
        : source_(source), out_(out) {}

    void start(std::string_view, std::string_view local, const XmlAttributes& a) override {
        if (local != "Relationship") return;
        Relationship r;
        r.id = std::string(a.get("Id"));
        r.type = std::string(a.get("Type"));
        r.external = a.get("TargetMode") == "External";
        r.target =
            r.external ? std::string(a.get("Target")) : resolve_target(source_, a.get("Target"));
        out_.push_back(std::move(r));
    }
    void end(std::string_view, std::string_view) override {}

  private:
    std::string_view source_;
    std::vector<Relationship>& out_;
};

}  // namespace

std::string relationships_part_of(std::string_view part) {
    const auto slash = part.rfind('/');
    const std::string_view name = slash == std::string_view::npos ? part : part.substr(slash + 1);
    return folder_of(part) + "_rels/" + std::string(name) + ".rels";
}

std::string resolve_target(std::string_view source, std::string_view target) {
    const std::string decoded = percent_decoded(target);
    const std::string joined = !decoded.empty() && decoded.front() == '/'
                                   ? decoded.substr(1)
                                   : folder_of(source) + decoded;
    std::vector<std::string> segments;
    std::size_t begin = 0;
    while (begin <= joined.size()) {
        auto end = joined.find('/', begin);
        if (end == std::string::npos) end = joined.size();
        const std::string segment = joined.substr(begin, end - begin);
        if (segment == "..") {
            if (!segments.empty()) segments.pop_back();
        } else if (!segment.empty() && segment != ".") {
            segments.push_back(segment);
        }
        begin = end + 1;
    }
    std::string out;
    for (const auto& s : segments) out += (out.empty() ? "" : "/") + s;
    return out;
}

bool relationship_is(const Relationship& r, std::string_view kind) {
    const auto slash = r.type.rfind('/');
    return std::string_view(r.type).substr(slash == std::string::npos ? 0 : slash + 1) == kind;
}

std::optional<std::vector<Relationship>> read_relationships(ZipPackage& package,
                                                            std::string_view source_part,
                                                            Diagnostics& diags) {
    std::vector<Relationship> out;
    const auto entry = package.find(relationships_part_of(source_part));
    if (!entry) return out;
    RelationshipsHandler handler(source_part, out);
    if (!parse_xml_part(package, *entry, handler, diags)) return std::nullopt;
    return out;
}

}  // namespace pira
