// Running the compilers `memlayout show` asks for layouts, and finding them on the PATH.
#ifndef MEMLAYOUT_TOOLS_PROCESS_HPP
#define MEMLAYOUT_TOOLS_PROCESS_HPP

#include <string>
#include <vector>

namespace memlayout::tool {

/// What a finished command gave.
struct process_result {
    int status = 0;  ///< its exit status; 127 when it could not be started
    std::string out;
    std::string err;
};

/// Runs `argv` in `directory` (the current one when empty) and waits for it; what it writes to
/// standard output and standard error is kept.
process_result run_process(const std::vector<std::string>& argv, const std::string& directory = {});

/// The full path of `program` found as the shell would find it (a name with a slash is taken as
/// it is), or an empty string where there is none.
std::string find_program(const std::string& program);

}  // namespace memlayout::tool

#endif
