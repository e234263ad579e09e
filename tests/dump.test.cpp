// The pahole-style report and the JSON form (<memlayout/dump.hpp>).
#include <memlayout/dump.hpp>
#include <memlayout/memlayout.hpp>

#include "catch.hpp"
#include "corpus/corpus.hpp"

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace {
bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("the report has pahole's shape") {
    const std::string text = fmt::format("{}", memlayout::layout_of<C01_Sample>());
    CHECK(text.rfind("struct C01_Sample {\n", 0) == 0);
    CHECK(contains(text, "\tdouble                     d;"));
    CHECK(contains(text, fmt::format("/* {:>5} {:>5} */", offsetof(C01_Sample, d), sizeof(double))));
    CHECK(contains(text, fmt::format("/* size: {}, cachelines: 1, members: 5 */", sizeof(C01_Sample))));
    CHECK(contains(text, "hole, try to pack"));
    CHECK(text.substr(text.size() - 3) == "};\n");
}

TEST_CASE("the format spec expands records, adds the reorder advice, sets the cache line") {
    const auto deep = memlayout::layout_of<C12_Deep>();
    CHECK_FALSE(contains(fmt::format("{}", deep), "\t\tchar"));
    CHECK(contains(fmt::format("{:e}", deep), "\t\tMiddle {\n"));
    CHECK(contains(fmt::format("{:r}", memlayout::layout_of<C01_Sample>()), "memlayout: largest alignment first"));
    const auto many = memlayout::layout_of<C32_ManyMembers>();
    CHECK(contains(fmt::format("{:c32}", many), "cacheline 1 boundary (32 bytes)"));
    CHECK(contains(fmt::format("{:c32}", many), fmt::format("cachelines: {},", (sizeof(C32_ManyMembers) + 31) / 32)));
    CHECK_THROWS_AS(fmt::format(fmt::runtime("{:x}"), many), fmt::format_error);
    CHECK_THROWS_AS(fmt::format(fmt::runtime("{:c}"), many), fmt::format_error);
}

TEST_CASE("packed structs say so") {
    CHECK(contains(fmt::format("{}", memlayout::layout_of<C43_Packed>()), "__packed__"));
}

TEST_CASE("JSON carries the figures") {
    const std::string json = memlayout::to_json(memlayout::layout_of<C11_Nested>());
    CHECK(json.rfind("{\"schema\":\"memlayout.layout/1\",\"type\":\"C11_Nested\"", 0) == 0);
    CHECK(contains(json, fmt::format("\"name\":\"in\",\"type\":\"Inner\",\"kind\":\"record\",\"offset\":{}", offsetof(C11_Nested, in))));
    CHECK(contains(json, "\"record\":{\"schema\":\"memlayout.layout/1\",\"type\":\"Inner\""));
    CHECK(contains(json, fmt::format("\"padding_bytes\":{}}}", memlayout::layout_of<C11_Nested>().padding_bytes())));
}

namespace {
const int dump_table[] = {4, 5, 6};
int dump_counter = 0;
}  // namespace

TEST_CASE("dump shows members, values and regions; padding only when asked") {
    C01_Sample s{'q', 2.0, 3, const_cast<int*>(dump_table), false};
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

TEST_CASE("region_of tells stack, heap, static and mapped memory apart") {
    int local = 0;
    CHECK(memlayout::region_of(&local) == memlayout::region::stack);
    CHECK(memlayout::region_of(dump_table) == memlayout::region::static_ro);
    CHECK(memlayout::region_of(&dump_counter) == memlayout::region::static_rw);
    CHECK(memlayout::region_of("a literal") == memlayout::region::static_ro);
    const auto small = std::make_unique<int>(1);
#if defined(__SANITIZE_ADDRESS__)
    CHECK(memlayout::region_of(small.get()) != memlayout::region::unknown);  // ASan's allocator maps its own
#else
    CHECK(memlayout::region_of(small.get()) == memlayout::region::heap);
#endif
    CHECK(memlayout::region_of(nullptr) == memlayout::region::unknown);
    CHECK(memlayout::to_string(memlayout::region::static_rw) == "static_rw");
}

TEST_CASE("the SVG draws every byte, names members, escapes text") {
    const std::string svg = memlayout::to_svg(memlayout::layout_of<C10_StdArrays>());
    CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
    CHECK(contains(svg, "std::array&lt;int, 3&gt;"));  // escaped
    CHECK_FALSE(contains(svg, "std::array<int"));
    std::size_t cells = 0;
    for (std::size_t at = svg.find("<title>byte "); at != std::string::npos; at = svg.find("<title>byte ", at + 1)) ++cells;
    CHECK(cells == sizeof(C10_StdArrays));
    CHECK(contains(svg, "url(#padding)"));
    const std::string many = memlayout::to_svg(memlayout::layout_of<C32_ManyMembers>());
    CHECK(contains(many, "cacheline 1"));
    const C01_Sample s{'a', 1.5, 2, nullptr, true};
    CHECK(contains(memlayout::to_svg(memlayout::dump(s)), ">61</text>"));
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
    d.bytes = other.bytes;
    d.decoded = memlayout::detail::std_header<std::vector<int>>::decode(a, d.bytes.data(), d.data.data());
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

TEST_CASE("the report, JSON and SVG take predictions for other targets") {
    struct Reading {
        std::int32_t sensor;
        double value;
    };
    namespace abi = memlayout::abi;
    constexpr auto source = abi::assume::fixed_width_integers | abi::assume::natural_alignment;
    constexpr auto L = memlayout::layout_of<Reading, abi::ia32, source>();
    const std::string report = fmt::format("{}", L);
    CHECK(report.find("value;                /*     4     8 */") != std::string::npos);
    CHECK(report.find("/* size: 12, cachelines: 1, members: 2 */") != std::string::npos);
    const std::string json = memlayout::to_json(L);
    CHECK(json.find("\"target\":\"i386\"") != std::string::npos);
    // Predicted, unless i386 is what this test is built for: then checked against the compiler.
    CHECK(json.find(std::is_same_v<abi::ia32, abi::native> ? "\"checked\":\"byte_map\"" : "\"checked\":\"predicted\"") !=
          std::string::npos);
    CHECK(memlayout::to_svg(L).find("<svg") != std::string::npos);
}
