#include "serialize/html_serializer.h"

#include <vector>

namespace reader::serialize {
namespace {

using dom::kNoNode;
using dom::NodeId;
using dom::NodeType;
using dom::Tag;

constexpr std::string_view kNbspUtf8 = "\xC2\xA0";

// Raw text parents (13.3, "If the parent of current node is a style, script,
// xmp, iframe, noembed, noframes, or plaintext element"): text is emitted
// literally. <noscript> is raw only with scripting on; we never script.
bool is_raw_text_parent(const dom::Document& doc, NodeId parent) {
  if (parent == kNoNode || !doc.is_element(parent) || doc.ns(parent) != dom::Ns::kHtml) {
    return false;
  }
  switch (doc.tag(parent)) {
    case Tag::kStyle: case Tag::kScript: case Tag::kXmp: case Tag::kIframe:
    case Tag::kNoembed: case Tag::kNoframes: case Tag::kPlaintext:
      return true;
    default:
      return false;
  }
}

void escape(std::string_view s, bool attribute_mode, std::string& out) {
  size_t run = 0;  // start of the pending run of bytes copied verbatim
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const char* rep = nullptr;
    size_t skip = 0;
    switch (c) {
      case '&': rep = "&amp;"; break;
      case '<': rep = "&lt;"; break;
      case '>': rep = "&gt;"; break;
      case '"': if (attribute_mode) rep = "&quot;"; break;
      case '\xC2':
        if (s.substr(i, 2) == kNbspUtf8) { rep = "&nbsp;"; skip = 1; }
        break;
      default: break;
    }
    if (!rep) continue;
    out.append(s.data() + run, i - run);
    out.append(rep);
    i += skip;
    run = i + 1;
  }
  out.append(s.data() + run, s.size() - run);
}

// Attribute's serialized name (13.3): prefixed in the XML, XMLNS and XLink
// namespaces. The tree builder stores either the local name or the already
// prefixed name; both serialize to the qualified name.
void append_attr_name(const dom::Attr& a, std::string& out) {
  const bool has_prefix = a.name.find(':') != std::string_view::npos;
  switch (a.ns) {
    case dom::AttrNs::kNone: break;
    case dom::AttrNs::kXml: if (!has_prefix) out.append("xml:"); break;
    case dom::AttrNs::kXlink: if (!has_prefix) out.append("xlink:"); break;
    case dom::AttrNs::kXmlns:
      if (!has_prefix && a.name != "xmlns") out.append("xmlns:");
      break;
  }
  out.append(a.name);
}

void append_start_tag(const dom::Document& doc, NodeId el, std::string& out) {
  out.push_back('<');
  out.append(doc.name(el));
  for (const dom::Attr& a : doc.attrs(el)) {
    out.push_back(' ');
    append_attr_name(a, out);
    out.append("=\"");
    escape(a.value, /*attribute_mode=*/true, out);
    out.push_back('"');
  }
  out.push_back('>');
}

bool is_void_html(const dom::Document& doc, NodeId el) {
  return doc.ns(el) == dom::Ns::kHtml && is_void_element(doc.tag(el));
}

// The node whose children are serialized for `el`: its template contents for
// an HTML <template> ("let current node be the template element's template
// contents"), else the element itself.
NodeId children_holder(const dom::Document& doc, NodeId el) {
  if (doc.is_html(el, Tag::kTemplate) && doc.has_template_content(el)) {
    // template_content() only creates the fragment when it is missing, which
    // has_template_content() just ruled out, so this does not mutate `doc`.
    return const_cast<dom::Document&>(doc).template_content(el);
  }
  return el;
}

// Not in the current spec, which drops it: a leading newline of a <pre>,
// <textarea> or <listing> is eaten by the parser, so one extra newline is
// written to make parse(serialize(x)) keep it (as older spec versions did).
bool needs_leading_newline(const dom::Document& doc, NodeId el) {
  if (doc.ns(el) != dom::Ns::kHtml) return false;
  Tag t = doc.tag(el);
  if (t != Tag::kPre && t != Tag::kTextarea && t != Tag::kListing) return false;
  NodeId first = doc.first_child(el);
  return first != kNoNode && doc.is_text(first) && !doc.data(first).empty() &&
         doc.data(first)[0] == '\n';
}

// Serializes one non-element node, or an element's start tag.
void append_node_open(const dom::Document& doc, NodeId n, std::string& out) {
  switch (doc.type(n)) {
    case NodeType::kElement:
      append_start_tag(doc, n, out);
      if (needs_leading_newline(doc, n)) out.push_back('\n');
      break;
    case NodeType::kText:
      if (is_raw_text_parent(doc, doc.parent(n))) out.append(doc.data(n));
      else escape(doc.data(n), /*attribute_mode=*/false, out);
      break;
    case NodeType::kComment:
      out.append("<!--");
      out.append(doc.data(n));
      out.append("-->");
      break;
    case NodeType::kDoctype:
      out.append("<!DOCTYPE ");
      out.append(doc.name(n));
      out.push_back('>');
      break;
    case NodeType::kDocument:
    case NodeType::kFragment:
      break;
  }
}

// The fragment serialization algorithm over the children of `holder`, with
// `self` (if not kNoNode) wrapped around them as the outer element.
void serialize(const dom::Document& doc, NodeId holder, NodeId self, std::string& out) {
  struct Frame {
    NodeId element;  // end tag to write after the children (kNoNode: none)
    NodeId next;     // next child to serialize
  };
  std::vector<Frame> stack;
  stack.push_back({self, doc.first_child(holder)});
  while (!stack.empty()) {
    Frame& top = stack.back();
    if (top.next == kNoNode) {
      NodeId el = top.element;
      stack.pop_back();
      if (el != kNoNode) {
        out.append("</");
        out.append(doc.name(el));
        out.push_back('>');
      }
      continue;
    }
    NodeId n = top.next;
    top.next = doc.next_sibling(n);
    append_node_open(doc, n, out);
    if (doc.is_element(n) && !is_void_html(doc, n)) {
      stack.push_back({n, doc.first_child(children_holder(doc, n))});  // invalidates `top`
    }
  }
}

}  // namespace

bool is_void_element(Tag t) { return has_property(t, dom::TagProperty::kVoid); }

void escape_text(std::string_view s, std::string& out) { escape(s, false, out); }
void escape_attribute(std::string_view s, std::string& out) { escape(s, true, out); }

void append_inner_html(const dom::Document& doc, NodeId node, std::string& out) {
  if (doc.is_element(node)) {
    if (is_void_html(doc, node)) return;
    serialize(doc, children_holder(doc, node), kNoNode, out);
    return;
  }
  serialize(doc, node, kNoNode, out);
}

void append_outer_html(const dom::Document& doc, NodeId node, std::string& out) {
  const NodeType t = doc.type(node);
  if (t == NodeType::kDocument || t == NodeType::kFragment) {
    serialize(doc, node, kNoNode, out);
    return;
  }
  append_node_open(doc, node, out);
  if (!doc.is_element(node) || is_void_html(doc, node)) return;
  // The outer frame writes the end tag of `node` after its children.
  serialize(doc, children_holder(doc, node), node, out);
}

std::string inner_html(const dom::Document& doc, NodeId node) {
  std::string out;
  append_inner_html(doc, node, out);
  return out;
}

std::string outer_html(const dom::Document& doc, NodeId node) {
  std::string out;
  append_outer_html(doc, node, out);
  return out;
}

}  // namespace reader::serialize
