// Which bits of an object a member occupies, read from a live object: the member set to all ones
// by `set` in a zeroed object — the compiler's own answer at run time, for the bit-field tests.
#ifndef MEMLAYOUT_TESTS_LIVE_BITS_HPP
#define MEMLAYOUT_TESTS_LIVE_BITS_HPP

#include <cstddef>
#include <cstring>
#include <utility>

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
