// layout_of<T>(): every figure against the compiler, at compile time and at run time.
#include <memlayout/memlayout.hpp>

#include "catch.hpp"
#include "corpus/corpus_types.hpp"

#include <boost/pfr/core.hpp>

#include <cfloat>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

memlayout::layout sample_layout_from_second_translation_unit();

namespace {

constexpr bool is_identifier(std::string_view s) {
    if (s.empty() || (s[0] >= '0' && s[0] <= '9')) return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return true;
}

// Each member's real offset and size, from a live object, against the layout. The checks are
// not a template: only the addresses are read per member type.
struct real_member {
    std::ptrdiff_t offset;
    std::size_t size;
};
void require_members_at(const memlayout::layout& L, const std::vector<real_member>& real) {
    REQUIRE(real.size() == L.fields.size());
    for (std::size_t index = 0; index < real.size(); ++index) {
        const memlayout::field& f = L.fields[index];
        INFO(L.type_name << "::" << f.name << " (member " << index << ")");
        CHECK(real[index].offset == static_cast<std::ptrdiff_t>(f.offset));
        CHECK(real[index].size == f.size);
        CHECK(f.offset % f.align == 0);
        CHECK(is_identifier(f.name));
        CHECK_FALSE(f.type_name.empty());
        if (f.kind == memlayout::member_kind::record) {
            REQUIRE(f.record != nullptr);
            CHECK(f.record->size == f.size);
            CHECK(f.record->align == f.align * (L.packing == 0 ? 1 : f.record->align / f.align));
        }
    }
}

template <class T, std::size_t... I>
void require_members_where_the_compiler_put_them(std::index_sequence<I...>) {
    static T object{};  // static: zero-initialised, and addresses stay valid for the checks
    const auto* base = reinterpret_cast<const volatile unsigned char*>(&object);
    const auto real = [&](const auto& member) {
        return real_member{reinterpret_cast<const volatile unsigned char*>(&member) - base, sizeof(member)};
    };
    require_members_at(memlayout::layout_of<T>(), {real(boost::pfr::get<I>(object))...});
}

}  // namespace

TEMPLATE_LIST_TEST_CASE("every member sits where the compiler put it", "[corpus]", corpus_types) {
    using T = TestType;
    constexpr memlayout::layout L = memlayout::layout_of<T>();
    STATIC_REQUIRE(L.size == sizeof(T));
    STATIC_REQUIRE(L.align == alignof(T));
    STATIC_REQUIRE(L.fields.size() == boost::pfr::tuple_size_v<T>);
    // memlayout counts members itself; for these aggregates (no C arrays) the count is Boost.PFR's.
    STATIC_REQUIRE(memlayout::detail::member_count<T> == boost::pfr::tuple_size_v<T>);
    STATIC_REQUIRE(L.member_bytes() + L.padding_bytes() == L.size);
    // GCC will not bind a reference to a member of a packed struct, so boost::pfr::get cannot
    // reach them; the packed corpus structs are checked against offsetof below and by pahole.
    if constexpr (L.packing == 0)
        require_members_where_the_compiler_put_them<T>(std::make_index_sequence<boost::pfr::tuple_size_v<T>>{});
}

TEST_CASE("the quick-start example holds on x86_64") {
    constexpr auto L = memlayout::layout_of<C01_Sample>();
#if defined(__x86_64__)
    STATIC_REQUIRE(L.size == 40 && L.align == 8);
    STATIC_REQUIRE(L.fields[1].name == "d" && L.fields[1].offset == 8);
    STATIC_REQUIRE(L.padding_bytes() == 20);
    STATIC_REQUIRE(L.holes()[0] == memlayout::hole{1, 7, 0});
    STATIC_REQUIRE(L.holes()[1] == memlayout::hole{18, 6, 2});
    STATIC_REQUIRE(L.tail_padding() == 7);
#elif defined(__i386__)
    STATIC_REQUIRE(L.size == 24 && L.align == 4);
    STATIC_REQUIRE(L.fields[1].offset == 4 && L.padding_bytes() == 8);  // holes 3 + 2, tail 3
#endif
    STATIC_REQUIRE(L.fields[1].offset == offsetof(C01_Sample, d));
    STATIC_REQUIRE(L.fields[3].offset == offsetof(C01_Sample, p));
}

