// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_LAYOUT_HPP
#define MEMLAYOUT_LAYOUT_HPP

#include <memlayout/detail/standard_check.hpp>  // first: says when the standard is too old

#include <memlayout/detail/placement.hpp>

#include <cstddef>
#include <span>
#include <string_view>

namespace memlayout {

struct layout;

/// What kind of type a member has.
enum class member_kind : unsigned char {
    fundamental,       ///< bool, character, integer, floating point, std::nullptr_t
    enumeration,       ///< an enum; `field::underlying_type` names its underlying type
    pointer,           ///< a pointer to an object (or to void)
    function_pointer,  ///< a pointer to a function
    member_pointer,    ///< a pointer to member
    record,            ///< an aggregate memlayout reflects; `field::record` is its layout
    array,             ///< std::array; `field::count` elements of `field::element_type`
    union_type,        ///< a union, laid out as one block
    opaque,            ///< any other class (std::string, a class with private members, ...)
};

/// How the figures of a layout were checked against the compiler that built it.
enum class verification : unsigned char {
    /// Size, alignment and every member's bytes were compared with the compiler's own byte
    /// map of a value of the type (std::bit_cast in a constant expression).
    byte_map,
    /// Every member's offset is the compiler's own: its address in an object, compared with
    /// the object's bytes in a constant expression; size and alignment are sizeof/alignof.
    addresses,
    /// Size and alignment were compared with sizeof/alignof; the type holds pointers,
    /// unions or other members std::bit_cast cannot read in a constant expression.
    size_and_alignment,
    /// A C++ class described with Boost.Describe: every offset is the compiler's own (the
    /// address of each base and member in an object), size and alignment are sizeof/alignof;
    /// which bases and members exist is the description's, which this compiler cannot check
    /// (GCC 12: it cannot list a class's members), so a member left out of the description
    /// shows as a hole. On Clang, the description is checked and the layout says `addresses`.
    described,
    /// Predicted for another target from its data model; no compiler of that target ran.
    predicted,
    /// A standard-library class's header as memlayout models it for the standard library at
    /// hand; every dumped object is decoded and checked against the class's accessors.
    checked_per_object,
};

/// One member of a layout: where it sits and what it is.
///
/// \b Example:
/// \code
/// struct Point { char tag; double x; };
/// constexpr memlayout::field x = memlayout::layout_of<Point>().fields[1];
/// static_assert(x.name == "x" && x.offset == 8 && x.size == 8);
/// \endcode
struct field {
    std::string_view name;       ///< the member's identifier
    std::string_view type_name;  ///< the member's type as the compiler spells it
    std::size_t offset = 0;      ///< bytes from the start of the enclosing object
    std::size_t size = 0;        ///< sizeof the member's type
    /// The alignment the member gets inside a struct on the target: its type's, capped by
    /// packing; raised where an alignas moved the member past where its type's alignment puts
    /// it (then the largest power of two its offset is a multiple of, up to the record's
    /// alignment: in `{ char c[3]; alignas(2) char x; int y; }`, x at 4 shows as 4-aligned).
    /// An alignas that moved nothing (`alignas(8) char c` at offset 0) leaves no trace in the
    /// compiled layout and is not seen; pahole reads alignas from DWARF.
    /// `reorder_advice::exact` says where that could matter.
    std::size_t align = 0;
    member_kind kind = member_kind::fundamental;
    /// For records: the member's own layout. For arrays of records: the element's layout.
    const layout* record = nullptr;
    std::string_view underlying_type;  ///< for enumerations: the underlying type
    std::string_view element_type;     ///< for arrays: the element type
    std::size_t count = 0;             ///< for arrays: the number of elements
    /// Integers, characters, bool and enums: `is_integral`; and whether the type (an enum's
    /// underlying type) is signed, which its spelling does not always say (`char`).
    bool is_integral = false;
    bool is_signed = false;

