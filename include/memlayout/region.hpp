// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_REGION_HPP
#define MEMLAYOUT_REGION_HPP

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string_view>

namespace memlayout {

/// Where an address lives.
enum class region {
    stack,      ///< the main thread's stack ([stack])
    heap,       ///< the brk heap ([heap]); large allocations may be `mapped`
    static_ro,  ///< a file mapped read-only: code, constants (.text, .rodata)
    static_rw,  ///< a file's writable data (.data) and the .bss after it
    mapped,     ///< any other mapping: mmap'd memory, large heap blocks, thread stacks
    unknown,    ///< not mapped, or not on Linux
};

/// The region's name, as the dumper prints it.
constexpr std::string_view to_string(region r) noexcept {
    switch (r) {
        case region::stack: return "stack";
        case region::heap: return "heap";
        case region::static_ro: return "static_ro";
        case region::static_rw: return "static_rw";
        case region::mapped: return "mapped";
        case region::unknown: return "unknown";
    }
    return "unknown";
}

/// Where `address` lives, read from /proc/self/maps on Linux; `region::unknown` elsewhere.
/// Reads the file on every call: meant for printing, not for hot paths.
///
/// \b Example:
/// \code
/// static const int table[] = {1, 2, 3};
/// assert(memlayout::region_of(table) == memlayout::region::static_ro);
/// \endcode
inline region region_of(const volatile void* address) noexcept {
#if defined(__linux__)
    std::FILE* maps = std::fopen("/proc/self/maps", "r");
    if (maps == nullptr) return region::unknown;
    const auto target = reinterpret_cast<std::uintptr_t>(address);
    region found = region::unknown;
    unsigned long long previous_end = 0;
    bool previous_file_writable = false;
    char line[4096];
    while (std::fgets(line, sizeof line, maps) != nullptr) {
        unsigned long long start = 0;
        unsigned long long end = 0;
        char permissions[5] = {};
        unsigned long long inode = 0;
        int path_at = 0;
        if (std::sscanf(line, "%llx-%llx %4s %*s %*s %llu %n", &start, &end, permissions, &inode, &path_at) < 4) continue;
        std::string_view path(line + path_at);
        while (!path.empty() && (path.back() == '\n' || path.back() == ' ')) path.remove_suffix(1);
        const bool writable = permissions[1] == 'w';
        const bool file = inode != 0;
        if (target >= start && target < end) {
            if (path == "[stack]") found = region::stack;
            else if (path == "[heap]") found = region::heap;
            else if (file) found = writable ? region::static_rw : region::static_ro;
            // An anonymous mapping right after a file's writable data is that file's .bss.
            else if (path.empty() && previous_file_writable && previous_end == start) found = region::static_rw;
            else found = region::mapped;
            break;
        }
        previous_end = end;
        previous_file_writable = file && writable;
    }
    std::fclose(maps);
    return found;
#else
    (void)address;
    return region::unknown;
#endif
}

}  // namespace memlayout

#endif  // MEMLAYOUT_REGION_HPP