TEST_CASE("member names are the identifiers, in declaration order") {
    constexpr auto L = memlayout::layout_of<C01_Sample>();
    constexpr std::string_view expected[] = {"c", "d", "s", "p", "b"};
    for (std::size_t i = 0; i < L.fields.size(); ++i) CHECK(L.fields[i].name == expected[i]);

    constexpr auto many = memlayout::layout_of<C32_ManyMembers>();
    for (std::size_t i = 0; i < many.fields.size(); ++i) {
        std::string name = "m" + std::string(i < 10 ? "0" : "") + std::to_string(i);
        CHECK(many.fields[i].name == name);
    }
}

namespace {
// Signatures spelled the way the compiler at hand spells them (see member_names.hpp).
#if defined(__clang__)
#define MEMLAYOUT_ELEMENT(name) "{&fake_object_storage.held.value." name "}"
constexpr std::string_view three = "[with auto A = std::array<address, 3>{{" MEMLAYOUT_ELEMENT("alpha") ", " MEMLAYOUT_ELEMENT(
    "b") ", " MEMLAYOUT_ELEMENT("gamma_2") "}}]";
constexpr std::string_view uneven = "[with auto A = std::array<address, 3>{{" MEMLAYOUT_ELEMENT("alpha") ",  " MEMLAYOUT_ELEMENT(
    "b") ", " MEMLAYOUT_ELEMENT("gamma_2") "}}]";
constexpr std::string_view unlike = "[with auto A = std::array<address, 2>{{" MEMLAYOUT_ELEMENT(
    "alpha") ", {&fake_object_storage.hold.value.b}}}]";
constexpr std::string_view single = "[with auto A = std::array<address, 1>{{" MEMLAYOUT_ELEMENT("alpha") "}}]";
constexpr std::string_view nested = "[with auto A = std::array<address, 2>{{" MEMLAYOUT_ELEMENT("alpha") ", " MEMLAYOUT_ELEMENT(
    "b.c") "}}]";
#else
#define MEMLAYOUT_ELEMENT(name) "(& memlayout::detail::fake_object_plain<S<void(std::size_t)>>.S<void(std::size_t)>::" name ")"
constexpr std::string_view three = "[with auto ...Pointers = {" MEMLAYOUT_ELEMENT("alpha") ", " MEMLAYOUT_ELEMENT(
    "b") ", " MEMLAYOUT_ELEMENT("gamma_2") "}]";
constexpr std::string_view uneven = "[with auto ...Pointers = {" MEMLAYOUT_ELEMENT("alpha") ",  " MEMLAYOUT_ELEMENT(
    "b") ", " MEMLAYOUT_ELEMENT("gamma_2") "}]";
constexpr std::string_view unlike = "[with auto ...Pointers = {" MEMLAYOUT_ELEMENT(
    "alpha") ", (& memlayout::detail::fake_object_plain<S<void(std::size_t)>>.S<void(std::size_t)>:;b)}]";
constexpr std::string_view single = "[with auto ...Pointers = {" MEMLAYOUT_ELEMENT("alpha") "}]";
constexpr std::string_view nested = "[with auto ...Pointers = {" MEMLAYOUT_ELEMENT("alpha") ", " MEMLAYOUT_ELEMENT("b.c") "}]";
#endif
#undef MEMLAYOUT_ELEMENT
}  // namespace

// A struct whose spelling has a ')' followed by ", " (GCC: "Spelled<void(int), 3>"): not a name's end.
template <class F, int N>
struct Spelled {
    int alpha;
    char beta;
};

