// EXPECT-ERROR: has_no_member_the_contract_can_see<Widget, (::)?memlayout::detail::literal<6>\{"size_"\} ?>
// EXPECT-ERRORS: 1
// EXPECT-AT-SOURCE
// A member the description does not list: memlayout cannot see it.
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
MEMLAYOUT_EXPECT_OFFSET(Widget, size_, 8);
#endif
