// C++ classes described with Boost.Describe: bases, vptrs, private members, constructors.
// Every figure against a live object, whose addresses the compiler computes at run time.
#include <memlayout/contract.hpp>
#include <memlayout/dump.hpp>
#include <memlayout/json.hpp>
#include <memlayout/report.hpp>
#include <memlayout/snapshot.hpp>
#include <memlayout/svg.hpp>

#include "catch.hpp"
#include "corpus/class_corpus.hpp"
#include "text.hpp"

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace {

using test::contains;

template <class T>
std::size_t live_offset(const T& object, const void* part) {
    return static_cast<std::size_t>(static_cast<const unsigned char*>(part) - reinterpret_cast<const unsigned char*>(&object));
}

// Each base and member the description lists, and the vptr, where a live T has them.
template <class T>
void check_against_live_object() {
    constexpr memlayout::layout L = memlayout::layout_of<T>();
    INFO(L.type_name);
    STATIC_REQUIRE(L.size == sizeof(T));
    STATIC_REQUIRE(L.align == alignof(T));
    const T object{};
    std::size_t seen = 0;
    boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_any_access>>([&](auto d) {
        const std::size_t i = L.index_of(decltype(d)::name);
        INFO(decltype(d)::name);
        REQUIRE(i < L.fields.size());
        CHECK(L.fields[i].offset == live_offset(object, &(object.*decltype(d)::pointer)));
        CHECK(L.fields[i].size == sizeof(object.*decltype(d)::pointer));
        CHECK_FALSE(L.fields[i].base);
        ++seen;
    });
    boost::mp11::mp_for_each<boost::describe::describe_bases<T, boost::describe::mod_any_access>>([&](auto d) {
        using B = typename decltype(d)::type;
        const std::string_view name = memlayout::detail::type_name_v<B>;
        std::size_t i = 0;
        while (i < L.fields.size() && !(L.fields[i].base && L.fields[i].type_name == name)) ++i;
        INFO(name);
        REQUIRE(i < L.fields.size());
        // A C-style cast reaches a private base.
        CHECK(L.fields[i].offset == live_offset(object, (const B*)&object));
        CHECK(L.fields[i].size == (std::is_empty_v<B> ? 0 : sizeof(B)));
        ++seen;
    });
    std::size_t vptrs = 0;
    for (const memlayout::field& f : L.fields) {
        if (!f.vptr) continue;
        ++vptrs;
        // A live object's vptr points into its class's vtable: not null.
        if constexpr (std::is_polymorphic_v<T>) {
            void* pointer = nullptr;
            std::memcpy(&pointer, reinterpret_cast<const unsigned char*>(&object) + f.offset, sizeof pointer);
            CHECK(pointer != nullptr);
        }
        CHECK(f.offset == 0);
        CHECK(f.size == sizeof(void*));
    }
    CHECK(vptrs == (std::is_polymorphic_v<T> && L.fields.front().vptr ? 1u : 0u));
    CHECK(seen + vptrs == L.fields.size());
    // Fields are in the order of their offsets.
    for (std::size_t i = 1; i < L.fields.size(); ++i) CHECK(L.fields[i - 1].offset <= L.fields[i].offset);
    // Every byte is a member's, a base's, or padding: no more, no less.
    std::size_t holes = 0;
    for (const memlayout::hole h : L.holes()) holes += h.size;
    CHECK(L.member_bytes() + holes + L.tail_padding() == L.size);
}

}  // namespace

TEST_CASE("classes: every corpus class's bases, vptr and members are where a live object has them") {
#define MEMLAYOUT_CHECK(T) check_against_live_object<T>();
    MEMLAYOUT_CLASS_CORPUS(MEMLAYOUT_CHECK)
#undef MEMLAYOUT_CHECK
}

