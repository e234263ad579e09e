// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_LAYOUT_IMAGE_HPP
#define MEMLAYOUT_DETAIL_LAYOUT_IMAGE_HPP

// A layout as a flat array of 32-bit words, made in a constant expression by the compiler of
// any target, and read back by another program: `memlayout show` compiles a translation unit
// that holds the images of the layouts it is asked for in its data, reads them from the
// compiler's assembly output (no code of the target runs), and prints them with the printers.
//
// The words: a magic word, the format version, then the layout. A layout: its type name, size,
// alignment, target, packing, verification, union and flattened flags, member count, and each
// member. A member: its name, type name, offset, size, alignment, kind, underlying and element
// types, count, flags, bit offset and width, rank and extents, base data size, and its record's
// layout where it has one. A string: its length, then its bytes four to a word, low byte first.

#include <memlayout/abi.hpp>
#include <memlayout/layout.hpp>
#include <memlayout/reflect.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace memlayout::detail {

inline constexpr std::uint32_t layout_image_magic = 0x4d4c4931;  // "MLI1"
inline constexpr std::uint32_t layout_image_version = 1;

// Appends words to an image, or only counts them (out == nullptr); `fits` turns false when a
// figure does not fit in a word.
struct image_writer {
    std::uint32_t* out = nullptr;
    std::size_t count = 0;
    bool fits = true;

    constexpr void number(std::size_t value) {
        if (value > 0xffffffffu) fits = false;
        if (out != nullptr) out[count] = static_cast<std::uint32_t>(value);
        ++count;
    }
    constexpr void text(std::string_view s) {
        number(s.size());
        for (std::size_t i = 0; i < s.size(); i += 4) {
            std::uint32_t word = 0;
            for (std::size_t k = 0; k < 4 && i + k < s.size(); ++k)
                word |= static_cast<std::uint32_t>(static_cast<unsigned char>(s[i + k])) << (8 * k);
            number(word);
        }
    }
};

// A member's flags, one bit each.
inline constexpr std::size_t image_integral = 1;
inline constexpr std::size_t image_signed = 2;
inline constexpr std::size_t image_flexible = 4;
inline constexpr std::size_t image_anonymous = 8;
inline constexpr std::size_t image_name_visible = 16;
inline constexpr std::size_t image_base = 32;
inline constexpr std::size_t image_vptr = 64;
inline constexpr std::size_t image_position_from_rules = 128;
inline constexpr std::size_t image_has_record = 256;

constexpr void write_image(image_writer& w, const layout& L) {
    w.text(L.type_name);
    w.number(L.size);
    w.number(L.align);
    w.text(L.target);
    w.number(L.packing);
    w.number(static_cast<std::size_t>(L.checked));
    w.number(L.is_union ? 1 : 0);
    w.number(L.flattened ? 1 : 0);
    w.number(L.fields.size());
    for (const field& f : L.fields) {
        w.text(f.name);
        w.text(f.type_name);
        w.number(f.offset);
        w.number(f.size);
        w.number(f.align);
        w.number(static_cast<std::size_t>(f.kind));
        w.text(f.underlying_type);
        w.text(f.element_type);
        w.number(f.count);
        w.number((f.is_integral ? image_integral : 0u) | (f.is_signed ? image_signed : 0u) |
                 (f.flexible ? image_flexible : 0u) | (f.anonymous ? image_anonymous : 0u) |
                 (f.name_visible ? image_name_visible : 0u) | (f.base ? image_base : 0u) | (f.vptr ? image_vptr : 0u) |
                 (f.position_from_rules ? image_position_from_rules : 0u) | (f.record != nullptr ? image_has_record : 0u));
        w.number(f.bit_offset);
        w.number(f.bit_width);
        w.number(f.rank);
        for (const std::size_t extent : f.extents) w.number(extent);
        w.number(f.base_data_size);
        if (f.record != nullptr) write_image(w, *f.record);
    }
}

// The image's words: magic, version, the data model the compiler builds for, the layout.
constexpr void write_image(image_writer& w, const layout& L, std::string_view native) {
    w.number(layout_image_magic);
    w.number(layout_image_version);
    w.text(native);
    write_image(w, L);
}

