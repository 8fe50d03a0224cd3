#include "serialize/block_kind.h"

namespace reader::serialize {

using dom::Tag;

BlockKind block_kind(const dom::Document& doc, dom::NodeId el) {
  if (!doc.is_element(el)) return BlockKind::kInline;
  if (doc.ns(el) != dom::Ns::kHtml) {
    // Foreign content: <svg>/<math> boxes are inline; their <title>, <style>
    // and <script> are not text.
    switch (doc.tag(el)) {
      case Tag::kStyle: case Tag::kScript: case Tag::kTitle: case Tag::kDesc:
        return BlockKind::kHidden;
      default:
        return BlockKind::kInline;
    }
  }
  const Tag t = doc.tag(el);
  if (has_property(t, dom::TagProperty::kTextHidden)) return BlockKind::kHidden;
  if (has_property(t, dom::TagProperty::kTextParagraph)) return BlockKind::kParagraph;
  if (has_property(t, dom::TagProperty::kTextLine)) return BlockKind::kLine;
  return BlockKind::kInline;
}

}  // namespace reader::serialize
