// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_REGION_HPP
#define MEMLAYOUT_REGION_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>
#include <vector>

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

/// A snapshot of the process's mappings (/proc/self/maps on Linux), to tell many addresses'
/// regions from one read of the file. Empty elsewhere: every address is then `unknown`.
///
/// \b Example:
/// \code
/// const memlayout::region_map maps = memlayout::region_map::read();
/// assert(maps.of(std::data(local_array)) == memlayout::region::stack);
/// \endcode
class region_map {
public:
    /// Reads the mappings now; later mappings are not seen.
    static region_map read() {
        region_map map;
#if defined(__linux__)
        std::FILE* maps = std::fopen("/proc/self/maps", "r");
        if (maps == nullptr) return map;
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
            region kind = region::mapped;
            if (path == "[stack]") kind = region::stack;
            else if (path == "[heap]") kind = region::heap;
            else if (file) kind = writable ? region::static_rw : region::static_ro;
            // An anonymous mapping right after a file's writable data is that file's .bss.
            else if (path.empty() && previous_file_writable && previous_end == start) kind = region::static_rw;
            map.mappings_.push_back({static_cast<std::uintptr_t>(start), static_cast<std::uintptr_t>(end), kind});
            previous_end = end;
            previous_file_writable = file && writable;
        }
        std::fclose(maps);
        // The kernel lists mappings in address order; keep the lookup right if one ever does not.
        std::sort(map.mappings_.begin(), map.mappings_.end(),
                  [](const mapping& a, const mapping& b) { return a.start < b.start; });
#endif
        return map;
    }

    /// The region `address` lived in when the snapshot was read; `unknown` when unmapped.
    [[nodiscard]] region of(const volatile void* address) const noexcept {
        const auto target = reinterpret_cast<std::uintptr_t>(address);
        auto after = std::upper_bound(mappings_.begin(), mappings_.end(), target,
                                      [](std::uintptr_t a, const mapping& m) { return a < m.start; });
        if (after == mappings_.begin()) return region::unknown;
        const mapping& m = *(after - 1);
        return target < m.end ? m.kind : region::unknown;
    }

    /// How many mappings the snapshot holds.
    [[nodiscard]] std::size_t size() const noexcept { return mappings_.size(); }

private:
    struct mapping {
        std::uintptr_t start;
        std::uintptr_t end;
        region kind;
    };
    std::vector<mapping> mappings_;
};

/// Where `address` lives, read from /proc/self/maps on Linux; `region::unknown` elsewhere.
/// Reads the file on every call; `region_map` answers many addresses from one read.
///
/// \b Example:
/// \code
/// static const int table[] = {1, 2, 3};
/// assert(memlayout::region_of(table) == memlayout::region::static_ro);
/// \endcode
inline region region_of(const volatile void* address) noexcept {
    try {
        return region_map::read().of(address);
    } catch (...) {  // no memory for the snapshot
        return region::unknown;
    }
}

}  // namespace memlayout

#endif  // MEMLAYOUT_REGION_HPP
