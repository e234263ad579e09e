// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_DESCRIBED_CLASS_HPP
#define MEMLAYOUT_DETAIL_DESCRIBED_CLASS_HPP

// The layout of a C++ class described with Boost.Describe (BOOST_DESCRIBE_CLASS inside the
// class, BOOST_DESCRIBE_STRUCT outside it): its bases and members as the description lists
// them, each where the compiler put it. A base's place is the address the conversion to it
// gives in the never-defined fake_object<T>, a member's the address its member pointer
// selects there, each compared with the object's bytes in a constant expression: no
// constructor runs and no value is read, so private members, constructors, virtual functions
// and members of any type are no obstacle.
// - The vptr: a polymorphic class whose bases are not polymorphic holds one, at offset 0 in the
//   Itanium C++ ABI (GCC and Clang on every target memlayout reflects on); the compiler's own
//   figures must leave those bytes free, or T is refused.
// - A virtual base's place is read from the object's vtable at run time, which no constant
//   expression can: T is refused.
// - An abstract class has no object, not even a never-defined one: as a base, it is laid out
//   inside the object of the concrete class (Host); alone, it is refused.
// - Which bases and members exist is the description's. Clang 16 walks T's bases and members
//   with __builtin_dump_struct, and the description must name them all (a bit-field or a
//   reference member, which no description can name, stops the walk: T is refused); GCC 12
//   lists a class's direct bases (__direct_bases), which the description must name, but has no
//   way to list its members, so there a member the description leaves out shows as a hole, and
//   the layout says so (verification::described).
// Included by reflection.hpp, which defines describe_member and data_bytes_of.

#include <memlayout/abi.hpp>
#include <memlayout/detail/bound_members.hpp>
#include <memlayout/detail/byte_probe.hpp>
#include <memlayout/detail/class_fields.hpp>
#include <memlayout/detail/fake_object.hpp>
#include <memlayout/detail/traits.hpp>
#include <memlayout/detail/type_name.hpp>
#include <memlayout/detail/walked_class.hpp>
#include <memlayout/layout.hpp>

#include <boost/describe/bases.hpp>
#include <boost/describe/members.hpp>
#include <boost/describe/modifiers.hpp>

#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

namespace memlayout::detail {

// Defined in reflection.hpp.
template <class M, bool MayBeAnonymous>
constexpr field describe_member(const char* name_chars, std::size_t name_length, std::size_t offset, std::size_t align,
                                bool name_visible) noexcept;
template <class M>
constexpr const bool* data_bytes_of() noexcept;

template <class T>
concept described_class = __is_class(T) && boost::describe::has_describe_members<T>::value &&
                          boost::describe::has_describe_bases<T>::value;

template <class T>
using described_bases = boost::describe::describe_bases<T, boost::describe::mod_any_access>;
template <class T>
using described_members = boost::describe::describe_members<T, boost::describe::mod_any_access>;

// Whether T is laid out from its description: a described class aggregate reflection cannot
// see (not an aggregate, or with a base). A described aggregate without bases is reflected as
// any aggregate, which checks more (its byte image) and sees bit-fields, which no description
// can list.
template <class T>
constexpr bool laid_out_from_description() noexcept {
    if constexpr (described_class<T>) return !__is_aggregate(T) || boost::mp11::mp_size<described_bases<T>>::value != 0;
    else return false;
}

template <class P>
struct pointed_member;
template <class C, class M>
struct pointed_member<M C::*> {
    using type = M;
    using owner = C;
};

template <class T, class Host, class B>
constexpr std::size_t base_offset() noexcept {
    return offset_in<T, Host>(__builtin_addressof(object_in<B, Host>()));
}
template <class T, class Host, auto Pointer>
constexpr std::size_t member_offset() noexcept {
    return offset_in<T, Host>(__builtin_addressof(object_in<T, Host>().*Pointer));
}


#if defined(__GNUC__) && !defined(__clang__)
// GCC lists a class's direct bases (virtual ones too), in declaration order.
template <class... B>
struct base_list {};
template <class T>
struct direct_bases_of {
    using type = base_list<__direct_bases(T)...>;
};
#endif

// Whether memlayout lays out a base (its members' end is known), and its layout. Defined in
// reflection.hpp.
template <class B>
constexpr bool seen_into() noexcept;
template <class B>
constexpr const layout& record_layout() noexcept;

// The layout of a described class, read in the object of Host: T, or a concrete class derived
// from an abstract T.
template <class T, class Host = T>
struct described_reflection {
    using bases = described_bases<T>;
    using members = described_members<T>;
    static constexpr std::size_t base_count = boost::mp11::mp_size<bases>::value;
    static constexpr std::size_t member_count = boost::mp11::mp_size<members>::value;

    template <class D>
    using is_virtual = std::bool_constant<(D::modifiers & boost::describe::mod_virtual) != 0>;
    template <class D>
    using is_polymorphic_base = std::bool_constant<__is_polymorphic(typename D::type) && !is_virtual<D>::value>;
    static constexpr bool has_virtual_base = boost::mp11::mp_any_of<bases, is_virtual>::value;
    static constexpr bool own_vptr =
        __is_polymorphic(T) && !boost::mp11::mp_any_of<bases, is_polymorphic_base>::value;
    static constexpr std::size_t count = (own_vptr ? 1 : 0) + (has_virtual_base ? 0 : base_count) + member_count;

    template <class D>
    using base_type_of = typename D::type;
    template <class D>
    using member_type_of = typename pointed_member<std::remove_cv_t<decltype(D::pointer)>>::type;