TEST_CASE("member names are read from the signature, or refused") {
    constexpr auto spelled = memlayout::layout_of<Spelled<void(int), 3>>();
    STATIC_REQUIRE(spelled.fields[0].name == "alpha");
    STATIC_REQUIRE(spelled.fields[1].name == "beta");
    STATIC_REQUIRE(spelled.fields[1].name_visible);

    using memlayout::detail::find_member_names;
    constexpr auto names = find_member_names<3>(three.data(), three.size());
    STATIC_REQUIRE(names.found == 3);
    STATIC_REQUIRE(three.substr(names.start[0], names.length[0]) == "alpha");
    STATIC_REQUIRE(three.substr(names.start[1], names.length[1]) == "b");
    STATIC_REQUIRE(three.substr(names.start[2], names.length[2]) == "gamma_2");
    STATIC_REQUIRE(names.total_length == 13);
    // Fewer names expected than the signature holds: refused, not the last two.
    STATIC_REQUIRE(find_member_names<2>(three.data(), three.size()).found != 2);
    // More expected than it holds: refused.
    STATIC_REQUIRE(find_member_names<4>(three.data(), three.size()).found != 4);
    // Elements not spelled alike: refused.
    STATIC_REQUIRE(find_member_names<3>(uneven.data(), uneven.size()).found != 3);
    STATIC_REQUIRE(find_member_names<2>(unlike.data(), unlike.size()).found != 2);
    // A path, not a name (a member of a member): refused.
    STATIC_REQUIRE(find_member_names<2>(nested.data(), nested.size()).found != 2);
    // One element, its prefix read from itself.
    constexpr auto only = find_member_names<1>(single.data(), single.size());
    STATIC_REQUIRE(only.found == 1);
    STATIC_REQUIRE(single.substr(only.start[0], only.length[0]) == "alpha");
    // Not a signature at all.
    constexpr std::string_view junk = "no members here";
    STATIC_REQUIRE(find_member_names<1>(junk.data(), junk.size()).found != 1);
}

// The reader measures names its own way on each compiler (GCC: strspn with a set of
// characters; Clang: the test written out); both must take what is_identifier_char takes.
TEST_CASE("the names' reader takes the characters is_identifier_char takes") {
    for (int c = 1; c < 256; ++c) {
        const char text[2] = {static_cast<char>(c), '\0'};
        CAPTURE(c);
        CHECK((memlayout::detail::identifier_length(text, 1, 0) == 1) ==
              memlayout::detail::is_identifier_char(static_cast<char>(c)));
    }
}

TEST_CASE("type names are readable") {
    constexpr auto sample = memlayout::layout_of<C01_Sample>();
    STATIC_REQUIRE(sample.type_name == "C01_Sample");
    STATIC_REQUIRE(sample.fields[0].type_name == "char");
    STATIC_REQUIRE(sample.fields[1].type_name == "double");
    STATIC_REQUIRE(sample.fields[3].type_name == "int*");
    STATIC_REQUIRE(sample.fields[4].type_name == "bool");
    constexpr auto arrays = memlayout::layout_of<C10_StdArrays>();
    STATIC_REQUIRE(arrays.fields[1].type_name == "std::array<int, 3>");
    constexpr auto fp = memlayout::layout_of<C08_FunctionPointers>();
    STATIC_REQUIRE(fp.fields[1].type_name == "void (*)(int)");
    constexpr auto consts = memlayout::layout_of<C18_Consts>();
    STATIC_REQUIRE(consts.fields[0].type_name == "const int");
}

namespace {
struct Unnamed {};
}  // namespace

TEST_CASE("type names are spelled as people write them, the same with every compiler") {
    using memlayout::detail::type_name_v;
    // GCC 12 spells these "long unsigned int", "short int", "std::__cxx11::basic_string<char>",
    // "{anonymous}::..." and "> >"; Clang 16 "unsigned long", "std::basic_string<char>",
    // "(anonymous namespace)::..." and "int *".
    STATIC_REQUIRE(type_name_v<unsigned long> == "unsigned long");
    STATIC_REQUIRE(type_name_v<short> == "short");
    STATIC_REQUIRE(type_name_v<unsigned short> == "unsigned short");
    STATIC_REQUIRE(type_name_v<long long> == "long long");
    STATIC_REQUIRE(type_name_v<unsigned long long> == "unsigned long long");
    STATIC_REQUIRE(type_name_v<unsigned> == "unsigned int");
    STATIC_REQUIRE(type_name_v<signed char> == "signed char");
    STATIC_REQUIRE(type_name_v<long double> == "long double");
    STATIC_REQUIRE(type_name_v<std::string> == "std::string");
    STATIC_REQUIRE(type_name_v<std::wstring> == "std::wstring");
    STATIC_REQUIRE(type_name_v<std::string_view> == "std::string_view");
    STATIC_REQUIRE(type_name_v<std::vector<double>> == "std::vector<double>");
    STATIC_REQUIRE(type_name_v<std::vector<std::vector<unsigned long>>> == "std::vector<std::vector<unsigned long>>");
    STATIC_REQUIRE(type_name_v<const volatile unsigned long*> == "const volatile unsigned long*");
    STATIC_REQUIRE(type_name_v<const char* const*> == "const char* const*");
    STATIC_REQUIRE(type_name_v<int (*)(long, short)> == "int (*)(long, short)");
    STATIC_REQUIRE(type_name_v<Unnamed> == "(anonymous namespace)::Unnamed");
    // C arrays: GCC 12 spells "char [16]", "int* [2]", "void (* [2])(int)".
    STATIC_REQUIRE(type_name_v<char[16]> == "char[16]");
    STATIC_REQUIRE(type_name_v<unsigned long[3][2]> == "unsigned long[3][2]");
    STATIC_REQUIRE(type_name_v<const volatile long long[1][2][3]> == "const volatile long long[1][2][3]");
    STATIC_REQUIRE(type_name_v<char[]> == "char[]");
    STATIC_REQUIRE(type_name_v<int[][4]> == "int[][4]");
    STATIC_REQUIRE(type_name_v<Unnamed[10000000]> == "(anonymous namespace)::Unnamed[10000000]");
    STATIC_REQUIRE(type_name_v<std::string[2]> == "std::string[2]");
    STATIC_REQUIRE(type_name_v<const char* const[2]> == "const char* const[2]");
    STATIC_REQUIRE(type_name_v<void (*[2])(int)> == "void (*[2])(int)");
}

