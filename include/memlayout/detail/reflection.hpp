// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_REFLECTION_HPP
#define MEMLAYOUT_DETAIL_REFLECTION_HPP

// The reflection of a C or C++ aggregate on the host: its members' types, offsets, sizes,
// alignments and names, each from the compiler itself where the language lets a constant
// expression reach it:
// - the members and their declared types: a structured binding of a never-defined object;
// - offsets: each member's address compared with the object's bytes (fake_object.hpp);
// - bit-fields: GCC 12 shows their bits in a constant std::bit_cast; Clang 16 does not, and
//   their places follow the ABI's rules, bounded by the neighbours' addresses and the size;
// - names: the signature of a function instantiated with the members' addresses (GCC; Clang
//   without a literal type), or Clang's __builtin_dump_struct, which names bit-fields too;
// - a class with an anonymous union or struct member, which no structured binding decomposes,
//   and a flexible array member, which GCC's aggregate initialization does not reach: the
//   types of its elements, read from the conversions aggregate initialization deduces
//   (element_types.hpp), placed by the C rules and checked by sizeof, alignof and (Clang) the
//   fields' addresses.

#include <memlayout/abi.hpp>
#include <memlayout/detail/bit_fields.hpp>
#include <memlayout/detail/bound_members.hpp>
#include <memlayout/detail/brace_initializers.hpp>
#include <memlayout/detail/byte_probe.hpp>
#include <memlayout/detail/class_fields.hpp>
#include <memlayout/detail/described_class.hpp>
#include <memlayout/detail/dumped_fields.hpp>
#include <memlayout/detail/dumped_record.hpp>
#include <memlayout/detail/element_types.hpp>
#include <memlayout/detail/fake_object.hpp>
#include <memlayout/detail/member_names.hpp>
#include <memlayout/detail/placement.hpp>
#include <memlayout/detail/structured_bindings.hpp>
#include <memlayout/detail/traits.hpp>
#include <memlayout/detail/type_name.hpp>
#include <memlayout/detail/unseen_moves.hpp>
#include <memlayout/detail/value_widths.hpp>
#include <memlayout/detail/walked_class.hpp>
#include <memlayout/layout.hpp>

#include <array>
#include <cfloat>  // LDBL_MANT_DIG: <limits> would cost every translation unit 43 M instructions
#include <climits>
#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

