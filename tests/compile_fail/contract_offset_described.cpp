// EXPECT-ERROR: offset_mismatch<Widget, (::)?memlayout::detail::literal<7>\{"scale_"\}, memlayout::diagnostic::member_index<1>, memlayout::diagnostic::expected_offset<4>, memlayout::diagnostic::actual_offset<8> ?>
// EXPECT-ERRORS: 1
// EXPECT-AT-SOURCE
// A described class's private member, pinned by its layout.
#include <memlayout/contract.hpp>
#include <boost/describe.hpp>
class Widget {
public:
    Widget() = default;

private:
    char tag_ = 0;
    double scale_ = 1;
    BOOST_DESCRIBE_CLASS(Widget, (), (), (), (tag_, scale_))
};
#ifdef MEMLAYOUT_TWIN
MEMLAYOUT_EXPECT_OFFSET(Widget, scale_, 8);
#else
MEMLAYOUT_EXPECT_OFFSET(Widget, scale_, 4);
#endif