// An array of a class, a number or an enum is spelled from its element's spelling and its
// extents, not from its own signature: both ways give the same.
template <class U>
constexpr bool spelled_alike() {
    using namespace memlayout::detail;
    static_assert(spelled_from_element<U>());
    return type_name_v<U> == type_name_storage<U>::text.view();
}
enum class SpelledEnum : short { one };

TEST_CASE("a C array's name made from its element's is the name its signature gives") {
    STATIC_REQUIRE(spelled_alike<char[16]>());
    STATIC_REQUIRE(spelled_alike<unsigned long[3][2]>());
    STATIC_REQUIRE(spelled_alike<const volatile long long[1][2][3]>());
    STATIC_REQUIRE(spelled_alike<char[]>());
    STATIC_REQUIRE(spelled_alike<int[][4]>());
    STATIC_REQUIRE(spelled_alike<Unnamed[1234567890]>());
    STATIC_REQUIRE(spelled_alike<SpelledEnum[7]>());
    STATIC_REQUIRE(spelled_alike<std::vector<std::string>[2]>());
    STATIC_REQUIRE(spelled_alike<const std::string[2][10]>());
    STATIC_REQUIRE(!memlayout::detail::spelled_from_element<int* [2]>());
}

namespace spelled_names {
struct shorty {};  // a keyword's prefix in a name of one identifier
namespace __1 {
struct inside {};  // a library's inline namespace's name, which the spelling drops
}  // namespace __1
}  // namespace spelled_names

// What the two passes make of a spelling, for comparison with the spelling itself.
constexpr bool unchanged_by_both_passes(std::string_view spelled) {
    using namespace memlayout::detail;
    char uniform[64]{};
    char written[64]{};
    const std::size_t n = uniform_spelling(spelled, uniform);
    const std::size_t m = with_aliases(std::string_view(uniform, n), written);
    return std::string_view(written, m) == spelled;
}

TEST_CASE("a name taken as spelled already is one the spelling passes would not change") {
    using memlayout::detail::already_uniform;
    constexpr std::string_view spellings[] = {
        "Widget", "ns::Widget", "a::b::C_1", "shorty", "longer", "_int", "int", "long", "unsigned int",
        "std::__cxx11::list", "std::__1::vector", "std::basic_string<char>", "{anonymous}::X", "int *", "S12",
    };
    for (const std::string_view s : spellings) {
        CAPTURE(s);
        if (already_uniform(s)) CHECK(unchanged_by_both_passes(s));
    }
    STATIC_REQUIRE(already_uniform("ns::Widget"));
    STATIC_REQUIRE(already_uniform("shorty"));
    STATIC_REQUIRE(!already_uniform("int"));
    STATIC_REQUIRE(!already_uniform("long"));
    STATIC_REQUIRE(!already_uniform("std::__cxx11::list"));
    STATIC_REQUIRE(!already_uniform("std::basic_string<char>"));
    STATIC_REQUIRE(!already_uniform("{anonymous}::X"));
    STATIC_REQUIRE(!unchanged_by_both_passes("std::__1::vector"));
    // already_uniform looks up only the words that start as a rewritten word may.
    for (const std::string_view w : {"signed", "unsigned", "short", "long", "int", "char", "double", "__int128", "__cxx11", "__1"}) {
        CAPTURE(w);
        CHECK(memlayout::detail::is_rewritten_word(w));
        CHECK(memlayout::detail::may_start_rewritten_word(w[0]));
    }
    STATIC_REQUIRE(memlayout::detail::type_name_v<spelled_names::shorty> == "spelled_names::shorty");
    STATIC_REQUIRE(memlayout::detail::type_name_v<spelled_names::__1::inside> == "spelled_names::inside");
}