TEST_CASE("classes: the vptr, bases and members of the issue's Widget") {
    constexpr memlayout::layout L = memlayout::layout_of<X04_Widget>();
    STATIC_REQUIRE(L.fields.size() == 6);
    STATIC_REQUIRE(L.fields[0].base && L.fields[0].type_name == "X01_Base" && L.fields[0].kind == memlayout::member_kind::record);
    STATIC_REQUIRE(L.fields[0].record->fields[0].vptr);
    STATIC_REQUIRE(L.fields[1].base && L.fields[1].type_name == "X02_Empty" && L.fields[1].size == 0);
    // X03_Short sits in X01_Base's tail padding (X01_Base is no POD: it has a vptr).
    STATIC_REQUIRE(L.fields[2].offset == L.fields[0].record->members_end());
    STATIC_REQUIRE(L.fields[3].name == "scale_" && L.fields[4].name == "tag_" && L.fields[5].name == "name_");
    STATIC_REQUIRE(L.fields[5].kind == memlayout::member_kind::opaque);
#if defined(__clang__)
    // Clang walks the class: the description is checked to name every base and member.
    STATIC_REQUIRE(L.checked == memlayout::verification::addresses);
#else
    STATIC_REQUIRE(L.checked == memlayout::verification::described);
#endif
    STATIC_REQUIRE(memlayout::reflectable<X04_Widget>);
    STATIC_REQUIRE_FALSE(memlayout::predictable<X04_Widget, memlayout::abi::aarch64, memlayout::abi::assume::named_bit_fields>);
}

TEST_CASE("classes: tail padding reused by a derived member, and a POD base's not") {
    constexpr memlayout::layout reused = memlayout::layout_of<X06_TailReuse>();
    STATIC_REQUIRE(reused.fields[1].name == "d" && reused.fields[1].offset == 5);
    STATIC_REQUIRE(reused.tail_padding() == sizeof(X06_TailReuse) - 6);
    constexpr memlayout::layout kept = memlayout::layout_of<X08_AfterPod>();
    STATIC_REQUIRE(kept.fields[1].offset == sizeof(X07_Pod));
}

TEST_CASE("classes: a polymorphic base declared second is the primary base, at offset 0") {
    constexpr memlayout::layout L = memlayout::layout_of<X11_PolySecond>();
    STATIC_REQUIRE(L.fields[0].base && L.fields[0].type_name == "X10_Poly" && L.fields[0].offset == 0);
    STATIC_REQUIRE(L.fields[1].base && L.fields[1].type_name == "X03_Short");
    STATIC_REQUIRE_FALSE(L.fields[0].vptr);  // X11 shares X10_Poly's
    constexpr memlayout::layout own = memlayout::layout_of<X23_OwnVptr>();
    STATIC_REQUIRE(own.fields[0].vptr && own.fields[1].base && own.fields[1].offset == sizeof(void*));
}

TEST_CASE("classes: the vptr is named as the compiler's debug information names it") {
    constexpr memlayout::layout L = memlayout::layout_of<x21::Shape>();
    STATIC_REQUIRE(L.fields[0].base && L.fields[0].record->fields[0].vptr);
#if defined(__clang__)
    STATIC_REQUIRE(L.fields[0].record->fields[0].name == "_vptr$X01_Base");
    STATIC_REQUIRE(memlayout::layout_of<X20_Holder<double>>().fields[0].name == "tag_");
#else
    STATIC_REQUIRE(L.fields[0].record->fields[0].name == "_vptr.X01_Base");
#endif
    STATIC_REQUIRE(memlayout::layout_of<X16_Final>().fields[0].name.ends_with("X16_Final"));
}

TEST_CASE("classes: alignas members and an empty [[no_unique_address]] member") {
    constexpr memlayout::layout L = memlayout::layout_of<X17_Counters>();
    STATIC_REQUIRE(L.fields[0].offset == 0 && L.fields[1].offset == 64 && L.size == 128);
    STATIC_REQUIRE(L.fields[1].align == 64);  // its alignas, seen in its offset
    constexpr memlayout::layout compact = memlayout::layout_of<X18_Compact>();
    STATIC_REQUIRE(compact.size == sizeof(int));
}

TEST_CASE("classes: an abstract base is laid out inside the concrete class") {
    constexpr memlayout::layout L = memlayout::layout_of<X25_Implementation>();
    STATIC_REQUIRE(L.fields[0].base && L.fields[0].kind == memlayout::member_kind::record);
    STATIC_REQUIRE(L.fields[0].record->type_name == "X24_Interface");
    STATIC_REQUIRE(L.fields[0].record->fields[0].vptr && L.fields[0].record->fields[1].name == "state_");
    STATIC_REQUIRE(L.fields[0].record->fields[1].offset == sizeof(void*));
    // flag_ in the interface's tail padding.
    STATIC_REQUIRE(L.fields[1].name == "flag_" && L.fields[1].offset == sizeof(void*) + sizeof(short));
    STATIC_REQUIRE_FALSE(memlayout::reflectable<X24_Interface>);  // no object of it: refused
}

