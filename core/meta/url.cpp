#include "meta/url.h"

namespace reader::meta {

std::string document_base_url(const dom::Document& doc, std::string_view page_url) {
  for (dom::NodeId id = doc.first_child(dom::Document::root()); id != dom::kNoNode;
       id = doc.next_in_tree(id, dom::Document::root())) {
    if (!doc.is_html(id, dom::Tag::kBase)) continue;
    dom::FoundAttr href = doc.find_attr(id, "href");
    if (href == nullptr) continue;
    // HTML "set the frozen base URL": a failure (and data:/javascript:)
    // falls back to the document URL; we also refuse other non-special
    // schemes, against which nothing relative could resolve.
    const std::string resolved = resolve_url(page_url, href->value);
    return url_host(resolved).has_value() ? resolved : std::string(page_url);
  }
  return std::string(page_url);
}

}  // namespace reader::meta
