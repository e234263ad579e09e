// A Go library (go build -buildmode=c-shared) that hands a []int64, a string and a map to
// C++: it copies each value's runtime header, byte for byte, into memory C owns and calls
// back into C++ with the copies and with what Go itself says about the values (len, cap,
// the map's len), so that the C++ side can check what it decodes through memlayout's models.
package main

/*
#include <stddef.h>
#include <stdlib.h>

typedef void (*receiver)(void* slice_header, void* string_header, void* map_header,
                         long long slice_len, long long slice_cap, long long string_len,
                         long long map_len, long long element_sum);

static inline void deliver(receiver r, void* s, void* str, void* m, long long slen, long long scap,
                    long long strlen_, long long mlen, long long sum) {
	r(s, str, m, slen, scap, strlen_, mlen, sum);
}
*/
import "C"

import (
	"runtime"
	"unsafe"
)

// copyHeader copies n bytes at p into memory allocated by C.
func copyHeader(p unsafe.Pointer, n C.size_t) unsafe.Pointer {
	out := C.malloc(n)
	copy(unsafe.Slice((*byte)(out), int(n)), unsafe.Slice((*byte)(p), int(n)))
	return out
}

//export HandValues
func HandValues(r C.receiver, sliceSize, stringSize, mapSize C.size_t) {
	numbers := make([]int64, 5, 8)
	var sum int64
	for i := range numbers {
		numbers[i] = int64(i*i + 1)
		sum += numbers[i]
	}
	text := "bytes you can trust"
	index := map[string]int{"slice": 24, "string": 16, "map": 48}

	s := copyHeader(unsafe.Pointer(&numbers), sliceSize)
	str := copyHeader(unsafe.Pointer(&text), stringSize)
	// A map value is a pointer to its runtime.hmap.
	m := copyHeader(*(*unsafe.Pointer)(unsafe.Pointer(&index)), mapSize)
	C.deliver(r, s, str, m, C.longlong(len(numbers)), C.longlong(cap(numbers)), C.longlong(len(text)),
		C.longlong(len(index)), C.longlong(sum))
	runtime.KeepAlive(numbers)
	runtime.KeepAlive(text)
	runtime.KeepAlive(index)
	C.free(s)
	C.free(str)
	C.free(m)
}

func main() {}
