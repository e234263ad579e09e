// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_GO_HPP
#define MEMLAYOUT_GO_HPP

#include <memlayout/detail/standard_check.hpp>  // first: says when the standard is too old

#include <memlayout/abi.hpp>
#include <memlayout/detail/placement.hpp>
#include <memlayout/diagnostic.hpp>
#include <memlayout/layout.hpp>

#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>

#pragma push_macro("i386")
#undef i386

/// Go's runtime headers (slices, strings, interfaces, maps, channels), laid out by the Go
/// compiler's rules for each GOARCH, with Go's field names and type names:
///
/// \code
/// constexpr memlayout::layout L = memlayout::go::layout_of<memlayout::go::hmap, memlayout::go::amd64>();
/// static_assert(L.size == 48 && L.fields[8].name == "extra");   // not 40
/// \endcode
///
/// The field lists are transcribed from the Go sources cited at each model. The test suite
/// checks the Go 1.19 models (Debian's golang-go) against the DWARF of real Go binaries for
/// amd64, 386, arm and arm64.
namespace memlayout::go {

/// What the Go compiler's layout rules need of a GOARCH (cmd/compile/internal/types/size.go):
/// the word size, and the alignment of 64-bit integers, which is 4 on 386 and arm (unlike
/// the C ABI of armhf, which 8-aligns them).
struct arch {
    std::string_view name;
    std::size_t pointer_size = 8;
    std::size_t int64_align = 8;
};
struct amd64 {
    static constexpr arch model{"amd64", 8, 8};
};
struct arm64 {
    static constexpr arch model{"arm64", 8, 8};
};
/// GOARCH=386.
struct i386 {
    static constexpr arch model{"386", 4, 4};
};
/// GOARCH=386, for code built in GNU mode for i386, where `i386` is a macro.
using x86_32 = i386;
struct arm {
    static constexpr arch model{"arm", 4, 4};
};

namespace detail {
// The GOARCH whose word size and 64-bit alignment a C data model shares; void for none.
template <class Target>
constexpr auto goarch_of() noexcept {
    using std::is_same_v;
    if constexpr (is_same_v<Target, abi::x86_64> || is_same_v<Target, abi::win64_mingw> || is_same_v<Target, abi::win64_msvc>)
        return std::type_identity<amd64>{};
    else if constexpr (is_same_v<Target, abi::aarch64>) return std::type_identity<arm64>{};
    else if constexpr (is_same_v<Target, abi::i386>) return std::type_identity<i386>{};
    else if constexpr (is_same_v<Target, abi::armhf>) return std::type_identity<arm>{};
    else return std::type_identity<void>{};
}
}  // namespace detail

/// The GOARCH of `abi::native`, the target the compiler at hand builds for (a cgo program's
/// Go side), or `void` where memlayout models no such target.
using native = typename decltype(detail::goarch_of<abi::native>())::type;

/// A Go release, for the headers that changed between releases.
struct version {
    int major = 1;
    int minor = 19;
    friend constexpr bool operator==(version, version) = default;
    [[nodiscard]] constexpr bool at_least(int mj, int mn) const noexcept {
        return major > mj || (major == mj && minor >= mn);
    }
};
inline constexpr version go1_19{1, 19};
inline constexpr version go1_22{1, 22};
inline constexpr version go1_23{1, 23};
inline constexpr version go1_24{1, 24};
inline constexpr version go1_25{1, 25};

// The models. Each names a Go struct; go::layout_of lays it out.
struct slice {};            ///< runtime.slice (runtime/slice.go): a slice header
struct string {};           ///< runtime.stringStruct (runtime/string.go): a string header
struct eface {};            ///< runtime.eface (runtime/runtime2.go): an interface{} / any
struct iface {};            ///< runtime.iface (runtime/runtime2.go): a non-empty interface
struct itab {};             ///< runtime.itab (runtime/runtime2.go); internal/abi.ITab from Go 1.22
struct hmap {};             ///< runtime.hmap (runtime/map.go); map_noswiss.go in Go 1.24
struct mapextra {};         ///< runtime.mapextra (runtime/map.go)
struct hchan {};            ///< runtime.hchan (runtime/chan.go)
struct waitq {};            ///< runtime.waitq (runtime/chan.go)
struct mutex {};            ///< runtime.mutex (runtime/runtime2.go), without static lock ranking
struct swiss_map {};        ///< internal/runtime/maps.Map (Go 1.24+)
struct swiss_table {};      ///< internal/runtime/maps.table (Go 1.24+)
struct groups_reference {}; ///< internal/runtime/maps.groupsReference (Go 1.24+)

namespace detail {

enum class kind : unsigned char {
    word,       // a pointer, unsafe.Pointer, uintptr, int, uint: the word size
    u8,         // uint8, bool, byte
    u16,
    u32,
    u64,        // uint64, int64: 8 bytes, int64_align
    bytes4,     // [4]byte
    words1,     // [1]uintptr
    empty,      // a struct{} (lockRankStruct without static lock ranking)
    waitq,      // runtime.waitq
    mutex,      // runtime.mutex
    groups,     // maps.groupsReference
};

struct member {
    std::string_view name;
    std::string_view type_name;
    kind k = kind::word;
};

inline constexpr std::size_t max_members = 16;

struct definition {
    std::string_view type_name;
    std::size_t count = 0;
    member members[max_members]{};

