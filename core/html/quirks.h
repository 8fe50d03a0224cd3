// Quirks mode from a DOCTYPE token, WHATWG HTML 13.2.6.4.1 ("initial").
#pragma once
#include "dom/document.h"
#include "html/token.h"

namespace reader::html {

// https://html.spec.whatwg.org/multipage/parsing.html#the-initial-insertion-mode
dom::QuirksMode quirks_mode_for_doctype(const Token& doctype);

}  // namespace reader::html
