// Live objects byte by byte: dump and dump_table (<memlayout/dump.hpp>).
#include <memlayout/dump.hpp>
#include <memlayout/memlayout.hpp>

#include "catch.hpp"
#include "corpus/corpus.hpp"
#include "corpus/corpus_types.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

using test::contains;
using test::lines_of;

namespace {
const int pointed_to[] = {4, 5, 6};
}  // namespace

TEST_CASE("dump shows members, values and regions; padding only when asked") {
    C01_Sample s{'q', 2.0, 3, const_cast<int*>(pointed_to), false};
    const memlayout::dump_options plain{.color = memlayout::dump_options::colors::never};
    const std::string text = fmt::format("{}", memlayout::dump(s, plain));
    CHECK(contains(text, "(stack), " + std::to_string(sizeof(C01_Sample)) + " bytes"));
    CHECK(contains(text, "'q' (113)"));
    CHECK(contains(text, "false"));
    CHECK(contains(text, "(static_ro)"));
    CHECK(contains(text, "(indeterminate, not shown)"));
    CHECK_FALSE(contains(text, "\x1b["));
    const std::string shown = fmt::format("{}", memlayout::dump(s, {.show_padding = true, .color = memlayout::dump_options::colors::never}));
    CHECK(contains(shown, "indeterminate: shown because asked"));
    CHECK_FALSE(contains(shown, "not shown"));
    CHECK(contains(fmt::format("{}", memlayout::dump(s, {.color = memlayout::dump_options::colors::always})), "\x1b["));
    const std::string fast = fmt::format("{}", memlayout::dump(s, {.regions = false, .color = memlayout::dump_options::colors::never}));
    CHECK(contains(fast, "(unknown), "));
    CHECK_FALSE(contains(fast, "(static_ro)"));
}

TEST_CASE("a live std::vector, std::span and std::string_view: decoded and checked") {
    const memlayout::dump_options plain{.regions = false, .color = memlayout::dump_options::colors::never};
    std::vector<int> v{1, 2, 3};
    v.reserve(10);
    const std::string text = fmt::format("{}", memlayout::dump(v, plain));
    CHECK(text.find("begin ") != std::string::npos);
    CHECK(text.find("end_of_storage ") != std::string::npos);
    CHECK(text.find("decoded: 3 elements, capacity 10; agrees with data(), size() and capacity()") != std::string::npos);
    CHECK(memlayout::dump(v, plain).shape.checked == memlayout::verification::checked_per_object);
    const std::string span_text = fmt::format("{}", memlayout::dump(std::span<int>(v), plain));
    CHECK(span_text.find("decoded: 3 elements; agrees with data() and size()") != std::string::npos);
    const std::string_view sv = "memlayout";
    const std::string view_text = fmt::format("{}", memlayout::dump(sv, plain));
    CHECK(view_text.find("decoded: 9 elements; agrees with data() and size()") != std::string::npos);
}

TEST_CASE("bytes that do not decode as modelled are shown raw, not explained") {
    std::vector<int> a{1, 2, 3};
    std::vector<int> b{4, 5};
    const memlayout::dump_options plain{.regions = false, .color = memlayout::dump_options::colors::never};
    auto d = memlayout::dump(a, plain);
    // b's header bytes, checked against a's accessors: they disagree.
    const auto other = memlayout::dump(b, plain);
    std::copy(other.bytes().begin(), other.bytes().end(), d.bytes_to_change().begin());
    d.decoded = memlayout::detail::std_model<std::vector<int>>::decode(a, d.bytes().data(), d.data_to_change().data());
    CHECK_FALSE(d.decoded.agrees);
    const std::string text = fmt::format("{}", d);
    CHECK(text.find("do not decode as this standard library's") != std::string::npos);
    CHECK(text.find("begin ") == std::string::npos);
}