// How many words the image of L takes, and whether each of its figures fits in a word.
constexpr image_writer measure_image(const layout& L, std::string_view native) {
    image_writer w;
    write_image(w, L, native);
    return w;
}

// The image of T's layout on Target, with `native` the data model the compiler builds for; where
// layout_of<T, Target, Assumed> refuses T, one word 0 (the caller asks layout_of for the reason).
template <class T, class Target, abi::assume Assumed>
constexpr auto layout_image() {
    if constexpr (predictable<T, Target, Assumed>) {
        constexpr layout L = layout_of<T, Target, Assumed>();
        constexpr image_writer measured = measure_image(L, abi::native_name);
        static_assert(measured.fits, "memlayout: a figure of this layout does not fit in 32 bits, which a layout image holds");
        std::array<std::uint32_t, measured.count> words{};
        image_writer w{words.data()};
        write_image(w, L, abi::native_name);
        return words;
    } else {
        return std::array<std::uint32_t, 1>{0};
    }
}

// A layout read back from its image, with the strings, members and nested layouts it refers to.
class image_reader {
public:
    struct bad_image : std::runtime_error {
        using std::runtime_error::runtime_error;
    };

    // Reads one image; the layout it returns lives as long as this reader.
    const layout& read(std::span<const std::uint32_t> words) {
        words_ = words;
        at_ = 0;
        if (number() != layout_image_magic) throw bad_image("not a memlayout layout image");
        if (number() != layout_image_version) throw bad_image("a layout image of another memlayout version");
        native_ = text();
        const layout& L = read_layout();
        if (at_ != words_.size()) throw bad_image("a layout image with words left over");
        return L;
    }

    // The data model of the compiler that made the last image read ("x86_64", "armhf", ...).
    [[nodiscard]] std::string_view native() const noexcept { return native_; }

private:
    std::size_t number() {
        if (at_ >= words_.size()) throw bad_image("a layout image cut short");
        return words_[at_++];
    }
    std::string_view text() {
        const std::size_t length = number();
        if (length > 4 * (words_.size() - at_)) throw bad_image("a layout image cut short");
        std::string& s = strings_.emplace_back(length, '\0');
        for (std::size_t i = 0; i < length; ++i) s[i] = static_cast<char>((words_[at_ + i / 4] >> (8 * (i % 4))) & 0xff);
        at_ += (length + 3) / 4;
        return s;
    }
    const layout& read_layout() {
        layout L;
        L.type_name = text();
        L.size = number();
        L.align = number();
        L.target = text();
        L.packing = number();
        L.checked = static_cast<verification>(number());
        L.is_union = number() != 0;
        L.flattened = number() != 0;
        const std::size_t count = number();
        if (count > words_.size() - at_) throw bad_image("a layout image cut short");
        std::vector<field>& fields = fields_.emplace_back(count);
        for (field& f : fields) {
            f.name = text();
            f.type_name = text();
            f.offset = number();
            f.size = number();
            f.align = number();
            f.kind = static_cast<member_kind>(number());
            f.underlying_type = text();
            f.element_type = text();
            f.count = number();
            const std::size_t flags = number();
            f.is_integral = (flags & image_integral) != 0;
            f.is_signed = (flags & image_signed) != 0;
            f.flexible = (flags & image_flexible) != 0;
            f.anonymous = (flags & image_anonymous) != 0;
            f.name_visible = (flags & image_name_visible) != 0;
            f.base = (flags & image_base) != 0;
            f.vptr = (flags & image_vptr) != 0;
            f.position_from_rules = (flags & image_position_from_rules) != 0;
            f.bit_offset = number();
            f.bit_width = number();
            f.rank = number();
            for (std::size_t& extent : f.extents) extent = number();
            f.base_data_size = number();
            if ((flags & image_has_record) != 0) f.record = &read_layout();
        }
        L.fields = fields;
        return layouts_.emplace_back(L);
    }

    std::span<const std::uint32_t> words_;
    std::size_t at_ = 0;
    std::string_view native_;
    std::deque<std::string> strings_;
    std::deque<std::vector<field>> fields_;
    std::deque<layout> layouts_;
};

}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_LAYOUT_IMAGE_HPP
