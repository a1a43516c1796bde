#pragma once

#include <string>
#include <string_view>

namespace pira {

// Converters leave comparators as HTML entities ("&gt;="), MathML ("<math>\geq 800 N.</math>")
// or LaTeX ("$\geq 0,97$ N"). This removes tags, decodes entities and drops LaTeX delimiters so
// that the comparator vocabulary sees plain text; LaTeX commands such as \geq stay, since they
// are comparator forms in mappings/comparators.toml.
std::string strip_markup(std::string_view text);

}  // namespace pira