namespace memlayout::detail {

// Why a type cannot be reflected; `none` when it can. Checked in this order, and only the
// first that applies is reported, so a user sees one error, not a cascade.
enum class refusal {
    none,
    not_a_class,
    union_type,
    polymorphic,
    not_aggregate,
    too_many_members,
    reference_member,
    volatile_member_on_gcc,
    size_disagrees,
    bit_widths_unseen,
    bits_disagree,
    bytes_disagree,
    unreadable_names,
    big_endian,
    unreachable_element,
    uncertain_elements,
    virtual_base,
    description_disagrees,
    description_incomplete,
    walk_incomplete,
    abstract_class,
    unseen_moves,
};

template <class T>
constexpr refusal first_refusal() noexcept;

template <class T>
inline constexpr bool reflects_cleanly = first_refusal<T>() == refusal::none;

// ---------------------------------------------------------------------------------------
// Preconditions that must hold before anything looks at T's members.

template <class Outer, class U>
constexpr bool not_a_base_of() noexcept {
    using V = std::remove_cv_t<U>;
    static_assert(!__is_base_of(V, Outer) || std::is_same_v<V, Outer>,
                  "memlayout: the type has a base class, which no structured binding or aggregate initialization "
                  "shows. Describe the type's bases and members with Boost.Describe, BOOST_DESCRIBE_STRUCT(T, "
                  "(bases), (members)) after it, and layout_of shows them.");
    return true;
}

// Converts to anything; converting to a base class of Outer fails with the message above.
// Aggregate initialisation converts the first initializer to the first base, if any.
template <class Outer>
struct base_detector {
    template <class U>
    constexpr operator U&() const noexcept(not_a_base_of<Outer, U>());
};

template <class T>
constexpr bool check_no_base_class() noexcept {
    return requires { T{base_detector<T>{}}; } || true;
}

// Initializes a reference member, or a class member that has no default constructor: what an
// empty braced list cannot initialize.
struct any_lvalue {
    template <class U>
    constexpr operator U&() const noexcept;
};

// ---------------------------------------------------------------------------------------
// How many members T has: the most empty braced lists T{ {}, ..., {} } takes. An empty braced
// list initializes any member once (a C array, an empty class, a union, an anonymous member;
// no brace elision), so the count is the structured binding's, but for a flexible array
// member, which GCC 12 does not let aggregate initialization reach (Clang 16 does).

template <class T, std::size_t Low, std::size_t High>
constexpr std::size_t search_brace_count() noexcept {
    if constexpr (Low == High) {
        return Low;
    } else {
        constexpr std::size_t middle = (Low + High + 1) / 2;
        if constexpr (braced<middle>::template takes<T>) return search_brace_count<T, middle, High>();
        else return search_brace_count<T, Low, middle - 1>();
    }
}

// Doubling first: most structs have few members. A try costs GCC 12 about 0.2 M instructions
// whatever the count (an instantiation of the variable braced<N>::takes<T>), and each step of
// the search about 0.1 M more (an instantiation of a function).
template <class T, std::size_t Bound>
constexpr std::size_t brace_count_from() noexcept {
    if constexpr (Bound > max_bound_members) return search_brace_count<T, Bound / 2, max_bound_members + 1>();
    else if constexpr (!braced<Bound>::template takes<T>) return search_brace_count<T, Bound / 2, Bound - 1>();
    else return brace_count_from<T, Bound * 2>();
}

template <class T>
inline constexpr std::size_t brace_count = braced<1>::template takes<T> ? brace_count_from<T, 2>() : 0;

// A member an empty braced list cannot initialize follows the counted ones: a reference, or
// a class without a default constructor.
// (T{} itself is not valid where a reference without a default member initializer is left.)
template <class T>
inline constexpr bool has_uninitializable_member =
    brace_count<T> <= max_bound_members &&
    (!braced<brace_count<T>>::template takes<T> || braced<brace_count<T>>::template takes_then<T, any_lvalue>);

template <class T, std::size_t I>
constexpr bool flexible_element() noexcept {
    if constexpr (record_element_type<T, I>()) return std::is_unbounded_array_v<element_type<T, I>>;
    else return false;
}

// A flexible array member after the counted members (GCC 12).
template <class T>
constexpr bool has_flexible_tail() noexcept {
#if defined(__clang__)
    return false;  // counted by the braced lists
#else
    if constexpr (brace_count<T> > max_bound_members) return false;
    else return flexible_element<T, brace_count<T>>();
#endif
}

template <class T>
inline constexpr std::size_t member_count = brace_count<T> + (has_flexible_tail<T>() ? 1 : 0);

// Whether an element of T is an anonymous union or struct: then no structured binding
// decomposes T, and its members are read from its elements' types instead.
// Converts to a class (or union) only: aggregate initialization takes it for element I exactly
// when that element is a class; a scalar element is not initialized from a class, and brace
// elision applies to class and array elements only. Cheaper than recording the element's type,
// which only a class element needs (an anonymous member is a class).
struct class_probe {
    template <class U>
        requires(__is_class(U) || __is_union(U))
    constexpr operator U() const noexcept;
};

template <class T, std::size_t I>
constexpr bool is_anonymous_element() noexcept {
    if constexpr (!braced<I>::template takes_then<T, class_probe>) return false;
    else if constexpr (record_element_type<T, I>()) return is_anonymous_class<element_type<T, I>>();
    else return false;
}
template <class T, std::size_t... I>
constexpr bool has_anonymous_element(std::index_sequence<I...>) noexcept {
    return (is_anonymous_element<T, I>() || ...);
}
template <class T>
constexpr bool binds() noexcept {
    if constexpr (__is_union(T)) return false;
    else if constexpr (constexpr anonymity a = anonymity_of_elements<T, brace_count<T>>(); a != anonymity::unknown)
        return a == anonymity::none;
    else return !has_anonymous_element<T>(std::make_index_sequence<brace_count<T>>{});
}
template <class T>
inline constexpr bool bindable = binds<T>();

template <class T>
using bound_of = decltype(bind<T>(count<member_count<T>>{}));

// T's members bound: what their addresses are and which have one. Clang 16 evaluates a constexpr
// call anew each time it meets it (binding 16 members costs it about 4 M instructions), so there
// the binding is kept in a constant, evaluated once; GCC 12 keeps each call's result already, and
// would emit such a constant, whose addresses are of the never-defined fake object, into the
// object file (for a type with internal linkage), where the link then fails. Called in constant
// expressions only, where the binding is a constant (not for a reference member, nor on GCC a
// volatile one).
#if defined(__clang__)
template <class T, std::size_t Count>
inline constexpr auto bound_constant = bind<T>(count<Count>{});
#endif
template <class T, std::size_t Count>
constexpr auto bound_value() noexcept {
#if defined(__clang__)
    return bound_constant<T, Count>;
#else
    return bind<T>(count<Count>{});
#endif
}

// The element types of a T that does not bind, as a bound_members type (no addresses). Each
// is recorded first, in the function's body, then named.
template <class T, std::size_t I>
constexpr auto recorded_element() noexcept {
    constexpr bool recorded = record_element_type<T, I>();
    static_assert(recorded, "memlayout: an element of T could not be reached by aggregate initialization; please report this");
    return std::type_identity<element_type<T, I>>{};
}
template <class T, std::size_t... I>
constexpr bool elements_reachable(std::index_sequence<I...>) noexcept {
    return (record_element_type<T, I>() && ...);
}
// Whether aggregate initialization reaches every element of T (Clang 16 does not reach a
// flexible array member, which it will not initialize).
template <class T>
inline constexpr bool reachable_elements = elements_reachable<T>(std::make_index_sequence<member_count<T>>{});
template <class T, std::size_t... I>
constexpr auto element_types_of(std::index_sequence<I...>) noexcept {
    return bound_members<typename decltype(recorded_element<T, I>())::type...>{};
}
template <class T>
using elements_of = decltype(element_types_of<T>(std::make_index_sequence<member_count<T>>{}));
template <class T>
struct elements_of_lazily {
    using type = elements_of<T>;
};

// Clang walks a class whose elements aggregate initialization does not all reach (a flexible
// array member): the reached ones, and unreached_element for the others.
struct unreached_element {};
template <class T, std::size_t I>
constexpr auto element_or_unreached() noexcept {
    if constexpr (record_element_type<T, I>()) return std::type_identity<element_type<T, I>>{};
    else return std::type_identity<unreached_element>{};
}
template <class T, std::size_t... I>
constexpr auto reached_elements_of(std::index_sequence<I...>) noexcept {
    return bound_members<typename decltype(element_or_unreached<T, I>())::type...>{};
}
template <class T>
struct unreached_elements_of_lazily {
#if defined(__clang__)
    using type = decltype(reached_elements_of<T>(std::make_index_sequence<member_count<T>>{}));
#else
    using type = bound_members<>;
#endif
};

template <class T, bool Bindable = bindable<T>>
struct members_selector {
    using type = bound_of<T>;
};
template <class T>
struct members_selector<T, false> {
    using type = typename std::conditional_t<reachable_elements<T>, elements_of_lazily<T>, unreached_elements_of_lazily<T>>::type;
};
template <class T>
using members_of = typename members_selector<T>::type;

// ---------------------------------------------------------------------------------------
// The bytes of a member type that hold data (not padding), when the compiler can show them.

#if defined(__clang__)
template <class T>
struct element_list_of {
    using type = members_of<T>;
};

// Clang 16 walks a class no structured binding decomposes, and a union, with
// __builtin_dump_struct (dumped_record.hpp).
template <class T>
constexpr bool walked_in_dump() noexcept {
    if constexpr (__is_union(T) || !bindable<T>) return walkable<T>;
    else return false;
}
#else
template <class T>
constexpr bool walked_in_dump() noexcept {
    return false;
}
#endif

template <class T, class Members = members_of<T>, bool Walked = walked_in_dump<T>()>
struct reflection;

// The reflection a record's layout comes from: its description, Clang's walk of a class that is
// no aggregate, or aggregate reflection.
template <class T, bool Described = laid_out_from_description<T>(), bool Walked = laid_out_from_walk<T>()>
struct record_reflection_of {
    using type = reflection<T>;
};
template <class T, bool Walked>
struct record_reflection_of<T, true, Walked> {
    using type = described_reflection<T>;
};
#if defined(__clang__)
template <class T>
struct record_reflection_of<T, false, true> {
    using type = walked_class_reflection<T>;
};
#endif
template <class T>
using record_reflection = typename record_reflection_of<T>::type;

template <class B>
constexpr const layout& record_layout() noexcept {
    return record_reflection<B>::value;
}

template <class B>
constexpr bool is_reflected_record() noexcept;
// A base whose members memlayout lays out.
template <class B>
constexpr bool seen_into() noexcept {
    if constexpr (!__is_empty(B) && is_reflected_record<B>()) return reflects_cleanly<B>;
    else return false;
}

template <class T>
constexpr bool is_reflected_record() noexcept {
    using U = std::remove_cv_t<T>;
    // Not an anonymous member's type: GCC 12 stops with an internal error when such a type is
    // made a member of another class (as fake_object does); it is shown as one block.
    // A class described with Boost.Describe; not a class Clang walks, which a user asks for by
    // name (a member of type std::string stays one block, as pahole shows it).
    if constexpr (laid_out_from_description<U>()) return true;
    else return __is_class(U) && __is_aggregate(U) && !std_array_traits<U>::value && !is_anonymous_class<U>();
}

template <class M>
constexpr bool has_data_bytes() noexcept {
    using U = std::remove_cv_t<std::remove_all_extents_t<M>>;
    if constexpr (std_array_traits<U>::value) {
        return has_data_bytes<typename std_array_traits<U>::element>();
    } else if constexpr (is_reflected_record<U>()) {
        if constexpr (reflects_cleanly<U>) return record_reflection<U>::probeable;
        else return false;
    } else {
        return has_constant_image<U>;
    }
}

template <class M>
constexpr const bool* data_bytes_of() noexcept;

// The bytes of a leaf type (not a record or array) that hold data. An x87 long double (64-bit
// mantissa in a 12- or 16-byte slot) holds ten: the FPU stores ten bytes, and the rest of the
// slot is padding (GCC 12 calls it data in a constant std::bit_cast, Clang 16 padding: the ABI
// decides, not the compiler at hand). Types std::bit_cast can read in a constant expression
// are probed byte by byte; the others (pointers, unions, classes memlayout cannot reflect) are
// taken as data throughout.
template <class U>
inline constexpr byte_mask<sizeof(U)> leaf_data_bytes = [] {
    if constexpr (std::is_same_v<U, long double> && LDBL_MANT_DIG == 64 &&
                  sizeof(long double) > 10) {
        byte_mask<sizeof(U)> bytes;
        for (std::size_t i = 0; i < 10; ++i) bytes.data[i] = true;
        return bytes;
    } else if constexpr (has_constant_image<U>) {
        return probed_data_bytes<U>;
    } else {
        byte_mask<sizeof(U)> bytes;
        for (std::size_t i = 0; i < sizeof(U); ++i) bytes.data[i] = true;
        return bytes;
    }
}();

// An array of N elements of E (a C array or std::array): the element's data bytes, repeated.
// One function for every array of the same size and element size, not one for each array type.
template <std::size_t ElementSize, std::size_t Size>
constexpr byte_mask<Size> repeated(const bool* element, bool empty) noexcept {
    byte_mask<Size> bytes;
    // std::array<E, 0> still takes a byte, which holds no data.
    for (std::size_t i = 0; i < (empty ? 0 : Size); ++i) bytes.data[i] = element[i % ElementSize];
    return bytes;
}
template <class E, std::size_t N, std::size_t Size>
inline constexpr byte_mask<Size> repeated_data_bytes = repeated<sizeof(E), Size>(data_bytes_of<E>(), N == 0);

// Which bytes of a member of type M hold data: the compile-time byte map the dumper marks
// padding by and the byte-map check compares with the compiler's.
template <class M>
constexpr const bool* data_bytes_of() noexcept {
    using U = std::remove_cv_t<M>;
    if constexpr (std::is_array_v<U>) {
        using E = std::remove_cv_t<std::remove_all_extents_t<U>>;
        if constexpr (std::is_unbounded_array_v<U>) return nullptr;
        else return repeated_data_bytes<E, c_array_traits<U>::count, sizeof(U)>.data;
    } else if constexpr (std_array_traits<U>::value) {
        return repeated_data_bytes<std::remove_cv_t<typename std_array_traits<U>::element>, std_array_traits<U>::count,
                                   sizeof(U)>.data;
    } else if constexpr (is_reflected_record<U>()) {
        if constexpr (reflects_cleanly<U>) return record_reflection<U>::data_bytes.data;
        else return leaf_data_bytes<U>.data;
    } else {
        return leaf_data_bytes<U>.data;
    }
}

// Whether every byte of a member of type M holds data (its element's, for an array): then T's
// byte map marks the member's bytes with no read of its own map, one step a byte less.
template <class U>
constexpr bool every_byte_data() noexcept {
    const bool* bytes = data_bytes_of<U>();
    for (std::size_t i = 0; i < sizeof(U); ++i)
        if (!bytes[i]) return false;
    return true;
}
template <class M>
inline constexpr bool all_bytes_data = every_byte_data<std::remove_cv_t<std::remove_all_extents_t<M>>>();
// The map of a member's bytes where some are not data; none where all are (an array of a type
// whose bytes all hold data then needs no map of its own made).
template <class M>
constexpr const bool* partial_data_bytes() noexcept {
    if constexpr (all_bytes_data<M>) return nullptr;
    else return data_bytes_of<M>();
}

// Whether a member's values read sign-extended: a signed integer, or an enum whose underlying
// type is one.
template <class U>
constexpr bool signed_integer() noexcept {
    if constexpr (__is_enum(U)) return std::is_signed_v<std::underlying_type_t<U>>;
    else if constexpr (std::is_integral_v<U>) return std::is_signed_v<U>;
    else return false;
}

// ---------------------------------------------------------------------------------------
// One member, described.

// MayBeAnonymous: T does not bind; a member of a T that binds is never anonymous (no structured
// binding decomposes a class with an anonymous member).
// The name comes as its characters and length: a std::string_view made in each element of a
// pack expansion is an overload resolution among its constructors for every member of every
// struct (GCC 12: 0.6 M instructions a 16-member struct).
template <class M, bool MayBeAnonymous>
constexpr field describe_member(const char* name_chars, std::size_t name_length, std::size_t offset, std::size_t align,
                                bool name_visible) noexcept {
    const std::string_view name(name_chars, name_length);
    using U = std::remove_cv_t<M>;
    using Leaf = std::remove_cv_t<std::remove_all_extents_t<U>>;  // a C array's element
    // Built whole where it can be (GCC 12 pays for every member written after); the members not
    // named keep their default initializers.
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif
    field f{.name = name,
            .type_name = type_name_v<M>,
            .offset = offset,
            .size = member_size<U>,
            .align = align,
            .is_integral = integral_or_enum<Leaf>,
            .is_signed = signed_integer<Leaf>(),
            .name_visible = name_visible};
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
    if constexpr (std::is_array_v<U>) {
        using traits = c_array_traits<U>;
        f.kind = member_kind::array;
        f.rank = traits::rank;
        for (std::size_t i = 0; i < traits::rank && i < 4; ++i) f.extents[i] = traits::extents[i];
        f.count = traits::count;
        f.flexible = traits::flexible;
        f.element_type = type_name_v<std::remove_all_extents_t<M>>;
        if constexpr (is_reflected_record<Leaf>()) {
            if constexpr (reflects_cleanly<Leaf>) f.record = &record_reflection<Leaf>::value;
        }
        return f;
    }
    if constexpr (__is_enum(U)) {
        f.kind = member_kind::enumeration;
        f.underlying_type = type_name_v<std::underlying_type_t<U>>;
    } else if constexpr (std::is_pointer_v<U>) {
        f.kind = std::is_function_v<std::remove_pointer_t<U>> ? member_kind::function_pointer : member_kind::pointer;
    } else if constexpr (std::is_member_pointer_v<U>) {
        f.kind = member_kind::member_pointer;
    } else if constexpr (std_array_traits<U>::value) {
        using E = std::remove_cv_t<typename std_array_traits<U>::element>;
        f.kind = member_kind::array;
        f.element_type = type_name_v<typename std_array_traits<U>::element>;
        f.count = std_array_traits<U>::count;
        if constexpr (is_reflected_record<E>()) {
            if constexpr (reflects_cleanly<E>) f.record = &record_reflection<E>::value;
        }
    } else if constexpr (__is_union(U)) {
        f.kind = member_kind::union_type;
        f.anonymous = MayBeAnonymous && is_anonymous_class<U>();
        if constexpr (!is_anonymous_class<U>() && walked_in_dump<U>()) {
            if constexpr (reflects_cleanly<U>) f.record = &reflection<U>::value;  // Clang: its members
        }
    } else if constexpr (__is_class(U)) {
        f.kind = member_kind::opaque;
        f.anonymous = MayBeAnonymous && is_anonymous_class<U>();
        if constexpr (is_reflected_record<U>()) {
            if constexpr (reflects_cleanly<U>) {
                f.kind = member_kind::record;
                f.record = &record_reflection<U>::value;
            }
        }
    }
    if (f.anonymous) {
        f.name = {};
        f.name_visible = true;
    }
    return f;
}

// What a member's type alone gives its field, made once for every member of that type.
template <class M, bool MayBeAnonymous>
inline constexpr field typed_field = describe_member<M, MayBeAnonymous>(nullptr, 0, 0, 0, true);

// ---------------------------------------------------------------------------------------
// Names.

// GCC: the signature of a function instantiated with the addressable members' addresses; a
// bit-field has none, and no name GCC 12 can show.
template <class T, std::size_t Count>
constexpr auto addressable_indices() noexcept {
    struct indices {
        std::size_t at[Count + 1]{};
        std::size_t count = 0;
    } r;
    constexpr auto bound = bound_value<T, Count>();
    for (std::size_t i = 0; i < Count; ++i)
        if (bound.addressable[i]) r.at[r.count++] = i;
    return r;
}
template <class T, std::size_t Count>
inline constexpr auto addressable = addressable_indices<T, Count>();

// The addresses of T's members that have one; `All`: every member has one (T has no bit-field),
// and they are the binding's own, with no list of which have one made.
template <std::size_t N>
struct address_list {
    address addresses[N + 1]{};
};
template <class T, std::size_t Count, bool All>
struct addressable_addresses {
    static constexpr auto addresses() noexcept {
        constexpr auto bound = bound_value<T, Count>();
#if defined(__clang__)
        constexpr const auto& which = addressable<T, Count>;
        std::array<address, which.count> r{};
        address* out = r.data();
        for (std::size_t k = 0; k < which.count; ++k) out[k] = bound.addresses[which.at[k]];
        return r;
#else
        if constexpr (All) {
            return bound;
        } else {
            constexpr const auto& which = addressable<T, Count>;
            address_list<which.count> r;
            for (std::size_t k = 0; k < which.count; ++k) r.addresses[k] = bound.addresses[which.at[k]];
            return r;
        }
#endif
    }
};

#if defined(__clang__)
template <class T, std::size_t Count, bool All>
using signature_names = member_names_storage<address_signature<addressable_addresses<T, Count, All>::addresses()>>;
#else
template <class T, std::size_t Count, bool All>
constexpr std::size_t addressable_count() noexcept {
    if constexpr (All) return Count;
    else return addressable<T, Count>.count;
}
template <class T, std::size_t Count, bool All>
using signature_names =
    member_names_storage<pointer_signature<addressable_addresses<T, Count, All>, addressable_count<T, Count, All>()>>;
#endif

// Each member's name: where its characters are and how many (null and 0 where none is visible).
// No std::string_view in it: GCC 12 evaluates a call for each one made, default ones too, and
// the field is given the name as one.
template <std::size_t N>
struct member_name_table {
    const char* chars[N + 1]{};
    std::size_t length[N + 1]{};
    bool visible[N + 1]{};
    bool complete = true;
};

// A table with no name visible. Every element written: GCC 12 otherwise leaves the unwritten
// ones' default initializers to a later read of the constant, which it then calls a
// modification of it.
template <std::size_t Count>
constexpr member_name_table<Count> no_names() noexcept {
    member_name_table<Count> t;
    for (std::size_t i = 0; i <= Count; ++i) {
        t.chars[i] = nullptr;
        t.length[i] = 0;
        t.visible[i] = false;
    }
    return t;
}

template <class T, std::size_t Count, bool All>
constexpr member_name_table<Count> names_from_signature() noexcept {
    if constexpr (Count == 0) {
        return no_names<Count>();
    } else {
        using S = signature_names<T, Count, All>;
        if constexpr (!S::complete) {
            member_name_table<Count> t = no_names<Count>();
            t.complete = false;
            return t;
        } else {
            // The names lie one after another in S::text, in the order of the addressable
            // members; every element written once (see no_names).
            member_name_table<Count> t;
            std::size_t k = 0;  // the next addressable member's name
            std::size_t at = 0;
            for (std::size_t i = 0; i <= Count; ++i) {
                bool named = i < Count;
                if constexpr (!All) {
                    constexpr const auto& which = addressable<T, Count>;
                    named = k < which.count && which.at[k] == i;
                }
                if (named) {
                    const std::size_t length = S::positions.length[k++];
                    t.chars[i] = S::text.chars + at;
                    t.length[i] = length;
                    t.visible[i] = true;
                    at += length;
                } else {
                    t.chars[i] = nullptr;
                    t.length[i] = 0;
                    t.visible[i] = false;
                }
            }
            return t;
        }
    }
}

#if defined(__clang__)
// Clang: __builtin_dump_struct names every member, bit-fields too, where it can walk T.
template <class T, std::size_t Count>
constexpr member_name_table<Count> names_from_dump() noexcept {
    member_name_table<Count> t;
    constexpr const auto& dumped = dumped_walk<T, 4 * Count + 8>;
    std::size_t i = 0;
    for (std::size_t k = 0; k < dumped.used; ++k) {
        if (dumped.fields[k].depth != 0) continue;
        if (i < Count) {
            t.chars[i] = dumped.fields[k].name.data();
            t.length[i] = dumped.fields[k].name.size();
            t.visible[i] = true;
        }
        ++i;
    }
    t.complete = i == Count && !dumped.overflow;
    return t;
}
#endif

#if defined(__clang__)
// Whether Clang's walk of T is surely a constant, with no evaluation to show it: every member a
// scalar or an array of scalars (the walk goes into no member record, so the only values it
// reads are T's own bit-fields) and a value-initialized T a constant (the object it reads).
// Else fields_dumpable evaluates the walk, and Clang 16, which keeps no call's result, then
// evaluates it again for dumped_walk (14 M instructions a 16-member struct with bit-fields).
template <class T, class Members = members_of<T>>
inline constexpr bool walk_surely_constant = false;
template <class T, class... M>
inline constexpr bool walk_surely_constant<T, bound_members<M...>> =
    ((std::is_scalar_v<std::remove_all_extents_t<M>> && !std::is_unbounded_array_v<M>) && ...) &&
    constant_when_value_initialized<T>;
template <class T, std::size_t N>
constexpr bool walk_constant() noexcept {
    if constexpr (walk_surely_constant<T>) return true;
    else return fields_dumpable<T, N>;
}
#endif

// The names: the signature of T's addresses where T binds and has no bit-field (the cheaper
// of the two on Clang 16, and GCC's only way); else, on Clang 16, its dump, where it can walk
// T; else the signature where T binds; else none (a T that does not bind shows GCC 12 no names).
template <class T, std::size_t Count, bool Bound, bool HasBitFields>
struct names_of {
    static constexpr member_name_table<Count> read() noexcept {
#if defined(__clang__)
        if constexpr (Bound && !HasBitFields) {
            return names_from_signature<T, Count, true>();
        } else if constexpr (walk_constant<T, 4 * Count + 8>()) {
            constexpr member_name_table<Count> dumped = names_from_dump<T, Count>();
            if (dumped.complete) return dumped;
            if constexpr (Bound) return names_from_signature<T, Count, false>();
            else return no_names<Count>();
        } else if constexpr (Bound) {
            return names_from_signature<T, Count, false>();
        } else {
            return no_names<Count>();
        }
#else
        // Where T binds, a member without an address is a bit-field.
        if constexpr (Bound) return names_from_signature<T, Count, !HasBitFields>();
        else return no_names<Count>();
#endif
    }
    static constexpr member_name_table<Count> table = read();
};

// Whether any of n flags is set; the largest of n values, at least `least`. Not templates:
// GCC 12 instantiates a function template's body anew for every T, and a lambda's too.
constexpr bool any_of(const bool* flags, std::size_t n) noexcept {
    for (std::size_t i = 0; i < n; ++i)
        if (flags[i]) return true;
    return false;
}
constexpr std::size_t largest(const std::size_t* values, std::size_t n, std::size_t least) noexcept {
    for (std::size_t i = 0; i < n; ++i)
        if (values[i] > least) least = values[i];
    return least;
}

// Where each of N members lies: its offset; a bit-field's first bit and width; whether the
// rules placed it, not the compiler's addresses or bits.
template <std::size_t N>
struct member_places {
    std::size_t offset[N + 1]{};
    std::size_t bit_offset[N + 1]{};
    std::size_t bit_width[N + 1]{};
    bool from_rules[N + 1]{};
    // Every member has an address, each where the rules put it after the members before it:
    // no alignment is raised or lowered (member_alignments has nothing to find).
    bool as_ruled = false;
};

// Each member's alignment inside a record: its type's (`natural`), capped by packing; and where
// the compiler gave the offsets (`seen`), an attribute may have raised it or packing lowered it:
// where a member lies after or before the rules' place for it after the members before it, the
// largest power of two its offset is a multiple of, no more than the record's alignment, and no
// less than its type's unless packed. Bit-fields keep their type's.
constexpr void member_alignments(std::size_t n, const std::size_t* offsets, const std::size_t* sizes,
                                 const std::size_t* natural, const bool* bit_field, const std::size_t* bit_offsets,
                                 const std::size_t* bit_widths, std::size_t packing, std::size_t record_align, bool seen,
                                 std::size_t* aligns) noexcept {
    std::size_t end = 0;  // one past the members before
    for (std::size_t i = 0; i < n; ++i) {
        aligns[i] = capped_alignment(natural[i], packing);
        if (!seen) continue;
        if (bit_field[i]) {
            const std::size_t bits_end = byte_end(bit_offsets[i] + bit_widths[i]);
            if (bits_end > end) end = bits_end;
            continue;
        }
        const std::size_t offset = offsets[i];
        const std::size_t align = aligns[i];
        const std::size_t expected = round_up(end, align);
        if (offset > expected) {
            const std::size_t a = largest_alignment_of(offset, record_align);
            if (a > align) aligns[i] = a;
        } else if (offset < expected && packing != 0) {
            aligns[i] = largest_alignment_of(offset, align);
        }
        if (offset + sizes[i] > end) end = offset + sizes[i];
    }
}

// A plain array in a class, for a constant whose elements loops read: GCC 12's constant
// evaluator pays a call for each std::array::operator[].
template <class E, std::size_t N>
struct plain_array {
    E at[N]{};
};

// ---------------------------------------------------------------------------------------
// The reflection of an aggregate whose members are M..., bound or read from its elements.

template <class T, class... M>
struct reflection<T, bound_members<M...>, false> {
    static constexpr bool walked = false;
    static constexpr std::size_t count = sizeof...(M);
    static constexpr bool bound = bindable<T>;

