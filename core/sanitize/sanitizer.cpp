#include "sanitize/sanitizer.h"

#include <string>
#include <vector>

#include "base/ascii.h"
#include "base/text.h"
#include "base/url.h"
#include "sanitize/element_policy.h"
#include "sanitize/url_policy.h"

namespace reader::sanitize {
namespace {

using dom::kNoNode;
using dom::NodeId;
using dom::NodeType;
using dom::Tag;

// Longest id kept; longer ones are generated noise, not anchors.
constexpr size_t kMaxIdLength = 256;


bool is_valid_id(std::string_view id) {
  if (id.empty() || id.size() > kMaxIdLength) return false;
  for (char c : id) {
    if (is_html_space(c)) return false;
  }
  return true;
}

// Keeps the "language-x" tokens of a class attribute (x: [A-Za-z0-9_+#.-]).
std::string language_classes(std::string_view cls) {
  constexpr std::string_view kPrefix = "language-";
  std::string out;
  size_t pos = 0;
  for (std::string_view token; !(token = next_html_token(cls, pos)).empty();) {
    if (token.size() <= kPrefix.size() || token.substr(0, kPrefix.size()) != kPrefix) continue;
    bool ok = true;
    for (char c : token.substr(kPrefix.size())) {
      const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      ok = ok && (alnum || c == '_' || c == '+' || c == '#' || c == '.' || c == '-');
    }
    if (!ok) continue;
    if (!out.empty()) out.push_back(' ');
    out.append(token);
  }
  return out;
}

// A CR can only reach the DOM through a character reference (&#13;): the
// parser turns literal CRs into LF. Serialized raw, it would come back as LF,
// so the output would change when parsed again. CSS renders a CR like a
// space, so CRLF becomes LF and a lone CR a space: same rendering, stable.
bool normalize_carriage_returns(std::string_view in, std::string& out) {
  if (in.find('\r') == std::string_view::npos) return false;
  out.clear();
  for (size_t i = 0; i < in.size(); ++i) {
    if (in[i] != '\r') {
      out.push_back(in[i]);
    } else if (i + 1 >= in.size() || in[i + 1] != '\n') {
      out.push_back(' ');
    }
  }
  return true;
}

// Longest formula text kept in place of a <math> element.
constexpr size_t kMaxFormulaText = 4096;

// Plain-text stand-in for a MathML <math> element, whose markup is dropped
// (foreign content): its alttext attribute, else the TeX annotation, else
// the text of its token elements separated by spaces ("a ≠ 0").
std::string formula_text(const dom::Document& doc, NodeId math) {
  std::string_view alt = doc.attr(math, "alttext");
  std::string out;
  std::string tex;
  if (alt.empty()) {
    for (NodeId n = doc.first_child(math); n != kNoNode;) {
      if (doc.is_element(n) && (doc.name(n) == "annotation" || doc.tag(n) == Tag::kAnnotationXml)) {
        if (tex.empty() && doc.attr(n, "encoding") == "application/x-tex") tex = doc.text_content(n);
        n = doc.next_skipping_children(n, math);
        continue;
      }
      if (doc.is_element(n) && (doc.tag(n) == Tag::kScript || doc.tag(n) == Tag::kStyle ||
                                doc.tag(n) == Tag::kTemplate)) {
        n = doc.next_skipping_children(n, math);  // not formula text
        continue;
      }
      if (doc.is_text(n)) {
        out.push_back(' ');
        out.append(doc.data(n));
      }
      n = doc.next_in_tree(n, math);
    }
  }
  std::string_view src = !alt.empty() ? alt : !tex.empty() ? std::string_view(tex) : out;
  std::string text;
  bool space = false;
  for (char c : src) {
    if (is_html_space(c)) {
      space = !text.empty();
      continue;
    }
    if (space) text.push_back(' ');
    space = false;
    text.push_back(c);
    if (text.size() >= kMaxFormulaText) break;
  }
  return text;
}

class Sanitizer {
 public:
  Sanitizer(dom::Document& doc, const SanitizeOptions& options) : doc_(doc), options_(options) {}

