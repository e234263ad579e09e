// C structs as system headers write them: C arrays, flexible array members, bit-fields,
// anonymous unions and structs, over-aligned members. Every figure against a live object.
#include <memlayout/dump.hpp>

#include "catch.hpp"
#include "live_bits.hpp"

#include <any>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>

// The C extensions system headers use; GCC and Clang accept them in C++.
#pragma GCC diagnostic ignored "-Wpedantic"
#if defined(__clang__)
#pragma clang diagnostic ignored "-Wgnu-anonymous-struct"
#pragma clang diagnostic ignored "-Wnested-anon-types"
#pragma clang diagnostic ignored "-Wc99-extensions"
#endif

// Outside the unnamed namespace: Clang 16 spells no enumerator of an enum declared in one.
namespace c_structs_test {
enum class colour : unsigned { red, green, blue };
}
using c_structs_test::colour;

namespace {

struct with_arrays {
    char name[16];
    int grid[3][4];
    short tail;
    const char* words[2];
};

struct with_flexible_tail {
    int length;
    short kind;
    unsigned char data[];
};

struct flags {
    unsigned a : 3;
    unsigned b : 5;
    int s : 4;
    char c;
    unsigned long long big : 40;
};

struct enum_bits {
    colour c : 2;
    bool on : 1;
    signed char t : 3;
};

struct false_sharing {
    alignas(64) std::atomic<int> a;
    alignas(64) std::atomic<int> b;
};

struct with_anonymous_struct {
    int length;
    struct {
        short x, y;
    };
    char last;
};

struct with_anonymous_union {
    const char* text;
    union {
        const char* name;
        double value;
    };
};

// An anonymous member with an integer beside it, where GCC cannot show the bits (a union): the
// integer could be a bit-field, which GCC tells from the values it keeps.
struct integer_beside_anonymous_union {
    int kind;
    union {
        int i;
        float f;
    };
};
struct bits_beside_anonymous_union {
    unsigned short kind : 4;
    unsigned short rest : 12;
    signed char level : 5;
    signed char high : 3;
    unsigned char spare;
    union {
        short i;
        char c[2];
    };
};
enum plain_colour { plain_red, plain_green, plain_blue };  // no fixed underlying type
struct enums_beside_anonymous_union {
    plain_colour c : 2;
    colour w : 9;
    unsigned short pad : 5;
    unsigned short more;
    int x;
    union {
        int i;
        float f;
    };
};

}  // namespace
MEMLAYOUT_TEST_NAMED_BIT_FIELDS(flags);
MEMLAYOUT_TEST_NAMED_BIT_FIELDS(enum_bits);

TEST_CASE("C arrays are arrays with their extents, element type and true offsets", "[c_structs]") {
    constexpr memlayout::layout L = memlayout::layout_of<with_arrays>();
    static_assert(L.fields.size() == 4);  // brace elision would count 16 + 12 + 1 + 2
    const with_arrays object{};
    const auto* base = reinterpret_cast<const char*>(&object);
    CHECK(L.size == sizeof(with_arrays));
    CHECK(L.fields[0].kind == memlayout::member_kind::array);
    CHECK(L.fields[0].count == 16);
    CHECK(L.fields[0].rank == 1);
    CHECK(L.fields[1].rank == 2);
    CHECK(L.fields[1].extents[0] == 3);
    CHECK(L.fields[1].extents[1] == 4);
    CHECK(L.fields[1].count == 12);
    CHECK(L.fields[1].element_type == "int");
    CHECK(L.fields[1].offset == static_cast<std::size_t>(reinterpret_cast<const char*>(&object.grid) - base));
    CHECK(L.fields[2].offset == static_cast<std::size_t>(reinterpret_cast<const char*>(&object.tail) - base));
    CHECK(L.fields[3].offset == static_cast<std::size_t>(reinterpret_cast<const char*>(&object.words) - base));
    CHECK(L.fields[3].size == sizeof object.words);
    CHECK(L.fields[1].name == "grid");
    CHECK(L.fields[3].name == "words");
    const std::string text = memlayout::report(L);
    CHECK(text.find("int                        grid[3][4];") != std::string::npos);
    CHECK(text.find("words[2];") != std::string::npos);
}

TEST_CASE("A flexible array member has no bytes, at its offset", "[c_structs]") {
    constexpr memlayout::layout L = memlayout::layout_of<with_flexible_tail>();
    static_assert(L.fields.size() == 3);
    CHECK(L.fields[2].flexible);
    CHECK(L.fields[2].size == 0);
    CHECK(L.fields[2].offset == offsetof(with_flexible_tail, data));
    CHECK(L.size == sizeof(with_flexible_tail));
    CHECK(memlayout::report(L).find("data[];") != std::string::npos);
}