    static constexpr bool has_reference = (std::is_reference_v<M> || ...);
#if defined(__GNUC__) && !defined(__clang__)
    // GCC 12 rejects the binding of a struct with a volatile member in a constant
    // expression ("lvalue-to-rvalue conversion of a volatile lvalue").
    static constexpr bool has_unreadable_volatile = (std::is_volatile_v<M> || ...);
#else
    static constexpr bool has_unreadable_volatile = false;
#endif

    // The members' types: sizes and alignments inside a struct.
    static constexpr std::size_t sizes[count + 1] = {member_size<std::remove_cv_t<M>>..., 0};
    static constexpr std::size_t natural_aligns[count + 1] = {member_alignment<std::remove_cv_t<M>>..., 1};
    static constexpr std::size_t members_align = largest(natural_aligns, count, 1);

    // The members without an address where T binds: its bit-fields. Not where the binding is no
    // constant (a reference or, on GCC, a volatile member): T is refused then.
    static constexpr std::array<bool, count + 1> unaddressed_computed() noexcept {
        std::array<bool, count + 1> b{};
        if constexpr (bound && !has_reference && !has_unreadable_volatile) {
            constexpr auto binding = bound_value<T, count>();
            bool* out = b.data();  // one call, not one std::array::operator[] a member
            for (std::size_t i = 0; i < count; ++i) out[i] = !binding.addressable[i];
        }
        return b;
    }
    static constexpr std::array<bool, count + 1> unaddressed = unaddressed_computed();
    // Where no other technique shows them (GCC: T's bits; Clang: its walk of T), the width of each
    // element that may be a bit-field (every integer where T does not bind; each unaddressed one
    // where it does), from the values it keeps (value_widths.hpp); 0 for other elements.
    template <std::size_t... I>
    static constexpr std::array<std::size_t, count + 1> kept_widths_of(std::index_sequence<I...>) noexcept {
        return {value_width_where<!bound || unaddressed[I], T, I, std::remove_cv_t<M>>()..., 0};
    }
#if defined(__GNUC__) && !defined(__clang__)
    // GCC: T's image with one bit-field all ones, where std::bit_cast can read T.
    static constexpr bool bits_visible =
        __is_trivially_copyable(T) && (has_data_bytes<M>() && ...) && constant_when_value_initialized<T>;
    // The widths kept in values where T does not show its bits. bits_visible is named only
    // where there is a bit-field to see: every constant named is evaluated, and a struct of
    // sixteen members pays 2 M instructions for this one.
    static constexpr bool widths_wanted_computed() noexcept {
        if constexpr (!bound) {
            return !bits_visible;
        } else {
            if constexpr (any_of(unaddressed.data(), count)) return !bits_visible;
            else return false;
        }
    }
    static constexpr bool widths_wanted = widths_wanted_computed();
    static constexpr std::array<std::size_t, count + 1> kept_widths_computed() noexcept {
        if constexpr (widths_wanted) return kept_widths_of(std::make_index_sequence<count>{});
        else return std::array<std::size_t, count + 1>{};
    }
    static constexpr std::array<std::size_t, count + 1> kept_widths = kept_widths_computed();
#else
    static constexpr bool bits_visible = false;
    static constexpr std::array<std::size_t, count + 1> kept_widths{};  // Clang: in dumped_widths
#endif
    static constexpr std::array<bool, count + 1> is_bit_field_computed() noexcept {
        if constexpr (bound) {
            return unaddressed;
        } else {
            std::array<bool, count + 1> b{};
            bool* out = b.data();
            const std::size_t* widths = kept_widths.data();
            for (std::size_t i = 0; i < count; ++i) out[i] = widths[i] != 0 && widths[i] < sizes[i] * CHAR_BIT;
            return b;
        }
    }
    static constexpr std::array<bool, count + 1> is_bit_field = is_bit_field_computed();
    static constexpr bool has_bit_fields = any_of(is_bit_field.data(), count);