  void run(NodeId root) {
    if (doc_.is_element(root)) {
      // The root stays the same node; one that would be dropped or unwrapped
      // becomes a plain <div> (an HTML root; a foreign one only loses its
      // attributes and content), so no raw-text or form element survives.
      const ElementAction action = element_action(doc_, root);
      const bool html = doc_.ns(root) == dom::Ns::kHtml;
      if (action == ElementAction::kDrop || action == ElementAction::kUnwrap) {
        doc_.clear_attrs(root);
        if (html) doc_.set_tag(root, Tag::kDiv);
        ++report_.elements_renamed;
      }
      if (action == ElementAction::kDrop) {
        while (doc_.first_child(root) != kNoNode) {
          doc_.detach(doc_.first_child(root));
          ++report_.elements_dropped;
        }
        return;
      }
      if (action == ElementAction::kRename) {
        doc_.set_tag(root, renamed_tag(doc_.tag(root)));
        ++report_.elements_renamed;
      }
      if (action != ElementAction::kUnwrap) clean_element(root);
    }
    NodeId n = doc_.first_child(root);
    while (n != kNoNode) n = visit(n, root);
  }

  SanitizeReport report() const { return report_; }

 private:
  // Handles `n`; returns the next node to visit in preorder.
  NodeId visit(NodeId n, NodeId root) {
    switch (doc_.type(n)) {
      case NodeType::kText:
        if (normalize_carriage_returns(doc_.data(n), scratch_)) doc_.set_data(n, scratch_);
        return doc_.next_in_tree(n, root);
      case NodeType::kElement:
        break;
      default: {  // comments, doctypes, stray fragments
        NodeId next = doc_.next_skipping_children(n, root);
        doc_.detach(n);
        ++report_.comments_dropped;
        return next;
      }
    }
    if (doc_.tag(n) == Tag::kMath && doc_.ns(n) == dom::Ns::kMathMl) {
      // Formulas keep their text; the MathML markup goes (foreign content).
      const std::string text = formula_text(doc_, n);
      NodeId next = doc_.next_skipping_children(n, root);
      if (!text.empty()) {
        NodeId t = doc_.create_text(text);
        doc_.insert_before(doc_.parent(n), t, n);
        next = t;
      }
      doc_.detach(n);
      ++report_.formulas_flattened;
      return next;
    }
    switch (element_action(doc_, n)) {
      case ElementAction::kDrop: {
        NodeId next = doc_.next_skipping_children(n, root);
        doc_.detach(n);
        ++report_.elements_dropped;
        return next;
      }
      case ElementAction::kUnwrap: {
        NodeId next = doc_.next_skipping_children(n, root);
        NodeId first = doc_.first_child(n);
        NodeId parent = doc_.parent(n);
        for (NodeId c = first; c != kNoNode; c = doc_.first_child(n)) {
          doc_.insert_before(parent, c, n);
        }
        doc_.detach(n);
        ++report_.elements_unwrapped;
        return first != kNoNode ? first : next;
      }
      case ElementAction::kRename:
        doc_.set_tag(n, renamed_tag(doc_.tag(n)));
        ++report_.elements_renamed;
        break;
      case ElementAction::kKeep:
        break;
    }
    if (!clean_element(n)) {
      NodeId next = doc_.next_skipping_children(n, root);
      doc_.detach(n);
      ++report_.elements_dropped;
      return next;
    }
    return doc_.next_in_tree(n, root);
  }

  // Filters the attributes of a kept element and adds the ones the reader
  // view needs. Returns false when the element became useless and must go
  // (an <img> or <source> left without any image URL).
  bool clean_element(NodeId el) {
    kept_.clear();
    bool changed = false;
    const std::string anchor_name =
        doc_.is_html(el, Tag::kA) ? std::string(doc_.attr(el, "name")) : std::string();
    for (const dom::Attr& a : doc_.attrs(el)) {
      std::string value;
      if (clean_attr(el, a, value)) {
        if (value != a.value) changed = true;
        kept_.push_back({std::string(a.name), std::move(value)});
      } else {
        changed = true;
        ++report_.attributes_dropped;
      }
    }
    if (changed) {
      doc_.clear_attrs(el);
      for (const auto& [name, value] : kept_) doc_.set_attr(el, name, value);
    }
    const Tag t = doc_.tag(el);
    if (t == Tag::kA && !anchor_name.empty() && !doc_.has_attr(el, "id") &&
        !options_.id_prefix.empty() && is_valid_id(anchor_name)) {
      // Legacy footnote targets (<a name="fn1">) become prefixed ids.
      doc_.set_attr(el, "id", prefixed_id(anchor_name));
    }
    if (t == Tag::kA && doc_.has_attr(el, "href") && !options_.link_rel.empty()) {
      doc_.set_attr(el, "rel", options_.link_rel);
    }
    if ((t == Tag::kVideo || t == Tag::kAudio) && !doc_.has_attr(el, "controls")) {
      doc_.set_attr(el, "controls", "");  // autoplay is gone: let the reader start it
    }
    if (t == Tag::kImg) return doc_.has_attr(el, "src") || doc_.has_attr(el, "srcset");
    if (t == Tag::kSource) return doc_.has_attr(el, "src") || doc_.has_attr(el, "srcset");
    return true;
  }

