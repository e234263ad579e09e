// memlayout, the command: layouts from source and their drift, for people who would
// otherwise write a program to see them.
#include "layout_cache.hpp"
#include "show.hpp"
#include "snapshot_diff.hpp"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <exception>
#include <string>

#ifndef MEMLAYOUT_VERSION
#define MEMLAYOUT_VERSION "unknown"
#endif

namespace {

// memlayout diff OLD.json NEW.json: exit 0 no drift, 1 drift, 2 the files could not be read.
int run_diff(const std::string& before_path, const std::string& after_path, bool quiet) {
    try {
        const auto before = memlayout::tool::read_layouts(before_path);
        const auto after = memlayout::tool::read_layouts(after_path);
        const std::vector<std::string> changes = memlayout::tool::drift(before, after);
        for (const std::string& change : changes) std::printf("%s\n", change.c_str());
        if (changes.empty() && !quiet) std::printf("no layout drift (%zu types)\n", after.size());
        return changes.empty() ? 0 : 1;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "memlayout diff: %s\n", error.what());
        return 2;
    }
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"memlayout - how data sits in memory: C and C++ layouts, and their drift between two builds"};
    app.set_version_flag("--version", std::string("memlayout ") + MEMLAYOUT_VERSION);
    app.require_subcommand(1);
    app.footer(
        "EXIT STATUS\n"
        "  0 success (diff: no drift), 1 diff: drift found, 2 an error (a type refused, a header that does not\n"
        "  compile, a file that cannot be read, bad usage)\n\n"
        "See `memlayout COMMAND --help` for each command, and the README of memlayout.");

    std::string before, after;
    bool quiet = false;
    CLI::App* diff = app.add_subcommand("diff", "Report the layout drift between two JSON snapshots, one line per change");
    diff->add_option("OLD", before, "the snapshot before (memlayout::json_snapshot or memlayout::to_json output)")
        ->required()
        ->check(CLI::ExistingFile);
    diff->add_option("NEW", after, "the snapshot after")->required()->check(CLI::ExistingFile);
    diff->add_flag("-q,--quiet", quiet, "print nothing when there is no drift");
    diff->footer(
        "DESCRIPTION\n"
        "  Compares the layouts of two snapshots type by type, matching members by name, and prints\n"
        "  each change as abidiff would: a type added or removed; its size, alignment, packing or\n"
        "  target changed; a member inserted, removed or reordered; a member's offset, size, kind,\n"
        "  type, signedness or alignment changed. Types are compared by identity (kind, size,\n"
        "  signedness, spelling made uniform), so snapshots of the same code made by GCC and by Clang\n"
        "  show no drift.\n\n"
        "EXAMPLE\n"
        "  memlayout diff layouts-v1.json layouts-v2.json\n"
        "    C30_Ordered: size changed from 16 to 24\n"
        "    C30_Ordered: member `flags` inserted at 0\n"
        "    C30_Ordered: offset of `a` changed from 0 to 8\n\n"
        "EXIT STATUS\n"
        "  0 no drift, 1 drift, 2 a file could not be read or is not a memlayout snapshot");

    memlayout::tool::show_request request;
    bool no_cache = false;
    CLI::App* show = app.add_subcommand("show", "Print the layouts of types declared in headers, as pahole does, before anything is built");
    show->add_option("TYPE", request.types, "types as a C++ program spells them: iphdr, 'struct stat', 'std::pair<int, double>', ns::Widget")
        ->required();
    show->add_option("--include", request.includes, "a header to include (<netinet/ip.h> as netinet/ip.h, or a file's path); repeatable")
        ->allow_extra_args(false);
    show->add_option("-I", request.include_dirs, "a directory of headers; repeatable")->allow_extra_args(false);
    show->add_option("-D", request.defines, "a macro NAME or NAME=VALUE; repeatable")->allow_extra_args(false);
    show->add_option("--std", request.standard, "the C++ standard (default: the build's, else c++20)");
    show->add_option("--cxx", request.cxx, "the compiler (default: $CXX, else c++); with a cross --target, that target's compiler");
    show->add_option("--target", request.target, "the target to lay out for: its compiler where installed, else memlayout's prediction, said so")
        ->check(CLI::IsMember(memlayout::tool::show_targets()));
    show->add_option("--assume", request.assume,
                     "what memlayout may assume of the source where the compiler cannot show it (memlayout::abi::assume): "
                     "fixed-width-integers, pointer-sized-integers, keyword-integers (predictions), natural-alignment, "
                     "named-bit-fields; repeatable")
        ->allow_extra_args(false);
    show->add_option("--format", request.format, "report (pahole's), json (a snapshot), svg (one TYPE) or contracts")
        ->check(CLI::IsMember({"report", "json", "svg", "contracts"}));
    show->add_flag("-E,--expand", request.expand, "expand nested records in place, as pahole -E");
    show->add_option("--cache-line", request.cache_line, "bytes per cache line (default 64)")->check(CLI::PositiveNumber);
    show->add_flag("-R,--reorganize", request.reorganize, "print the struct again in the smallest member order, as pahole --reorganize");
    show->add_option("--compile-commands", request.compile_commands, "take the compiler and flags a build uses (with --source)")
        ->check(CLI::ExistingFile);
    show->add_option("--source", request.source, "the source file whose entry of --compile-commands to use");
    show->add_option("--cache-dir", request.cache_directory, "where answers are kept (default $MEMLAYOUT_CACHE_DIR, $XDG_CACHE_HOME/memlayout, ~/.cache/memlayout)");
    show->add_flag("--no-cache", no_cache, "compile every time, keep nothing");
    show->add_flag("-v,--verbose", request.verbose, "print the compiler's command and its whole output");
    show->footer(
        "DESCRIPTION\n"
        "  Writes a translation unit that includes the headers and asks memlayout::layout_of for each\n"
        "  TYPE, compiles it to assembly with the compiler of the target, reads the layouts back from\n"
        "  the compiled data (no code of the target runs) and prints them. Several TYPEs cost one\n"
        "  compilation. The answer is kept in a cache: asking again with the same compiler, flags and\n"
        "  headers' contents needs no compiler.\n\n"
        "  --target names a target; its own compiler gives the figures where it is installed (g++ -m32,\n"
        "  arm-linux-gnueabihf-g++, aarch64-linux-gnu-g++, x86_64-w64-mingw32-g++). Elsewhere memlayout\n"
        "  predicts the layout from the target's data model, and the output says PREDICTED; that needs\n"
        "  --assume named-bit-fields (no unnamed bit-field, which no build can see, in TYPE), and what\n"
        "  else the refusal names.\n\n"
        "EXAMPLES\n"
        "  memlayout show --include netinet/ip.h iphdr\n"
        "  memlayout show --include sys/stat.h --target i386 'struct stat'\n"
        "  memlayout show --compile-commands build/compile_commands.json --source src/net.cpp --include net.hpp Packet\n\n"
        "EXIT STATUS\n"
        "  0 every TYPE shown; 2 an error, in one line: a TYPE refused (memlayout's reason), a header\n"
        "  that does not compile, a TYPE the headers do not declare, no such compiler");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        const int code = app.exit(error);
        return code == 0 ? 0 : 2;
    }
    if (diff->parsed()) return run_diff(before, after, quiet);
    if (show->parsed()) {
        if (!no_cache && request.cache_directory.empty()) request.cache_directory = memlayout::tool::default_cache_directory();
        if (no_cache) request.cache_directory.clear();
        return memlayout::tool::run_show(request);
    }
    return 2;
}