TEST_CASE("member kinds say what each member is") {
    using memlayout::member_kind;
    constexpr auto enums = memlayout::layout_of<C09_Enums>();
    STATIC_REQUIRE(enums.fields[0].kind == member_kind::enumeration);
    // e64's underlying type is std::uint64_t, spelled as the compiler spells that type.
    STATIC_REQUIRE(enums.fields[1].underlying_type == memlayout::detail::type_name_v<std::uint64_t>);
    STATIC_REQUIRE(enums.fields[0].underlying_type == memlayout::detail::type_name_v<std::uint8_t>);
    STATIC_REQUIRE(enums.fields[1].size == 8);
    STATIC_REQUIRE(enums.fields[3].kind == member_kind::enumeration);  // unfixed underlying type
    STATIC_REQUIRE(enums.fields[3].size == sizeof(e32));

    constexpr auto arrays = memlayout::layout_of<C10_StdArrays>();
    STATIC_REQUIRE(arrays.fields[1].kind == member_kind::array);
    STATIC_REQUIRE(arrays.fields[1].count == 3 && arrays.fields[1].element_type == "int");
    constexpr auto records = memlayout::layout_of<C23_ArrayOfRecords>();
    STATIC_REQUIRE(records.fields[1].record->type_name == "Pair");

    constexpr auto pointers = memlayout::layout_of<C08_FunctionPointers>();
    STATIC_REQUIRE(pointers.fields[1].kind == member_kind::function_pointer);
    STATIC_REQUIRE(memlayout::layout_of<C07_Pointers>().fields[1].kind == member_kind::pointer);
    STATIC_REQUIRE(memlayout::layout_of<C26_MemberPointers>().fields[1].kind == member_kind::member_pointer);
    STATIC_REQUIRE(memlayout::layout_of<C27_UnionMember>().fields[1].kind == member_kind::union_type);
    STATIC_REQUIRE(memlayout::layout_of<C16_EmptyMember>().fields[1].kind == member_kind::record);
    STATIC_REQUIRE(memlayout::layout_of<C16_EmptyMember>().fields[1].record->fields.empty());
}

TEST_CASE("nested records expose their own layouts") {
    constexpr auto deep = memlayout::layout_of<C12_Deep>();
    STATIC_REQUIRE(deep.fields[1].kind == memlayout::member_kind::record);
    constexpr const memlayout::layout& d = *deep.fields[1].record;
    STATIC_REQUIRE(d.type_name == "Deep" && d.fields[1].name == "mid");
    constexpr const memlayout::layout& mid = *d.fields[1].record;
    STATIC_REQUIRE(mid.fields[2].name == "tail" && mid.fields[2].record->fields[1].name == "b");
    STATIC_REQUIRE(mid.fields[2].record->fields[1].offset == offsetof(Inner, b));
    STATIC_REQUIRE(d.fields[1].offset == offsetof(Deep, mid));
}

TEST_CASE("a member's alignment is the one it gets inside a struct") {
    constexpr auto L = memlayout::layout_of<C37_DoubleAfterInt>();
    STATIC_REQUIRE(L.fields[1].offset == offsetof(C37_DoubleAfterInt, d));
#if defined(__i386__)
    // The i386 System V ABI aligns a double member to 4, although the compiler prefers 8 for a
    // double on its own (__alignof__; GCC 8 and later answer alignof with the ABI's 4).
    STATIC_REQUIRE(__alignof__(double) == 8);
    STATIC_REQUIRE(L.fields[1].align == 4 && L.fields[1].offset == 4 && L.size == 12);
#elif defined(__x86_64__)
    STATIC_REQUIRE(L.fields[1].align == 8 && L.fields[1].offset == 8 && L.size == 16);
#endif
}