#if defined(__GLIBCXX__)
TEST_CASE("libstdc++'s std::string: short and long") {
    const memlayout::dump_options plain{.regions = false, .color = memlayout::dump_options::colors::never};
    const std::string small = "hi";
    const std::string text = fmt::format("{}", memlayout::dump(small, plain));
    CHECK(text.find("68 69 00 __") != std::string::npos);
    CHECK(text.find("characters in the object (short string)") != std::string::npos);
    const std::string large(100, 'z');
    const std::string large_text = fmt::format("{}", memlayout::dump(large, plain));
    CHECK(large_text.find("decoded: 100 elements, capacity 100") != std::string::npos);
}
#endif

namespace {

// The rows of `dump(object)`, cut at the header's columns: per member, its hex (blanks
// removed, continuation rows joined) and its value.
struct row {
    std::string name;
    std::string hex;
    std::string value;
};
std::vector<row> rows_of(const std::string& text) {
    const std::vector<std::string> lines = lines_of(text);
    const std::string& header = lines.at(1);
    const std::size_t name_at = header.find("member");
    const std::size_t type_at = header.find("type");
    const std::size_t bytes_at = header.find("bytes");
    const std::size_t value_at = header.find("value");
    std::vector<row> rows;
    for (std::size_t i = 2; i < lines.size(); ++i) {
        const std::string& line = lines[i];
        if (line.rfind("---", 0) == 0 || line.size() <= bytes_at) continue;
        std::string name = line.substr(name_at, type_at - name_at);
        name.erase(name.find_last_not_of(' ') + 1);
        if (name == "padding") continue;
        std::string hex = line.substr(bytes_at, value_at == std::string::npos ? std::string::npos : value_at - bytes_at);
        std::erase(hex, ' ');
        if (name.empty()) {
            rows.back().hex += hex;  // a continuation row
            continue;
        }
        rows.push_back({name, hex, value_at != std::string::npos && line.size() > value_at ? line.substr(value_at) : ""});
    }
    return rows;
}

std::vector<std::string> split(const std::string& text, std::string_view separators) {
    std::vector<std::string> parts;
    std::size_t at = 0;
    while ((at = text.find_first_not_of(separators, at)) != std::string::npos) {
        const std::size_t end = text.find_first_of(separators, at);
        parts.push_back(text.substr(at, end - at));
        at = end;
    }
    return parts;
}

// The table's values section, split at its runs of blanks (values hold single blanks only).
std::vector<std::string> values_of(const std::string& line, std::size_t from) {
    std::vector<std::string> values;
    std::size_t at = from;
    while (at < line.size()) {
        std::size_t end = line.find("  ", at);
        if (end == std::string::npos) end = line.size();
        values.push_back(line.substr(at, end - at));
        at = line.find_first_not_of(' ', end);
    }
    return values;
}

// Checks that each line of `table` says what the rows of the matching `dumps` say of the same
// object: names, offsets, each member's hex and each value. Not a template: the corpus test
// below instantiates only the printing for each type.
void check_table_against_dumps(const memlayout::layout& L, const std::string& table, const std::vector<std::string>& dumps) {
    const std::vector<std::string> lines = lines_of(table);
    REQUIRE(lines.size() == 4 + dumps.size());
    CHECK(lines[0].rfind(fmt::format("{}: {} objects of {} bytes at ", L.type_name, dumps.size(), L.size), 0) == 0);
    // The columns: each member's name, a ".." for each padding gap; their offsets below.
    std::vector<std::string> labels{"object"};
    std::vector<std::string> offsets{"offset"};
    std::size_t end = 0;
    for (const memlayout::field& f : L.fields) {
        if (f.offset > end) {
            labels.push_back("..");
            offsets.push_back(std::to_string(end));
        }
        labels.emplace_back(f.name);
        offsets.push_back(std::to_string(f.offset));
        end = f.end();
    }
    if (L.size > end) {
        labels.push_back("..");
        offsets.push_back(std::to_string(end));
    }
    const std::vector<std::string> header = split(lines[2], " |");
    REQUIRE(header.size() >= labels.size());
    CHECK(std::vector<std::string>(header.begin(), header.begin() + static_cast<std::ptrdiff_t>(labels.size())) == labels);
    CHECK(split(lines[3], " |") == offsets);
    // The values begin where the header's first name after the byte columns does.
    std::size_t values_at = std::string::npos;
    for (std::size_t at = 0, token = 0; at < lines[2].size(); ++token) {
        at = lines[2].find_first_not_of(" |", at);
        if (token == labels.size()) values_at = at;
        at = lines[2].find_first_of(" |", at);
    }

    for (std::size_t i = 0; i < dumps.size(); ++i) {
        INFO("object " << i << ": " << lines[4 + i]);
        const std::vector<row> rows = rows_of(dumps[i]);
        const std::string& line = lines[4 + i];
        const std::vector<std::string> cells = split(line.substr(0, values_at), " |");
        REQUIRE(cells.size() == labels.size());
        CHECK(cells[0] == std::to_string(i));
        std::size_t member = 0;
        std::vector<std::string> expected_values;
        for (std::size_t c = 1; c < cells.size(); ++c) {
            if (labels[c] == "..") {
                CHECK(cells[c] == "..");
                continue;
            }
            REQUIRE(member < rows.size());
            CHECK(rows[member].name == labels[c]);
            CHECK(cells[c] == rows[member].hex);
            if (!rows[member].value.empty()) expected_values.push_back(rows[member].value);
            ++member;
        }
        CHECK(member == rows.size());
        CHECK((values_at == std::string::npos ? std::vector<std::string>{} : values_of(line, values_at)) == expected_values);
        CHECK(line.back() != ' ');
    }
}

}  // namespace