TEST_CASE("Bit-fields: every bit offset and width is the compiler's", "[c_structs]") {
    constexpr memlayout::layout L = memlayout::layout_of<flags>();
    static_assert(L.fields.size() == 5);
    const auto a = test::bits_set_by<flags>([](flags& f) { f.a = 7; });
    const auto b = test::bits_set_by<flags>([](flags& f) { f.b = 31; });
    const auto s = test::bits_set_by<flags>([](flags& f) { f.s = -1; });
    const auto big = test::bits_set_by<flags>([](flags& f) { f.big = (1ull << 40) - 1; });
    CHECK(L.fields[0].bit_offset == a.first);
    CHECK(L.fields[0].bit_width == a.second);
    CHECK(L.fields[1].bit_offset == b.first);
    CHECK(L.fields[1].bit_width == b.second);
    CHECK(L.fields[2].bit_offset == s.first);
    CHECK(L.fields[2].bit_width == s.second);
    CHECK(L.fields[4].bit_offset == big.first);
    CHECK(L.fields[4].bit_width == big.second);
    CHECK(L.fields[3].offset == offsetof(flags, c));
    CHECK(!L.fields[3].is_bit_field());
    CHECK(L.fields[3].name == "c");
    // The storage unit: the declared type's size, aligned, around the bits.
    CHECK(L.fields[4].size == sizeof(unsigned long long));
    CHECK(L.fields[4].offset * 8 <= L.fields[4].bit_offset);
#if defined(__clang__)
    CHECK(L.fields[0].name == "a");
    CHECK(L.fields[0].name_visible);
#else
    CHECK(!L.fields[0].name_visible);  // GCC 12 shows no technique that names a bit-field
    CHECK(L.fields[0].name.empty());
#endif
    const std::string text = memlayout::report(L);
    CHECK(text.find(":3;") != std::string::npos);
    CHECK(text.find("/*     0: 3     4 */") != std::string::npos);  // b: byte 0, bit 3, a 4-byte unit
    CHECK(text.find("/* XXX 4 bits hole, try to pack */") != std::string::npos);
    CHECK(text.find("sum bitfield members: 52 bits") != std::string::npos);
}

namespace {
// A union with a bit-field after its first member, and a struct that holds one.
union halves {
    int whole;
    struct {
        unsigned lo : 4;
        unsigned hi : 4;
    } parts;
};
struct flag_and_union {
    unsigned flag : 1;
    halves u;
};
}  // namespace

#if defined(__clang__)
namespace {
// Clang 16 names bit-fields and gives their widths by walking T with __builtin_dump_struct, which
// reads each bit-field's value. Of scalars and arrays of scalars only T's own bit-fields are
// read, from a value-initialized T: a constant with no evaluation to show it. A union member's
// bit-fields are read too, and an inactive one's value is no constant: the walk is evaluated
// to see whether it is one.
struct scalar_bits {
    char c[3];
    unsigned a : 5;
    const int* p;
    unsigned b : 7;
};
}  // namespace

TEST_CASE("Clang: the walk is taken as a constant only where it surely is one", "[c_structs]") {
    STATIC_REQUIRE(memlayout::detail::walk_surely_constant<scalar_bits>);
    STATIC_REQUIRE(memlayout::detail::fields_dumpable<scalar_bits, 24>);
    STATIC_REQUIRE(!memlayout::detail::walk_surely_constant<flag_and_union>);
    STATIC_REQUIRE(!memlayout::detail::walk_constant<flag_and_union, 16>());
    using memlayout::abi::assume;
    constexpr memlayout::layout L =
        memlayout::layout_of<scalar_bits, memlayout::abi::host, assume::named_bit_fields | assume::natural_alignment>();
    CHECK(L.fields[1].name == "a");
    CHECK(L.fields[1].bit_width == 5);
    CHECK(L.fields[3].name == "b");
    CHECK(L.fields[3].bit_width == 7);
}
#endif

namespace {
// A union with a bit-field after its first member: Clang 16's walk of the struct reads that
// inactive bit-field and is no constant, and GCC 12 shows no byte image of a union. Both then
// read each bit-field's width from the values it keeps (value_widths.hpp); the bit-fields fill
// every bit up to the union, so nothing unseen could move one.
struct wide_and_union {
    unsigned long long a : 40;
    unsigned long long b : 24;
    halves u;
};
}  // namespace

