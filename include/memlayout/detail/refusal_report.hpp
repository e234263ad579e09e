// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_REFUSAL_REPORT_HPP
#define MEMLAYOUT_DETAIL_REFUSAL_REPORT_HPP

// The messages of layout_of's refusals. Each refusal is one static_assert whose condition
// names the cause (memlayout::diagnostic::has_no_bit_field<T, false>) and whose message starts
// with "memlayout:"; only the first cause that applies fails, so a user sees one error.

#include <memlayout/abi.hpp>
#include <memlayout/detail/prediction.hpp>
#include <memlayout/detail/reflection.hpp>
#include <memlayout/diagnostic.hpp>
#include <memlayout/layout.hpp>

#include <cstddef>
#include <string_view>
#include <type_traits>

namespace memlayout::detail {

template <class T>
inline constexpr bool always_false = false;

// The figures are in the template arguments, so the compiler prints them with the error.
template <class T, class CompilerSize, class RulesSize, class CompilerAlign, class RulesAlign>
constexpr void report_rules_disagree() noexcept {
    static_assert(always_false<T>,
                  "memlayout: T has an anonymous union or struct member, so its members are placed by the C layout "
                  "rules (no structured binding reaches them to ask the compiler), and the compiler lays T out "
                  "otherwise (sizes above): a member has its own alignas, packed or [[no_unique_address]]. "
                  "memlayout refuses rather than guess; pin the layout with sizeof/offsetof.");
}

// The first member the rules placed that an unseen unnamed bit-field or alignas could have
// moved (unseen_moves.hpp), named with its index, name and type (or its anonymous member's).
template <class T>
constexpr void report_unseen_move() noexcept {
    using R = reflection<T>;
    constexpr unseen_move move = R::unseen;
    constexpr std::string_view name_view = R::value.fields[move.member].name;
    constexpr std::string_view type_view = R::value.fields[move.member].type_name;
    using Member = diagnostic::member<move.member, diagnostic::text<name_view.size()>{name_view}>;
    using Type = diagnostic::of_type<diagnostic::text<type_view.size()>{type_view}>;
    static_assert(diagnostic::has_members_whose_place_the_compiler_shows<
                      T, Member, Type, diagnostic::unnamed_bit_field_could_move_one<move.by_unnamed_bit_field>,
                      diagnostic::alignas_could_move_one<move.by_alignment>, false>,
                  "memlayout: a member of T (its index, name and type are in this error's condition) is placed by the ABI's rules, because this compiler shows "
                  "no constant expression where it sits (Clang 16: a bit-field; GCC 12: a bit-field beside a pointer "
                  "or union, any member of a class with an anonymous member), and what the compiler does show (sizeof, alignof, the other members' "
                  "addresses) would be the same were it elsewhere: an unnamed bit-field before it (`unsigned : "
                  "3`) or an alignas would move it unseen. memlayout refuses rather than guess. If T has neither, "
                  "state it next to T: template <> inline constexpr memlayout::abi::assume "
                  "memlayout::assumptions<T> = memlayout::abi::assume::named_bit_fields | "
                  "memlayout::abi::assume::natural_alignment; or pass it to layout_of<T, abi::host, ...>.");
}

template <class T, refusal Why>
constexpr bool report() noexcept {
    static_assert(diagnostic::is_a_class<T, Why != refusal::not_a_class>, "memlayout: T is not a class type; layout_of takes a struct.");
    static_assert(diagnostic::is_not_a_union<T, Why != refusal::union_type>,
                  "memlayout: T is a union whose members this compiler cannot list (GCC 12 lists no union's "
                  "members; Clang 16 cannot walk a union with a bit-field in a member after the first in a "
                  "constant expression). A union as a struct's member is laid out as one block: reflect a "
                  "struct that holds it.");
    static_assert(diagnostic::has_no_virtual_functions<T, Why != refusal::polymorphic>,
                  "memlayout: T has virtual functions, so it is no aggregate whose members memlayout can list. "
                  "Describe T's bases and members with Boost.Describe, BOOST_DESCRIBE_CLASS(T, (bases), (public "
                  "members), (protected), (private)) inside the class, and layout_of shows them, its vptr too "
                  "(Clang 16 walks a class without bases that has none).");
    static_assert(diagnostic::is_an_aggregate<T, Why != refusal::not_aggregate>,
                  "memlayout: T is not an aggregate (it has private or protected members or user-declared "
                  "constructors), so memlayout cannot list its members. Describe T's bases and members with "
                  "Boost.Describe, BOOST_DESCRIBE_CLASS(T, (bases), (public members), (protected), (private)) "
                  "inside the class or BOOST_DESCRIBE_STRUCT(T, (bases), (members)) after it, and layout_of shows "
                  "them (Clang 16 walks a class without bases that has none).");
    static_assert(diagnostic::is_little_endian<T, Why != refusal::big_endian>,
                  "memlayout: this target is big-endian; memlayout reads bit-field positions and byte images as a "
                  "little-endian target lays them out, and refuses rather than guess.");
    static_assert(diagnostic::has_at_most_100_members<T, Why != refusal::too_many_members>,
                  "memlayout: T has more than 100 members, the most memlayout binds. Group members into nested "
                  "structs.");
    static_assert(diagnostic::has_no_reference_member<T, Why != refusal::reference_member>,
                  "memlayout: T has a reference member (or a member whose class has no default constructor); a "
                  "reference is not an object memlayout can lay out. Use a pointer or std::reference_wrapper.");
    static_assert(diagnostic::has_no_volatile_member_on_gcc<T, Why != refusal::volatile_member_on_gcc>,
                  "memlayout: T has a volatile member; GCC 12 cannot bind it in a constant expression, so "
                  "memlayout cannot read the members' addresses. Reflect T with Clang, or drop volatile.");
    if constexpr (Why == refusal::size_disagrees) {
        using R = reflection<T>;
        report_rules_disagree<T, diagnostic::compiler_size<sizeof(T)>, diagnostic::rules_size<R::placed.size>,
                              diagnostic::compiler_align<alignof(T)>, diagnostic::rules_align<R::placed.align>>();
    }
#if defined(__clang__)
    static_assert(diagnostic::has_bit_fields_whose_widths_the_compiler_shows<T, Why != refusal::bit_widths_unseen>,
                  "memlayout: T has a bit-field whose width Clang 16 cannot see: its walk of T "
                  "(__builtin_dump_struct) reads a union's inactive bit-field, which is no constant expression, "
                  "and a bit-field's width then shows only in the values it keeps, which Clang compares where T "
                  "can be a template argument (no mutable member) and the bit-field is an integer or enum (not "
                  "bool). memlayout refuses rather than guess it; pin the layout with sizeof/offsetof.");
#else
    static_assert(diagnostic::has_bit_fields_whose_widths_the_compiler_shows<T, Why != refusal::bit_widths_unseen>,
                  "memlayout: T has bit-fields and a member std::bit_cast cannot read in a constant expression (a "
                  "pointer, a union, or a class holding one), so GCC 12 shows no byte image of T; a bit-field's "
                  "width then shows only in the values it keeps, which GCC compares where T can be a template "
                  "argument (no mutable member) and the bit-field is an integer or enum (not bool). memlayout "
                  "refuses rather than guess it. Clang 16 lays T out unless a union among its members holds a "
                  "bit-field after its first member; with GCC 12, pin the layout with sizeof/offsetof.");
#endif
    static_assert(diagnostic::has_bit_fields_where_the_rules_place_them<T, Why != refusal::bits_disagree>,
                  "memlayout: T's bit-fields are not where the ABI's bit-field rules place them around the members "
                  "whose addresses the compiler gives (an unnamed bit-field, or an attribute, moves them); this "
                  "compiler cannot show bit-fields' bits in a constant expression (Clang 16 never; GCC 12 where T "
                  "holds a pointer or a union), and memlayout refuses rather than guess.");
    static_assert(diagnostic::has_data_where_the_compiler_has_data<T, Why != refusal::bytes_disagree>,
                  "memlayout: T's byte image, which the compiler shows, has padding where T's members, at the "
                  "compiler's own offsets, hold data; memlayout refuses rather than report a layout it cannot "
                  "check. Please report this, with T.");
    static_assert(diagnostic::has_reachable_members<T, Why != refusal::unreachable_element>,
                  "memlayout: T has an anonymous union or struct, so no structured binding decomposes it, and "
                  "aggregate initialization does not reach all its members (Clang 16 will not initialize a "
                  "flexible array member); memlayout cannot see the member types. Reflect T with GCC.");
    static_assert(diagnostic::has_members_memlayout_can_see<T, Why != refusal::uncertain_elements>,
                  "memlayout: T has an anonymous union or struct member, so no structured binding decomposes it; "
                  "aggregate initialization then shows the members' types but not whether one is a bit-field, "
                  "and this compiler cannot tell (GCC 12 tells it from T's bits, or from the values an integer "
                  "keeps where T can be a template argument, but not of a bool; Clang 16 walks T's members "
                  "unless a union's bit-field after its first member stops the walk), or a member's class has a "
                  "constructor template that shows another type first. memlayout refuses rather than guess; pin "
                  "the layout with sizeof/offsetof.");
    static_assert(diagnostic::is_not_abstract<T, Why != refusal::abstract_class>,
                  "memlayout: T is abstract, so no object of it can be declared, not even the never-defined one "
                  "memlayout reads addresses in. Ask for a concrete class derived from it: T's layout is shown "
                  "inside, as its base (described with Boost.Describe, its members too).");
    static_assert(diagnostic::has_no_virtual_base<T, Why != refusal::virtual_base>,
                  "memlayout: T has a virtual base; where a virtual base sits is read from the object's vtable at "
                  "run time, which no constant expression can do, so layout_of cannot show T. Pin the layout "
                  "with sizeof, or see it with pahole.");
    static_assert(diagnostic::has_a_description_the_compiler_confirms<T, Why != refusal::description_disagrees>,
                  "memlayout: T's Boost.Describe description does not fit where the compiler put its bases and "
                  "members: two of them share bytes (a member of a base listed as T's own, or a base missing "
                  "from the description while its vptr or members are counted as T's). List in "
                  "BOOST_DESCRIBE_CLASS T's direct bases and its own members only.");
    static_assert(diagnostic::has_a_description_of_every_base_and_member<T, Why != refusal::description_incomplete>,
                  "memlayout: T's Boost.Describe description does not list every direct base and member the "
                  "compiler shows (GCC 12 lists the direct bases, Clang 16 walks bases and members): a missing "
                  "member would be reported as padding. Add it "
                  "to BOOST_DESCRIBE_CLASS. A bit-field or a reference member cannot be described (no member "
                  "pointer reaches it): Clang 16 refuses such a class; pin it with sizeof and offsetof.");
    static_assert(diagnostic::has_members_clang_can_walk<T, Why != refusal::walk_incomplete>,
                  "memlayout: T is not an aggregate; Clang 16 walks such a class's members, but this walk does not "
                  "give every member's type: T has a base class, a member of a struct type the walk goes into, an "
                  "anonymous union, a bit-field or a reference member. Describe T's bases and members with Boost.Describe, "
                  "BOOST_DESCRIBE_CLASS(T, (bases), (public members), (protected), (private)) inside the class.");
    if constexpr (Why == refusal::unseen_moves) report_unseen_move<T>();
    static_assert(diagnostic::has_readable_member_names<T, Why != refusal::unreadable_names>,
                  "memlayout: could not read T's member names from the compiler; please report this with your "
                  "compiler's version.");
    return Why == refusal::none;
}

template <std::size_t I, class First, class... Rest>
struct nth_type {
    using type = typename nth_type<I - 1, Rest...>::type;
};
template <class First, class... Rest>
struct nth_type<0, First, Rest...> {
    using type = First;
};

template <class T, class Target, abi::assume A, class Members = members_of<T>>
struct refused_member;
template <class T, class Target, abi::assume A, class... M>
struct refused_member<T, Target, A, bound_members<M...>> {
    static constexpr std::size_t index = prediction<T, Target, A>::first_refused;
    using type = std::remove_cv_t<typename nth_type<index, M...>::type>;
    static constexpr std::string_view name_view = reflection<T>::fields[index].name;
    static constexpr diagnostic::text<name_view.size()> name{name_view};
};

// The first member of T whose layout on Target cannot be known, named with its index, its
// name and its type; a refused nested record reports its own member.
template <class T, class Target, abi::assume A>
constexpr void report_member_prediction() noexcept;

template <class T, class Target, abi::assume A>
constexpr void report_prediction() noexcept {
    if constexpr (prediction<T, Target, A>::refused == prediction_refusal::walked) {
        static_assert(diagnostic::has_no_anonymous_member_or_union<Target, T, false>,
                      "memlayout: T is a union or has an anonymous union or struct member; this compiler lays it "
                      "out from a walk of its members, which shows their types only as it spells them, so its "
                      "layout on another target is not predicted. Reflect T with that target's compiler.");
    } else if constexpr (prediction<T, Target, A>::refused == prediction_refusal::described) {
        static_assert(diagnostic::is_not_a_described_class<Target, T, false>,
                      "memlayout: T is a C++ class laid out from its Boost.Describe description or Clang's walk "
                      "(bases, a vptr); where the target's C++ ABI puts them is not predicted. Reflect T with that "
                      "target's compiler.");
    } else if constexpr (prediction<T, Target, A>::first_refused == prediction<T, Target, A>::count &&
                         prediction<T, Target, A>::end_refused) {
        using P = prediction<T, Target, A>;
        static_assert(diagnostic::has_its_end_where_the_rules_place_it<
                          Target, T, diagnostic::compiler_size<sizeof(T)>, diagnostic::rules_size<P::host_ruled.size>,
                          diagnostic::compiler_align<alignof(T)>, diagnostic::rules_align<P::host_ruled.align>, false>,
                      "memlayout: this host makes T larger or more aligned than the ABI's rules make its members "
                      "(sizes in this error's condition): an unnamed bit-field (`int : 3`, `: 0`) after them or "
                      "in place of any, which no technique lists, or an attribute takes the room; where T would "
                      "end on another target is not known, and memlayout refuses rather than guess.");
    } else if constexpr (prediction<T, Target, A>::refused == prediction_refusal::unstated_bit_fields) {
        static_assert(diagnostic::is_stated_to_have_no_unnamed_bit_field<Target, T, false>,
                      "memlayout: T, or a record inside it, may hold an unnamed bit-field (`int : 3`, `: 0`) that "
                      "no technique lists: one that changes nothing on this host can change the layout on another "
                      "target (on ARM a `: 0` aligns the struct; on i386 a `long : 16` straddles a 4-byte unit; "
                      "Microsoft's rules give one a unit of its own). If none has one, state it in the call, "
                      "layout_of<T, Target, abi::assume::named_bit_fields>(), or next to T: template <> inline "
                      "constexpr memlayout::abi::assume memlayout::assumptions<T> = "
                      "memlayout::abi::assume::named_bit_fields;");
    } else {
        report_member_prediction<T, Target, A>();
    }
}

template <class T, class Target, abi::assume A>
constexpr void report_member_prediction() noexcept {
    using R = refused_member<T, Target, A>;
    using M = typename R::type;
    using Member = diagnostic::member<R::index, R::name>;
    constexpr prediction_refusal why = prediction<T, Target, A>::refused;
    if constexpr (why == prediction_refusal::nested) {
        if constexpr (std_array_traits<M>::value)
            report_prediction<std::remove_cv_t<typename std_array_traits<M>::element>, Target, A>();
        else
            report_prediction<M, Target, A>();
    }
    static_assert(diagnostic::type_exists_on_target<Target, T, Member, M, why != prediction_refusal::unknown_type>,
                  "memlayout: a member's type does not exist on the target, or memlayout does not model it there "
                  "(__int128 on a 32-bit target, __float128, _Float16). memlayout refuses rather than guess.");
    static_assert(diagnostic::member_is_reflectable<Target, T, Member, M, why != prediction_refusal::opaque_class>,
                  "memlayout: a member is a class memlayout cannot reflect (a standard-library class, a class "
                  "with private members, or an aggregate the host layout refuses); its layout on another target "
                  "cannot be known from its members.");
    static_assert(diagnostic::member_is_not_a_union<Target, T, Member, M, why != prediction_refusal::union_member>,
                  "memlayout: a member is a union; its members are not visible, so its layout on another target "
                  "cannot be predicted.");
    static_assert(diagnostic::integer_spelling_is_known<Target, T, Member, M, why != prediction_refusal::ambiguous_integer>,
                  "memlayout: a member's integer type (e.g. long) is also how this host spells std::int64_t, "
                  "std::size_t or std::ptrdiff_t, and its size on the target depends on which the source wrote. "
                  "State it, in the call or in memlayout::assumptions<T> (for T's own members; a record inside "
                  "T states its own): abi::assume::fixed_width_integers, abi::assume::pointer_sized_integers or "
                  "abi::assume::keyword_integers.");
    static_assert(diagnostic::integer_spellings_stated_agree<Target, T, Member, M, why != prediction_refusal::conflicting_integer>,
                  "memlayout: a member's integer type fits two of the spellings stated, which differ on the target "
                  "(on LP64 std::uint64_t and std::size_t are both unsigned long; on i386 std::uint32_t and "
                  "std::size_t both unsigned int), so which one the source wrote is not known. State only the "
                  "abi::assume flag of the one spelling T's members use (fixed_width_integers, "
                  "pointer_sized_integers or keyword_integers); a struct that mixes them cannot be predicted "
                  "from this host.");
    static_assert(diagnostic::alignment_is_the_same_on_target<Target, T, Member, M, why != prediction_refusal::hidden_alignment>,
                  "memlayout: a member is aligned differently on the target than on this host, so an alignas or "
                  "#pragma pack that changes nothing here (and so cannot be seen) would change the target's "
                  "layout. If T and its members carry none, state it, in the call or in memlayout::assumptions<T>: "
                  "abi::assume::natural_alignment.");
    static_assert(diagnostic::is_not_a_member_pointer_on_msvc<Target, T, Member, M, why != prediction_refusal::msvc_member_pointer>,
                  "memlayout: a member is a pointer to member; with MSVC its size depends on the class's "
                  "inheritance model and compiler options, which memlayout cannot see.");
    static_assert(diagnostic::array_is_not_empty<Target, T, Member, M, why != prediction_refusal::empty_array>,
                  "memlayout: a member is std::array<E, 0>, whose size differs between standard libraries.");
    static_assert(diagnostic::is_not_a_bit_field<Target, T, Member, M, why != prediction_refusal::bit_field>,
                  "memlayout: a member is a bit-field that memlayout does not predict on this target: the "
                  "target lays bit-fields out by Microsoft's rules (MSVC, and MinGW-w64's default "
                  "-mms-bitfields: a new unit for each change of type size), T is packed, or the bit-field is "
                  "wider than its type there. Bit-fields are predicted for the System V and AAPCS targets "
                  "(x86_64, i386, armhf, aarch64).");
    static_assert(diagnostic::has_bit_fields_where_the_rules_place_the_named_ones<
                      Target, T, Member, M, why != prediction_refusal::unnamed_bit_field>,
                  "memlayout: this host places a member where the ABI's bit-field rules would not "
                  "for T's named members: an unnamed bit-field (`int : 3`, `: 0`), which no technique lists, "
                  "or an attribute moves it; where it would move things on another target is not known, and "
                  "memlayout refuses rather than guess.");
    static_assert(diagnostic::has_no_member_attribute<Target, T, Member, M, why != prediction_refusal::member_attribute>,
                  "memlayout: this host places a member where the C layout rules would not (the member has its own "
                  "alignas, or is packed or [[no_unique_address]]); memlayout cannot tell how the attribute "
                  "carries to another target, and refuses rather than guess.");
    static_assert(diagnostic::enum_fits_int_on_msvc<Target, T, Member, M, why != prediction_refusal::wide_unfixed_enum_msvc>,
                  "memlayout: a member is an enum without a fixed underlying type whose values need 64 bits; "
                  "MSVC gives such an enum an int. Give the enum a fixed underlying type.");
}

template <class T, class Target, abi::assume A>
constexpr layout predict() noexcept {
    static_assert(abi::target<Target>, "memlayout: the target is not a data model: use abi::x86_64, abi::i386, "
                                       "abi::armhf, abi::aarch64, abi::win64_mingw, abi::win64_msvc or abi::host.");
    if constexpr (!abi::target<Target>) {
        return layout{};
    } else if constexpr (prediction_refused<T, Target, A> != prediction_refusal::none) {
        report_prediction<T, Target, A>();
        return layout{};
    } else {
        using P = prediction<T, Target, A>;
        static_assert(diagnostic::prediction_matches_this_compiler<Target, T, diagnostic::compiler_size<sizeof(T)>,
                                                                   diagnostic::predicted_size<P::placed.size>,
                                                                   !P::native || P::matches_host>,
                      "memlayout: the data model of the target this compiler builds for predicts a layout of T "
                      "that differs from the compiler's (a compiler option changes the data model, e.g. "
                      "-mlong-double-64 or -malign-double). memlayout refuses rather than guess.");
        return P::value;
    }
}

}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_REFUSAL_REPORT_HPP