    // What the C rules predict (with the compiler's alignof(T): above the members' alignment it
    // is T's own alignas; below it, T is packed to that alignment): the starting point of the
    // address search, and the layout itself where no address can be had.
    static constexpr placement_rules rules{alignof(T) < members_align ? alignof(T) : 0, alignof(T)};
    // Where T does not bind and has bit-fields (GCC: their widths kept in values), they too.
    static constexpr bit_placement<count> ruled_bits_computed() noexcept {
        std::size_t widths[count + 1]{};
        const bool* bit_field = is_bit_field.data();
        const std::size_t* kept = kept_widths.data();
        for (std::size_t i = 0; i < count; ++i) widths[i] = bit_field[i] ? kept[i] : 0;
        return place_with_bit_fields<count>(sizes, natural_aligns, widths, rules);
    }
    static constexpr bit_placement<count> ruled_bits = ruled_bits_computed();
    static constexpr placement<count> placed_computed() noexcept {
        if constexpr (!bound && has_bit_fields) return ruled_bits.members;
        else return place<count>(sizes, natural_aligns, nullptr, rules);
    }
    static constexpr placement<count> placed = placed_computed();

    // ---- Bit-fields.
    static constexpr bool packed = rules.packing != 0;
    // Clang: the widths __builtin_dump_struct gives; where its walk of T is no constant (it reads
    // a union's inactive bit-field: `struct { unsigned flag : 1; union { int i; struct { unsigned
    // lo : 4; } s; } u; }`), those the bit-fields' values keep.
    static constexpr std::array<std::size_t, count + 1> dumped_widths_computed() noexcept {
        std::array<std::size_t, count + 1> w{};
#if defined(__clang__)
        // Nested: a concept named in a condition is checked even where && stops before it.
        if constexpr (has_bit_fields) {
            if constexpr (walk_constant<T, 4 * count + 8>()) {
                constexpr const auto& dumped = dumped_walk<T, 4 * count + 8>;
                std::size_t i = 0;
                for (std::size_t k = 0; k < dumped.used; ++k)
                    if (dumped.fields[k].depth == 0) w[i++] = dumped.fields[k].width;
            } else if constexpr (bound) {
                return kept_widths_of(std::make_index_sequence<count>{});
            }
        }
#endif
        return w;
    }
    static constexpr std::array<std::size_t, count + 1> dumped_widths = dumped_widths_computed();