TEST_CASE("A bit-field beside a union of bit-fields: its width from the values it keeps", "[c_structs]") {
    STATIC_REQUIRE(memlayout::reflectable<wide_and_union>);
    constexpr memlayout::layout L = memlayout::layout_of<wide_and_union>();
    STATIC_REQUIRE(L.size == sizeof(wide_and_union));
    CHECK(L.fields[0].bit_offset == 0);
    CHECK(L.fields[0].bit_width == 40);
    CHECK(L.fields[1].bit_offset == 40);
    CHECK(L.fields[1].bit_width == 24);
    CHECK(L.fields[2].offset == offsetof(wide_and_union, u));
    CHECK(L.fields[2].name == "u");
    // No technique shows the bit-fields' names in a constant expression here, on either compiler.
    CHECK(!L.fields[0].name_visible);
    const auto b_bits = test::bits_set_by<wide_and_union>([](wide_and_union& w) { w.b = (1ULL << 24) - 1; });
    CHECK(b_bits.first == L.fields[1].bit_offset);
    CHECK(b_bits.second == L.fields[1].bit_width);
    // One bit, then 31 bits any unnamed bit-field could have taken: laid out where the user
    // states there is none.
    using memlayout::abi::assume;
    STATIC_REQUIRE(!memlayout::reflectable<flag_and_union>);
    constexpr memlayout::layout F =
        memlayout::layout_of<flag_and_union, memlayout::abi::host, assume::named_bit_fields | assume::natural_alignment>();
    CHECK(F.fields[0].bit_offset == 0);
    CHECK(F.fields[0].bit_width == 1);
    CHECK(F.fields[1].offset == 4);
}

#if defined(__GNUC__) && !defined(__clang__)
namespace {
struct bits_among_others {
    char c;
    int a : 31;
    int : 5;  // unnamed: no member, but bits the others go around
    short s : 9;
    double d;
    unsigned q : 1;
    unsigned long long all : 64;
};
struct __attribute__((packed)) packed_bits {
    char c;
    int a : 17;
    unsigned long long b : 33;
};
// 12 bytes: a word and four bytes after it (the images are made a word at a time).
struct word_and_tail_bits {
    unsigned a : 3;
    int b : 20;
    unsigned c;
    unsigned short d;
    unsigned e : 5;
    unsigned f : 9;
};

// GCC 12 reads bit-fields' places from their values (a few images per type); the one-bit-at-a-
// time reading of T's image is the fallback. Both must give the same bits, and the values
// must be what is used.
template <class T>
constexpr bool bits_from_values_agree() {
    using R = memlayout::detail::reflection<T>;
    constexpr auto one_by_one = R::all_visible_bits(std::make_index_sequence<R::count>{});
    constexpr auto from_values = memlayout::detail::bits_from_values<T, R::count, R::is_bit_field, R::signed_members>();
    if (!from_values.found) return false;
    for (std::size_t i = 0; i < R::count; ++i) {
        if (one_by_one[i].first != from_values.spans[i].first || one_by_one[i].width != from_values.spans[i].width) return false;
        if (R::seen_bits[i].first != from_values.spans[i].first || R::seen_bits[i].width != from_values.spans[i].width) return false;
    }
    return true;
}
}  // namespace

TEST_CASE("GCC: bit-fields read from their values, as from their bits one by one", "[c_structs]") {
    STATIC_REQUIRE(bits_from_values_agree<flags>());
    STATIC_REQUIRE(bits_from_values_agree<enum_bits>());
    STATIC_REQUIRE(bits_from_values_agree<bits_among_others>());
    STATIC_REQUIRE(bits_from_values_agree<packed_bits>());
    STATIC_REQUIRE(sizeof(word_and_tail_bits) == 12);
    STATIC_REQUIRE(bits_from_values_agree<word_and_tail_bits>());
    constexpr memlayout::layout L = memlayout::layout_of<bits_among_others>();
    const auto s = test::bits_set_by<bits_among_others>([](bits_among_others& b) { b.s = -1; });
    CHECK(L.fields[2].bit_offset == s.first);
    CHECK(L.fields[2].bit_width == s.second);
}
#endif

namespace {
// A C array makes memlayout ask each element in turn whether it is an anonymous member; std::any's
// constructor template then asks whether the probe is copyable, converting it to itself.
struct any_beside_array {
    std::any value;
    int counts[2];
};
}  // namespace

TEST_CASE("A member whose constructor takes anything, beside a C array", "[c_structs]") {
    STATIC_REQUIRE(memlayout::reflectable<any_beside_array>);
    constexpr memlayout::layout L = memlayout::layout_of<any_beside_array>();
    static_assert(L.fields.size() == 2);
    CHECK(L.fields[0].offset == offsetof(any_beside_array, value));
    CHECK(L.fields[0].size == sizeof(std::any));
    CHECK(L.fields[1].offset == offsetof(any_beside_array, counts));
    CHECK(L.fields[1].name == "counts");
}