    /// Bit-fields: the first bit (counted from the start of the enclosing object, in the
    /// order of the target's bytes and bits) and the width; `offset` and `size` are then the
    /// storage unit's, as pahole shows them. A bit-field has `bit_width != 0`.
    std::size_t bit_offset = 0;
    std::size_t bit_width = 0;
    /// C arrays: how many extents (`int m[3][4]`: 2) and each, outermost first; `count` is
    /// their product. 0 for std::array, which is a class.
    std::size_t rank = 0;
    std::size_t extents[4]{};
    /// A flexible array member (`T data[]`): no bytes, at the end of the object's members.
    /// A zero-length array (`T data[0]`) is a C array of extent 0.
    bool flexible = false;
    /// An anonymous union or struct: `record` holds its members, which are the enclosing
    /// type's (pahole prints them in place: `union { ... };`). It has no name. Where `record`
    /// is null, memlayout cannot place its members (GCC 12: none of an anonymous member's;
    /// Clang 16: those of an anonymous union with a later member of class type) and it is one
    /// block, at the compiler's offset. A named member of an unnamed type (`union { ... } u;`)
    /// is not anonymous.
    bool anonymous = false;
    /// Whether `name` is the member's identifier; false where the compiler at hand shows no
    /// technique that reaches it (GCC 12: a bit-field's name), and `name` is empty.
    bool name_visible = true;
    /// A base-class subobject (pahole's `<ancestor>`): `type_name` is the base, `name` is empty,
    /// `size` is sizeof the base, or 0 for an empty base (it takes no bytes of its own).
    bool base = false;
    /// A base's bytes before its tail padding: its members' end, where memlayout sees them, else
    /// its size. Later bases and members may sit after them, in its tail padding.
    std::size_t base_data_size = 0;
    /// The pointer to the virtual table a polymorphic class without a polymorphic base holds,
    /// named as the compiler names it in its debug information (`_vptr.Widget`, Clang:
    /// `_vptr$Widget`). A class whose first base is polymorphic shares that base's.
    bool vptr = false;
    /// Whether the position comes from the target's layout rules rather than from the
    /// compiler's own addresses or bytes (Clang 16's bit-fields: it cannot show them in a
    /// constant expression; sizes and the neighbours' addresses bound them).
    bool position_from_rules = false;

    /// Whether the member is a bit-field.
    [[nodiscard]] constexpr bool is_bit_field() const noexcept { return bit_width != 0; }

    /// One past the member's last byte; a bit-field's: of its storage unit, or of its last bit
    /// where that lies beyond (on i386 a `long long` bit-field may start at bit 32 of its unit);
    /// a base's: of its members (`base_data_size`), as its tail padding is the class's to reuse
    /// (the Itanium ABI puts later members there) or to leave as padding.
    [[nodiscard]] constexpr std::size_t end() const noexcept {
        if (base) return offset + base_data_size;
        const std::size_t unit_end = offset + size;
        const std::size_t bits_end = detail::byte_end(bit_offset + bit_width);
        return bit_width != 0 && bits_end > unit_end ? bits_end : unit_end;
    }
};

/// A gap of padding between two members.
struct hole {
    std::size_t offset = 0;  ///< the first padding byte
    std::size_t size = 0;    ///< how many padding bytes
    std::size_t after = 0;   ///< the index of the member the hole follows

    friend constexpr bool operator==(const hole&, const hole&) = default;
};

/// The holes of a layout, computed as they are iterated: a forward range of `hole`.
class hole_range {
public:
    class iterator {
    public:
        // No iterator_concept: with none, and no iterator_category, the standard takes the
        // iterator's operations as they are (std::forward_iterator holds; the test says so), and
        // naming std::forward_iterator_tag would need <iterator>, which costs every translation
        // unit that includes memlayout about 0.5 G instructions on g++ 12.
        using value_type = hole;
        using difference_type = std::ptrdiff_t;

        constexpr iterator() = default;
        constexpr iterator(std::span<const field> fields, std::size_t index) noexcept
            : fields_(fields), index_(index) {
            skip_members_without_hole();
        }
        constexpr hole operator*() const noexcept {
            const std::size_t start = end_through(index_);
            return hole{start, fields_[index_ + 1].offset - start, index_};
        }
        constexpr iterator& operator++() noexcept {
            ++index_;
            skip_members_without_hole();
            return *this;
        }
        constexpr iterator operator++(int) noexcept {
            iterator old = *this;
            ++*this;
            return old;
        }
        friend constexpr bool operator==(const iterator& a, const iterator& b) noexcept {
            return a.index_ == b.index_;
        }

    private:
        // The end of the bytes members up to i take: bit-fields share storage units, so a member
        // may end before one declared earlier does.
        constexpr std::size_t end_through(std::size_t i) const noexcept {
            std::size_t end = 0;
            for (std::size_t k = 0; k <= i; ++k) end = fields_[k].end() > end ? fields_[k].end() : end;
            return end;
        }
        constexpr void skip_members_without_hole() noexcept {
            while (index_ + 1 < fields_.size() && fields_[index_ + 1].offset <= end_through(index_)) ++index_;
            if (index_ + 1 >= fields_.size()) index_ = fields_.size();
        }
        std::span<const field> fields_{};
        std::size_t index_ = 0;
    };

