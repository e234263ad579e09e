// The dumper's throughput: objects dumped into a memory buffer, in the two formats, with
// annotations on (names, offsets, padding, cache lines; values unless said). Writes the same
// bytes to a file for xxd to read in the same run (tests/bench/dump.sh). A benchmark, not a
// test: it prints figures and checks nothing.
#include <memlayout/dump.hpp>

#include <fmt/compile.h>
#include <memlayout/memlayout.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <vector>

struct Record {  // no pointers: no region lookups, the same work for every object
    char tag;
    double value;
    std::int32_t id;
    std::array<std::uint16_t, 4> codes;
    bool live;
    std::int64_t stamp;
};

namespace {

using clock_type = std::chrono::steady_clock;

void report(const char* what, std::size_t objects, clock_type::time_point start, std::size_t text) {
    const double seconds = std::chrono::duration<double>(clock_type::now() - start).count();
    const double input = static_cast<double>(objects * sizeof(Record));
    std::printf("%s: %zu objects, %.1f MB of object bytes in %.3f s: %.1f MB/s, %.0f ns per object (%.1f MB of text)\n",
                what, objects, input / 1e6, seconds, input / 1e6 / seconds, seconds * 1e9 / static_cast<double>(objects),
                static_cast<double>(text) / 1e6);
}

}  // namespace

int main(int argc, char** argv) {
    const std::size_t count = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 200000;
    const char* bytes_file = argc > 2 ? argv[2] : nullptr;
    std::vector<Record> records(count);
    for (std::size_t i = 0; i < count; ++i)  // doubles with 15 to 17 significant digits, as measured data has
        records[i] = Record{static_cast<char>('a' + i % 26), static_cast<double>(i) * 0.37 + 0.001,
                            static_cast<std::int32_t>(i), {1, 2, 3, static_cast<std::uint16_t>(i)}, i % 2 == 0,
                            static_cast<std::int64_t>(i) * 1000};
    if (bytes_file != nullptr) {
        std::FILE* out = std::fopen(bytes_file, "wb");
        for (const Record& r : records) std::fwrite(memlayout::dump(r).bytes().data(), 1, sizeof(Record), out);
        std::fclose(out);
    }
    const auto never = memlayout::dump_options::colors::never;
    fmt::memory_buffer buffer;

    // dump(): one object at a time, rows (about 700 bytes of text per object).
    const auto rows = [&](bool regions, std::size_t objects) {
        const memlayout::dump_options options{.regions = regions, .color = never};
        std::size_t written = 0;
        const auto start = clock_type::now();
        for (std::size_t i = 0; i < objects; ++i) {
            fmt::format_to(fmt::appender(buffer), "{}", memlayout::dump(records[i], options));
            written += buffer.size();
            buffer.clear();
        }
        report(regions ? "memlayout::dump, regions" : "memlayout::dump", objects, start, written);
    };
    // dump_table(): blocks of 1024 objects, one line each; the buffer emptied after each
    // block, as a program writing to a file would.
    const auto table = [&](bool values) {
        const memlayout::dump_options options{.values = values, .regions = false, .color = never};
        std::size_t written = 0;
        const auto start = clock_type::now();
        for (std::size_t i = 0; i < count; i += 1024) {
            const std::span<const Record> block = std::span<const Record>(records).subspan(i, std::min<std::size_t>(1024, count - i));
            fmt::format_to(fmt::appender(buffer), "{}", memlayout::dump_table(block, options));
            written += buffer.size();
            buffer.clear();
        }
        report(values ? "memlayout::dump_table" : "memlayout::dump_table, values off", count, start, written);
    };
    // The values alone, as the table writes them (the same writers, no hex, no text around):
    // the part of a line that a faster layout of the text cannot make cheaper.
    const auto values_alone = [&] {
        using writers = memlayout::detail::value_writers<memlayout::detail::bound_of<Record>, &memlayout::detail::reflection<Record>::value>;
        const memlayout::layout& L = memlayout::layout_of<Record>();
        std::vector<char> text(1 << 16);
        std::size_t written = 0;
        const auto start = clock_type::now();
        char* p = text.data();
        for (std::size_t i = 0; i < count; ++i) {
            if (p > text.data() + text.size() - 512) {
                written += static_cast<std::size_t>(p - text.data());
                p = text.data();
            }
            const auto bytes = std::bit_cast<std::array<unsigned char, sizeof(Record)>>(records[i]);
            for (std::size_t m = 0; m < L.fields.size(); ++m) p = writers::table[m](p, bytes.data() + L.fields[m].offset, nullptr);
        }
        report("the values alone", count, start, written + static_cast<std::size_t>(p - text.data()));
    };
    // The same values printed by a hand-written loop, {fmt} formatting each member: what a
    // program writing a log line per record pays, with no hex, padding or layout at all; the
    // format compiled (FMT_COMPILE), the fastest {fmt} offers.
    const auto hand_written = [&] {
        std::size_t written = 0;
        const auto start = clock_type::now();
        for (std::size_t i = 0; i < count; i += 1024) {
            for (std::size_t k = i; k < std::min<std::size_t>(count, i + 1024); ++k) {
                const Record& r = records[k];
                fmt::format_to(fmt::appender(buffer), FMT_COMPILE("{} {} {} {{{}, {}, {}, {}}} {} {}\n"), r.tag, r.value, r.id, r.codes[0],
                               r.codes[1], r.codes[2], r.codes[3], r.live, r.stamp);
            }
            written += buffer.size();
            buffer.clear();
        }
        report("a hand-written fmt::format_to loop of the values", count, start, written);
    };
    rows(true, count / 100 == 0 ? 1 : count / 100);
    rows(false, count);
    table(true);
    table(false);
    values_alone();
    hand_written();
}