TEST_CASE("Bit-field values are decoded in dump and dump_table", "[c_structs]") {
    const flags f{5, 17, -3, 'x', 123456789012ull};
    const std::string one = fmt::format("{}", memlayout::dump(f));
    CHECK(one.find("   5\n") != std::string::npos);
    CHECK(one.find("   17\n") != std::string::npos);
    CHECK(one.find("   -3\n") != std::string::npos);
    CHECK(one.find("   123456789012\n") != std::string::npos);
    const enum_bits e{colour::blue, true, -2};
    const std::string two = fmt::format("{}", memlayout::dump(e));
    CHECK(two.find("blue (2)") != std::string::npos);
    CHECK(two.find("true") != std::string::npos);
    CHECK(two.find("   -2\n") != std::string::npos);
    const flags many[2] = {f, flags{1, 2, 3, 'y', 4}};
    const std::string table = fmt::format("{}", memlayout::dump_table(std::span(many)));
    CHECK(table.find("5           17          -3           'x' (120)  123456789012") != std::string::npos);
    CHECK(table.find("1           2           3            'y' (121)  4") != std::string::npos);
}

TEST_CASE("Over-aligned members sit where the compiler put them", "[c_structs]") {
    constexpr memlayout::layout L = memlayout::layout_of<false_sharing>();
    static_assert(L.fields[0].offset == 0 && L.fields[1].offset == 64 && L.size == 128);
    CHECK(L.fields[1].offset == offsetof(false_sharing, b));
    CHECK(L.fields[1].align == 64);
}

TEST_CASE("Anonymous members: their members in place (Clang), one block (GCC 12), or refused", "[c_structs]") {
#if defined(__clang__)
    // Clang 16 walks the members of anonymous members: each at its own address.
    constexpr memlayout::layout S = memlayout::layout_of<with_anonymous_struct>();
    static_assert(S.fields.size() == 3);
    CHECK(S.fields[1].anonymous);
    CHECK(S.fields[1].name.empty());
    REQUIRE(S.fields[1].record != nullptr);
    CHECK(!S.fields[1].record->is_union);
    REQUIRE(S.fields[1].record->fields.size() == 2);
    CHECK(S.fields[1].record->fields[0].name == "x");
    CHECK(S.fields[1].record->fields[1].name == "y");
    CHECK(S.fields[1].offset + S.fields[1].record->fields[1].offset == offsetof(with_anonymous_struct, y));
    CHECK(S.fields[2].offset == offsetof(with_anonymous_struct, last));
    constexpr memlayout::layout U = memlayout::layout_of<with_anonymous_union>();
    REQUIRE(U.fields[1].record != nullptr);
    CHECK(U.fields[1].kind == memlayout::member_kind::union_type);
    CHECK(U.fields[1].record->is_union);
    CHECK(U.fields[1].offset + U.fields[1].record->fields[1].offset == offsetof(with_anonymous_union, value));
    CHECK(U.fields[1].record->fields[1].name == "value");
    CHECK(U.fields[1].record->fields[1].size == sizeof(double));
    constexpr memlayout::layout I = memlayout::layout_of<integer_beside_anonymous_union>();
    CHECK(I.fields[0].name == "kind");
    CHECK(I.fields[1].offset == offsetof(integer_beside_anonymous_union, f));
    const std::string text = memlayout::report(I);
    CHECK(text.find("union {\n") != std::string::npos);
    CHECK(text.find("float                      f;") != std::string::npos);
#else
    // Its members placed by the C rules: every byte up to T's end is one's, so none could sit
    // elsewhere unseen. Each integer's width is the one it keeps a value in.
    constexpr memlayout::layout I = memlayout::layout_of<integer_beside_anonymous_union>();
    CHECK(!I.fields[0].is_bit_field());
    CHECK(I.fields[1].offset == offsetof(integer_beside_anonymous_union, f));
    constexpr memlayout::layout B = memlayout::layout_of<bits_beside_anonymous_union>();
    using bits = bits_beside_anonymous_union;
    const std::pair<std::size_t, std::size_t> live[4] = {
        test::bits_set_by<bits>([](bits& b) { b.kind = 15; }), test::bits_set_by<bits>([](bits& b) { b.rest = 4095; }),
        test::bits_set_by<bits>([](bits& b) { b.level = -1; }), test::bits_set_by<bits>([](bits& b) { b.high = -1; })};
    for (std::size_t i = 0; i < 4; ++i) {
        CAPTURE(i);
        CHECK(B.fields[i].bit_offset == live[i].first);
        CHECK(B.fields[i].bit_width == live[i].second);
    }
    CHECK(B.fields[5].offset == offsetof(bits, i));
    constexpr memlayout::layout E = memlayout::layout_of<enums_beside_anonymous_union>();
    using enums = enums_beside_anonymous_union;
    const auto c = test::bits_set_by<enums>([](enums& e) { e.c = static_cast<plain_colour>(3); });
    const auto w = test::bits_set_by<enums>([](enums& e) { e.w = static_cast<colour>(511); });
    CHECK(E.fields[0].bit_offset == c.first);
    CHECK(E.fields[0].bit_width == c.second);
    CHECK(E.fields[1].bit_offset == w.first);
    CHECK(E.fields[1].bit_width == w.second);
    CHECK(E.fields[3].offset == offsetof(enums, more));
    constexpr memlayout::layout S = memlayout::layout_of<with_anonymous_struct>();
    static_assert(S.fields.size() == 3);
    CHECK(S.fields[1].anonymous);
    CHECK(S.fields[1].name.empty());
    CHECK(S.fields[1].name_visible);  // no name to show: GCC tells it from a named member
    CHECK(S.fields[1].record == nullptr);  // one block
    CHECK(S.fields[1].offset == offsetof(with_anonymous_struct, x));
    CHECK(S.fields[1].size == 4);
    CHECK(S.fields[2].offset == offsetof(with_anonymous_struct, last));
    constexpr memlayout::layout U = memlayout::layout_of<with_anonymous_union>();
    CHECK(U.fields[1].anonymous);
    CHECK(U.fields[1].kind == memlayout::member_kind::union_type);
    CHECK(U.fields[1].offset == offsetof(with_anonymous_union, name));
    CHECK(U.size == sizeof(with_anonymous_union));
    CHECK(memlayout::report(U).find("union { /* members not reflected */ };") != std::string::npos);
#endif
}

