// Forum threads: the posts of a thread are the content, not its comments.
#pragma once
#include "dom/document.h"

namespace reader::extract {

// The element holding every post of the thread the post `top` belongs to:
// the lowest common ancestor of `top` and the elements marked as posts
// (schema.org microdata: itemprop comment / suggestedAnswer /
// acceptedAnswer, itemtype Comment / Answer / Question /
// DiscussionForumPosting), or else the parent of the nearest ancestor of
// `top` repeated as siblings (same tag and first class token, or numbered
// id, each with text). `top` itself when neither is found.
dom::NodeId thread_container(const dom::Document& doc, dom::NodeId top);

}  // namespace reader::extract
