// Writes a JSON snapshot of a few corpus structs and a described class; built twice, the
// second time with -DMEMLAYOUT_CHANGED, where C30_Ordered gains a member `flags` at the front
// and S01_Base, S02_Derived's base, a member `extra`.
#include <memlayout/json.hpp>
#include <memlayout/memlayout.hpp>

#include <boost/describe.hpp>

#include "snapshot/corpus_maybe_changed.hpp"

struct S01_Base {
    S01_Base() {}
    int id = 0;
#ifdef MEMLAYOUT_CHANGED
    int extra = 0;
    BOOST_DESCRIBE_CLASS(S01_Base, (), (id, extra), (), ())
#else
    BOOST_DESCRIBE_CLASS(S01_Base, (), (id), (), ())
#endif
};
class S02_Derived : public S01_Base {
public:
    S02_Derived() = default;
    virtual ~S02_Derived() = default;

private:
    char d_ = 0;
    BOOST_DESCRIBE_CLASS(S02_Derived, (S01_Base), (), (), (d_))
};

int main() { fmt::print("{}", memlayout::json_snapshot<C01_Sample, C11_Nested, C30_Ordered, S02_Derived>()); }