    constexpr explicit hole_range(std::span<const field> fields) noexcept : fields_(fields) {}
    [[nodiscard]] constexpr iterator begin() const noexcept { return iterator(fields_, 0); }
    [[nodiscard]] constexpr iterator end() const noexcept { return iterator(fields_, fields_.size()); }
    [[nodiscard]] constexpr std::size_t size() const noexcept {
        std::size_t n = 0;
        for (auto it = begin(); it != end(); ++it) ++n;
        return n;
    }
    [[nodiscard]] constexpr bool empty() const noexcept { return begin() == end(); }
    [[nodiscard]] constexpr hole operator[](std::size_t i) const noexcept {
        auto it = begin();
        while (i-- > 0) ++it;
        return *it;
    }

private:
    std::span<const field> fields_;
};

/// How a type sits in memory: its size, alignment and members, in declaration order.
/// One type serves every source (a reflected C++ aggregate, a prediction for another
/// target, a Go runtime header), so every printer and contract works for all of them.
///
/// \b Example:
/// \code
/// struct Sample { char c; double d; };
/// constexpr memlayout::layout L = memlayout::layout_of<Sample>();
/// static_assert(L.size == 16 && L.holes()[0].size == 7 && L.padding_bytes() == 7);
/// \endcode
struct layout {
    std::string_view type_name;     ///< the type as the compiler spells it
    std::size_t size = 0;           ///< sizeof the type
    std::size_t align = 0;          ///< alignof the type
    std::span<const field> fields;  ///< the members in declaration order
    std::string_view target = "host";  ///< the data model the figures are for ("x86_64", "go1.19/amd64", ...)
    /// The `#pragma pack` / `__attribute__((packed))` limit on member alignment; 0 when
    /// the type is not packed.
    std::size_t packing = 0;
    verification checked = verification::byte_map;
    /// A union: every member at offset 0; no holes, only tail padding after the largest.
    bool is_union = false;
    /// A union whose members after the first are listed flat, each at its own offset: those of
    /// a nested anonymous struct among them are not grouped (Clang 16 walks a union's members
    /// as one list, and only the first member's type is reachable).
    bool flattened = false;

    /// The gaps between members (not the tail padding).
    [[nodiscard]] constexpr hole_range holes() const noexcept {
        // Not fields.first(0): span's (pointer, count) constructor checks its iterator concepts,
        // 70 M instructions on g++ 12 for every translation unit that includes this header.
        return hole_range(is_union ? std::span<const field>() : fields);
    }

    /// The end of the bytes the members take: the last member's end (the largest member's, in
    /// a union, or where bit-fields share storage).
    [[nodiscard]] constexpr std::size_t members_end() const noexcept {
        std::size_t end = 0;
        for (const field& f : fields) end = f.end() > end ? f.end() : end;
        return end;
    }

    /// Padding after the last member up to `size`.
    [[nodiscard]] constexpr std::size_t tail_padding() const noexcept {
        return fields.empty() ? size : size - members_end();
    }

    /// All padding directly in this type: the holes plus the tail padding. Padding inside
    /// member records is theirs (see each field's `record`).
    [[nodiscard]] constexpr std::size_t padding_bytes() const noexcept {
        std::size_t sum = tail_padding();
        for (const hole h : holes()) sum += h.size;
        return sum;
    }

    /// The bytes the members occupy (a union's: its largest member's; bit-fields that share a
    /// storage unit count it once).
    [[nodiscard]] constexpr std::size_t member_bytes() const noexcept {
        if (is_union) return members_end();
        std::size_t sum = 0;
        std::size_t covered = 0;  // bytes below this are counted already
        for (const field& f : fields) {
            const std::size_t from = f.offset > covered ? f.offset : covered;
            if (f.end() > from) sum += f.end() - from;
            covered = f.end() > covered ? f.end() : covered;
        }
        return sum;
    }

    /// The index of the member named `name`, or `fields.size()` when there is none.
    [[nodiscard]] constexpr std::size_t index_of(std::string_view name) const noexcept {
        std::size_t i = 0;
        while (i < fields.size() && fields[i].name != name) ++i;
        return i;
    }
};

namespace detail {
// Whether two members lie alike: the same offset and size, and for bit-fields the same bits
// (two bit-fields in one storage unit have its offset and size, wherever their bits are).
constexpr bool same_place(const field& a, const field& b) noexcept {
    return a.offset == b.offset && a.size == b.size && a.bit_offset == b.bit_offset && a.bit_width == b.bit_width;
}
}  // namespace detail

/// Whether two layouts place their bytes alike: the same size and alignment, the same number
/// of members, and each member at the same offset with the same size (a bit-field: in the same
/// bits). Member names and types may differ (a hand-written mirror of a C header, a Go header
/// model).
[[nodiscard]] constexpr bool same_layout(const layout& a, const layout& b) noexcept {
    if (a.size != b.size || a.align != b.align || a.fields.size() != b.fields.size()) return false;
    for (std::size_t i = 0; i < a.fields.size(); ++i)
        if (!detail::same_place(a.fields[i], b.fields[i])) return false;
    return true;
}

}  // namespace memlayout

#endif  // MEMLAYOUT_LAYOUT_HPP
