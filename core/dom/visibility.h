// What a page hides from view with plain markup: the `hidden` attribute,
// aria-hidden="true" and inline display:none / visibility:hidden. (No CSS
// cascade: stylesheets are not evaluated.)
#pragma once
#include "dom/document.h"

namespace reader::dom {

// True when `id` is an element the page hides by its own attributes.
// Wikimedia's math fallback images are aria-hidden but shown, so they count
// as visible.
bool is_hidden(const Document& doc, NodeId id);

}  // namespace reader::dom
