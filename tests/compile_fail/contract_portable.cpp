// EXPECT-ERROR: not_portable<
// EXPECT-ERRORS: 1
// EXPECT-AT-SOURCE
// EXPECT-OUTPUT: not_portable<Record, memlayout::abi::x86_64, memlayout::abi::i386, memlayout::diagnostic::member_index<1>, memlayout::diagnostic::named<.*text<.*\{"stamp"\}>, memlayout::diagnostic::offsets<8, 4>
#include <memlayout/contract.hpp>
#include <cstdint>
// A record shared between a 64-bit and a 32-bit process: the 8-byte stamp is 4-aligned on
// i386, so it moves from 8 to 4 unless the source pads it by hand (and aligns the record,
// whose alignment would be 4 there; alignas(8) would be invisible on x86_64, so 16).
#ifdef MEMLAYOUT_TWIN
struct alignas(16) Record {
#else
struct Record {
#endif
    std::uint32_t id;
#ifdef MEMLAYOUT_TWIN
    std::uint32_t reserved;
#endif
    std::uint64_t stamp;
};
namespace abi = memlayout::abi;
MEMLAYOUT_EXPECT_PORTABLE(Record,
                          abi::assume::fixed_width_integers | abi::assume::natural_alignment |
                              abi::assume::named_bit_fields,
                          abi::x86_64, abi::i386, abi::armhf, abi::aarch64, abi::win64_mingw, abi::win64_msvc);
