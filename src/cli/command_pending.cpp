#include <boost/program_options.hpp>

#include <iostream>
#include <map>

#include "cli/commands.hpp"
#include "cli/option_errors.hpp"

namespace po = boost::program_options;

namespace pira {
namespace {

struct Pending {
    const char* usage;
    const char* waits_for;
};

const std::map<std::string, Pending>& pending() {
    static const std::map<std::string, Pending> m{
        {"validate",
         {"pira validate INPUT... [--format text|json|xlsx] [-o OUT]",
          "la validazione prima dell'approvazione"}},
    };
    return m;
}

}  // namespace

int run_pending(const std::string& command, const Args& args) {
    const Pending& p = pending().at(command);
    po::options_description desc(p.usage);
    desc.add_options()("help,h", "questo aiuto")("input", po::value<std::vector<std::string>>(),
                                                 "")("output,o", po::value<std::string>(), "")(
        "db", po::value<std::string>(), "")("profile", po::value<std::string>(), "")(
        "format", po::value<std::string>(), "")("department", po::value<std::string>(), "")(
        "all", "")("year", po::value<int>(), "")("mode", po::value<std::string>(), "");
    po::positional_options_description pos;
    pos.add("input", -1);
    try {
        po::variables_map vm;
        po::store(po::command_line_parser(args).options(desc).positional(pos).run(), vm);
    } catch (const po::error& e) {
        std::cerr << "pira " << command << ": " << italian(e) << "\nuso: " << p.usage << '\n';
        return kExitCannotRun;
    }
    std::cerr << "pira " << command
              << ": comando non ancora disponibile in questa versione (arriva con " << p.waits_for
              << ")\nuso: " << p.usage << '\n';
    return kExitCannotRun;
}

}  // namespace pira
