// dom/tag.h: the generated tag property table (dom/gen_tags.py).
#include <doctest/doctest.h>

#include "dom/tag.h"

namespace reader::dom {

TEST_CASE("tag properties come from one generated table") {
  CHECK(is_heading(Tag::kH1));
  CHECK(is_heading(Tag::kH6));
  CHECK_FALSE(is_heading(Tag::kHgroup));
  CHECK(has_property(Tag::kBr, TagProperty::kVoid));
  CHECK(has_property(Tag::kParam, TagProperty::kVoid));
  CHECK_FALSE(has_property(Tag::kDiv, TagProperty::kVoid));
  CHECK(has_property(Tag::kSpan, TagProperty::kPhrasing));
  CHECK_FALSE(has_property(Tag::kA, TagProperty::kPhrasing));  // only when its children are
  CHECK(has_property(Tag::kAddress, TagProperty::kSpecial));
  CHECK_FALSE(has_property(Tag::kSelect, TagProperty::kSpecial));
  CHECK(has_property(Tag::kScript, TagProperty::kTextHidden));
  CHECK(has_property(Tag::kDiv, TagProperty::kTextLine));
  CHECK(has_property(Tag::kDiv, TagProperty::kDivToPBlock));
  CHECK(has_property(Tag::kTd, TagProperty::kProseBlock));
  CHECK(has_property(Tag::kA, TagProperty::kStyling));
  CHECK_FALSE(has_property(Tag::kUnknown, TagProperty::kHeading));
  CHECK_FALSE(has_property(Tag::kCount, TagProperty::kHeading));
}

}  // namespace reader::dom
