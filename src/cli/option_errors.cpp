#include "cli/option_errors.hpp"

#include <iostream>

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

std::optional<int> parse_command_line(const Args& args, const std::string& command,
                                      const po::options_description& visible,
                                      const char* positional, int max_positional,
                                      po::variables_map& vm,
                                      const po::options_description* hidden) {
    po::options_description all;
    all.add(visible);
    if (hidden != nullptr) all.add(*hidden);
    po::positional_options_description pos;
    if (positional != nullptr) pos.add(positional, max_positional);
    try {
        po::store(po::command_line_parser(args).options(all).positional(pos).run(), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        std::cerr << "pira " << command << ": " << italian(e) << "\n\n" << visible << '\n';
        return kExitCannotRun;
    }
    if (vm.count("help") != 0) {
        std::cout << visible << '\n';
        return kExitOk;
    }
    return std::nullopt;
}

}  // namespace pira