    constexpr definition& add(member m) noexcept {
        members[count++] = m;
        return *this;
    }
};

template <std::size_t N>
constexpr definition define(std::string_view type_name, const member (&members)[N]) noexcept {
    static_assert(N <= max_members);
    definition d;
    d.type_name = type_name;
    d.count = N;
    for (std::size_t i = 0; i < N; ++i) d.members[i] = members[i];
    return d;
}

// The field lists, exactly as Go declares them (blank `_` fields included).
template <class Model>
constexpr definition definition_of(version v) noexcept {
    if constexpr (std::is_same_v<Model, slice>) {
        return define("runtime.slice", {{"array", "unsafe.Pointer"}, {"len", "int"}, {"cap", "int"}});
    } else if constexpr (std::is_same_v<Model, string>) {
        return define("runtime.stringStruct", {{"str", "unsafe.Pointer"}, {"len", "int"}});
    } else if constexpr (std::is_same_v<Model, eface>) {
        return define("runtime.eface", {{"_type", "*_type"}, {"data", "unsafe.Pointer"}});
    } else if constexpr (std::is_same_v<Model, iface>) {
        return define("runtime.iface", {{"tab", "*itab"}, {"data", "unsafe.Pointer"}});
    } else if constexpr (std::is_same_v<Model, itab>) {
        // Go 1.22 moved itab to internal/abi.ITab (runtime: type itab = abi.ITab) and
        // dropped the blank [4]byte that padded hash on 32-bit targets.
        if (v.at_least(1, 22))
            return define("internal/abi.ITab", {{"Inter", "*abi.InterfaceType"},
                                                {"Type", "*abi.Type"},
                                                {"Hash", "uint32", kind::u32},
                                                {"Fun", "[1]uintptr", kind::words1}});
        return define("runtime.itab", {{"inter", "*interfacetype"},
                                       {"_type", "*_type"},
                                       {"hash", "uint32", kind::u32},
                                       {"_", "[4]byte", kind::bytes4},
                                       {"fun", "[1]uintptr", kind::words1}});
    } else if constexpr (std::is_same_v<Model, hmap>) {
        definition d = define("runtime.hmap", {{"count", "int"},
                                               {"flags", "uint8", kind::u8},
                                               {"B", "uint8", kind::u8},
                                               {"noverflow", "uint16", kind::u16},
                                               {"hash0", "uint32", kind::u32},
                                               {"buckets", "unsafe.Pointer"},
                                               {"oldbuckets", "unsafe.Pointer"},
                                               {"nevacuate", "uintptr"}});
        // Go 1.24's map_noswiss.go (GOEXPERIMENT=noswissmap) added clearSeq before extra.
        if (v.at_least(1, 24)) d.add({"clearSeq", "uint64", kind::u64});
        return d.add({"extra", "*mapextra"});
    } else if constexpr (std::is_same_v<Model, mapextra>) {
        return define("runtime.mapextra",
                      {{"overflow", "*[]*bmap"}, {"oldoverflow", "*[]*bmap"}, {"nextOverflow", "*bmap"}});
    } else if constexpr (std::is_same_v<Model, hchan>) {
        // Go 1.23 added timer; 1.24 a synctest flag in the hole after elemsize; 1.25 replaced
        // the flag by a bubble pointer after sendq.
        definition d = define("runtime.hchan", {{"qcount", "uint"},
                                                {"dataqsiz", "uint"},
                                                {"buf", "unsafe.Pointer"},
                                                {"elemsize", "uint16", kind::u16}});
        if (v.at_least(1, 24) && !v.at_least(1, 25)) d.add({"synctest", "bool", kind::u8});
        d.add({"closed", "uint32", kind::u32});
        if (v.at_least(1, 23)) d.add({"timer", "*timer"});
        d.add({"elemtype", "*_type"})
            .add({"sendx", "uint"})
            .add({"recvx", "uint"})
            .add({"recvq", "waitq", kind::waitq})
            .add({"sendq", "waitq", kind::waitq});
        if (v.at_least(1, 25)) d.add({"bubble", "*synctestBubble"});
        return d.add({"lock", "mutex", kind::mutex});
    } else if constexpr (std::is_same_v<Model, waitq>) {
        return define("runtime.waitq", {{"first", "*sudog"}, {"last", "*sudog"}});
    } else if constexpr (std::is_same_v<Model, mutex>) {
        return define("runtime.mutex", {{"lockRankStruct", "lockRankStruct", kind::empty}, {"key", "uintptr"}});
    } else if constexpr (std::is_same_v<Model, swiss_map>) {
        // internal/runtime/maps/map.go; Go 1.25 added tombstonePossible in the hole after
        // writing. The compiler asserts 48 bytes on 64-bit targets and 32 on 32-bit ones.
        definition d = define("internal/runtime/maps.Map", {{"used", "uint64", kind::u64},
                                                            {"seed", "uintptr"},
                                                            {"dirPtr", "unsafe.Pointer"},
                                                            {"dirLen", "int"},
                                                            {"globalDepth", "uint8", kind::u8},
                                                            {"globalShift", "uint8", kind::u8},
                                                            {"writing", "uint8", kind::u8}});
        if (v.at_least(1, 25)) d.add({"tombstonePossible", "bool", kind::u8});
        return d.add({"clearSeq", "uint64", kind::u64});
    } else if constexpr (std::is_same_v<Model, swiss_table>) {
        // internal/runtime/maps/table.go
        return define("internal/runtime/maps.table", {{"used", "uint16", kind::u16},
                                                      {"capacity", "uint16", kind::u16},
                                                      {"growthLeft", "uint16", kind::u16},
                                                      {"localDepth", "uint8", kind::u8},
                                                      {"index", "int"},
                                                      {"groups", "groupsReference", kind::groups}});
    } else if constexpr (std::is_same_v<Model, groups_reference>) {
        return define("internal/runtime/maps.groupsReference",
                      {{"data", "unsafe.Pointer"}, {"lengthMask", "uint64", kind::u64}});
    } else {
        static_assert(std::is_same_v<Model, slice>,
                      "memlayout: not a Go runtime header memlayout models: use go::slice, go::string, go::eface, "
                      "go::iface, go::itab, go::hmap, go::mapextra, go::hchan, go::waitq, go::mutex, "
                      "go::swiss_map, go::swiss_table or go::groups_reference.");
        return definition{};
    }
}

template <class Model, version V>
constexpr void check_version() noexcept {
    constexpr bool swiss = std::is_same_v<Model, swiss_map> || std::is_same_v<Model, swiss_table> ||
                           std::is_same_v<Model, groups_reference>;
    static_assert(!swiss || V.at_least(1, 24), "memlayout: Go's swiss-table maps exist from Go 1.24 on.");
    static_assert(V.at_least(1, 19) && !V.at_least(1, 27),
                  "memlayout: the Go models cover Go 1.19 to 1.26; for other releases, check the runtime sources.");
}

template <class Model, class Arch, version V>
struct model;

template <class Arch, version V>
constexpr const layout* nested(kind k) noexcept;

// lockRankStruct without static lock ranking (runtime/lockrank_off.go): struct{}.
inline constexpr layout empty_struct{"runtime.lockRankStruct", 0, 1, {}, "go", 0, verification::predicted};

// "go1.19/amd64": the release and the GOARCH a model's figures are for.
constexpr std::size_t decimal_length(int n) noexcept { return n >= 10 ? 1 + decimal_length(n / 10) : 1; }
constexpr std::size_t target_name_length(version v, std::string_view arch_name) noexcept {
    return 2 + decimal_length(v.major) + 1 + decimal_length(v.minor) + 1 + arch_name.size();
}
template <std::size_t N>
constexpr diagnostic::text<N> target_name(version v, std::string_view arch_name) noexcept {
    diagnostic::text<N> t;
    std::size_t at = 0;
    const auto append = [&](std::string_view s) {
        for (const char c : s) t.chars[at++] = c;
    };
    const auto append_number = [&](int n) {
        const std::size_t digits = decimal_length(n);
        for (std::size_t k = digits; k-- > 0; n /= 10) t.chars[at + k] = static_cast<char>('0' + n % 10);
        at += digits;
    };
    append("go");
    append_number(v.major);
    append(".");
    append_number(v.minor);
    append("/");
    append(arch_name);
    return t;
}

template <class Model, class Arch, version V>
struct model {
    static constexpr definition def = definition_of<Model>(V);
    static constexpr std::size_t count = def.count;
    static constexpr arch a = Arch::model;

