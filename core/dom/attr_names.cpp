#include "dom/attr_names.h"

#include <iterator>

#include "dom/name_table.h"

namespace reader::dom {

namespace {

// The most frequent attribute names on real pages (HTML, ARIA, Open Graph /
// microdata, lazy-loading, SVG), lowercase as the tokenizer emits them.
constexpr std::string_view kCommonNames[] = {
    "id", "class", "style", "href", "src", "alt", "title", "name", "content", "rel", "type",
    "value", "width", "height", "lang", "dir", "target", "role", "srcset", "sizes", "loading",
    "property", "charset", "http-equiv", "async", "defer", "crossorigin", "integrity", "itemprop",
    "itemscope", "itemtype", "for", "action", "method", "placeholder", "tabindex", "hidden",
    "aria-hidden", "aria-label", "aria-labelledby", "aria-describedby", "aria-expanded",
    "aria-controls", "aria-haspopup", "aria-current", "colspan", "rowspan", "border",
    "cellpadding", "cellspacing", "align", "valign", "media", "xmlns", "datetime", "onclick",
    "onload", "referrerpolicy", "frameborder", "allowfullscreen", "allow", "sandbox", "decoding",
    "fetchpriority", "nonce", "label", "selected", "checked", "disabled", "autocomplete",
    "data-src", "data-srcset", "data-id", "data-type", "data-url", "data-testid", "data-lazy-src",
    "viewbox", "d", "fill", "stroke", "stroke-width", "x", "y", "cx", "cy", "r", "points",
    "transform", "focusable", "xmlns:xlink", "xlink:href", "version", "size", "maxlength",
    "required", "novalidate", "enctype", "accept", "scope", "headers", "start", "reversed",
    "cite", "download", "hreflang", "poster", "preload", "controls", "autoplay", "loop", "muted",
    "playsinline", "usemap", "ismap", "coords", "shape", "span", "summary", "bgcolor", "color",
    "face", "clear", "nowrap", "language", "text", "link", "vlink", "alink", "background",
    "marginwidth", "marginheight", "scrolling", "itemid", "itemref", "translate", "spellcheck",
    "contenteditable", "draggable", "accesskey", "slot", "is", "part", "inert", "popover",
    "enterkeyhint", "inputmode", "pattern", "min", "max", "step", "multiple", "readonly",
    "form", "formaction", "list", "wrap", "rows", "cols", "open", "kind", "srclang", "default",
    "profile", "prefix", "vocab", "typeof", "resource", "about", "xml:lang", "data-ad-slot",
    "data-ad-client", "data-href", "data-layout", "data-width", "data-height", "data-original",
    "data-component", "data-module", "data-track", "data-event", "data-label", "data-name",
    "data-title", "data-index", "data-lang", "data-theme",
};

}  // namespace

int static_attr_name_index(std::string_view name) {
  static const NameTable kTable(kCommonNames, std::size(kCommonNames));
  // Longer names are rarely in the list; skip hashing them.
  constexpr size_t kLongestCommon = 20;
  if (name.size() > kLongestCommon) return -1;
  return kTable.find(name);
}

std::string_view static_attr_name_at(int index) {
  return index >= 0 && static_cast<size_t>(index) < std::size(kCommonNames) ? kCommonNames[index]
                                                                             : std::string_view();
}

std::string_view static_attr_name(std::string_view name) {
  return static_attr_name_at(static_attr_name_index(name));
}

}  // namespace reader::dom
