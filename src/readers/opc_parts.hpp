// The Open Packaging Conventions that xlsx files follow (ECMA-376 part 2): parts find each
// other through relationship parts, whose targets are relative to the source part's folder or
// absolute from the package root ("/xl/worksheets/sheet1.xml", as openpyxl writes them).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostic.hpp"
#include "readers/zip_package.hpp"

namespace pira {

struct Relationship {
    std::string id;
    std::string type;    // the type URI; compare its last segment with `relationship_is`
    std::string target;  // resolved to a zip entry name (no leading slash)
    bool external = false;
};

// "xl/_rels/workbook.xml.rels" for "xl/workbook.xml"; "_rels/.rels" for the package ("").
std::string relationships_part_of(std::string_view part);

// The entry name a target designates from `source` ("xl/workbook.xml" + "worksheets/s1.xml"
// = "xl/worksheets/s1.xml"; "/xl/s.xml" = "xl/s.xml"), with "." and ".." resolved and %XX
// decoded.
std::string resolve_target(std::string_view source, std::string_view target);

// True when the type URI ends with "/<kind>" (transitional and strict URIs alike).
bool relationship_is(const Relationship& r, std::string_view kind);

// The relationships of a part; an absent relationships part is an empty list. nullopt (with a
// diagnostic) when it is present but unreadable.
std::optional<std::vector<Relationship>> read_relationships(ZipPackage& package,
                                                            std::string_view source_part,
                                                            Diagnostics& diags);

}  // namespace pira