    // The offsets of the members that have an address (not bit-fields): the compiler's own.
    // The addresses are of the never-defined fake object: only ever used inside constant
    // expressions (Clang's bound_constant is never named outside one, so nothing refers to it
    // from the object file). Apart from the places below only where there are bit-fields, whose
    // bits are looked for between these.
    static constexpr plain_array<std::size_t, count + 1> addressed_offsets_computed() noexcept {
        plain_array<std::size_t, count + 1> o;
        if constexpr (bound) {
            const auto binding = bound_value<T, count>();
            offsets_in_fake_object<T>(binding.addresses, sizes, natural_aligns, rules.packing, is_bit_field.data(), count,
                                      o.at);
        }
        return o;
    }
    static constexpr plain_array<std::size_t, count + 1> addressed_offsets = addressed_offsets_computed();
    static constexpr bool empty_members[count + 1] = {__is_empty(std::remove_cv_t<M>)..., false};
    // A bit-field's bits lie between the members with an address around it: only those bytes are
    // read (each byte read is a constant evaluation of T's image, and a byte that mixes bits and
    // padding is read bit by bit). Empty members are left out: [[no_unique_address]] may put one
    // anywhere.
    static constexpr std::size_t bits_window_low(std::size_t i) noexcept {
        std::size_t low = 0;
        const bool* bit_field = is_bit_field.data();
        for (std::size_t k = 0; k < i; ++k)
            if (!bit_field[k] && !empty_members[k] && addressed_offsets.at[k] + sizes[k] > low) low = addressed_offsets.at[k] + sizes[k];
        return low;
    }
    static constexpr std::size_t bits_window_high(std::size_t i) noexcept {
        const bool* bit_field = is_bit_field.data();
        for (std::size_t k = i + 1; k < count; ++k)
            if (!bit_field[k] && !empty_members[k]) return addressed_offsets.at[k];
        return sizeof(T);
    }
    template <std::size_t I>
    static constexpr bit_span visible_bits() noexcept {
        if constexpr (bits_visible && I < count) {
            if constexpr (is_bit_field[I]) {
                constexpr std::size_t low = bits_window_low(I);
                constexpr std::size_t high = bits_window_high(I);
                if constexpr (low < high) return ones_bits<T, I, low>(std::make_index_sequence<high - low>{});
                else return bit_span{};
            } else {
                return bit_span{};
            }
        } else {
            return bit_span{};
        }
    }
    // A T that does not bind takes its members' types from aggregate initialization, which
    // shows no bit-field's width, and on Clang 16 no C array (it initializes the first element,
    // by brace elision). An element of integral or enum type is known to be a bit-field or not
    // only on GCC: where it shows T's bits (all its bits set when it is set to all ones), else
    // from the values the element keeps (its width); not bool, whose one value bit says
    // nothing. Otherwise T is refused: its layout would be a guess.
    template <std::size_t I, class U>
    static constexpr bool element_certain() noexcept {
        if constexpr (!integral_or_enum<U>) {
            return true;
        } else if constexpr (bits_visible && !std::is_same_v<U, bool>) {
            return ones_bits<T, I, 0>(std::make_index_sequence<sizeof(T)>{}).width == sizeof(U) * CHAR_BIT;
        } else {
            return kept_widths[I] != 0;  // its width, from the values it keeps (GCC)
        }
    }
    template <std::size_t... I>
    static constexpr bool all_elements_certain(std::index_sequence<I...>) noexcept {
#if defined(__clang__)
        return sizeof...(I) == 0;
#else
        return ((element_certain<I, std::remove_cv_t<M>>() && !element_doubted<T, I>()) && ...);
#endif
    }
    static constexpr bool elements_certain_computed() noexcept {
        if constexpr (bound) return true;
        else return all_elements_certain(std::make_index_sequence<count>{});
    }
    static constexpr bool elements_certain = elements_certain_computed();
    template <std::size_t... I>
    static constexpr std::array<bit_span, count + 1> all_visible_bits(std::index_sequence<I...>) noexcept {
        return {visible_bits<I>()..., bit_span{}};
    }
    // Only where there is a bit-field to see: a member function per member costs every struct.
    // From the bit-fields' values where they show them (GCC 12, bit_fields.hpp), else bit by bit.
#if defined(__GNUC__) && !defined(__clang__)
    static constexpr std::array<bool, count + 1> signed_members = {signed_integer<std::remove_cv_t<M>>()..., false};
    // Evaluated once, into a constant: GCC 12 does not keep the result of a call evaluated in a
    // concept's check, and evaluates a call in a return statement again (to warn).
    static constexpr value_bits<count> by_values_computed() noexcept {
        if constexpr (bits_readable_from_values<T, count, is_bit_field, signed_members>) {
            constexpr value_bits<count> found = bits_from_values<T, count, is_bit_field, signed_members>();
            return found;
        } else {
            return value_bits<count>{};
        }
    }
    static constexpr value_bits<count> by_values = by_values_computed();
#endif
    static constexpr std::array<bit_span, count + 1> seen_bits_computed() noexcept {
        // Nested: bits_visible is named only where there are bit-fields.
        if constexpr (has_bit_fields) {
            if constexpr (bits_visible) {
#if defined(__GNUC__) && !defined(__clang__)
                if constexpr (by_values.found) return by_values.spans;
                else return all_visible_bits(std::make_index_sequence<count>{});
#else
                return all_visible_bits(std::make_index_sequence<count>{});
#endif
            }
        }
        return std::array<bit_span, count + 1>{};
    }
    static constexpr std::array<bit_span, count + 1> seen_bits = seen_bits_computed();