namespace {
// A named member of an unnamed union type (glibc's sigaction, ifconf): no anonymous member, so
// a structured binding decomposes the class, and every member is named, at its address.
struct named_unnamed_union {
    int kind;
    union {
        int number;
        void* pointer;
    } value;
    int flags;
    void (*done)();
};
// An anonymous union whose later member is a named struct (bpf_sock_tuple): the walk gives no
// type for it, so the union is one block, at its offset, of its size. (No slack either side,
// so GCC, which places the members of a class with an anonymous member by the rules, is sure of
// them too.)
struct later_named_struct {
    int tag;
    union {
        struct {
            int saddr;
            short sport;
        } ipv4;
        struct {
            int saddr[4];
            short sport;
        } ipv6;
    };
    int tail;
};
}  // namespace

TEST_CASE("A named member of an unnamed type is bound, with its name", "[c_structs]") {
    constexpr memlayout::layout L = memlayout::layout_of<named_unnamed_union>();
    static_assert(L.fields.size() == 4);
    CHECK(L.checked == memlayout::verification::addresses);
    CHECK(!L.fields[1].anonymous);
    CHECK(L.fields[1].name == "value");
    CHECK(L.fields[1].name_visible);
    CHECK(L.fields[1].kind == memlayout::member_kind::union_type);
    CHECK(L.fields[1].offset == offsetof(named_unnamed_union, value));
    CHECK(L.fields[1].size == sizeof(named_unnamed_union::value));
    CHECK(L.fields[2].name == "flags");
    CHECK(L.fields[2].offset == offsetof(named_unnamed_union, flags));
    CHECK(L.fields[3].name == "done");
    CHECK(L.fields[3].offset == offsetof(named_unnamed_union, done));
}

TEST_CASE("An anonymous member whose members cannot all be placed is one block", "[c_structs]") {
    constexpr memlayout::layout L = memlayout::layout_of<later_named_struct>();
    static_assert(L.fields.size() == 3);
    CHECK(L.fields[1].anonymous);
    CHECK(L.fields[1].record == nullptr);
    CHECK(L.fields[1].kind == memlayout::member_kind::union_type);
    CHECK(L.fields[1].offset == offsetof(later_named_struct, ipv4));
    CHECK(L.fields[1].size == sizeof(later_named_struct::ipv6));
    CHECK(L.fields[1].offset + L.fields[1].size == offsetof(later_named_struct, tail));
    CHECK(L.fields[2].offset == offsetof(later_named_struct, tail));
    CHECK(L.size == sizeof(later_named_struct));
    CHECK(memlayout::report(L).find("union { /* members not reflected */ };") != std::string::npos);
}

#if defined(__clang__)
namespace {
// A union of two anonymous structs (glibc's udphdr): the first struct is reached by aggregate
// initialization, the second's members are listed flat.
struct two_views {
    union {
        struct {
            unsigned short sport, dport;
        };
        struct {
            unsigned short source, dest;
        };
    };
};
union number {
    int i;
    double d;
    char text[5];
};
struct holds_number {
    char tag;
    number value;
};
}  // namespace

