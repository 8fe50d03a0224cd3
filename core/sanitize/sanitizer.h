// Allowlist sanitizer for extracted article HTML. Works in place on a
// subtree of a dom::Document; after it, serializing the subtree yields markup
// with nothing executable: no script-capable elements, no event handlers or
// style, only http(s)/mailto/tel/relative URLs (raster data: images), no
// foreign (SVG/MathML) content, no comments. MathML formulas are replaced by
// their text (alttext, TeX annotation or token text). Iterative: any depth.
#pragma once
#include <cstdint>
#include <string_view>

#include "dom/document.h"

namespace reader::sanitize {

struct SanitizeOptions {
  // Ids are kept with this prefix so article ids cannot clobber names the
  // reader view's scripts use (window.x / document.x); in-page "#x" links
  // are rewritten to match. Empty: ids are removed.
  std::string_view id_prefix = "user-content-";
  // Added to every a[href]: the linked page gets no window.opener and no
  // Referer from the reader view. Links open normally (no target).
  std::string_view link_rel = "noopener noreferrer";
};

// What the sanitizer changed (for traces and tests).
struct SanitizeReport {
  uint32_t elements_dropped = 0;    // removed with their subtree
  uint32_t elements_unwrapped = 0;  // removed, children kept
  uint32_t elements_renamed = 0;
  uint32_t attributes_dropped = 0;  // not allowlisted, or a value refused
  uint32_t urls_refused = 0;        // URL attributes with an unsafe scheme
  uint32_t comments_dropped = 0;
  uint32_t formulas_flattened = 0;  // MathML <math> replaced by its text
};

// Sanitizes the descendants of `root` in place. `root` itself is never
// removed: when it is an element its attributes are filtered; an HTML root
// that would be unwrapped becomes a <div>, one that would be dropped becomes
// an empty <div>, a renamed one (xmp...) is renamed.
SanitizeReport sanitize(dom::Document& doc, dom::NodeId root, const SanitizeOptions& options = {});

}  // namespace reader::sanitize
