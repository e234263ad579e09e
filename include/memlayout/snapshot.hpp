// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_SNAPSHOT_HPP
#define MEMLAYOUT_SNAPSHOT_HPP

#include <memlayout/detail/standard_check.hpp>  // first: says when the standard is too old

#include <memlayout/abi.hpp>
#include <memlayout/layout.hpp>
#include <memlayout/reflect.hpp>

#include <array>
#include <span>
#include <string>
#include <string_view>

namespace memlayout {

/// C++ source that pins a layout as it is today, as MEMLAYOUT_EXPECT_* contracts: its size,
/// alignment and number of members, and each member's name, type, offset and size. Widening a
/// member, adding one into a hole, renaming one or changing its type all fail. The type must
/// be nameable where the contracts are compiled.
inline std::string emit_contracts(const layout& L) {
    const std::string type(L.type_name);
    std::string text = "MEMLAYOUT_EXPECT_SIZE(" + type + ", " + std::to_string(L.size) + ");\n";
    text += "MEMLAYOUT_EXPECT_ALIGN(" + type + ", " + std::to_string(L.align) + ");\n";
    text += "MEMLAYOUT_EXPECT_MEMBERS(" + type + ", " + std::to_string(L.fields.size()) + ");\n";
    for (std::size_t i = 0; i < L.fields.size(); ++i) {
        const field& f = L.fields[i];
        text += "MEMLAYOUT_EXPECT_MEMBER(" + type + ", " + std::to_string(i) + ", " + std::string(f.name) + ", \"" +
                std::string(f.type_name) + "\", " + std::to_string(f.offset) + ", " + std::to_string(f.size) + ");\n";
    }
    return text;
}

/// A header that pins `layouts` as they are today, for the data model `target` they are for
/// (checked first, so that on another target they fail as one clear error). Include it after
/// the declarations of the types. `memlayout show --format contracts` writes it from layouts
/// another compiler made.
inline std::string emit_contracts(std::span<const layout> layouts, std::string_view target) {
    const std::string model(target);
    std::string text = "// Layout contracts frozen by memlayout::emit_contracts for " + model + ".\n// Include this file after the declarations of:";
    for (const layout& L : layouts) text += " " + std::string(L.type_name);
    text += ".\n#pragma once\n\n#include <memlayout/contract.hpp>\n\n#include <string_view>\n\n";
    text += "static_assert(::memlayout::abi::native_name == std::string_view(\"" + model +
            "\"), \"memlayout: these contracts were frozen for " + model + "; this build is for another target\");\n";
    for (const layout& L : layouts) text += "\n" + emit_contracts(L);
    return text;
}

/// The header that pins the layouts of T... on the host, as they are today.
///
/// \b Example:
/// \code
/// std::ofstream("layout_contracts.hpp") << memlayout::emit_contracts<Header, Packet>();
/// \endcode
template <class... T>
std::string emit_contracts() {
    const std::array<layout, sizeof...(T)> layouts{layout_of<T>()...};
    return emit_contracts(layouts, abi::native_name);
}

}  // namespace memlayout

#endif  // MEMLAYOUT_SNAPSHOT_HPP