TEST_CASE("Clang: unions, and a union of anonymous structs", "[c_structs]") {
    constexpr memlayout::layout N = memlayout::layout_of<number>();
    static_assert(N.is_union && N.size == sizeof(number) && N.fields.size() == 3);
    for (const memlayout::field& f : N.fields) CHECK(f.offset == 0);
    CHECK(N.fields[2].kind == memlayout::member_kind::array);
    CHECK(N.fields[2].count == 5);
    CHECK(memlayout::report(N).rfind("union ", 0) == 0);
    constexpr memlayout::layout H = memlayout::layout_of<holds_number>();
    REQUIRE(H.fields[1].record != nullptr);  // a named union member: its members too
    CHECK(H.fields[1].record->fields[1].name == "d");
    constexpr memlayout::layout V = memlayout::layout_of<two_views>();
    REQUIRE(V.fields.size() == 1);
    const memlayout::layout& inner = *V.fields[0].record;
    CHECK(inner.is_union);
    CHECK(inner.flattened);
    REQUIRE(inner.fields.size() == 3);  // struct { sport, dport }, source, dest
    CHECK(inner.fields[0].anonymous);
    CHECK(inner.fields[0].record->fields[1].offset == offsetof(two_views, dport));
    CHECK(inner.fields[2].name == "dest");
    CHECK(inner.fields[2].offset == offsetof(two_views, dest));
    CHECK(memlayout::report(V).find("listed flat") != std::string::npos);
}

namespace {
struct empty_tag {};
// An anonymous struct with a member record the walk gives no address of (an empty struct, as in
// the kernel's __DECLARE_FLEX_ARRAY), after reserved bits: the walk alone would place `tag` by
// the rules, at 4, where the unnamed bit-field could have moved it unseen; a structured binding
// of the anonymous struct's type gives its address.
struct flex_after_reserved {
    unsigned count;
    struct {
        unsigned char : 8;
        empty_tag tag;
        char name[];
    };
};
}  // namespace

namespace {
struct point {
    int x, y;
};
// A union's later member of the first member's type (the kernel's ptp_perout_request): known.
struct same_typed_views {
    union {
        point start;
        point phase;
    };
    int tail;
};
// The same type inside a nested anonymous struct, at 4: not the first member's place.
struct same_type_elsewhere {
    union {
        point first;
        struct {
            int pad;
            point later;
        };
    };
};
}  // namespace

TEST_CASE("Clang: a union's later member of its first member's type", "[c_structs]") {
    constexpr memlayout::layout L = memlayout::layout_of<same_typed_views>();
    REQUIRE(L.fields[0].record != nullptr);
    const memlayout::layout& views = *L.fields[0].record;
    REQUIRE(views.fields.size() == 2);
    CHECK(views.fields[1].name == "phase");
    CHECK(views.fields[1].offset == 0);
    CHECK(views.fields[1].size == sizeof(point));
    CHECK(views.fields[1].type_name == views.fields[0].type_name);
    REQUIRE(views.fields[1].record != nullptr);
    CHECK(views.fields[1].record->fields[1].offset == offsetof(point, y));
    CHECK(L.fields[1].offset == offsetof(same_typed_views, tail));
    // Elsewhere: its place is not the union's start (its fields are not where the first
    // member's are), and no technique gives the nested struct's extent: one block.
    constexpr memlayout::layout E = memlayout::layout_of<same_type_elsewhere>();
    REQUIRE(E.fields.size() == 1);
    CHECK(E.fields[0].record == nullptr);
    CHECK(E.fields[0].size == sizeof(same_type_elsewhere));
}

TEST_CASE("Clang: an anonymous struct's members at the addresses a binding of its type gives", "[c_structs]") {
    constexpr memlayout::layout L = memlayout::layout_of<flex_after_reserved>();
    static_assert(L.fields.size() == 2);
    CHECK(L.size == sizeof(flex_after_reserved));
    REQUIRE(L.fields[1].anonymous);
    REQUIRE(L.fields[1].record != nullptr);
    const memlayout::layout& inner = *L.fields[1].record;
    REQUIRE(inner.fields.size() == 2);
    CHECK(inner.fields[0].name == "tag");
    CHECK(L.fields[1].offset + inner.fields[0].offset == offsetof(flex_after_reserved, tag));
    CHECK(inner.fields[1].name == "name");
    CHECK(inner.fields[1].flexible);
    CHECK(L.fields[1].offset + inner.fields[1].offset == offsetof(flex_after_reserved, name));
}

