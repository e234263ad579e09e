// memlayout, the command: layouts from source and their drift, for people who would
// otherwise write a program to see them.
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
        "  0 success (diff: no drift), 1 diff: drift found, 2 an error (a file that cannot be read, bad usage)\n\n"
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

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        const int code = app.exit(error);
        return code == 0 ? 0 : 2;
    }
    if (diff->parsed()) return run_diff(before, after, quiet);
    return 2;
}
