// Common attribute names in static storage, so that an element's attribute
// names need not be copied into the document's arena (names are ~7% of a
// page's bytes, and nearly all of them come from a short list).
#pragma once
#include <iterator>
#include <string_view>

namespace reader::dom {

// The most frequent attribute names on real pages (HTML, ARIA, Open Graph /
// microdata, lazy-loading, SVG), lowercase as the tokenizer emits them.
inline constexpr std::string_view kCommonAttrNames[] = {
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

// The static copy of `name` when it is a common attribute name, else "".
std::string_view static_attr_name(std::string_view name);
// Index of `name` in the common-name list, or -1 when it is not there; and
// the name at an index returned by it (lets a Document store 4-byte names).
int static_attr_name_index(std::string_view name);
// Inline: attribute reads unpack every common name through it.
inline std::string_view static_attr_name_at(int index) {
  return index >= 0 && static_cast<size_t>(index) < std::size(kCommonAttrNames)
             ? kCommonAttrNames[index]
             : std::string_view();
}

}  // namespace reader::dom