namespace {
struct tagged {
    int kind;
    union {
        int number;
        float real;
    };
    char tag[3];
};
}  // namespace

TEST_CASE("Clang: the dump of a walked class prints no value it cannot type", "[c_structs]") {
    // Aggregate initialization shows `tag`'s element type (char), not char[3]: no value is
    // printed from it, only the bytes.
    tagged t{};
    t.kind = 7;
    t.number = 42;
    std::memcpy(t.tag, "ab", 3);
    const std::string text = fmt::format("{}", memlayout::dump(t));
    CAPTURE(text);
    CHECK(text.find("07 00 00 00   7") != std::string::npos);
    const std::size_t tag_row = text.find("  tag ");
    REQUIRE(tag_row != std::string::npos);
    const std::string row = text.substr(tag_row, text.find('\n', tag_row) - tag_row);
    CHECK(row.find("61 62 00") != std::string::npos);
    CHECK(row.substr(row.find("61 62 00") + 8).find_first_not_of(' ') == std::string::npos);
}
#endif

TEST_CASE("reflectable answers for every complete type, never a hard error", "[c_structs]") {
    static_assert(memlayout::reflectable<with_arrays>);
    static_assert(memlayout::reflectable<flags>);
    static_assert(memlayout::reflectable<with_flexible_tail>);
    static_assert(memlayout::reflectable<false_sharing>);
    static_assert(!memlayout::reflectable<int>);
    static_assert(!memlayout::reflectable<std::string>);
    SUCCEED("checked at compile time");
}

TEST_CASE("JSON carries extents, flexible members and bit-fields", "[c_structs]") {
    const std::string arrays = memlayout::to_json(memlayout::layout_of<with_arrays>());
    CHECK(arrays.find("\"count\":12,\"extents\":[3,4]") != std::string::npos);
    CHECK(memlayout::to_json(memlayout::layout_of<with_flexible_tail>()).find("\"flexible\":true") != std::string::npos);
    constexpr memlayout::layout L = memlayout::layout_of<flags>();
    const std::string bits = memlayout::to_json(L);
    const std::string b = fmt::format("\"bit_offset\":{},\"bit_width\":5", L.fields[1].bit_offset);
    CHECK(bits.find(b) != std::string::npos);
    CHECK(L.fields[1].bit_offset == test::bits_set_by<flags>([](flags& f) { f.b = 31; }).first);
#if !defined(__clang__)
    CHECK(bits.find("\"name_visible\":false") != std::string::npos);
#endif
}

namespace {
// On i386 `big` starts at bit 32 of an 8-byte unit at offset 0 and its last bits are in byte 8;
// on x86_64 it fills the first 40 bits of the unit at 8.
struct spilling_bit_field {
    int before;
    long long big : 40;
    unsigned char last : 1;
};
}  // namespace
MEMLAYOUT_TEST_NAMED_BIT_FIELDS(spilling_bit_field);

TEST_CASE("A bit-field's bytes are where its bits are, also past its storage unit", "[c_structs]") {
    constexpr memlayout::layout L = memlayout::layout_of<spilling_bit_field>();
    const auto big = test::bits_set_by<spilling_bit_field>([](spilling_bit_field& s) { s.big = -1; });
    const auto last = test::bits_set_by<spilling_bit_field>([](spilling_bit_field& s) { s.last = 1; });
    CHECK(L.fields[1].bit_offset == big.first);
    CHECK(L.fields[1].bit_width == big.second);
    CHECK(L.fields[2].bit_offset == last.first);
    // No byte that holds a bit of a member is called a hole or padding.
    for (const memlayout::hole h : L.holes())
        for (std::size_t byte = h.offset; byte < h.offset + h.size; ++byte) {
            CAPTURE(byte);
            CHECK((byte + 1) * 8 <= big.first);  // holes lie before big ...
        }
    CHECK(L.fields[1].end() * 8 >= big.first + big.second);  // ... and big ends after its last bit
    CHECK(L.size - L.tail_padding() >= (last.first + last.second + 7) / 8);
}

namespace {
// A register map: reserved bits as an unnamed bit-field. No structured binding, aggregate
// initialization or walk shows it; only the bits do.
struct register_map {
    unsigned enable : 1;
    unsigned : 3;
    unsigned mode : 2;
    int next;
};
// The same bits with every bit named up to `next`: wherever an unnamed bit-field went, `next`
// would move, so the rules' places are the compiler's.
struct register_map_pinned {
    unsigned enable : 1;
    unsigned reserved : 3;
    unsigned mode : 2;
    unsigned rest : 26;
    int next;
};
struct flag_after_id {
    int id;
    unsigned ready : 1;
};
// GCC 12 places the members of a class with an anonymous member by the C rules; the alignas
// moves g to 8, and sizeof and alignof are what they would be without it.
struct hidden_alignas {
    float f;
    alignas(8) float g;
    union {
        float a;
        float b;
    };
    double d;
};
// Every byte up to d is a member's: nothing unseen could move one.
struct anonymous_no_slack {
    float f;
    float g;
    union {
        float a;
        float b;
    };
    float h;
    double d;
};
}  // namespace