    // The fields' types on Arch: names, sizes, alignments, kinds; placed below.
    static constexpr std::array<field, count> typed = [] {
        std::array<field, count> out{};
        for (std::size_t i = 0; i < count; ++i) {
            const member& m = def.members[i];
            field f;
            f.name = m.name;
            f.type_name = m.type_name;
            f.kind = member_kind::fundamental;
            f.is_integral = m.type_name == "int" || m.type_name == "uint" || m.type_name == "uintptr" || m.type_name == "bool" ||
                            m.type_name.starts_with("int") || m.type_name.starts_with("uint");
            f.is_signed = m.type_name.starts_with("int");
            switch (m.k) {
                case kind::word:
                    f.size = f.align = a.pointer_size;
                    if (m.type_name.front() == '*' || m.type_name == "unsafe.Pointer") f.kind = member_kind::pointer;
                    break;
                case kind::u8: f.size = f.align = 1; break;
                case kind::u16: f.size = f.align = 2; break;
                case kind::u32: f.size = f.align = 4; break;
                case kind::u64:
                    f.size = 8;
                    f.align = a.int64_align;
                    break;
                case kind::bytes4:
                    f.size = 4;
                    f.align = 1;
                    f.kind = member_kind::array;
                    f.element_type = "byte";
                    f.count = 4;
                    break;
                case kind::words1:
                    f.size = f.align = a.pointer_size;
                    f.kind = member_kind::array;
                    f.element_type = "uintptr";
                    f.count = 1;
                    break;
                default:
                    // Records: struct{} directly; others from their own model, which has
                    // no record member but struct{}.
                    f.record = m.k == kind::empty ? &empty_struct : nested<Arch, V>(m.k);
                    f.size = f.record->size;
                    f.align = f.record->align;
                    f.kind = member_kind::record;
                    break;
            }
            out[i] = f;
        }
        return out;
    }();

