// Layouts as JSON (<memlayout/json.hpp>).
#include <memlayout/json.hpp>
#include <memlayout/memlayout.hpp>

#include "catch.hpp"
#include "corpus/corpus.hpp"
#include "corpus/reading.hpp"
#include "text.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <type_traits>

using test::contains;

namespace abi = memlayout::abi;

TEST_CASE("JSON carries the figures") {
    const std::string json = memlayout::to_json(memlayout::layout_of<C11_Nested>());
    CHECK(json.rfind("{\"schema\":\"memlayout.layout/4\",\"type\":\"C11_Nested\"", 0) == 0);
    CHECK(contains(json, fmt::format("\"name\":\"in\",\"type\":\"Inner\",\"kind\":\"record\",\"offset\":{}", offsetof(C11_Nested, in))));
    CHECK(contains(json, "\"record\":{\"schema\":\"memlayout.layout/4\",\"type\":\"Inner\""));
    CHECK(contains(json, fmt::format("\"padding_bytes\":{}}}", memlayout::layout_of<C11_Nested>().padding_bytes())));
}

TEST_CASE("JSON says whether integers, characters and enums are signed") {
    const std::string json = memlayout::to_json(memlayout::layout_of<C03_Ints>());
    CHECK(contains(json, "\"name\":\"a\",\"type\":\"signed char\",\"kind\":\"fundamental\""));
    CHECK(contains(json, "\"offset\":0,\"size\":1,\"align\":1,\"signed\":true"));
    CHECK(contains(json, "\"name\":\"e\",\"type\":\"unsigned char\""));
    const std::string floats = memlayout::to_json(memlayout::layout_of<C04_Floats>());
    CHECK_FALSE(contains(floats, "\"signed\""));
    // e16 (a std::int16_t enum) is signed; e8 (std::uint8_t) is not.
    const std::string enums = memlayout::to_json(memlayout::layout_of<C09_Enums>());
    const auto member_json = [&](std::string_view name) {
        const std::size_t at = enums.find("{\"name\":\"" + std::string(name) + "\"");
        return enums.substr(at, enums.find("\"underlying\"", at) - at);
    };
    CHECK(contains(member_json("c"), "\"signed\":true"));
    CHECK(contains(member_json("a"), "\"signed\":false"));
}

TEST_CASE("JSON takes a prediction for another target, and says how it was checked") {
    constexpr auto L = memlayout::layout_of<Reading, abi::ia32, reading_source>();
    const std::string json = memlayout::to_json(L);
    CHECK(contains(json, "\"target\":\"i386\""));
    // Predicted, unless i386 is what this test is built for: then checked against the compiler.
    CHECK(contains(json, std::is_same_v<abi::ia32, abi::native> ? "\"checked\":\"byte_map\"" : "\"checked\":\"predicted\""));
}