TEST_CASE("packed structs are laid out with their packing") {
    constexpr auto packed = memlayout::layout_of<C43_Packed>();
    STATIC_REQUIRE(packed.packing == 1 && packed.size == 13 && packed.align == 1);
    STATIC_REQUIRE(packed.fields[1].offset == 1 && packed.fields[2].offset == 5 && packed.fields[2].align == 1);
    STATIC_REQUIRE(packed.holes().empty());
    constexpr auto pack2 = memlayout::layout_of<C42_Pack2>();
    STATIC_REQUIRE(pack2.packing == 2 && pack2.fields[1].offset == 2 && pack2.fields[2].offset == 6);
    STATIC_REQUIRE(memlayout::layout_of<C44_NestedPacked>().fields[1].offset == 1);
}

TEST_CASE("over-aligned members and struct-level alignas") {
    constexpr auto L = memlayout::layout_of<C13_OverAligned16>();
    STATIC_REQUIRE(L.fields[1].offset == 16 && L.fields[1].align == 16 && L.size == 48);
    constexpr auto S = memlayout::layout_of<C22_StructAlignas>();
    STATIC_REQUIRE(S.align == 32 && S.size == 32 && S.tail_padding() == 27);
    constexpr auto line = memlayout::layout_of<C41_CharThenLine>();
    STATIC_REQUIRE(line.holes()[0].size == 63);
}

// Members after an over-aligned one lie past where the rules would put them from the start of
// the struct, but each where they would after the member before it: their alignment is their
// type's, not what their offsets happen to be multiples of.
struct AfterOverAligned {
    char c;
    alignas(16) int a;
    char d;
    int b;
};

TEST_CASE("a member after an over-aligned one keeps its type's alignment") {
    constexpr auto L = memlayout::layout_of<AfterOverAligned>();
    STATIC_REQUIRE(L.fields[1].offset == offsetof(AfterOverAligned, a) && L.fields[1].align == 16);
    STATIC_REQUIRE(L.fields[2].offset == offsetof(AfterOverAligned, d) && L.fields[2].offset == 20);
    STATIC_REQUIRE(L.fields[2].align == alignof(char));
    STATIC_REQUIRE(L.fields[3].offset == offsetof(AfterOverAligned, b) && L.fields[3].align == alignof(int));
}

TEST_CASE("types std::bit_cast can read are checked byte by byte") {
    using memlayout::verification;
    STATIC_REQUIRE(memlayout::layout_of<C46_EmptyArray>().checked == verification::byte_map);
    STATIC_REQUIRE(memlayout::layout_of<C03_Ints>().checked == verification::byte_map);
    STATIC_REQUIRE(memlayout::layout_of<C12_Deep>().checked == verification::byte_map);
    STATIC_REQUIRE(memlayout::layout_of<C43_Packed>().checked == verification::byte_map);
    // Where std::bit_cast cannot read T (pointers, unions), the offsets are the members' addresses.
    STATIC_REQUIRE(memlayout::layout_of<C07_Pointers>().checked == verification::addresses);
    STATIC_REQUIRE(memlayout::layout_of<C27_UnionMember>().checked == verification::addresses);
}

// The byte map check, given members' bytes by hand: it holds where they are data in the
// compiler's image of the struct and fails where one of them is padding there.
namespace byte_check {
struct Padded {
    char c;  // bytes 1 to 3 are padding
    int i;
    unsigned short s[3];  // bytes 14 and 15 are padding
};
constexpr std::size_t offsets[] = {0, 4, 8};
constexpr std::size_t sizes[] = {1, 4, 6};
constexpr std::size_t c_too_wide[] = {2, 4, 6};
constexpr std::size_t s_too_wide[] = {1, 4, 7};
constexpr bool all[] = {true, true, true};
constexpr bool mapped[] = {true, false, true};
constexpr bool i_bytes[] = {true, true, true, true};
constexpr bool i_and_padding[] = {true, true, true, true, true};
constexpr const bool* no_maps[] = {nullptr, nullptr, nullptr};
constexpr const bool* i_map[] = {nullptr, i_bytes, nullptr};
constexpr memlayout::detail::member_data_bytes as_laid_out{3, offsets, sizes, no_maps, all};
constexpr memlayout::detail::member_data_bytes c_over_padding{3, offsets, c_too_wide, no_maps, all};
constexpr memlayout::detail::member_data_bytes s_over_padding{3, offsets, s_too_wide, no_maps, all};
constexpr memlayout::detail::member_data_bytes i_by_map{3, offsets, sizes, i_map, mapped};
constexpr std::size_t i_into_padding[] = {0, 2, 8};
constexpr std::size_t i_wider[] = {1, 5, 6};
constexpr const bool* wider_map[] = {nullptr, i_and_padding, nullptr};
constexpr memlayout::detail::member_data_bytes i_map_over_padding{3, i_into_padding, i_wider, wider_map, mapped};
}  // namespace byte_check

