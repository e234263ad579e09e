// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_STD_MODELS_HPP
#define MEMLAYOUT_DETAIL_STD_MODELS_HPP

#include <memlayout/detail/bound_members.hpp>
#include <memlayout/detail/type_name.hpp>
#include <memlayout/abi.hpp>
#include <memlayout/layout.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// The headers of a few standard-library classes, as the standard library at hand lays them
// out: what the dumper needs to explain a live std::vector, std::span, std::string_view or
// (libstdc++) std::string, whose members are private. The model cannot be checked at compile
// time; every dumped object is decoded and checked against the class's own accessors (data(),
// size(), capacity()), and an object that does not decode as modelled is shown as raw bytes.
namespace memlayout::detail {

// What decoding an object's header found.
struct decoded_header {
    bool agrees = false;          // the decoded fields equal what the accessors say
    std::size_t size = 0;         // elements (characters)
    std::size_t capacity = 0;     // for std::vector and std::string
    bool local = false;           // std::string: the characters are in the object itself
    bool has_capacity = false;
};

inline std::uintptr_t word_at(const unsigned char* bytes, std::size_t offset) noexcept {
    std::uintptr_t w = 0;
    std::memcpy(&w, bytes + offset, sizeof w);
    return w;
}

constexpr field word_field(std::string_view name, std::string_view type, std::size_t offset, member_kind kind) noexcept {
    field f;
    f.name = name;
    f.type_name = type;
    f.offset = offset;
    f.size = sizeof(void*);
    f.align = alignof(void*);
    f.kind = kind;
    return f;
}

template <class C>
struct std_model {
    static constexpr bool modelled = false;
};

// std::vector: three pointers, begin, end and the end of the storage (libstdc++'s _M_start,
// _M_finish, _M_end_of_storage; libc++'s __begin_, __end_, __end_cap_), the allocator empty.
template <class E, class A>
struct std_model<std::vector<E, A>> {
    using C = std::vector<E, A>;
    static constexpr bool modelled = sizeof(C) == 3 * sizeof(E*);
    using members = bound_members<E*, E*, E*>;
    static constexpr std::array<field, 3> fields{
        word_field("begin", type_name_v<E*>, 0, member_kind::pointer),
        word_field("end", type_name_v<E*>, sizeof(E*), member_kind::pointer),
        word_field("end_of_storage", type_name_v<E*>, 2 * sizeof(E*), member_kind::pointer),
    };
    static decoded_header decode(const C& c, const unsigned char* bytes, unsigned char*) noexcept {
        const std::uintptr_t begin = word_at(bytes, 0), end = word_at(bytes, sizeof(E*)),
                             storage = word_at(bytes, 2 * sizeof(E*));
        decoded_header d;
        d.size = (end - begin) / sizeof(E);
        d.capacity = (storage - begin) / sizeof(E);
        d.has_capacity = true;
        d.agrees = begin == reinterpret_cast<std::uintptr_t>(c.data()) && d.size == c.size() && d.capacity == c.capacity();
        return d;
    }
};

// std::span with a dynamic extent: a pointer and a count, in both libraries.
template <class E>
struct std_model<std::span<E>> {
    using C = std::span<E>;
    static constexpr bool modelled = sizeof(C) == 2 * sizeof(void*);
    using members = bound_members<E*, std::size_t>;
    static constexpr std::array<field, 2> fields{
        word_field("data", type_name_v<E*>, 0, member_kind::pointer),
        word_field("size", type_name_v<std::size_t>, sizeof(void*), member_kind::fundamental),
    };
    static decoded_header decode(const C& c, const unsigned char* bytes, unsigned char*) noexcept {
        decoded_header d;
        d.size = word_at(bytes, sizeof(void*));
        d.agrees = word_at(bytes, 0) == reinterpret_cast<std::uintptr_t>(c.data()) && d.size == c.size();
        return d;
    }
};

// std::string_view: libstdc++ keeps the length first (_M_len, _M_str); libc++ the pointer.
template <>
struct std_model<std::string_view> {
    using C = std::string_view;
#if defined(_LIBCPP_VERSION)
    static constexpr std::size_t pointer_at = 0, length_at = sizeof(void*);
    using members = bound_members<const char*, std::size_t>;
#else
    static constexpr std::size_t pointer_at = sizeof(void*), length_at = 0;
    using members = bound_members<std::size_t, const char*>;
#endif
    static constexpr bool modelled = sizeof(C) == 2 * sizeof(void*);
    static constexpr std::array<field, 2> fields = [] {
        std::array<field, 2> f{word_field("data", "const char*", pointer_at, member_kind::pointer),
                               word_field("size", type_name_v<std::size_t>, length_at, member_kind::fundamental)};
        if (pointer_at != 0) std::swap(f[0], f[1]);
        return f;
    }();
    static decoded_header decode(const C& c, const unsigned char* bytes, unsigned char*) noexcept {
        decoded_header d;
        d.size = word_at(bytes, length_at);
        d.agrees = word_at(bytes, pointer_at) == reinterpret_cast<std::uintptr_t>(c.data()) && d.size == c.size();
        return d;
    }
};

#if defined(__GLIBCXX__) && _GLIBCXX_USE_CXX11_ABI
// libstdc++'s std::string: a pointer to the characters, the length, and 16 bytes that hold
// either the characters themselves (short strings: the pointer points into the object) or
// the capacity of the heap buffer.
template <>
struct std_model<std::string> {
    using C = std::string;
    static constexpr bool modelled = sizeof(C) == 2 * sizeof(void*) + 16;
    using members = bound_members<char*, std::size_t, std::array<char, 16>>;
    static constexpr std::array<field, 3> fields = [] {
        std::array<field, 3> f{word_field("pointer", "char*", 0, member_kind::pointer),
                               word_field("length", type_name_v<std::size_t>, sizeof(void*), member_kind::fundamental),
                               word_field("local_buffer_or_capacity", "char[16] | std::size_t", 2 * sizeof(void*),
                                          member_kind::union_type)};
        f[2].size = 16;
        return f;
    }();
    static decoded_header decode(const C& c, const unsigned char* bytes, unsigned char* mask) noexcept {
        decoded_header d;
        const std::uintptr_t pointer = word_at(bytes, 0);
        const std::uintptr_t local = reinterpret_cast<std::uintptr_t>(&c) + 2 * sizeof(void*);
        d.size = word_at(bytes, sizeof(void*));
        d.local = pointer == local;
        // In a short string, the bytes after the terminating '\0' were never written.
        if (d.local)
            for (std::size_t k = d.size + 1; k < 16; ++k) mask[2 * sizeof(void*) + k] = 0;
        if (!d.local) {
            d.capacity = word_at(bytes, 2 * sizeof(void*));
            d.has_capacity = true;
            for (std::size_t k = sizeof(std::size_t); k < 16; ++k) mask[2 * sizeof(void*) + k] = 0;
        }
        d.agrees = pointer == reinterpret_cast<std::uintptr_t>(c.data()) && d.size == c.size() &&
                   (d.local ? d.size < 16 : d.capacity == c.capacity());
        return d;
    }
};
#endif

template <class C>
struct std_model_layout {
    static constexpr layout value{type_name_v<C>, sizeof(C), alignof(C), std::span<const field>(std_model<C>::fields),
                                  abi::native_name, 0, verification::checked_per_object};
};

}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_STD_MODELS_HPP
