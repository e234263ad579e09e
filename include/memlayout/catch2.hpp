// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_CATCH2_HPP
#define MEMLAYOUT_CATCH2_HPP

#include <memlayout/detail/standard_check.hpp>  // first: says when the standard is too old

// Catch2 matchers for layouts, for tests that prefer run-time reports to static_asserts.
// Work with Catch2 v2 (<catch2/catch.hpp>) and v3.
//
//   REQUIRE_THAT(memlayout::layout_of<Header>(), memlayout::HasNoPadding());
//   REQUIRE_THAT(memlayout::layout_of<Slice>(), memlayout::HasOffset("len", 8));
//   REQUIRE_THAT(memlayout::layout_of<Mirror>(), memlayout::SameLayoutAs<GoSlice>());

#include <memlayout/contract.hpp>
#include <memlayout/layout.hpp>
#include <memlayout/reflect.hpp>

#if __has_include(<catch2/matchers/catch_matchers.hpp>)
#include <catch2/catch_tostring.hpp>
#include <catch2/matchers/catch_matchers.hpp>
#define MEMLAYOUT_CATCH2_MATCHER_BASE ::Catch::Matchers::MatcherBase
#else
#include <catch2/catch.hpp>
#define MEMLAYOUT_CATCH2_MATCHER_BASE ::Catch::MatcherBase
#endif

#include <string>
#include <string_view>

namespace memlayout {

namespace detail {

inline std::string describe_layout(const layout& L) {
    std::string text = "struct " + std::string(L.type_name) + " { ";
    for (const field& f : L.fields)
        text += std::string(f.type_name) + " " + std::string(f.name) + " @" + std::to_string(f.offset) + "+" +
                std::to_string(f.size) + "; ";
    text += "} size " + std::to_string(L.size) + ", align " + std::to_string(L.align);
    for (const hole h : L.holes())
        text += ", hole " + std::to_string(h.size) + " after " + std::string(L.fields[h.after].name);
    if (L.tail_padding() != 0) text += ", tail padding " + std::to_string(L.tail_padding());
    return text;
}

}  // namespace detail

/// Matches a layout without holes or tail padding.
class HasNoPadding : public MEMLAYOUT_CATCH2_MATCHER_BASE<layout> {
public:
    bool match(const layout& L) const override { return L.padding_bytes() == 0; }
    std::string describe() const override { return "has no padding"; }
};

/// Matches a layout of `size` bytes.
class HasSize : public MEMLAYOUT_CATCH2_MATCHER_BASE<layout> {
public:
    explicit HasSize(std::size_t size) : size_(size) {}
    bool match(const layout& L) const override { return L.size == size_; }
    std::string describe() const override { return "is " + std::to_string(size_) + " bytes"; }

private:
    std::size_t size_;
};

/// Matches a layout whose member `name` is at byte `offset`.
class HasOffset : public MEMLAYOUT_CATCH2_MATCHER_BASE<layout> {
public:
    HasOffset(std::string_view name, std::size_t offset) : name_(name), offset_(offset) {}
    bool match(const layout& L) const override {
        const std::size_t i = L.index_of(name_);
        return i < L.fields.size() && L.fields[i].offset == offset_;
    }
    std::string describe() const override { return "has " + name_ + " at offset " + std::to_string(offset_); }

private:
    std::string name_;
    std::size_t offset_;
};

/// Matches a layout that places its bytes as `expected` does (see memlayout::same_layout).
class SameLayoutAsMatcher : public MEMLAYOUT_CATCH2_MATCHER_BASE<layout> {
public:
    explicit SameLayoutAsMatcher(const layout& expected) : expected_(expected) {}
    bool match(const layout& L) const override { return same_layout(L, expected_); }
    std::string describe() const override { return "is laid out as " + detail::describe_layout(expected_); }

private:
    layout expected_;
};

/// Matches a layout that places its bytes as the aggregate T does.
template <class T>
SameLayoutAsMatcher SameLayoutAs() {
    return SameLayoutAsMatcher(layout_of<T>());
}

/// Matches a layout that places its bytes as `expected` does.
inline SameLayoutAsMatcher SameLayoutAs(const layout& expected) { return SameLayoutAsMatcher(expected); }

}  // namespace memlayout

/// Catch2 prints a layout as its members, offsets, sizes and holes when a matcher fails.
template <>
struct Catch::StringMaker<memlayout::layout> {
    static std::string convert(const memlayout::layout& L) { return memlayout::detail::describe_layout(L); }
};

#undef MEMLAYOUT_CATCH2_MATCHER_BASE

#endif  // MEMLAYOUT_CATCH2_HPP
