// Which bits of an object a member occupies, read from a live object: the member set to all ones
// by `set` in a zeroed object — the compiler's own answer at run time, for the bit-field tests.
#ifndef MEMLAYOUT_TESTS_LIVE_BITS_HPP
#define MEMLAYOUT_TESTS_LIVE_BITS_HPP

#include <memlayout/abi.hpp>

#include <cstddef>
#include <cstring>
#include <utility>

// A test type whose bit-fields all have names and no attribute: stated for Clang 16, which shows
// no bit-field's bits at compile time, so that memlayout places them by the ABI's rules (GCC 12
// sees the bits, and needs no statement). At global scope, after T.
#define MEMLAYOUT_TEST_NAMED_BIT_FIELDS(T)                                                                 \
    template <>                                                                                            \
    inline constexpr memlayout::abi::assume memlayout::assumptions<T> =                                    \
        memlayout::abi::assume::named_bit_fields | memlayout::abi::assume::natural_alignment

namespace test {

// The first bit set (counted from the object's first byte, bit 0 its least significant) and how
// many bits are set.
template <class T, class Set>
std::pair<std::size_t, std::size_t> bits_set_by(Set set) {
    T object;
    std::memset(static_cast<void*>(&object), 0, sizeof object);
    set(object);
    unsigned char bytes[sizeof(T)];
    std::memcpy(bytes, &object, sizeof bytes);
    std::size_t first = sizeof(T) * 8, count = 0;
    for (std::size_t bit = 0; bit < sizeof(T) * 8; ++bit)
        if ((bytes[bit / 8] >> (bit % 8)) & 1) {
            first = bit < first ? bit : first;
            ++count;
        }
    return {first, count};
}

}  // namespace test

#endif
