#include "html/element_sets.h"

#include "base/ascii.h"
#include "base/text.h"

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
  return has_property(n.tag, dom::TagProperty::kSpecial);
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
    return equals_ignore_case(enc, "text/html") || equals_ignore_case(enc, "application/xhtml+xml");
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

}  // namespace reader::html