TEST_CASE("classes: a described aggregate without a base is reflected as any aggregate") {
    struct Plain {
        int a;
        double b;
    };
    STATIC_REQUIRE_FALSE(memlayout::detail::laid_out_from_description<Plain>());
    STATIC_REQUIRE(memlayout::detail::laid_out_from_description<X05_NonPod>());
    STATIC_REQUIRE(memlayout::layout_of<Plain>().checked == memlayout::verification::byte_map);
}

TEST_CASE("classes: reflectable is false, never an error, for classes memlayout cannot lay out") {
    class Undescribed {
    public:
        Undescribed() = default;

    private:
        [[maybe_unused]] int x_ = 0;
    };
    struct Virtual : virtual X07_Pod {
        int v;
    };
#if defined(__clang__)
    STATIC_REQUIRE(memlayout::reflectable<Undescribed>);  // Clang walks it
#else
    STATIC_REQUIRE_FALSE(memlayout::reflectable<Undescribed>);
#endif
    STATIC_REQUIRE_FALSE(memlayout::reflectable<Virtual>);
}

TEST_CASE("classes: the report shows bases as pahole does, and the tail padding reused") {
    const std::string text = memlayout::report(memlayout::layout_of<X04_Widget>());
    CHECK(contains(text, "struct X04_Widget : X01_Base, X02_Empty, X03_Short {\n"));
    CHECK(contains(text, "\t/* X01_Base                <ancestor>; */        /*     0    "));
    CHECK(contains(text, "\t/* X02_Empty               <ancestor>; */        /*     0     0 */\n"));
#if defined(__x86_64__)
    CHECK(contains(text, "\t/* X03_Short               <ancestor>; */        /*    12     2 */\n\n"
                         "\t/* XXX 2 bytes hole, try to pack */\n\n"
                         "\tdouble                     scale_;               /*    16     8 */\n"));
    CHECK(contains(text, "/* sum members: 55, holes: 2, sum holes: 9 */"));
    const std::string base = memlayout::report(memlayout::layout_of<X01_Base>());
    CHECK(contains(base, "\tint (**)(void)             _vptr"));
#endif
#if defined(__clang__)
    CHECK_FALSE(contains(text, "as described"));
#else
    CHECK(contains(text, "/* memlayout: members as described; GCC 12 cannot list them: one left out shows as padding */"));
#endif
    // The last member lies in the base's tail padding: the class's own padding is after it.
    CHECK(contains(memlayout::report(memlayout::layout_of<X06_TailReuse>()), "/* padding: 2 */"));
}

TEST_CASE("classes: JSON, SVG and frozen contracts take described classes") {
    const std::string json = memlayout::to_json(memlayout::layout_of<X04_Widget>());
    CHECK(contains(json, "\"type\":\"X01_Base\",\"kind\":\"record\",\"offset\":0"));
    CHECK(contains(json, ",\"base\":true"));
    CHECK(contains(json, ",\"vptr\":true"));
#if defined(__clang__)
    CHECK(contains(json, "\"checked\":\"addresses\""));
#else
    CHECK(contains(json, "\"checked\":\"described\""));
#endif
    const std::string svg = memlayout::to_svg(memlayout::layout_of<X04_Widget>());
    CHECK(contains(svg, "X01_Base"));
    const std::string frozen = memlayout::emit_contracts(memlayout::layout_of<X04_Widget>());
    CHECK(contains(frozen, "MEMLAYOUT_EXPECT_MEMBERS(X04_Widget, 6);"));
    CHECK(contains(frozen, "MEMLAYOUT_EXPECT_MEMBER(X04_Widget, 3, scale_, \"double\", "));
}

TEST_CASE("classes: a dump shows each base's bytes, then the padding or members in its tail") {
    X14_Both both;
    const std::string text = fmt::format("{}", memlayout::dump(both, {.regions = false}));
    const std::vector<std::string> lines = test::lines_of(text);
    REQUIRE(lines.size() >= 6);
    // Each base shows its bytes up to its members' end; the rest is padding, shown as such
    // (x86_64: X12_Left's last 4 bytes; i386 has none there).
    constexpr std::size_t left_end = memlayout::layout_of<X12_Left>().members_end();
    CHECK(lines[2].rfind(fmt::format("{:>6} {:>5}  <ancestor>       X12_Left ", 0, sizeof(X12_Left)), 0) == 0);
    std::size_t next = 3;
    if constexpr (left_end < sizeof(X12_Left))
        CHECK(lines[next++].rfind(fmt::format("{:>6} {:>5}  padding", left_end, sizeof(X12_Left) - left_end), 0) == 0);
    CHECK(contains(lines[next], "<ancestor>       X13_Right"));
    CHECK(contains(text, "  b                short "));
    // The vptr's bytes are the live object's: not all zero.
    CHECK_FALSE(contains(lines[2], "X12_Left             00 00 00 00 00 00 00 00 "));

    std::vector<X06_TailReuse> objects(2);
    objects[1].d = 7;
    const std::string table = fmt::format("{}", memlayout::dump_table(objects, {.regions = false}));
    // The base's columns stop where its members end; d (in its tail padding) has its own.
    CHECK(contains(table, "object  <ancestor> d  .."));
    CHECK(contains(table, "     1  0000000000 07 ..  7"));
}

