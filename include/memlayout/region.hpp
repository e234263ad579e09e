// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_REGION_HPP
#define MEMLAYOUT_REGION_HPP

#include <memlayout/detail/standard_check.hpp>  // first: says when the standard is too old

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string_view>
#include <system_error>
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

namespace detail {

struct mapping {
    std::uintptr_t start;
    std::uintptr_t end;
    region kind;
};

// Calls visit(mapping) for each line of /proc/self/maps, in the file's order, until it
// returns false. Nothing happens where the file cannot be read or is not there.
template <class Visit>
void scan_mappings(Visit visit) {
#if defined(__linux__)
    std::FILE* maps = std::fopen("/proc/self/maps", "r");
    if (maps == nullptr) return;
    std::uintptr_t previous_end = 0;
    bool previous_file_writable = false;
    char line[4096];
    while (std::fgets(line, sizeof line, maps) != nullptr) {
        // "start-end perms offset dev inode path", e.g.
        // "55d0c0e0a000-55d0c0e2b000 rw-p 00000000 00:00 0          [heap]"
        const char* const last = line + std::strlen(line);
        std::uintptr_t start = 0;
        std::uintptr_t end = 0;
        unsigned long long inode = 0;
        auto at = std::from_chars(line, last, start, 16);
        if (at.ec != std::errc{} || at.ptr == last || *at.ptr != '-') continue;
        at = std::from_chars(at.ptr + 1, last, end, 16);
        if (at.ec != std::errc{} || last - at.ptr < 6) continue;
        const bool writable = at.ptr[2] == 'w';
        const char* field = at.ptr + 5;  // after " rwxp"
        for (int skip = 0; skip < 2 && field != last; ++skip) {  // the offset and the device
            while (field != last && *field == ' ') ++field;
            while (field != last && *field != ' ') ++field;
        }
        while (field != last && *field == ' ') ++field;
        at = std::from_chars(field, last, inode);
        if (at.ec != std::errc{}) continue;
        std::string_view path(at.ptr, static_cast<std::size_t>(last - at.ptr));
        while (!path.empty() && path.front() == ' ') path.remove_prefix(1);
        while (!path.empty() && (path.back() == '\n' || path.back() == ' ')) path.remove_suffix(1);
        const bool file = inode != 0;
        region kind = region::mapped;
        if (path == "[stack]") kind = region::stack;
        else if (path == "[heap]") kind = region::heap;
        else if (file) kind = writable ? region::static_rw : region::static_ro;
        // An anonymous mapping right after a file's writable data is that file's .bss.
        else if (path.empty() && previous_file_writable && previous_end == start) kind = region::static_rw;
        if (!visit(mapping{start, end, kind})) break;
        previous_end = end;
        previous_file_writable = file && writable;
    }
    std::fclose(maps);
#else
    (void)visit;
#endif
}

}  // namespace detail

/// A snapshot of the process's mappings (/proc/self/maps on Linux), to tell many addresses'
/// regions from one read of the file (about 50 us). Empty elsewhere: every address is then
/// `unknown`.
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
        detail::scan_mappings([&](const detail::mapping& m) {
            map.mappings_.push_back(m);
            return true;
        });
        // The kernel lists mappings in address order; keep the lookup right if one ever does not.
        std::sort(map.mappings_.begin(), map.mappings_.end(),
                  [](const detail::mapping& a, const detail::mapping& b) { return a.start < b.start; });
        return map;
    }

    /// The region `address` lived in when the snapshot was read; `unknown` when unmapped.
    [[nodiscard]] region of(const volatile void* address) const noexcept {
        const auto target = reinterpret_cast<std::uintptr_t>(address);
        auto after = std::upper_bound(mappings_.begin(), mappings_.end(), target,
                                      [](std::uintptr_t a, const detail::mapping& m) { return a < m.start; });
        if (after == mappings_.begin()) return region::unknown;
        const detail::mapping& m = *(after - 1);
        return target < m.end ? m.kind : region::unknown;
    }

    /// How many mappings the snapshot holds.
    [[nodiscard]] std::size_t size() const noexcept { return mappings_.size(); }

private:
    std::vector<detail::mapping> mappings_;
};

/// Where `address` lives, read from /proc/self/maps on Linux; `region::unknown` elsewhere.
/// Reads the file up to the address's line on every call; `region_map` answers many
/// addresses from one read.
///
/// \b Example:
/// \code
/// static const int table[] = {1, 2, 3};
/// assert(memlayout::region_of(table) == memlayout::region::static_ro);
/// \endcode
inline region region_of(const volatile void* address) noexcept {
    const auto target = reinterpret_cast<std::uintptr_t>(address);
    region found = region::unknown;
    detail::scan_mappings([&](const detail::mapping& m) {
        if (target < m.start || target >= m.end) return true;
        found = m.kind;
        return false;
    });
    return found;
}

}  // namespace memlayout

#endif  // MEMLAYOUT_REGION_HPP