  // Decides one attribute; on keep, `value` receives the value to store.
  bool clean_attr(NodeId el, const dom::Attr& a, std::string& value) {
    if (a.ns != dom::AttrNs::kNone || a.name.find(':') != std::string_view::npos) return false;
    const AttrPolicy policy = attr_policy(doc_, el, a.name);
    switch (policy.rule) {
      case AttrRule::kDrop:
        return false;
      case AttrRule::kKeep:
        if (!normalize_carriage_returns(a.value, value)) value = std::string(a.value);
        return true;
      case AttrRule::kUrl:
        if (!is_safe_url(a.value, policy.use)) {
          ++report_.urls_refused;
          return false;
        }
        value = url_preprocess(a.value);
        if (doc_.tag(el) == Tag::kA) value = prefixed_fragment(value);
        return true;
      case AttrRule::kSrcset:
        if (!is_safe_srcset(a.value, policy.use)) {
          ++report_.urls_refused;
          return false;
        }
        value = std::string(a.value);
        return true;
      case AttrRule::kDir:
        if (!equals_ignore_case(a.value, "ltr") && !equals_ignore_case(a.value, "rtl") &&
            !equals_ignore_case(a.value, "auto")) {
          return false;
        }
        value = std::string(a.value);
        return true;
      case AttrRule::kId:
        if (options_.id_prefix.empty() || !is_valid_id(a.value)) return false;
        value = prefixed_id(a.value);
        return true;
      case AttrRule::kIdRefs:
        value = prefixed_id_refs(a.value);
        return !value.empty();
      case AttrRule::kLanguageClass:
        value = language_classes(a.value);
        return !value.empty();
    }
    return false;
  }

  // "<prefix>id"; an id that already has the prefix is kept, so sanitizing
  // sanitized markup again changes nothing.
  std::string prefixed_id(std::string_view id) const {
    const std::string_view prefix = options_.id_prefix;
    if (id.substr(0, prefix.size()) == prefix) return std::string(id);
    std::string out(prefix);
    out.append(id);
    return out;
  }

  // "#x" -> "#<prefix>x" so in-page links keep working with prefixed ids.
  std::string prefixed_fragment(const std::string& href) const {
    if (href.size() < 2 || href[0] != '#' || options_.id_prefix.empty()) return href;
    return "#" + prefixed_id(std::string_view(href).substr(1));
  }

  std::string prefixed_id_refs(std::string_view refs) const {
    std::string out;
    if (options_.id_prefix.empty()) return out;
    size_t i = 0;
    while (i < refs.size()) {
      while (i < refs.size() && is_html_space(refs[i])) ++i;
      size_t j = i;
      while (j < refs.size() && !is_html_space(refs[j])) ++j;
      if (j > i) {
        if (!out.empty()) out.push_back(' ');
        out.append(prefixed_id(refs.substr(i, j - i)));
      }
      i = j;
    }
    return out;
  }

  dom::Document& doc_;
  const SanitizeOptions& options_;
  SanitizeReport report_;
  std::vector<std::pair<std::string, std::string>> kept_;
  std::string scratch_;
};

}  // namespace

SanitizeReport sanitize(dom::Document& doc, NodeId root, const SanitizeOptions& options) {
  Sanitizer s(doc, options);
  s.run(root);
  return s.report();
}

}  // namespace reader::sanitize
