// The dumper's throughput: N objects dumped (annotations on: names, types, values, padding
// rows) into a memory buffer. Writes the same bytes to a file for xxd to read in the same run
// (tests/bench/dump.sh). A benchmark, not a test.
#include <memlayout/dump.hpp>
#include <memlayout/memlayout.hpp>

#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

struct Record {  // no pointers: no /proc/self/maps lookups, the same work for every object
    char tag;
    double value;
    std::int32_t id;
    std::array<std::uint16_t, 4> codes;
    bool live;
    std::int64_t stamp;
};

int main(int argc, char** argv) {
    const std::size_t count = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 200000;
    const char* bytes_file = argc > 2 ? argv[2] : nullptr;
    std::vector<Record> records(count);
    for (std::size_t i = 0; i < count; ++i)
        records[i] = Record{static_cast<char>('a' + i % 26), i * 0.5, static_cast<std::int32_t>(i),
                            {1, 2, 3, static_cast<std::uint16_t>(i)}, i % 2 == 0, static_cast<std::int64_t>(i) * 1000};
    if (bytes_file != nullptr) {
        std::FILE* out = std::fopen(bytes_file, "wb");
        for (const Record& r : records) std::fwrite(memlayout::dump(r).bytes.data(), 1, sizeof(Record), out);
        std::fclose(out);
    }
    const auto run = [&](bool regions, std::size_t objects) {
        const memlayout::dump_options options{.regions = regions, .color = memlayout::dump_options::colors::never};
        fmt::memory_buffer buffer;
        std::size_t written = 0;
        const auto start = std::chrono::steady_clock::now();
        for (std::size_t i = 0; i < objects; ++i) {
            fmt::format_to(fmt::appender(buffer), "{}", memlayout::dump(records[i], options));
            written += buffer.size();
            buffer.clear();
        }
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        const double input = static_cast<double>(objects * sizeof(Record));
        std::printf("memlayout::dump%s: %zu objects, %.1f MB of object bytes in %.3f s: %.1f MB/s (%.1f MB of annotated text)\n",
                    regions ? " with regions" : "", objects, input / 1e6, seconds, input / 1e6 / seconds,
                    static_cast<double>(written) / 1e6);
    };
    run(true, count / 100 == 0 ? 1 : count / 100);  // a /proc/self/maps read per object: fewer objects
    run(false, count);
}