    // Go's rules (cmd/compile/internal/types/size.go), by the one placement memlayout has:
    // members in order at multiples of their alignment; the struct as aligned as its most
    // aligned member; a struct ending in a zero-size field gets a byte more; struct{} is 0 bytes.
    static constexpr memlayout::detail::placement<count> placed = [] {
        std::size_t sizes[count + 1]{};
        std::size_t aligns[count + 1]{};
        for (std::size_t i = 0; i < count; ++i) {
            sizes[i] = typed[i].size;
            aligns[i] = typed[i].align;
        }
        return memlayout::detail::place<count>(sizes, aligns, nullptr,
                                                memlayout::detail::placement_rules{0, 1, false, true, false});
    }();
    static constexpr std::size_t size = placed.size;
    static constexpr std::size_t align = placed.align;
    static constexpr std::array<field, count> fields = [] {
        std::array<field, count> out = typed;
        for (std::size_t i = 0; i < count; ++i) out[i].offset = placed.offsets[i];
        return out;
    }();

    static constexpr auto target = target_name<target_name_length(V, a.name)>(V, a.name);

    static constexpr layout value{
        def.type_name, size, align, std::span<const field>(fields), target.view(), 0, verification::predicted,
    };
};

template <class Arch, version V>
constexpr const layout* nested(kind k) noexcept {
    switch (k) {
        case kind::waitq: return &model<waitq, Arch, V>::value;
        case kind::mutex: return &model<mutex, Arch, V>::value;
        case kind::groups: return &model<groups_reference, Arch, V>::value;
        default: return nullptr;
    }
}

}  // namespace detail

/// The layout of the Go runtime header `Model` on `Arch` (`go::amd64`, `go::arm64`,
/// `go::i386`, `go::arm`), as of Go release `V` (Go 1.19 unless given).
template <class Model, class Arch, version V = go1_19>
constexpr layout layout_of() noexcept {
    detail::check_version<Model, V>();
    return detail::model<Model, Arch, V>::value;
}

}  // namespace memlayout::go

#pragma pop_macro("i386")

#endif  // MEMLAYOUT_GO_HPP