    // Every member's place: an address's offset, a bit-field's bits (seen or by the rules), or
    // the C rules where T does not bind.
    static constexpr member_places<count> places_computed() noexcept {
        member_places<count> p;
        if constexpr (bound && !has_bit_fields) {
            // Every member has an address: the offsets are found here, in one evaluation.
            const auto binding = bound_value<T, count>();
            p.as_ruled = offsets_in_fake_object<T>(binding.addresses, sizes, natural_aligns, rules.packing,
                                                   is_bit_field.data(), count, p.offset);
        } else {
            std::size_t bit = 0;  // the rules' position, in bits, after the previous member
            // Plain pointers: GCC 12 pays a call for each std::array::operator[].
            const bool* bit_field = is_bit_field.data();
            const std::size_t* kept = kept_widths.data();
            for (std::size_t i = 0; i < count; ++i) {
                if constexpr (!bound) {
                    p.offset[i] = placed.offsets[i];
                    p.from_rules[i] = true;
                    if constexpr (has_bit_fields) {
                        if (bit_field[i]) {
                            p.bit_offset[i] = ruled_bits.bit_offsets[i];
                            p.bit_width[i] = kept[i];
                        }
                    }
                } else if (!bit_field[i]) {
                    p.offset[i] = addressed_offsets.at[i];
                    bit = (p.offset[i] + sizes[i]) * CHAR_BIT;
                } else {
                    if constexpr (bits_visible) {
                        const bit_span& seen = seen_bits.data()[i];
                        p.bit_offset[i] = seen.first;
                        p.bit_width[i] = seen.width;
                    } else {
                        const std::size_t dumped = dumped_widths.data()[i];
                        p.bit_width[i] = dumped != 0 ? dumped : kept[i];  // Clang's, GCC's
                        p.bit_offset[i] = place_bit_field(bit, p.bit_width[i], sizes[i], packed, natural_aligns[i]);
                        p.from_rules[i] = true;
                    }
                    bit = p.bit_offset[i] + p.bit_width[i];
                    p.offset[i] = storage_unit_offset(p.bit_offset[i], sizes[i]);
                }
            }
        }
        return p;
    }
    static constexpr member_places<count> places = places_computed();

