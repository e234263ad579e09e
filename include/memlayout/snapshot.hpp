// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_SNAPSHOT_HPP
#define MEMLAYOUT_SNAPSHOT_HPP

#include <memlayout/detail/standard_check.hpp>  // first: says when the standard is too old

#include <memlayout/abi.hpp>
#include <memlayout/layout.hpp>
#include <memlayout/reflect.hpp>

#include <string>

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

/// A header that pins the layouts of T... as they are today, for the data model they were
/// frozen on (checked first, so that on another target they fail as one clear error).
/// Include it after the declarations of the types.
///
/// \b Example:
/// \code
/// std::ofstream("layout_contracts.hpp") << memlayout::emit_contracts<Header, Packet>();
/// \endcode
template <class... T>
std::string emit_contracts() {
    std::string text = "// Layout contracts frozen by memlayout::emit_contracts for " + std::string(abi::native_name) +
                       ".\n// Include this file after the declarations of:";
    ((text += std::string(" ") + std::string(layout_of<T>().type_name)), ...);
    text += ".\n#pragma once\n\n#include <memlayout/contract.hpp>\n\n#include <string_view>\n\n";
    text += "static_assert(::memlayout::abi::native_name == std::string_view(\"" + std::string(abi::native_name) +
            "\"), \"memlayout: these contracts were frozen for " + std::string(abi::native_name) +
            "; this build is for another target\");\n";
    ((text += "\n" + emit_contracts(layout_of<T>())), ...);
    return text;
}

}  // namespace memlayout

#endif  // MEMLAYOUT_SNAPSHOT_HPP
