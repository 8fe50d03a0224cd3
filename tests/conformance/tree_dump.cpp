#include "tree_dump.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace reader::conformance {
namespace {

struct Item {
  dom::NodeId node;
  int depth;
  bool content_label;  // the "content" line of a template
};

void indent(std::string& out, int depth) {
  out += "| ";
  out.append(static_cast<size_t>(depth) * 2, ' ');
}

std::string attr_name(const dom::Attr& a) {
  switch (a.ns) {
    case dom::AttrNs::kXlink: return "xlink " + std::string(a.name);
    case dom::AttrNs::kXml: return "xml " + std::string(a.name);
    case dom::AttrNs::kXmlns: return "xmlns " + std::string(a.name);
    case dom::AttrNs::kNone: break;
  }
  return std::string(a.name);
}

void push_children(const dom::Document& doc, dom::NodeId parent, int depth,
                   std::vector<Item>& stack) {
  for (dom::NodeId c = doc.last_child(parent); c != dom::kNoNode; c = doc.prev_sibling(c)) {
    stack.push_back({c, depth, false});
  }
}

}  // namespace

std::string dump_children(dom::Document& doc, dom::NodeId parent) {
  std::string out;
  std::vector<Item> stack;
  push_children(doc, parent, 0, stack);
  while (!stack.empty()) {
    Item it = stack.back();
    stack.pop_back();
    if (it.content_label) {
      indent(out, it.depth);
      out += "content\n";
      continue;
    }
    const dom::Node& n = doc.node(it.node);
    indent(out, it.depth);
    switch (n.type) {
      case dom::NodeType::kDoctype: {
        out += "<!DOCTYPE ";
        out += doc.data(it.node);
        std::string_view pub = doc.attr(it.node, "publicId");
        std::string_view sys = doc.attr(it.node, "systemId");
        if (!pub.empty() || !sys.empty()) {
          out += " \"" + std::string(pub) + "\" \"" + std::string(sys) + "\"";
        }
        out += ">\n";
        break;
      }
      case dom::NodeType::kText:
        out += "\"" + std::string(doc.data(it.node)) + "\"\n";
        break;
      case dom::NodeType::kComment:
        out += "<!-- " + std::string(doc.data(it.node)) + " -->\n";
        break;
      case dom::NodeType::kElement: {
        out += "<";
        if (n.ns == dom::Ns::kSvg) out += "svg ";
        if (n.ns == dom::Ns::kMathMl) out += "math ";
        out += doc.data(it.node);
        out += ">\n";
        std::vector<std::pair<std::string, std::string>> attrs;
        for (const dom::Attr& a : doc.attrs(it.node)) {
          attrs.emplace_back(attr_name(a), std::string(a.value));
        }
        std::sort(attrs.begin(), attrs.end());
        for (const auto& [name, value] : attrs) {
          indent(out, it.depth + 1);
          out += name + "=\"" + value + "\"\n";
        }
        // Children first on the stack (popped last), template contents after.
        push_children(doc, it.node, it.depth + 1, stack);
        if (n.ns == dom::Ns::kHtml && n.tag == dom::Tag::kTemplate &&
            doc.has_template_content(it.node)) {
          push_children(doc, doc.template_content(it.node), it.depth + 2, stack);
          stack.push_back({it.node, it.depth + 1, true});
        } else if (n.ns == dom::Ns::kHtml && n.tag == dom::Tag::kTemplate) {
          stack.push_back({it.node, it.depth + 1, true});
        }
        break;
      }
      case dom::NodeType::kDocument:
      case dom::NodeType::kFragment:
        out += "#fragment\n";
        break;
    }
  }
  return out;
}

}  // namespace reader::conformance
