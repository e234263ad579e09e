// A layout as words in a compiled file's data, read back by another program
// (<memlayout/detail/layout_image.hpp>, what `memlayout show` reads from the compiler's assembly).
#include <memlayout/detail/layout_image.hpp>
#include <memlayout/json.hpp>
#include <memlayout/memlayout.hpp>

#include "catch.hpp"
#include "corpus/c_corpus.hpp"
#include "corpus/corpus.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace abi = memlayout::abi;

namespace {

// Refused by both compilers: where a virtual base sits is read from the vtable at run time.
struct ImageBase {
    int a;
};
struct ImageVirtualBase : virtual ImageBase {
    int b;
};

// The JSON of T's layout, and that of its image read back: the JSON carries every figure and
// flag of every member, nested records too. A layout reflected on the host names the data model
// the compiler builds for, and reads back so.
template <class T>
void check_round_trip() {
    static constexpr auto words = memlayout::detail::layout_image<T, abi::host, abi::assume::nothing>();
    memlayout::detail::image_reader reader;
    const memlayout::layout& back = reader.read(words);
    CHECK(reader.native() == abi::native_name);
    const std::string original = memlayout::to_json(memlayout::layout_of<T>());
    CHECK(original.find("\"target\":\"" + std::string(abi::native_name) + "\"") != std::string::npos);
    CHECK(memlayout::to_json(back) == original);
}

}  // namespace

TEST_CASE("A layout image reads back as the layout it was made of") {
    check_round_trip<C01_Sample>();
    check_round_trip<C11_Nested>();
    check_round_trip<K01_BitFields>();
    check_round_trip<K02_CArrays>();
    check_round_trip<K03_BitsAndHoles>();
    check_round_trip<K04_Flexible>();
}

TEST_CASE("A predicted layout's image keeps its target and says it was predicted") {
    constexpr auto stated = abi::assume::natural_alignment | abi::assume::named_bit_fields;
    static constexpr auto words = memlayout::detail::layout_image<C01_Sample, abi::aarch64, stated>();
    memlayout::detail::image_reader reader;
    const memlayout::layout& back = reader.read(words);
    CHECK(back.target == "aarch64");
    CHECK(back.checked == memlayout::verification::predicted);
    CHECK(memlayout::to_json(back) == memlayout::to_json(memlayout::layout_of<C01_Sample, abi::aarch64, stated>()));
}

TEST_CASE("A refused type's image is one word, and a damaged image is refused") {
    STATIC_REQUIRE(memlayout::detail::layout_image<ImageVirtualBase, abi::host, abi::assume::nothing>().size() == 1);
    static constexpr auto words = memlayout::detail::layout_image<C11_Nested, abi::host, abi::assume::nothing>();
    memlayout::detail::image_reader reader;
    const std::vector<std::uint32_t> cut(words.begin(), words.end() - 1);
    CHECK_THROWS_AS(reader.read(cut), memlayout::detail::image_reader::bad_image);
    std::vector<std::uint32_t> longer(words.begin(), words.end());
    longer.push_back(0);
    CHECK_THROWS_AS(reader.read(longer), memlayout::detail::image_reader::bad_image);
    std::vector<std::uint32_t> other(words.begin(), words.end());
    other[0] ^= 1;
    CHECK_THROWS_AS(reader.read(other), memlayout::detail::image_reader::bad_image);
}
