#include "sanitize/element_policy.h"

namespace reader::sanitize {

using dom::Tag;

namespace {

bool parent_is(const dom::Document& doc, dom::NodeId el, Tag t) {
  dom::NodeId p = doc.parent(el);
  return p != dom::kNoNode && doc.is_html(p, t);
}

bool is_media_source(const dom::Document& doc, dom::NodeId el) {
  return parent_is(doc, el, Tag::kVideo) || parent_is(doc, el, Tag::kAudio);
}

}  // namespace

ElementAction element_action(const dom::Document& doc, dom::NodeId el) {
  if (doc.ns(el) != dom::Ns::kHtml) return ElementAction::kDrop;
  switch (doc.tag(el)) {
    // Article content.
    case Tag::kP: case Tag::kDiv: case Tag::kSpan: case Tag::kA:
    case Tag::kH1: case Tag::kH2: case Tag::kH3: case Tag::kH4: case Tag::kH5: case Tag::kH6:
    case Tag::kUl: case Tag::kOl: case Tag::kLi: case Tag::kDl: case Tag::kDt: case Tag::kDd:
    case Tag::kBlockquote: case Tag::kQ: case Tag::kPre: case Tag::kCode: case Tag::kKbd:
    case Tag::kSamp: case Tag::kVar: case Tag::kEm: case Tag::kStrong: case Tag::kB:
    case Tag::kI: case Tag::kU: case Tag::kS: case Tag::kDel: case Tag::kIns: case Tag::kMark:
    case Tag::kSmall: case Tag::kSub: case Tag::kSup: case Tag::kBr: case Tag::kHr:
    case Tag::kWbr: case Tag::kImg: case Tag::kPicture: case Tag::kFigure:
    case Tag::kFigcaption: case Tag::kTable: case Tag::kCaption: case Tag::kThead:
    case Tag::kTbody: case Tag::kTfoot: case Tag::kTr: case Tag::kTh: case Tag::kTd:
    case Tag::kCol: case Tag::kColgroup: case Tag::kAbbr: case Tag::kCite: case Tag::kDfn:
    case Tag::kTime: case Tag::kSection: case Tag::kArticle: case Tag::kHeader:
    case Tag::kFooter: case Tag::kAside: case Tag::kAddress: case Tag::kDetails:
    case Tag::kSummary: case Tag::kVideo: case Tag::kAudio: case Tag::kRuby: case Tag::kRt:
    case Tag::kRp: case Tag::kRb: case Tag::kRtc: case Tag::kBdi: case Tag::kBdo:
      return ElementAction::kKeep;
    // <source> only where it selects an image or a media file.
    case Tag::kSource:
      return parent_is(doc, el, Tag::kPicture) || is_media_source(doc, el)
                 ? ElementAction::kKeep : ElementAction::kDrop;
    // Scripting, styling, embedding, forms controls, document metadata.
    case Tag::kScript: case Tag::kStyle: case Tag::kTemplate: case Tag::kIframe:
    case Tag::kObject: case Tag::kEmbed: case Tag::kApplet: case Tag::kInput:
    case Tag::kButton: case Tag::kSelect: case Tag::kTextarea: case Tag::kNoscript:
    case Tag::kLink: case Tag::kMeta: case Tag::kBase: case Tag::kFrame: case Tag::kFrameset:
    case Tag::kSvg: case Tag::kMath: case Tag::kCanvas: case Tag::kDialog: case Tag::kTitle:
    case Tag::kHead: case Tag::kNoembed: case Tag::kNoframes: case Tag::kParam:
    case Tag::kTrack: case Tag::kArea: case Tag::kKeygen: case Tag::kOption:
    case Tag::kOptgroup: case Tag::kDatalist: case Tag::kIsindex: case Tag::kBgsound:
    case Tag::kBasefont: case Tag::kImage: case Tag::kMenuitem: case Tag::kOutput:
    case Tag::kProgress: case Tag::kMeter:
      return ElementAction::kDrop;
    case Tag::kXmp: case Tag::kListing: case Tag::kPlaintext: case Tag::kTt:
    case Tag::kStrike: case Tag::kAcronym: case Tag::kDir: case Tag::kMenu:
      return ElementAction::kRename;
    // Everything else, including <form> (ASP.NET pages wrap the whole body
    // in one; its controls are dropped above), unknown and custom elements.
    default:
      return ElementAction::kUnwrap;
  }
}

Tag renamed_tag(Tag t) {
  switch (t) {
    case Tag::kXmp: case Tag::kListing: case Tag::kPlaintext: return Tag::kPre;
    case Tag::kTt: return Tag::kCode;
    case Tag::kStrike: return Tag::kS;
    case Tag::kAcronym: return Tag::kAbbr;
    case Tag::kDir: case Tag::kMenu: return Tag::kUl;
    default: return t;
  }
}

AttrPolicy attr_policy(const dom::Document& doc, dom::NodeId el, std::string_view name) {
  constexpr AttrPolicy kDrop{AttrRule::kDrop, UrlUse::kLink};
  constexpr AttrPolicy kKeep{AttrRule::kKeep, UrlUse::kLink};
  // Global attributes.
  if (name == "title" || name == "lang") return kKeep;
  if (name == "dir") return {AttrRule::kDir, UrlUse::kLink};
  if (name == "id") return {AttrRule::kId, UrlUse::kLink};
  const Tag t = doc.tag(el);
  switch (t) {
    case Tag::kA:
      if (name == "href") return {AttrRule::kUrl, UrlUse::kLink};
      break;
    case Tag::kImg:
      if (name == "src") return {AttrRule::kUrl, UrlUse::kImage};
      if (name == "srcset") return {AttrRule::kSrcset, UrlUse::kImageSet};
      if (name == "sizes" || name == "alt" || name == "width" || name == "height") return kKeep;
      break;
    case Tag::kSource:
      if (is_media_source(doc, el)) {
        if (name == "src") return {AttrRule::kUrl, UrlUse::kMedia};
        if (name == "type") return kKeep;
      } else {
        if (name == "srcset") return {AttrRule::kSrcset, UrlUse::kImageSet};
        if (name == "sizes" || name == "media" || name == "type") return kKeep;
      }
      break;
    case Tag::kVideo:
      if (name == "poster") return {AttrRule::kUrl, UrlUse::kMedia};
      if (name == "width" || name == "height" || name == "playsinline") return kKeep;
      [[fallthrough]];
    case Tag::kAudio:  // never autoplay; controls are added by the sanitizer
      if (name == "src") return {AttrRule::kUrl, UrlUse::kMedia};
      if (name == "loop" || name == "muted") return kKeep;
      break;
    case Tag::kTd: case Tag::kTh:
      if (name == "colspan" || name == "rowspan" || name == "scope" || name == "abbr") return kKeep;
      if (name == "headers") return {AttrRule::kIdRefs, UrlUse::kLink};
      break;
    case Tag::kOl:
      if (name == "start" || name == "reversed" || name == "type") return kKeep;
      break;
    case Tag::kLi:
      if (name == "value") return kKeep;
      break;
    case Tag::kTime:
      if (name == "datetime") return kKeep;
      break;
    case Tag::kBlockquote: case Tag::kQ:
      if (name == "cite") return {AttrRule::kUrl, UrlUse::kCite};
      break;
    case Tag::kDel: case Tag::kIns:
      if (name == "cite") return {AttrRule::kUrl, UrlUse::kCite};
      if (name == "datetime") return kKeep;
      break;
    case Tag::kCol: case Tag::kColgroup:
      if (name == "span") return kKeep;
      break;
    case Tag::kDetails:
      if (name == "open") return kKeep;
      break;
    case Tag::kPre: case Tag::kCode:
      if (name == "class") return {AttrRule::kLanguageClass, UrlUse::kLink};
      break;
    default:
      break;
  }
  return kDrop;
}

}  // namespace reader::sanitize
