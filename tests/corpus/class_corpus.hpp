// C++ classes described with Boost.Describe: bases (single, multiple, empty, polymorphic, not
// first), vptrs, private and protected members, constructors, tail padding reused, final
// classes, standard-library members, templates and namespaces. Each is default-constructible,
// so that a program can hold one and its DWARF shows the class (tests/pahole/classes.cpp).
#ifndef MEMLAYOUT_TESTS_CLASS_CORPUS_HPP
#define MEMLAYOUT_TESTS_CLASS_CORPUS_HPP

#include <boost/describe.hpp>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

// A polymorphic base: the vptr, then its member.
struct X01_Base {
    virtual ~X01_Base() = default;
    int id = 0;
    BOOST_DESCRIBE_CLASS(X01_Base, (), (id), (), ())
};
struct X02_Empty {};
struct X03_Short {
    short z = 0;
};
// The Widget: a polymorphic base, an empty private base, a base in the first base's
// tail padding, private members after them.
class X04_Widget : public X01_Base, private X02_Empty, public X03_Short {
public:
    X04_Widget() = default;
    explicit X04_Widget(double scale) : scale_(scale) {}

private:
    double scale_ = 1.0;
    char tag_ = 'w';
    std::string name_;
    BOOST_DESCRIBE_CLASS(X04_Widget, (X01_Base, X02_Empty, X03_Short), (), (), (scale_, tag_, name_))
};
// Not a POD for layout (a user-provided constructor): its tail padding is reused.
struct X05_NonPod {
    X05_NonPod() {}
    int a = 0;
    char c = 0;
    BOOST_DESCRIBE_CLASS(X05_NonPod, (), (a, c), (), ())
};
struct X06_TailReuse : X05_NonPod {
    char d = 0;
};
BOOST_DESCRIBE_STRUCT(X06_TailReuse, (X05_NonPod), (d))
// A POD base: its tail padding is not reused.
struct X07_Pod {
    int a;
    char c;
};
struct X08_AfterPod : X07_Pod {
    char d = 0;
};
BOOST_DESCRIBE_STRUCT(X08_AfterPod, (X07_Pod), (d))
// The empty base optimisation.
struct X09_EmptyFirst : X02_Empty {
    int x = 0;
};
BOOST_DESCRIBE_STRUCT(X09_EmptyFirst, (X02_Empty), (x))
// A polymorphic base declared second is the primary base, at offset 0.
struct X10_Poly {
    virtual void f() {}
    int p = 0;
    BOOST_DESCRIBE_CLASS(X10_Poly, (), (p), (), ())
};
struct X11_PolySecond : X03_Short, X10_Poly {
    int z2 = 0;
};
BOOST_DESCRIBE_STRUCT(X11_PolySecond, (X03_Short, X10_Poly), (z2))
// Two polymorphic bases: two vptrs.
struct X12_Left {
    virtual void left() {}
    int l = 0;
    BOOST_DESCRIBE_CLASS(X12_Left, (), (l), (), ())
};
struct X13_Right {
    virtual void right() {}
    char r = 0;
    BOOST_DESCRIBE_CLASS(X13_Right, (), (r), (), ())
};
struct X14_Both : X12_Left, X13_Right {
    short b = 0;
};
BOOST_DESCRIBE_STRUCT(X14_Both, (X12_Left, X13_Right), (b))
// Private and protected members around a constructor, holes between them.
class X15_Account {
public:
    X15_Account() = default;
    explicit X15_Account(std::int64_t balance) : balance_(balance) {}

protected:
    char kind_ = 'c';
    std::int64_t balance_ = 0;

private:
    bool frozen_ = false;
    std::vector<int> history_;
    std::unique_ptr<int> owner_;
    std::mutex lock_;
    std::atomic<int> readers_{0};
    BOOST_DESCRIBE_CLASS(X15_Account, (), (), (kind_, balance_), (frozen_, history_, owner_, lock_, readers_))
};
// A final class with its own vptr and a derived member in its base's tail padding.
class X16_Final final : public X05_NonPod {
public:
    X16_Final() = default;
    virtual ~X16_Final() = default;

private:
    char flag_ = 0;
    double d_ = 0;
    BOOST_DESCRIBE_CLASS(X16_Final, (X05_NonPod), (), (), (flag_, d_))
};
// False sharing avoided: each counter on its own cache line.
class X17_Counters {
public:
    X17_Counters() = default;

private:
    alignas(64) std::atomic<int> produced_{0};
    alignas(64) std::atomic<int> consumed_{0};
    BOOST_DESCRIBE_CLASS(X17_Counters, (), (), (), (produced_, consumed_))
};
// An empty member that takes no bytes.
class X18_Compact {
public:
    X18_Compact() {}

private:
    [[no_unique_address]] X02_Empty tag_;
    int value_ = 0;
    BOOST_DESCRIBE_CLASS(X18_Compact, (), (), (), (tag_, value_))
};
// A described class as a member, and a member listed out of declaration order.
class X19_Outer {
public:
    X19_Outer() = default;

private:
    char first_ = 0;
    X04_Widget widget_;
    int last_ = 0;
    BOOST_DESCRIBE_CLASS(X19_Outer, (), (), (), (last_, first_, widget_))
};
// A class template, and a class in a namespace.
template <class T>
class X20_Holder {
public:
    X20_Holder() = default;

private:
    char tag_ = 0;
    T value_{};
    BOOST_DESCRIBE_CLASS(X20_Holder, (), (), (), (tag_, value_))
};
namespace x21 {
class Shape : public X01_Base {
public:
    Shape() = default;

private:
    float area_ = 0;
    BOOST_DESCRIBE_CLASS(Shape, (X01_Base), (), (), (area_))
};
}  // namespace x21
// Three levels: a derived class of a derived class.
struct X22_Deeper : X14_Both {
    char last = 0;
};
BOOST_DESCRIBE_STRUCT(X22_Deeper, (X14_Both), (last))
// A polymorphic class whose base is not: its own vptr first, the base after it.
struct X23_OwnVptr : X07_Pod {
    virtual ~X23_OwnVptr() = default;
    char e = 0;
    BOOST_DESCRIBE_CLASS(X23_OwnVptr, (X07_Pod), (e), (), ())
};

