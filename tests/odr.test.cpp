// A second translation unit that includes every header and reflects the same types as
// reflect.test.cpp: the link fails if a header defines something that is not inline.
#include <memlayout/memlayout.hpp>

#include "corpus/corpus.hpp"

memlayout::layout sample_layout_from_second_translation_unit() { return memlayout::layout_of<C01_Sample>(); }
