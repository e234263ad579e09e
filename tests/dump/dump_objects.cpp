// Dumps objects whose padding was never initialised (malloc, then default-initialisation,
// then each member assigned) and checks the rows. Run natively, under valgrind memcheck (no
// error may be reported: padding bytes are copied but never printed) and with ASan+UBSan.
#include <memlayout/dump.hpp>
#include <memlayout/memlayout.hpp>

#include "corpus/corpus.hpp"

#include <cstdio>
#include <cstdlib>
#include <new>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace {

int failures = 0;

void expect(const std::string& text, const std::string& part) {
    if (text.find(part) == std::string::npos) {
        std::printf("missing: %s\n", part.c_str());
        ++failures;
    }
}

template <class T>
T* uninitialised() {
    void* storage = std::malloc(sizeof(T));
    if (storage == nullptr) std::abort();
    return ::new (storage) T;  // default-initialisation: members and padding indeterminate
}

const int constant_table[] = {1, 2, 3};

}  // namespace

int main() {
    const memlayout::dump_options plain{.color = memlayout::dump_options::colors::never};

    C01_Sample* sample = uninitialised<C01_Sample>();
    sample->c = 'a';
    sample->d = 1.5;
    sample->s = -7;
    sample->p = const_cast<int*>(constant_table);
    sample->b = true;
    const std::string text = fmt::format("{}", memlayout::dump(*sample, plain));
    std::fputs(text.c_str(), stdout);
    expect(text, "C01_Sample at ");
    expect(text, "'a' (97)");
    expect(text, "1.5");
    expect(text, "-7");
    expect(text, "(static_ro)");
    expect(text, "true");
    expect(text, "(indeterminate, not shown)");

    C05_LongDouble* ld = uninitialised<C05_LongDouble>();
    ld->c = 'c';
    ld->ld = 2.5L;
    ld->d = 'd';
    const std::string ld_text = fmt::format("{}", memlayout::dump(*ld, plain));
    std::fputs(ld_text.c_str(), stdout);
    expect(ld_text, "2.5");

    C12_Deep* deep = uninitialised<C12_Deep>();
    deep->c = 'x';
    deep->deep.tag = 'y';
    deep->deep.mid.in.a = 'z';
    deep->deep.mid.in.b = 1;
    deep->deep.mid.d = 2.0;
    deep->deep.mid.tail.a = 'w';
    deep->deep.mid.tail.b = 3;
    deep->deep.s = 4;
    deep->tail = 5;
    const std::string deep_text = fmt::format("{}", memlayout::dump(*deep, plain));
    std::fputs(deep_text.c_str(), stdout);
    expect(deep_text, "79 __ __ __ ");  // Deep's tag, then its hole (3 or 7 bytes): never read

    // Standard-library headers: a short string's unwritten buffer bytes are never read.
    std::vector<long long> numbers{1, 2, 3, 4, 5};
    numbers.reserve(8);
    const std::string vector_text = fmt::format("{}", memlayout::dump(numbers, plain));
    std::fputs(vector_text.c_str(), stdout);
    expect(vector_text, "begin ");
    expect(vector_text, "decoded: 5 elements, capacity 8; agrees with data(), size() and capacity()");
    std::string* short_string = new std::string("abc");
    const std::string string_text = fmt::format("{}", memlayout::dump(*short_string, plain));
    std::fputs(string_text.c_str(), stdout);
#if defined(__GLIBCXX__)
    expect(string_text, "61 62 63 00 __ __ ");
    expect(string_text, "characters in the object (short string)");
#endif
    const std::string view_text = fmt::format("{}", memlayout::dump(std::string_view(*short_string), plain));
    expect(view_text, "decoded: 3 elements; agrees with data() and size()");
    delete short_string;

    // A table of objects whose padding was never initialised, padding not shown: no read.
    void* storage = std::malloc(3 * sizeof(C12_Deep));
    if (storage == nullptr) std::abort();
    C12_Deep* deeps = ::new (storage) C12_Deep[3];
    for (int i = 0; i < 3; ++i) {
        deeps[i].c = static_cast<char>('a' + i);
        deeps[i].deep.tag = 'y';
        deeps[i].deep.mid.in.a = 'z';
        deeps[i].deep.mid.in.b = i;
        deeps[i].deep.mid.d = 0.5 * i;
        deeps[i].deep.mid.tail.a = 'w';
        deeps[i].deep.mid.tail.b = 3;
        deeps[i].deep.s = 4;
        deeps[i].tail = 100 + i;
    }
    const std::string table_text =
        fmt::format("{}", memlayout::dump_table(std::span<const C12_Deep>(deeps, 3), plain));
    std::fputs(table_text.c_str(), stdout);
    expect(table_text, "C12_Deep: 3 objects of ");
    expect(table_text, "'c' (99)");
    expect(table_text, "  102");
    expect(table_text, "79______");  // Deep's tag, then its hole
    std::free(storage);

    std::free(sample);
    std::free(ld);
    std::free(deep);
    std::printf("%d failures\n", failures);
    return failures == 0 ? 0 : 1;
}