TEST_CASE("An unnamed bit-field: seen where the compiler shows bits, else refused unless stated away", "[c_structs]") {
    const auto mode = test::bits_set_by<register_map>([](register_map& r) { r.mode = 3; });
    REQUIRE(mode.first == 4);  // after the 3 reserved bits
#if defined(__clang__)
    // Clang 16 shows no bit-field's bits at compile time: mode's place is the rules' guess.
    STATIC_REQUIRE(!memlayout::reflectable<register_map>);
    STATIC_REQUIRE(!memlayout::reflectable<flag_after_id>);
    // ready starts a unit: no alignment could move it, only an unnamed bit-field.
    constexpr auto stated = memlayout::abi::assume::named_bit_fields;
    STATIC_REQUIRE(memlayout::predictable<flag_after_id, memlayout::abi::host, stated>);
    STATIC_REQUIRE(!memlayout::predictable<flag_after_id, memlayout::abi::host, memlayout::abi::assume::natural_alignment>);
    constexpr memlayout::layout flag = memlayout::layout_of<flag_after_id, memlayout::abi::host, stated>();
    CHECK(flag.fields[1].bit_offset == test::bits_set_by<flag_after_id>([](flag_after_id& f) { f.ready = 1; }).first);
#else
    constexpr memlayout::layout L = memlayout::layout_of<register_map>();
    STATIC_REQUIRE(L.fields.size() == 3);
    CHECK(L.fields[1].bit_offset == mode.first);
    CHECK(L.fields[1].bit_width == mode.second);
    STATIC_REQUIRE(memlayout::reflectable<flag_after_id>);
#endif
    // Pinned: the same on both compilers, with nothing stated.
    constexpr memlayout::layout P = memlayout::layout_of<register_map_pinned>();
    CHECK(P.fields[2].bit_offset == test::bits_set_by<register_map_pinned>([](register_map_pinned& r) { r.mode = 3; }).first);
    CHECK(P.fields[3].bit_offset == test::bits_set_by<register_map_pinned>([](register_map_pinned& r) { r.rest = 1; }).first);
}

TEST_CASE("Members the C rules place are refused where an alignas could have moved one unseen", "[c_structs]") {
#if defined(__clang__)
    // Clang 16's walk gives every member's address.
    constexpr memlayout::layout L = memlayout::layout_of<hidden_alignas>();
    CHECK(L.fields[1].offset == offsetof(hidden_alignas, g));
#else
    STATIC_REQUIRE(!memlayout::reflectable<hidden_alignas>);
    STATIC_REQUIRE(!memlayout::predictable<hidden_alignas, memlayout::abi::host, memlayout::abi::assume::named_bit_fields>);
#endif
    constexpr memlayout::layout N = memlayout::layout_of<anonymous_no_slack>();
    CHECK(N.fields[3].offset == offsetof(anonymous_no_slack, h));
    CHECK(N.fields[4].offset == offsetof(anonymous_no_slack, d));
}

namespace {
// Bit-fields beside a pointer: no byte image on GCC 12 (widths from kept values), none on
// Clang 16; both place them by the rules, pinned by `next`. On i386 a long long unit starts at
// any multiple of 4, so `big` sits at bit 32 there and at 64 on x86_64.
struct bits_beside_pointer {
    int before;
    long long big : 56;
    long long more : 8;
    void* next;
};
}  // namespace

TEST_CASE("Bit-fields beside a pointer, placed by the rules and pinned by the next member", "[c_structs]") {
    constexpr memlayout::layout L = memlayout::layout_of<bits_beside_pointer>();
    using bits = bits_beside_pointer;
    const auto big = test::bits_set_by<bits>([](bits& b) { b.big = -1; });
    const auto more = test::bits_set_by<bits>([](bits& b) { b.more = -1; });
    CHECK(L.fields[1].position_from_rules);
    CHECK(L.fields[1].bit_offset == big.first);
    CHECK(L.fields[1].bit_width == big.second);
    CHECK(L.fields[2].bit_offset == more.first);
    CHECK(L.fields[2].bit_width == more.second);
    CHECK(L.fields[3].offset == offsetof(bits, next));
    CHECK(L.size == sizeof(bits));
}