#if defined(__clang__)
namespace {
// Clang's walk of a described class (no base) against its description: two techniques, the
// same figures.
template <class T>
void check_walk_against_description() {
    constexpr memlayout::layout described = memlayout::layout_of<T>();
    constexpr memlayout::layout walked = memlayout::detail::walked_class_reflection<T>::value;
    INFO(described.type_name);
    STATIC_REQUIRE(memlayout::detail::walked_class_reflection<T>::complete);
    REQUIRE(walked.fields.size() == described.fields.size());
    for (std::size_t i = 0; i < walked.fields.size(); ++i) {
        CHECK(walked.fields[i].name == described.fields[i].name);
        CHECK(walked.fields[i].type_name == described.fields[i].type_name);
        CHECK(walked.fields[i].offset == described.fields[i].offset);
        CHECK(walked.fields[i].size == described.fields[i].size);
        CHECK(walked.fields[i].align == described.fields[i].align);
        CHECK(walked.fields[i].vptr == described.fields[i].vptr);
    }
    CHECK(std::memcmp(memlayout::detail::walked_class_reflection<T>::data_bytes.data,
                      memlayout::detail::described_reflection<T>::data_bytes.data, sizeof(T)) == 0);
}
}  // namespace

TEST_CASE("classes: Clang walks an undescribed class as its description lays it out") {
    check_walk_against_description<X01_Base>();
    check_walk_against_description<X05_NonPod>();
    check_walk_against_description<X10_Poly>();
    check_walk_against_description<X15_Account>();
    check_walk_against_description<X17_Counters>();
    check_walk_against_description<X20_Holder<double>>();
}

TEST_CASE("classes: Clang lays out an undescribed class that is no aggregate") {
    constexpr memlayout::layout L = memlayout::layout_of<Y01_Walked>();
    STATIC_REQUIRE(L.size == sizeof(Y01_Walked) && L.align == alignof(Y01_Walked));
    STATIC_REQUIRE(L.fields[0].vptr && L.fields[0].name == "_vptr$Y01_Walked");
    STATIC_REQUIRE(L.fields[1].name == "kind_" && L.fields[1].offset == sizeof(void*));
    STATIC_REQUIRE(L.fields[6].name == "codes_" && L.fields[6].kind == memlayout::member_kind::array && L.fields[6].count == 3);
    STATIC_REQUIRE(L.fields[7].name == "p_" && L.fields[7].kind == memlayout::member_kind::pointer);
    STATIC_REQUIRE(L.checked == memlayout::verification::addresses);
    constexpr memlayout::layout aligned = memlayout::layout_of<Y02_WalkedAligned>();
    STATIC_REQUIRE(aligned.fields[2].offset == 32 && aligned.fields[2].align == 32);
    // Private members are pinned by the layout.
    STATIC_REQUIRE(memlayout::detail::described_offset<Y01_Walked>("balance_") == 2 * sizeof(void*));
    // What the walk does not type stays refused, as false, never an error.
    class WithBase : public X07_Pod {
    public:
        WithBase() = default;
    };
    STATIC_REQUIRE_FALSE(memlayout::reflectable<WithBase>);
    STATIC_REQUIRE_FALSE(memlayout::reflectable<std::string>);  // an anonymous union inside
}
#endif

// Contracts pin a described class's private members.
MEMLAYOUT_EXPECT_OFFSET(X04_Widget, scale_, sizeof(void*) == 8 ? 16 : 12);
MEMLAYOUT_EXPECT_MEMBER(X04_Widget, 3, scale_, "double", sizeof(void*) == 8 ? 16 : 12, 8);
MEMLAYOUT_EXPECT_SIZE(X17_Counters, 128);
