// The flags a real build gives a source file, from its compile_commands.json (CMake's
// CMAKE_EXPORT_COMPILE_COMMANDS, Bear, meson): `memlayout show --compile-commands`.
#ifndef MEMLAYOUT_TOOLS_COMPILE_COMMANDS_HPP
#define MEMLAYOUT_TOOLS_COMPILE_COMMANDS_HPP

#include <stdexcept>
#include <string>
#include <vector>

namespace memlayout::tool {

/// How a build compiles one source file.
struct compile_command {
    std::string directory;           ///< where the compiler runs
    std::string compiler;            ///< the first word of the command
    std::vector<std::string> flags;  ///< what bears on a layout: all but the output, the source and the dependency files
};

/// A compilation database that cannot be read, or has no entry for the source.
struct bad_compile_commands : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// The entry of `database` (a compile_commands.json) for `source`, its flags kept where they
/// bear on the layout: -I, -D, -std, -f, -m, --target, ... The output (-o, -c, -S), the source,
/// dependency-file flags (-MD, -MF, ...) and link-time optimisation (-flto, which makes -S
/// write no assembly) are dropped.
compile_command read_compile_command(const std::string& database, const std::string& source);

/// A command line split into words as a POSIX shell would split it (quotes and backslashes).
std::vector<std::string> split_command(const std::string& command);

}  // namespace memlayout::tool

#endif