// An abstract base (an interface with data), laid out inside the concrete class derived from it.
class X24_Interface {
public:
    virtual ~X24_Interface() = default;
    virtual int run() = 0;

protected:
    short state_ = 0;
    BOOST_DESCRIBE_CLASS(X24_Interface, (), (), (state_), ())
};
class X25_Implementation : public X24_Interface {
public:
    int run() override { return state_ + flag_; }

private:
    char flag_ = 0;
    BOOST_DESCRIBE_CLASS(X25_Implementation, (X24_Interface), (), (), (flag_))
};

// Undescribed classes that are no aggregates: Clang 16 walks them (no description needed);
// GCC 12 refuses them.
#if defined(__clang__)
class Y01_Walked {
public:
    Y01_Walked() = default;
    virtual ~Y01_Walked() = default;
    long total() const { return kind_ + balance_ + codes_[0] + (p_ != nullptr ? 1 : 0); }

private:
    char kind_ = 'c';
    long balance_ = 0;
    std::string name_;
    std::vector<int> history_;
    std::mutex lock_;
    int codes_[3] = {};
    int* p_ = nullptr;
};
class Y02_WalkedAligned {
public:
    Y02_WalkedAligned() {}
    double total() const { return s_ + d_ + c_; }

private:
    short s_ = 0;
    double d_ = 0;
    alignas(32) char c_ = 0;
};
#define MEMLAYOUT_WALKED_CORPUS(X) X(Y01_Walked) X(Y02_WalkedAligned)
#else
#define MEMLAYOUT_WALKED_CORPUS(X)
#endif

#define MEMLAYOUT_CLASS_CORPUS(X)                                                                                  \
    X(X01_Base) X(X04_Widget) X(X05_NonPod) X(X06_TailReuse) X(X08_AfterPod) X(X09_EmptyFirst) X(X10_Poly)           \
    X(X11_PolySecond) X(X12_Left) X(X13_Right) X(X14_Both) X(X15_Account) X(X16_Final) X(X17_Counters)               \
    X(X18_Compact) X(X19_Outer) X(X20_Holder<double>) X(x21::Shape) X(X22_Deeper) X(X23_OwnVptr)   \
    X(X25_Implementation)

#endif  // MEMLAYOUT_TESTS_CLASS_CORPUS_HPP
