#include "html/element_sets.h"

#include "html/tree_ascii.h"

namespace reader::html {

using dom::Ns;
using dom::Tag;

// "select" is not in the list since the customizable <select> change: a
// misnested </font> around a select leaves it in place (html5lib-tests
// webkit02.dat "<font><select><option>a</option></font></select>").
bool is_special(const dom::Document& doc, dom::NodeId id) {
  const dom::Node& n = doc.node(id);
  if (n.type != dom::NodeType::kElement) return false;
  switch (n.ns) {
    case Ns::kMathMl:
      return n.tag == Tag::kMi || n.tag == Tag::kMo || n.tag == Tag::kMn || n.tag == Tag::kMs ||
             n.tag == Tag::kMtext || n.tag == Tag::kAnnotationXml;
    case Ns::kSvg:
      return n.tag == Tag::kForeignobject || n.tag == Tag::kDesc || n.tag == Tag::kTitle;
    case Ns::kHtml:
      break;
  }
  switch (n.tag) {
    case Tag::kAddress: case Tag::kApplet: case Tag::kArea: case Tag::kArticle:
    case Tag::kAside: case Tag::kBase: case Tag::kBasefont: case Tag::kBgsound:
    case Tag::kBlockquote: case Tag::kBody: case Tag::kBr: case Tag::kButton:
    case Tag::kCaption: case Tag::kCenter: case Tag::kCol: case Tag::kColgroup:
    case Tag::kDd: case Tag::kDetails: case Tag::kDir: case Tag::kDiv: case Tag::kDl:
    case Tag::kDt: case Tag::kEmbed: case Tag::kFieldset: case Tag::kFigcaption:
    case Tag::kFigure: case Tag::kFooter: case Tag::kForm: case Tag::kFrame:
    case Tag::kFrameset: case Tag::kH1: case Tag::kH2: case Tag::kH3: case Tag::kH4:
    case Tag::kH5: case Tag::kH6: case Tag::kHead: case Tag::kHeader: case Tag::kHgroup:
    case Tag::kHr: case Tag::kHtml: case Tag::kIframe: case Tag::kImg: case Tag::kInput:
    case Tag::kKeygen: case Tag::kLi: case Tag::kLink: case Tag::kListing: case Tag::kMain:
    case Tag::kMarquee: case Tag::kMenu: case Tag::kMeta: case Tag::kNav:
    case Tag::kNoembed: case Tag::kNoframes: case Tag::kNoscript: case Tag::kObject:
    case Tag::kOl: case Tag::kP: case Tag::kParam: case Tag::kPlaintext: case Tag::kPre:
    case Tag::kScript: case Tag::kSearch: case Tag::kSection:
    case Tag::kSource: case Tag::kStyle: case Tag::kSummary: case Tag::kTable:
    case Tag::kTbody: case Tag::kTd: case Tag::kTemplate: case Tag::kTextarea:
    case Tag::kTfoot: case Tag::kTh: case Tag::kThead: case Tag::kTitle: case Tag::kTr:
    case Tag::kTrack: case Tag::kUl: case Tag::kWbr: case Tag::kXmp:
      return true;
    default:
      return false;
  }
}

bool is_scope_boundary(const dom::Document& doc, dom::NodeId id, Scope scope) {
  const dom::Node& n = doc.node(id);
  if (n.ns != Ns::kHtml) {
    // The MathML and SVG members of the default scope list.
    if (scope == Scope::kTable) return false;
    if (n.ns == Ns::kMathMl) {
      return n.tag == Tag::kMi || n.tag == Tag::kMo || n.tag == Tag::kMn || n.tag == Tag::kMs ||
             n.tag == Tag::kMtext || n.tag == Tag::kAnnotationXml;
    }
    return n.tag == Tag::kForeignobject || n.tag == Tag::kDesc || n.tag == Tag::kTitle;
  }
  switch (n.tag) {
    case Tag::kHtml: case Tag::kTable: case Tag::kTemplate:
      return true;
    case Tag::kApplet: case Tag::kCaption: case Tag::kTd: case Tag::kTh:
    case Tag::kMarquee: case Tag::kObject:
      return scope != Scope::kTable;
    case Tag::kOl: case Tag::kUl:
      return scope == Scope::kListItem;
    case Tag::kButton:
      return scope == Scope::kButton;
    default:
      return false;
  }
}

bool is_mathml_text_integration_point(const dom::Document& doc, dom::NodeId id) {
  const dom::Node& n = doc.node(id);
  return n.type == dom::NodeType::kElement && n.ns == Ns::kMathMl &&
         (n.tag == Tag::kMi || n.tag == Tag::kMo || n.tag == Tag::kMn || n.tag == Tag::kMs ||
          n.tag == Tag::kMtext);
}

bool is_html_integration_point(const dom::Document& doc, dom::NodeId id) {
  const dom::Node& n = doc.node(id);
  if (n.type != dom::NodeType::kElement) return false;
  if (n.ns == Ns::kMathMl && n.tag == Tag::kAnnotationXml) {
    std::string_view enc = doc.attr(id, "encoding");
    return equals_ascii_ci(enc, "text/html") || equals_ascii_ci(enc, "application/xhtml+xml");
  }
  return n.ns == Ns::kSvg &&
         (n.tag == Tag::kForeignobject || n.tag == Tag::kDesc || n.tag == Tag::kTitle);
}

bool has_implied_end_tag(Tag t) {
  switch (t) {
    case Tag::kDd: case Tag::kDt: case Tag::kLi: case Tag::kOptgroup: case Tag::kOption:
    case Tag::kP: case Tag::kRb: case Tag::kRp: case Tag::kRt: case Tag::kRtc:
      return true;
    default:
      return false;
  }
}

bool has_implied_end_tag_thoroughly(Tag t) {
  switch (t) {
    case Tag::kCaption: case Tag::kColgroup: case Tag::kTbody: case Tag::kTd:
    case Tag::kTfoot: case Tag::kTh: case Tag::kThead: case Tag::kTr:
      return true;
    default:
      return has_implied_end_tag(t);
  }
}

bool is_heading(Tag t) {
  return t == Tag::kH1 || t == Tag::kH2 || t == Tag::kH3 || t == Tag::kH4 || t == Tag::kH5 ||
         t == Tag::kH6;
}

}  // namespace reader::html
