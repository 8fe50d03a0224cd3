// The sanitizer's allowlists as data: what happens to each element and each
// attribute. Anything not listed is unwrapped (elements) or removed
// (attributes).
#pragma once
#include <string_view>

#include "dom/document.h"
#include "sanitize/url_policy.h"

namespace reader::sanitize {

enum class ElementAction : uint8_t {
  kKeep,      // allowed article element
  kDrop,      // removed with its whole subtree (active or embedding content)
  kUnwrap,    // removed, children kept in its place (unknown or presentational)
  kRename,    // kept under another name (see renamed_tag)
};

// Action for an element. Elements outside the HTML namespace (SVG, MathML)
// are always dropped: foreign content is where most mutation-XSS lives.
ElementAction element_action(const dom::Document& doc, dom::NodeId el);

// New tag for kRename elements (xmp/listing/plaintext -> pre, tt -> code,
// strike -> s, acronym -> abbr, dir/menu -> ul).
dom::Tag renamed_tag(dom::Tag t);

enum class AttrRule : uint8_t {
  kDrop,
  kKeep,           // inert text (alt, title, colspan...)
  kUrl,            // checked with is_safe_url(use)
  kSrcset,         // checked with is_safe_srcset(use)
  kDir,            // ltr / rtl / auto only
  kId,             // kept with the id prefix (DOM clobbering)
  kIdRefs,         // space-separated ids (td[headers]), prefixed like ids
  kLanguageClass,  // only "language-x" class tokens (code highlighting hint)
};

struct AttrPolicy {
  AttrRule rule = AttrRule::kDrop;
  UrlUse use = UrlUse::kLink;  // for kUrl / kSrcset
};

// Policy of attribute `name` (no namespace) on element `el` (after renaming).
AttrPolicy attr_policy(const dom::Document& doc, dom::NodeId el, std::string_view name);

}  // namespace reader::sanitize
