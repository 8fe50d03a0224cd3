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
  switch (doc.tag(el)) {
    case Tag::kScript: case Tag::kStyle: case Tag::kTemplate: case Tag::kNoscript:
    case Tag::kHead: case Tag::kTitle: case Tag::kMeta: case Tag::kLink: case Tag::kBase:
    case Tag::kIframe: case Tag::kNoembed: case Tag::kNoframes: case Tag::kSelect:
    case Tag::kDatalist: case Tag::kTextarea: case Tag::kParam: case Tag::kSource:
    case Tag::kTrack:
      return BlockKind::kHidden;
    case Tag::kP: case Tag::kH1: case Tag::kH2: case Tag::kH3: case Tag::kH4: case Tag::kH5:
    case Tag::kH6: case Tag::kBlockquote: case Tag::kPre: case Tag::kListing:
    case Tag::kPlaintext: case Tag::kXmp: case Tag::kUl: case Tag::kOl: case Tag::kDl:
    case Tag::kMenu: case Tag::kDir: case Tag::kTable: case Tag::kFigure: case Tag::kHr:
    case Tag::kSection: case Tag::kArticle: case Tag::kHeader: case Tag::kFooter:
    case Tag::kAside: case Tag::kNav: case Tag::kMain: case Tag::kAddress:
    case Tag::kDetails: case Tag::kFieldset: case Tag::kForm: case Tag::kHgroup:
    case Tag::kCenter: case Tag::kSearch:
      return BlockKind::kParagraph;
    case Tag::kDiv: case Tag::kLi: case Tag::kDt: case Tag::kDd: case Tag::kTr:
    case Tag::kFigcaption: case Tag::kCaption: case Tag::kSummary: case Tag::kLegend:
    case Tag::kThead: case Tag::kTbody: case Tag::kTfoot: case Tag::kBody: case Tag::kHtml:
    case Tag::kOption: case Tag::kVideo: case Tag::kAudio: case Tag::kDialog:
      return BlockKind::kLine;
    default:
      return BlockKind::kInline;
  }
}

}  // namespace reader::serialize