    // Every bit-field's width is known: seen in T's image, given by its dump (Clang), or kept in
    // its values (GCC, where std::bit_cast cannot read T: a pointer, a union among its members).
    // GCC sees none of these for a bool bit-field in such a T, or a T that cannot be a template
    // argument (a mutable member).
    static constexpr bool bit_widths_seen_computed() noexcept {
        if constexpr (bound && has_bit_fields) {
            const bool* bit_field = is_bit_field.data();
            for (std::size_t i = 0; i < count; ++i)
                if (bit_field[i] && places.bit_width[i] == 0) return false;
        }
        return true;
    }
    static constexpr bool bit_widths_seen = bit_widths_seen_computed();

    // Bit-fields placed by the rules must fit where the compiler put the members around them:
    // each run of bit-fields ends at or before the next member's address (where an unnamed
    // bit-field could have moved one without that showing, unseen_moves.hpp refuses it).
    static constexpr bool bits_agree_computed() noexcept {
        if constexpr (!has_bit_fields) return true;  // nothing to agree on
        std::size_t end_bits = 0;
        const bool* bit_field = is_bit_field.data();
        for (std::size_t i = 0; i < count; ++i) {
            if (bit_field[i]) {
                if (places.bit_width[i] == 0) return false;
                end_bits = places.bit_offset[i] + places.bit_width[i];
            } else if (bound) {
                if (places.offset[i] * CHAR_BIT < end_bits) return false;
                end_bits = 0;
            }
        }
        return end_bits <= sizeof(T) * CHAR_BIT;
    }
    static constexpr bool bits_agree = bits_agree_computed();

    // Size and alignment: the compiler's; the rules' where they placed the members, which must
    // then agree with the compiler's.
    // Nested: a T that binds does not need the rules' placement.
    static constexpr bool size_agrees_computed() noexcept {
        if constexpr (bound) return true;
        else return placed.size == sizeof(T) && placed.align == alignof(T);
    }
    static constexpr bool size_agrees = size_agrees_computed();

    // ---- The byte map.
    // Whether std::bit_cast can read T in a constant expression: every member's bytes can be
    // read so (no pointers, unions, references), T is trivially copyable, T has no bit-field.
    static constexpr bool probeable = __is_trivially_copyable(T) && !has_bit_fields && (has_data_bytes<M>() && ...);
    // Each member's bytes that hold data (a flexible array member has none: size 0).
    static constexpr const bool* member_maps[count + 1] = {partial_data_bytes<M>()..., nullptr};
    static constexpr bool whole_members[count + 1] = {all_bytes_data<M>..., false};
    static constexpr member_data_bytes member_data = {count, places.offset, sizes, member_maps, whole_members};
    // T's bytes that hold data, for the dumper and the records T is a member of.
    static constexpr byte_mask<sizeof(T)> data_bytes_computed() noexcept {
        byte_mask<sizeof(T)> bytes;
        // Each step of a constant evaluation costs: what a member's loop reads is read once.
        for (std::size_t i = 0; i < count; ++i) {
            const std::size_t offset = places.offset[i];
            if (has_bit_fields && is_bit_field.data()[i]) {
                // The bytes a bit-field's bits touch hold data.
                const std::size_t end = places.bit_offset[i] + places.bit_width[i];
                for (std::size_t b = places.bit_offset[i]; b < end; ++b)
                    if (b / CHAR_BIT < sizeof(T)) bytes.data[b / CHAR_BIT] = true;
                continue;
            }
            const std::size_t size = offset + sizes[i] <= sizeof(T) ? sizes[i] : sizeof(T) - offset;
            bool* out = bytes.data + offset;
            if (whole_members[i]) {
                for (std::size_t k = 0; k < size; ++k) out[k] = true;
            } else {
                const bool* member = member_maps[i];
                for (std::size_t k = 0; k < size; ++k)
                    if (member[k]) out[k] = true;
            }
        }
        return bytes;
    }
    static constexpr byte_mask<sizeof(T)> data_bytes = data_bytes_computed();
    // Check against the compiler's byte map: every byte the members' types say holds data must
    // be data in T's image. Where it is not, and the image is a constant (so the check could
    // be made), T is refused. Nested: a concept named after || is checked even where || stops.
    static constexpr bool byte_map_checked_computed() noexcept {
        if constexpr (probeable) return member_data_bytes_defined<T, member_data>;
        else return false;
    }
    static constexpr bool byte_map_checked = byte_map_checked_computed();
    static constexpr bool bytes_agree_computed() noexcept {
        if constexpr (!probeable || byte_map_checked) return true;
        else return !has_constant_image<T>;
    }
    static constexpr bool bytes_agree = bytes_agree_computed();

    // ---- Names.
    // Where every member has an address (T binds, no bit-field), each name is read straight from
    // the signature's names, with no table of them made; else from the table.
    // (signature_names<T, count, true> is named only in branches where names_signed: on Clang,
    // naming it evaluates the addresses it is made from.)
    static constexpr bool names_signed = bound && !has_bit_fields && count > 0;
    static constexpr const member_name_table<count>& names = names_of<T, count, bound, has_bit_fields>::table;
    static constexpr bool names_complete_computed() noexcept {
        if constexpr (names_signed) return signature_names<T, count, true>::complete;
        else return names.complete;
    }
    static constexpr bool names_complete = names_complete_computed();

    // Each member's alignment inside T: its type's where every member lies where the rules put
    // it, unpacked; else what member_alignments finds.
    static constexpr const std::size_t* alignments(std::size_t* found) noexcept {
        if constexpr (!places.as_ruled || rules.packing != 0) {
            member_alignments(count, places.offset, sizes, natural_aligns, is_bit_field.data(), places.bit_offset,
                              places.bit_width, rules.packing, alignof(T), bound, found);
            return found;
        } else {
            return natural_aligns;
        }
    }
    // Where the rules placed members, or bit-fields are among them: written after.
    static constexpr void mark_rules_and_bits(field* f) noexcept {
        if constexpr (!bound || has_bit_fields) {
            const bool* bit_field = is_bit_field.data();
            for (std::size_t i = 0; i < count; ++i) {
                f[i].position_from_rules = places.from_rules[i];
                if (has_bit_fields && bit_field[i]) {
                    f[i].bit_offset = places.bit_offset[i];
                    f[i].bit_width = places.bit_width[i];
                }
            }
        }
    }

    // Clang 16 copies each member type's field (typed_field) and writes the member's own figures
    // into it in fewer steps than it builds the field with them (7.9 M instructions a 16-member
    // struct, against 11.9); GCC 12 the other way round (10.3, against 11.7), and is given them
    // all there.
    template <std::size_t... I>
    static constexpr std::array<field, count> describe_members(std::index_sequence<I...>) noexcept {
        std::size_t found[count + 1]{};
        const std::size_t* aligns = alignments(found);
#if defined(__clang__)
        std::array<field, count> out{typed_field<M, !bound>...};
        field* f = out.data();
        for (std::size_t i = 0; i < count; ++i) {
            f[i].offset = places.offset[i];
            f[i].align = aligns[i];
            if constexpr (names_signed) {
                using S = signature_names<T, count, true>;
                f[i].name = std::string_view(S::text.chars + S::positions.joined[i], S::positions.length[i]);
            } else {
                // An anonymous member has no name to show.
                if (!f[i].anonymous) f[i].name = std::string_view(names.chars[i], names.length[i]);
                f[i].name_visible = names.visible[i] || f[i].anonymous;
            }
        }
        mark_rules_and_bits(f);
        return out;
#else
        if constexpr (names_signed) {
            // Every member bound, with an address: nothing is written after.
            using S = signature_names<T, count, true>;
            return {describe_member<M, false>(S::text.chars + S::positions.joined[I], S::positions.length[I],
                                              places.offset[I], aligns[I], true)...};
        } else {
            std::array<field, count> out{describe_member<M, !bound>(names.chars[I], names.length[I],
                                                                    places.offset[I], aligns[I], names.visible[I])...};
            mark_rules_and_bits(out.data());
            return out;
        }
#endif
    }
    static constexpr std::array<field, count> fields = describe_members(std::make_index_sequence<count>{});