TEMPLATE_LIST_TEST_CASE("dump_table agrees with dump, object by object", "[corpus]", corpus_types) {
    std::array<TestType, 3> objects{};
    const memlayout::dump_options plain{.regions = false, .color = memlayout::dump_options::colors::never};
    std::vector<std::string> dumps;
    for (const TestType& object : objects) dumps.push_back(fmt::format("{}", memlayout::dump(object, plain)));
    check_table_against_dumps(memlayout::layout_of<TestType>(), fmt::format("{}", memlayout::dump_table(objects, plain)),
                              dumps);
}

TEST_CASE("dump_table: the bytes in hex, the values, padding, cache lines") {
    std::vector<C01_Sample> samples{{'q', 2.0, 3, const_cast<int*>(pointed_to), false},
                                    {'\n', -0.125, -32768, nullptr, true}};
    const std::vector<std::string> lines = lines_of(fmt::format(
        "{}", memlayout::dump_table(samples, {.color = memlayout::dump_options::colors::never})));
    REQUIRE(lines.size() == 6);
    CHECK(contains(lines[0], "C01_Sample: 2 objects of " + std::to_string(sizeof(C01_Sample)) + " bytes at "));
    CHECK(contains(lines[0], fmt::format("({})", memlayout::to_string(memlayout::region_of(samples.data())))));
    CHECK(contains(lines[1], "'..': a padding gap, indeterminate, not shown"));
    for (std::size_t i = 0; i < samples.size(); ++i) {
        // Each member's bytes, as the test writes them: one fmt call per byte.
        const auto bytes = std::bit_cast<std::array<unsigned char, sizeof(C01_Sample)>>(samples[i]);
        const auto hex = [&](std::size_t offset, std::size_t size) {
            std::string text;
            for (std::size_t k = 0; k < size; ++k) text += fmt::format("{:02x}", bytes[offset + k]);
            return text;
        };
        const std::vector<std::string> cells = split(lines[4 + i], " ");
        CHECK(cells[0] == std::to_string(i));
        CHECK(cells[1] == hex(offsetof(C01_Sample, c), 1));
        CHECK(cells[2] == "..");
        CHECK(cells[3] == hex(offsetof(C01_Sample, d), sizeof(double)));
        CHECK(cells[4] == hex(offsetof(C01_Sample, s), sizeof(std::int16_t)));
        CHECK(cells[5] == "..");
        CHECK(cells[6] == hex(offsetof(C01_Sample, p), sizeof(int*)));
        CHECK(cells[7] == hex(offsetof(C01_Sample, b), 1));
        CHECK(cells[8] == "..");
    }
    CHECK(contains(lines[4], "'q' (113)  "));
    CHECK(contains(lines[4], fmt::format("{} (static_ro)", fmt::ptr(pointed_to))));
    CHECK(lines[4].substr(lines[4].size() - 5) == "false");
    CHECK(contains(lines[5], "10 "));  // '\n' is not printable: its code alone
    CHECK(contains(lines[5], "-0.125 "));
    CHECK(contains(lines[5], "-32768 "));
    CHECK(contains(lines[5], "nullptr "));

    const std::string shown = fmt::format("{}", memlayout::dump_table(samples, {.show_padding = true}));
    CHECK(contains(shown, "padding gaps shown because asked: indeterminate"));
    CHECK(split(lines_of(shown)[4], " ").size() == split(lines[4], " ").size());
    CHECK(split(lines_of(shown)[4], " ")[2].size() == 2 * (offsetof(C01_Sample, d) - 1));

    const std::string bare = fmt::format("{}", memlayout::dump_table(samples, {.values = false, .regions = false}));
    CHECK_FALSE(contains(bare, "(113)"));
    CHECK_FALSE(contains(bare, "then the values"));
    CHECK(split(lines_of(bare)[4], " ").size() == 9);

    // '|' before the column where a cache line begins: at 16 and 32 for 16-byte lines.
    const std::vector<std::string> narrow = lines_of(fmt::format("{}", memlayout::dump_table(samples, {.cache_line = 16, .regions = false})));
    const std::vector<std::string> columns = split(narrow[3], " ");
    CHECK(contains(narrow[1], "'|': a 16-byte cache line begins"));
    CHECK(std::count(narrow[4].begin(), narrow[4].end(), '|') == static_cast<std::ptrdiff_t>(sizeof(C01_Sample) / 16 - (sizeof(C01_Sample) % 16 == 0 ? 1 : 0)));
    for (const memlayout::field& f : memlayout::layout_of<C01_Sample>().fields)
        if (f.offset != 0 && (f.offset % 16 == 0 || f.offset / 16 != (f.end() - 1) / 16))
            CHECK(contains(narrow[3], "|" + std::to_string(f.offset)));
    CHECK(std::count(narrow[3].begin(), narrow[3].end(), '|') == std::count(narrow[4].begin(), narrow[4].end(), '|'));
    CHECK(contains(fmt::format("{}", memlayout::dump_table(samples, {.regions = false, .color = memlayout::dump_options::colors::always})), "\x1b["));
}

