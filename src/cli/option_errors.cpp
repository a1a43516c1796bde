#include "cli/option_errors.hpp"

namespace po = boost::program_options;

namespace pira {

std::string italian(const po::error& e) {
    if (const auto* u = dynamic_cast<const po::unknown_option*>(&e)) {
        return "opzione sconosciuta «" + u->get_option_name() + "»";
    }
    if (const auto* v = dynamic_cast<const po::invalid_option_value*>(&e)) {
        return "valore non valido per «" + v->get_option_name() + "»";
    }
    if (const auto* m = dynamic_cast<const po::required_option*>(&e)) {
        return "manca l'opzione obbligatoria «" + m->get_option_name() + "»";
    }
    if (const auto* m = dynamic_cast<const po::multiple_occurrences*>(&e)) {
        return "l'opzione «" + m->get_option_name() + "» è ripetuta";
    }
    if (dynamic_cast<const po::too_many_positional_options_error*>(&e) != nullptr) {
        return "troppi file indicati";
    }
    if (const auto* s = dynamic_cast<const po::invalid_command_line_syntax*>(&e)) {
        if (s->kind() == po::invalid_syntax::missing_parameter) {
            return "manca il valore dell'opzione «" + s->get_option_name() + "»";
        }
    }
    return e.what();
}

}  // namespace pira