    static constexpr verification checked = !bound ? verification::size_and_alignment
                                            : byte_map_checked ? verification::byte_map
                                                               : verification::addresses;

    static constexpr layout value = host_layout<T>(fields, rules.packing, checked);

    // What could have moved a member the rules placed (unseen_moves.hpp): a bit-field whose
    // bits this compiler does not show, every member where T does not bind, unless T's byte
    // map, which the compiler showed, has data where the rules put each member's.
    static constexpr bool rules_place_computed() noexcept {
        if constexpr (!bound) return !byte_map_checked || (has_bit_fields && !bits_visible);
        else if constexpr (has_bit_fields) return !bits_visible;
        else return false;
    }
    static constexpr bool rules_place = rules_place_computed();
    static constexpr unseen_move unseen = unseen_move_of(value);  // named only where rules_place
};

#if defined(__clang__)
// What a member's type gives a walked member (dumped_fields.hpp).
template <class U>
inline constexpr member_description described_member = [] {
    member_description d;
    d.described = describe_member<U, false>(nullptr, 0, 0, member_alignment<U>, true);
    d.empty = __is_empty(U);
    if constexpr (!std::is_unbounded_array_v<U>) {
        d.data_bytes = data_bytes_of<U>();  // an array's: every element's
        d.element_size = sizeof(U);
    }
    return d;
}();
template <class U>
constexpr bound_inner bound_inner_of() noexcept {
    if constexpr (__is_class(U) && bindable<U>) {
        if constexpr (reflects_cleanly<U>) return {&reflection<U>::value, reflection<U>::data_bytes.data};
        else return {};
    } else {
        return {};
    }
}
template <class U>
constexpr const member_description* description_of() noexcept {
    return &described_member<U>;
}

// A class walked by Clang's __builtin_dump_struct: a union, or a class with an anonymous
// member; every figure is the walk's (dumped_record.hpp), the elements M... those aggregate
// initialization shows (for predictions, which refuse anonymous members and unions).
template <class T, class... M>
struct reflection<T, bound_members<M...>, true> {
    using walked_record = dumped_record<T>;
    static constexpr bool walked = true;
    static constexpr std::size_t count = sizeof...(M);
    static constexpr bool bound = false;
    static constexpr bool has_reference = (std::is_reference_v<M> || ...);
    static constexpr bool has_unreadable_volatile = false;
    static constexpr bool elements_certain = walked_record::certain && (__is_union(T) || walked_record::result.used == count);
    static constexpr bool size_agrees = true;  // sizeof and alignof themselves
    static constexpr bool bit_widths_seen = true;  // the walk's
    static constexpr bool bits_agree = true;   // checked in the walk (elements_certain)
    static constexpr bool bytes_agree = true;  // no byte image: the walk's addresses
    static constexpr bool names_complete = true;
    static constexpr bool probeable = false;
    static constexpr std::size_t members_align = walked_record::result.members_align;
    static constexpr placement_rules rules{walked_record::packing, alignof(T)};

    static constexpr std::span<const field> fields = walked_record::value.fields;
    static constexpr auto is_bit_field = [] {
        std::array<bool, count + 1> b{};
        for (std::size_t i = 0; i < count && i < fields.size(); ++i) b[i] = fields[i].is_bit_field();
        return b;
    }();
    // The C rules' placement of the elements, which a prediction compares with the compiler's.
    static constexpr placement<count> placed = [] {
        std::size_t sizes[count + 1]{};
        std::size_t aligns[count + 1]{};
        for (std::size_t i = 0; i < count && i < fields.size(); ++i) {
            sizes[i] = fields[i].size;
            aligns[i] = fields[i].align;
        }
        return place<count>(sizes, aligns, nullptr, rules);
    }();
    static constexpr const byte_mask<sizeof(T)>& data_bytes = walked_record::data_bytes;
    static constexpr verification checked = verification::addresses;
    static constexpr const layout& value = walked_record::value;
    static constexpr bool rules_place = true;  // bit-fields, and members without an address
    static constexpr unseen_move unseen = unseen_move_of(value);
};
#endif


// Whether aggregate initialization does not reach every element of a T no structured binding
// decomposes and Clang cannot walk. Nested, so that a T that binds never records its elements'
// types (a variable template named in a condition is instantiated even where && stops before
// it: that was most of the compile time of every layout_of).
template <class T>
constexpr bool elements_unreachable() noexcept {
    if constexpr (bindable<T>) return false;
    else if constexpr (walked_in_dump<T>()) return false;
    else return !reachable_elements<T>;
}

template <class T>
constexpr refusal first_refusal() noexcept {
    if constexpr (__is_abstract(T)) {
        return refusal::abstract_class;
    } else if constexpr (laid_out_from_description<T>()) {
        using R = described_reflection<T>;
        if constexpr (R::has_virtual_base) return refusal::virtual_base;
        else if constexpr (!R::figures_agree) return refusal::description_disagrees;
        else if constexpr (!R::description_complete) return refusal::description_incomplete;
        else return refusal::none;
#if defined(__clang__)
    } else if constexpr (laid_out_from_walk<T>()) {
        using R = walked_class_reflection<T>;
        // Members sharing bytes: an anonymous union's, which the walk lists as T's own.
        if constexpr (!R::complete || !R::figures_agree) return refusal::walk_incomplete;
        else return refusal::none;
#endif
    } else if constexpr (__is_union(T) && !walked_in_dump<T>()) {
        return refusal::union_type;
    } else if constexpr (!__is_class(T) && !__is_union(T)) {
        return refusal::not_a_class;
    } else if constexpr (__is_polymorphic(T)) {
        return refusal::polymorphic;
    } else if constexpr (!__is_aggregate(T)) {
        return refusal::not_aggregate;
    } else if constexpr (!check_no_base_class<T>()) {
        return refusal::not_aggregate;  // unreachable: check_no_base_class fails to compile instead
    } else if constexpr (std::endian::native != std::endian::little) {
        return refusal::big_endian;
    } else if constexpr (brace_count<T> > max_bound_members || member_count<T> > max_bound_members) {
        return refusal::too_many_members;
    } else if constexpr (has_uninitializable_member<T>) {
        return refusal::reference_member;
    } else if constexpr (elements_unreachable<T>()) {
        return refusal::unreachable_element;
    } else {
        using R = reflection<T>;
        if constexpr (R::has_reference) return refusal::reference_member;
        else if constexpr (R::has_unreadable_volatile) return refusal::volatile_member_on_gcc;
        else if constexpr (!R::elements_certain) return refusal::uncertain_elements;
        else if constexpr (!R::size_agrees) return refusal::size_disagrees;
        else if constexpr (!R::bit_widths_seen) return refusal::bit_widths_unseen;
        else if constexpr (!R::bits_agree) return refusal::bits_disagree;
        else if constexpr (!R::bytes_agree) return refusal::bytes_disagree;
        else if constexpr (!R::names_complete) return refusal::unreadable_names;
        else if constexpr (!R::rules_place) return refusal::none;
        else if constexpr (!R::unseen.covered_by(assumptions<T>)) return refusal::unseen_moves;
        else return refusal::none;
    }
}

// The refusal once Assumed is stated of T too (layout_of's argument, beside assumptions<T>).
template <class T, abi::assume Assumed>
constexpr refusal first_refusal_assuming() noexcept {
    constexpr refusal why = first_refusal<T>();
    if constexpr (why == refusal::unseen_moves) {
        if constexpr (reflection<T>::unseen.covered_by(Assumed | assumptions<T>)) return refusal::none;
        else return why;
    } else {
        return why;
    }
}

}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_REFLECTION_HPP