TEST_CASE("dump_table: many objects, a wider index, an empty range") {
    struct Tiny {
        std::uint16_t a;
        std::uint32_t b;
    };
    std::vector<Tiny> many(1000001);
    for (std::size_t i = 0; i < many.size(); ++i) many[i] = Tiny{static_cast<std::uint16_t>(i), static_cast<std::uint32_t>(i * 7)};
    const std::string text = fmt::format("{}", memlayout::dump_table(many, {.regions = false}));
    const std::vector<std::string> lines = lines_of(text);
    REQUIRE(lines.size() == 4 + many.size());
    CHECK(lines[2].rfind(" object  ", 0) == 0);  // seven characters for 1000000
    std::size_t wrong = 0;
    for (std::size_t i = 0; i < many.size(); ++i) {
        const std::vector<std::string> cells = split(lines[4 + i], " ");
        if (cells.size() == 6 && cells[0] == std::to_string(i) && cells[4] == std::to_string(many[i].a) &&
            cells[5] == std::to_string(many[i].b))
            continue;
        if (++wrong < 5) FAIL_CHECK("line " << i << ": " << lines[4 + i]);
    }
    CHECK(wrong == 0);
    const std::vector<Tiny> none;
    CHECK(lines_of(fmt::format("{}", memlayout::dump_table(none))).size() == 4);
    CHECK(contains(fmt::format("{}", memlayout::dump_table(none)), "Tiny: 0 objects of"));
}

