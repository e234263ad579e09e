// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_SNAPSHOT_HPP
#define MEMLAYOUT_SNAPSHOT_HPP

#include <memlayout/layout.hpp>
#include <memlayout/reflect.hpp>

#include <string>

namespace memlayout {

/// C++ source that pins a layout as it is today: its size, alignment and every member's
/// offset, as MEMLAYOUT_EXPECT_* contracts (include <memlayout/contract.hpp> where they go).
/// The type must be nameable where the contracts are compiled.
inline std::string emit_contracts(const layout& L) {
    const std::string type(L.type_name);
    std::string text = "MEMLAYOUT_EXPECT_SIZE(" + type + ", " + std::to_string(L.size) + ");\n";
    text += "MEMLAYOUT_EXPECT_ALIGN(" + type + ", " + std::to_string(L.align) + ");\n";
    for (const field& f : L.fields)
        text += "MEMLAYOUT_EXPECT_OFFSET(" + type + ", " + std::string(f.name) + ", " + std::to_string(f.offset) + ");\n";
    return text;
}

/// The contracts of every type in T..., headed by the data model they were frozen on, which
/// the emitted source checks first so that they fail as one clear error elsewhere.
///
/// \b Example:
/// \code
/// std::ofstream("layout_contracts.hpp") << memlayout::emit_contracts<Header, Packet>();
/// \endcode
template <class... T>
std::string emit_contracts() {
    std::string text = "// Layout contracts frozen by memlayout::emit_contracts.\n";
    text += "static_assert(sizeof(void*) == " + std::to_string(sizeof(void*)) + " && alignof(double) == " +
            std::to_string(alignof(double)) + ", \"memlayout: these contracts were frozen on another data model\");\n";
    ((text += emit_contracts(layout_of<T>())), ...);
    return text;
}

}  // namespace memlayout

#endif  // MEMLAYOUT_SNAPSHOT_HPP
