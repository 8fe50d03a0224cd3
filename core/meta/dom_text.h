// Bounded text extraction: how much text an element holds, without walking
// a whole subtree when the answer is already "too much".
#pragma once
#include <cstddef>
#include <optional>
#include <string>

#include "dom/document.h"

namespace reader::meta {

// The text content of `id` (as Document::text_content) when it takes at most
// `max_bytes` bytes after leading whitespace and the subtree has at most
// `max_nodes` nodes; nullopt otherwise. Stops as soon as a limit is passed,
// so checking many nested candidates stays linear in practice.
std::optional<std::string> bounded_text(const dom::Document& doc, dom::NodeId id, size_t max_bytes,
                                        size_t max_nodes);

}  // namespace reader::meta