TEST_CASE("the byte map check fails where a member's data byte is padding in the compiler's image") {
    using namespace byte_check;
    using memlayout::detail::member_data_bytes_defined;
    STATIC_REQUIRE(member_data_bytes_defined<Padded, as_laid_out>);
    STATIC_REQUIRE(member_data_bytes_defined<Padded, i_by_map>);
    STATIC_REQUIRE(!member_data_bytes_defined<Padded, c_over_padding>);
    STATIC_REQUIRE(!member_data_bytes_defined<Padded, s_over_padding>);
    STATIC_REQUIRE(!member_data_bytes_defined<Padded, i_map_over_padding>);
}

TEST_CASE("an x87 long double holds ten bytes of data; the rest of its slot is padding") {
    // GCC 12 calls the slot's last bytes data in a constant std::bit_cast, Clang 16 padding;
    // the ABI says padding, and both compilers' layouts say so.
    constexpr std::size_t data = [] {
        std::size_t n = 0;
        for (bool b : memlayout::detail::leaf_data_bytes<long double>.data) n += b ? 1 : 0;
        return n;
    }();
    constexpr bool x87 = LDBL_MANT_DIG == 64 && sizeof(long double) > 10;
    STATIC_REQUIRE(data == (x87 ? 10 : sizeof(long double)));
}

namespace refusals {
struct WithReference { int& r; };
struct WithReferenceLater { int x; const int& r; };
union AUnion { int i; unsigned f : 3; };  // neither GCC 12 nor Clang 16 lists its members
struct Private { private: int x = 0; public: int get() const { return x; } };
struct Virtual { virtual ~Virtual() = default; int x; };
struct Empty {};
struct HoldsPrivate { char c; Private inner; };
}  // namespace refusals

TEST_CASE("members are counted once each: C arrays, empty classes, unions, bit-fields") {
    using memlayout::detail::member_count;
    struct Bits { unsigned a : 1, b : 1, c : 1, d : 1, e : 1, f : 1, g : 1, h : 1, i : 1; };  // more members than bytes
    STATIC_REQUIRE(member_count<Bits> == 9);
    struct Arrays { char c; int a[4]; int m[2][3]; };  // Boost.PFR counts 1 + 4 + 6
    STATIC_REQUIRE(member_count<Arrays> == 3);
    STATIC_REQUIRE(member_count<refusals::Empty> == 0);
    STATIC_REQUIRE(member_count<C36_EmptyOnly> == 2);
    STATIC_REQUIRE(member_count<C27_UnionMember> == 2);
}

TEST_CASE("what cannot be laid out is not reflectable") {
    STATIC_REQUIRE_FALSE(memlayout::reflectable<refusals::WithReference>);
    STATIC_REQUIRE_FALSE(memlayout::reflectable<refusals::WithReferenceLater>);
    STATIC_REQUIRE_FALSE(memlayout::reflectable<refusals::AUnion>);
#if defined(__clang__)
    // Clang 16 walks a class that is no aggregate (classes.test.cpp).
    STATIC_REQUIRE(memlayout::reflectable<refusals::Private>);
    STATIC_REQUIRE(memlayout::reflectable<refusals::Virtual>);
#else
    STATIC_REQUIRE_FALSE(memlayout::reflectable<refusals::Private>);
    STATIC_REQUIRE_FALSE(memlayout::reflectable<refusals::Virtual>);
#endif
    STATIC_REQUIRE_FALSE(memlayout::reflectable<int>);
    STATIC_REQUIRE(memlayout::reflectable<refusals::Empty>);
    STATIC_REQUIRE(memlayout::reflectable<const C01_Sample>);
}

