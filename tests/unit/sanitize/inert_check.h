// Test helper: is sanitized HTML inert? Checks the serialized string and,
// like a browser would, the tree the real parser builds from it again.
#pragma once
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "base/url.h"
#include "dom/document.h"
#include "html/parser.h"
#include "sanitize/url_policy.h"

namespace reader::testing {

inline std::string ascii_lowercase(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// Problems found in sanitized `html` (empty: inert).
inline std::vector<std::string> inertness_problems(std::string_view html) {
  std::vector<std::string> problems;
  const std::string lower = ascii_lowercase(html);
  // Text '<' is always escaped, so any of these would be real markup.
  for (std::string_view bad : {"<script", "<iframe", "<object", "<embed", "<svg", "<math", "<style",
                               "<form", "<meta", "<link", "<base", "<template", "srcdoc", "<!--",
                               "<noscript", "<frame", "<textarea", "<xmp", "<noembed", "<plaintext",
                               "<select", "<input", "<button"}) {
    if (lower.find(bad) != std::string::npos) problems.push_back("string contains " + std::string(bad));
  }
  // Re-parse: what a browser would build from the output.
  dom::Document doc;
  dom::NodeId frag = html::parse_fragment(html, dom::Tag::kDiv, dom::Ns::kHtml, "div", doc);
  for (dom::NodeId n = doc.first_child(frag); n != dom::kNoNode; n = doc.next_in_tree(n, frag)) {
    if (doc.type(n) == dom::NodeType::kComment) problems.push_back("comment after re-parse");
    if (!doc.is_element(n)) continue;
    if (doc.ns(n) != dom::Ns::kHtml) problems.push_back("foreign element " + std::string(doc.name(n)));
    for (const dom::Attr& a : doc.attrs(n)) {
      const std::string name = ascii_lowercase(a.name);
      if (name.size() > 2 && name.substr(0, 2) == "on") {
        problems.push_back("event handler " + name);
      }
      if (name == "style" || name == "srcdoc" || name == "formaction" || name == "action" ||
          a.ns != dom::AttrNs::kNone) {
        problems.push_back("attribute " + name);
      }
      if (name == "href" || name == "src" || name == "cite" || name == "poster" ||
          name == "background" || name == "data") {
        if (!sanitize::is_safe_url(a.value, sanitize::UrlUse::kImage) &&
            !sanitize::is_safe_url(a.value, sanitize::UrlUse::kLink)) {
          problems.push_back("unsafe url " + name + "=" + std::string(a.value));
        }
        const std::string v = ascii_lowercase(url_preprocess(a.value));
        for (std::string_view scheme : {"javascript:", "vbscript:", "data:text/html"}) {
          if (v.find(scheme) == 0) problems.push_back("script url " + name + "=" + v);
        }
      }
      if (name == "srcset" && !sanitize::is_safe_srcset(a.value, sanitize::UrlUse::kImageSet)) {
        problems.push_back("unsafe srcset");
      }
    }
    switch (doc.tag(n)) {
      case dom::Tag::kScript: case dom::Tag::kStyle: case dom::Tag::kIframe:
      case dom::Tag::kObject: case dom::Tag::kEmbed: case dom::Tag::kForm: case dom::Tag::kMeta:
      case dom::Tag::kLink: case dom::Tag::kBase: case dom::Tag::kTemplate: case dom::Tag::kSvg:
      case dom::Tag::kMath: case dom::Tag::kFrame: case dom::Tag::kInput: case dom::Tag::kButton:
      case dom::Tag::kTextarea: case dom::Tag::kSelect: case dom::Tag::kNoscript:
        problems.push_back("element " + std::string(doc.name(n)) + " after re-parse");
        break;
      default:
        break;
    }
  }
  return problems;
}

}  // namespace reader::testing
