#pragma once

#include <string>

namespace pira {

// "97,71", "1.003,00": ICU's Italian number format with a fixed number of decimals.
std::string italian_number(double value, int decimals);
// "97,71 %"
std::string italian_percent(double points, int decimals = 2);

}  // namespace pira