TEST_CASE("a member whose own type cannot be reflected is laid out whole") {
    constexpr auto L = memlayout::layout_of<refusals::HoldsPrivate>();
    STATIC_REQUIRE(L.fields[1].kind == memlayout::member_kind::opaque && L.fields[1].record == nullptr);
    STATIC_REQUIRE(L.fields[1].offset == offsetof(refusals::HoldsPrivate, inner));
    STATIC_REQUIRE(L.size == sizeof(refusals::HoldsPrivate));
}

struct WithString { char tag; std::string text; int n; };

TEST_CASE("standard-library members are opaque blocks") {
    constexpr auto L = memlayout::layout_of<WithString>();
    STATIC_REQUIRE(L.fields[1].kind == memlayout::member_kind::opaque);
    STATIC_REQUIRE(L.fields[1].size == sizeof(std::string) && L.fields[1].offset == offsetof(WithString, text));
    STATIC_REQUIRE(L.fields[2].offset == offsetof(WithString, n));
}

#define MEMLAYOUT_HUNDRED_MEMBERS(X)                                                                               \
    X(0) X(1) X(2) X(3) X(4) X(5) X(6) X(7) X(8) X(9) X(10) X(11) X(12) X(13) X(14) X(15) X(16) X(17) X(18) X(19)  \
    X(20) X(21) X(22) X(23) X(24) X(25) X(26) X(27) X(28) X(29) X(30) X(31) X(32) X(33) X(34) X(35) X(36) X(37)     \
    X(38) X(39) X(40) X(41) X(42) X(43) X(44) X(45) X(46) X(47) X(48) X(49) X(50) X(51) X(52) X(53) X(54) X(55)     \
    X(56) X(57) X(58) X(59) X(60) X(61) X(62) X(63) X(64) X(65) X(66) X(67) X(68) X(69) X(70) X(71) X(72) X(73)     \
    X(74) X(75) X(76) X(77) X(78) X(79) X(80) X(81) X(82) X(83) X(84) X(85) X(86) X(87) X(88) X(89) X(90) X(91)     \
    X(92) X(93) X(94) X(95) X(96) X(97) X(98) X(99)
#define MEMLAYOUT_MEMBER(N) std::conditional_t<(N) % 3 == 0, char, int> m##N;
struct Hundred { MEMLAYOUT_HUNDRED_MEMBERS(MEMLAYOUT_MEMBER) };

TEST_CASE("a struct of 100 members reflects") {
    constexpr auto L = memlayout::layout_of<Hundred>();
    STATIC_REQUIRE(L.fields.size() == 100);
    STATIC_REQUIRE(memlayout::detail::member_count<Hundred> == boost::pfr::tuple_size_v<Hundred>);
    STATIC_REQUIRE(L.fields[99].name == "m99" && L.fields[99].offset == offsetof(Hundred, m99));
    STATIC_REQUIRE(L.size == sizeof(Hundred));
}

namespace {
struct Internal {
    char c;
    int* p;
};
}  // namespace

TEST_CASE("a type local to a function reflects") {
    struct Local {
        short s;
        double d;
    };
    constexpr memlayout::layout L = memlayout::layout_of<Local>();
    STATIC_REQUIRE(L.fields[1].name == "d" && L.fields[1].offset == offsetof(Local, d));
}

namespace {
const memlayout::layout& runtime_reference(const memlayout::layout& L) { return L; }
}  // namespace

TEST_CASE("a type with internal linkage reflects and links") {
    // The layout reaches the object file (it is used at run time); the addresses of the
    // never-defined object memlayout reads names through must not.
    static constexpr memlayout::layout L = memlayout::layout_of<Internal>();
    const memlayout::layout& at_run_time = runtime_reference(L);
    REQUIRE(at_run_time.fields[1].name == "p");
    REQUIRE(at_run_time.fields[1].offset == offsetof(Internal, p));
}

TEST_CASE("every translation unit sees the same layout") {
    const memlayout::layout other = sample_layout_from_second_translation_unit();
    constexpr memlayout::layout here = memlayout::layout_of<C01_Sample>();
    REQUIRE(other.fields.data() == here.fields.data());
    REQUIRE(other.size == here.size);
}