TEST_CASE("numbers are written as fmt and std::to_chars write them") {
    std::uint64_t state = 0x9e3779b97f4a7c15u;  // splitmix64: values from every range
    const auto next = [&] {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15u);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
        return z ^ (z >> 31);
    };
    char mine[64];
    char theirs[64];
    std::size_t mismatches = 0;
    const auto integer = [&](auto v) {
        const std::string_view a(mine, static_cast<std::size_t>(memlayout::detail::write_integer(mine, v) - mine));
        const std::string_view b(theirs, static_cast<std::size_t>(std::to_chars(theirs, theirs + 64, v).ptr - theirs));
        if (a != b && ++mismatches < 5) FAIL_CHECK(std::string(a) << " != " << std::string(b));
    };
    const auto floating = [&](auto v) {
        const std::string a(mine, static_cast<std::size_t>(memlayout::detail::write_floating(mine, v) - mine));
        const std::string b = fmt::format("{}", v);
        if (a != b && ++mismatches < 5) FAIL_CHECK(a << " != " << b);
    };
    std::uint64_t power = 1;
    for (int i = 0; i < 20; ++i, power *= 10)
        for (std::uint64_t d : {power - 1, power, power + 1}) {
            integer(d);
            integer(static_cast<std::int64_t>(d));
            integer(-static_cast<std::int64_t>(d));
            integer(static_cast<std::uint32_t>(d));
            integer(static_cast<std::int32_t>(d));
            integer(static_cast<std::int16_t>(d));
            integer(static_cast<std::uint8_t>(d));
        }
    integer(std::numeric_limits<std::int64_t>::min());
    integer(std::numeric_limits<std::int32_t>::min());
    integer(std::numeric_limits<std::uint64_t>::max());
    for (int i = 0; i < 200000; ++i) {
        const std::uint64_t bits = next();
        integer(bits >> (bits & 63));
        integer(static_cast<std::int64_t>(bits));
        integer(static_cast<std::int32_t>(bits >> 7));
        floating(std::bit_cast<double>(bits));
        floating(std::bit_cast<float>(static_cast<std::uint32_t>(bits >> 17)));
        floating(static_cast<double>(static_cast<std::int64_t>(bits) >> (bits & 63)) / 1000.0);
    }
    for (const double d : {0.0, -0.0, 1.0, 0.1, 1e-4, 1e-5, 1e15, 1e16, 9007199254740993.0, 123456789012345680.0, 5e-324,
                           2.2250738585072014e-308, 1.7976931348623157e308, std::numeric_limits<double>::infinity(),
                           -std::numeric_limits<double>::infinity(), std::numeric_limits<double>::quiet_NaN(),
                           -std::numeric_limits<double>::quiet_NaN()}) {
        floating(d);
        floating(static_cast<float>(d));
    }
    CHECK(mismatches == 0);
}

TEST_CASE("enum members print their enumerator, and the number where none has the value") {
    const C09_Enums e{e8::b, e64::b, e16::a, e32_b, static_cast<e8>(7)};
    const std::string text = fmt::format("{}", memlayout::dump(e, {.regions = false, .color = memlayout::dump_options::colors::never}));
    const std::vector<std::string> lines = lines_of(text);
    const auto value_of = [&](std::string_view member) {
        for (const std::string& line : lines)
            if (line.size() > 16 && line.substr(14, member.size() + 1) == std::string(member) + " ") {
                const std::size_t value_at = lines[1].find("value");
                return line.size() > value_at ? line.substr(value_at) : std::string();
            }
        return std::string("(no row)");
    };
    CHECK(value_of("a") == "b (1)");
    CHECK(value_of("c") == "a (-1)");                                  // a negative enumerator
    CHECK(value_of("d") == "70000");                                    // beyond the names read
    CHECK(value_of("b") == std::to_string(std::uint64_t{1} << 40));  // beyond them too
    CHECK(value_of("e") == "7");                                        // no enumerator has 7
}