    // The parts in the order the description gives them: the vptr, the bases, the members.
    struct declared_parts {
        std::array<field, count> fields{};
        std::array<class_part, count + 1> parts{};
    };
    static constexpr declared_parts listed = [] {
        declared_parts out;
        std::size_t i = 0;
        if constexpr (own_vptr) {
            out.fields[i] = vptr_field<T>();
            out.parts[i++].whole = true;
        }
        if constexpr (!has_virtual_base) {
            boost::mp11::mp_for_each<bases>([&](auto d) {
                using B = base_type_of<decltype(d)>;
                field f = describe_member<B, false>(nullptr, 0, base_offset<T, Host, B>(), alignof(B), true);
                f.base = true;
                if (__is_empty(B)) f.size = 0;
                f.base_data_size = f.size;
                if constexpr (__is_abstract(B)) {
                    // Laid out inside this object, the only kind an abstract class has.
                    out.parts[i] = {true, false, true, nullptr};
                    if constexpr (described_class<B>) {
                        using R = described_reflection<B, Host>;
                        if constexpr (R::laid_out) {
                            f.kind = member_kind::record;
                            f.record = &R::value;
                            f.base_data_size = R::value.members_end();
                            out.parts[i] = {true, true, false, R::data_bytes.data};
                        }
                    }
                } else {
                    if constexpr (seen_into<B>()) f.base_data_size = record_layout<B>().members_end();
                    out.parts[i] = {!__is_empty(B), seen_into<B>(), false, data_bytes_of<B>()};
                }
                out.fields[i++] = f;
            });
        }
        boost::mp11::mp_for_each<members>([&](auto d) {
            using D = decltype(d);
            using M = member_type_of<D>;
            constexpr std::size_t offset = member_offset<T, Host, D::pointer>();
            // The type's alignment, unless the offset shows less (T packed).
            std::size_t align = member_alignment<std::remove_cv_t<M>>;
            while (align > 1 && offset % align != 0) align /= 2;
            out.parts[i] = {!__is_empty(std::remove_cv_t<M>), false, false, data_bytes_of<M>()};
            out.fields[i++] = describe_member<M, false>(D::name, std::string_view(D::name).size(), offset, align, true);
        });
        return out;
    }();

    static constexpr std::array<std::size_t, count + 1> order = offset_order(listed.fields);
    static constexpr std::array<field, count> fields = in_offset_order<T>(listed.fields, order);
    static constexpr bool figures_agree = parts_agree<T>(listed.fields, listed.parts);

    // Clang: the description names every base and member the compiler's walk shows.
#if defined(__clang__)
    // The walk of walked_class.hpp. One that is no constant expression met a bit-field or a
    // reference member: neither can be described (no member pointer to either), so the
    // description cannot be complete.
    static constexpr bool description_checked = true;
    static constexpr bool description_complete = [] {
        if constexpr (members_walkable<T, Host>) {
            constexpr class_walk<member_count> walk = walk_members<T, member_count, Host>();
            if (walk.bases != base_count || walk.members != member_count) return false;
            for (std::size_t k = 0; k < member_count; ++k) {
                std::size_t i = 0;
                // The described members follow the vptr and the bases in `listed`.
                while (i < member_count && listed.fields[count - member_count + i].name != walk.parts[k].name) ++i;
                if (i == member_count) return false;
            }
            return true;
        } else {
            return false;
        }
    }();
#else
    // GCC: the description lists every direct base; members cannot be listed.
    using described_base_types = boost::mp11::mp_transform<base_type_of, bases>;
    template <class... B>
    static constexpr bool lists_bases(base_list<B...>*) noexcept {
        return sizeof...(B) == base_count && (boost::mp11::mp_contains<described_base_types, B>::value && ...);
    }
    static constexpr bool description_checked = false;
    static constexpr bool description_complete = lists_bases(static_cast<typename direct_bases_of<T>::type*>(nullptr));
#endif

    // The parts' types in the order of `fields`, for the dumper's value writers: the vptr's as
    // a pointer (its value is the address of the vtable's slots).
    using declared_types = boost::mp11::mp_append<
        boost::mp11::mp_if_c<own_vptr, boost::mp11::mp_list<const void*>, boost::mp11::mp_list<>>,
        boost::mp11::mp_if_c<has_virtual_base, boost::mp11::mp_list<>, boost::mp11::mp_transform<base_type_of, bases>>,
        boost::mp11::mp_transform<member_type_of, members>>;

    // Whether T is laid out: the checks first_refusal reports (reflection.hpp).
    static constexpr bool laid_out = !has_virtual_base && figures_agree && description_complete;

    static constexpr bool probeable = false;
    static constexpr byte_mask<sizeof(T)> data_bytes = class_data_bytes<T>(listed.fields, listed.parts);

    static constexpr layout value = host_layout<T>(fields, packing_of<T>(listed.fields),
                                                   description_checked ? verification::addresses : verification::described);
};

// The parts' types in the order of their offsets, as the dumper takes them (only named where T
// is laid out: a type alias in the class would be made with every described class).
template <class T, std::size_t... I>
auto described_types_in_order(std::index_sequence<I...>)
    -> bound_members<boost::mp11::mp_at_c<typename described_reflection<T>::declared_types, described_reflection<T>::order[I]>...>;
template <class T>
using described_members_in_order =
    decltype(described_types_in_order<T>(std::make_index_sequence<described_reflection<T>::count>{}));

}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_DESCRIBED_CLASS_HPP
