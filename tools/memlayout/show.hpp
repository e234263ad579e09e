// memlayout show: the layouts of types declared in headers, from a compiler of the target they
// are asked for, without writing a program.
#ifndef MEMLAYOUT_TOOLS_SHOW_HPP
#define MEMLAYOUT_TOOLS_SHOW_HPP

#include <cstddef>
#include <string>
#include <vector>

namespace memlayout::tool {

/// What `memlayout show` is asked.
struct show_request {
    std::vector<std::string> types;         ///< as a C++ program spells them: `iphdr`, `struct stat`
    std::vector<std::string> includes;      ///< headers: `netinet/ip.h`, or a file's path
    std::vector<std::string> include_dirs;  ///< -I
    std::vector<std::string> defines;       ///< -D
    std::vector<std::string> assume;        ///< for predictions: abi::assume, e.g. "fixed-width-integers"
    std::string standard;                   ///< --std; empty: the build's, else c++20
    std::string cxx;                        ///< --cxx; empty: $CXX, else c++
    std::string target;                     ///< --target; empty: what the compiler builds for
    std::string format = "report";          ///< report, json, svg or contracts
    std::string compile_commands;           ///< a compile_commands.json, with `source`
    std::string source;
    std::string cache_directory;            ///< empty: no cache
    std::size_t cache_line = 64;
    bool expand = false;
    bool reorganize = false;
    bool verbose = false;
};

/// The names `--target` takes.
const std::vector<std::string>& show_targets();

/// Runs `memlayout show`: prints the layouts to standard output and returns the exit status
/// (0: every type shown; 2: an error, said in one line on standard error).
int run_show(const show_request& request);

}  // namespace memlayout::tool

#endif
