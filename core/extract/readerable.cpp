// Readability.js isProbablyReaderable: a cheap pre-check that a page has
// enough visible paragraph text to be an article.
#include <cmath>
#include <vector>

#include "extract/extractor.h"
#include "extract/node_util.h"
#include "vocab/readability.h"

namespace reader::extract {

bool is_probably_readerable(const dom::Document& doc, size_t min_content_length,
                            double min_score) {
  std::vector<NodeId> nodes;
  std::vector<NodeId> br_parents;
  for (NodeId n = doc.first_child(doc.root()); n != dom::kNoNode;
       n = doc.next_in_tree(n, doc.root())) {
    if (doc.is_html(n, Tag::kP) || doc.is_html(n, Tag::kPre) || doc.is_html(n, Tag::kArticle)) {
      nodes.push_back(n);
    } else if (doc.is_html(n, Tag::kBr)) {
      NodeId p = doc.parent(n);
      if (p != dom::kNoNode && doc.is_html(p, Tag::kDiv) &&
          (br_parents.empty() || br_parents.back() != p)) {
        br_parents.push_back(p);
      }
    }
  }
  for (NodeId p : br_parents) nodes.push_back(p);
  double score = 0;
  for (NodeId node : nodes) {
    if (!is_probably_visible(doc, node)) continue;
    std::string match = class_and_id(doc, node);
    if (vocab::kUnlikelyCandidates.matches(match) && !vocab::kMaybeCandidate.matches(match)) continue;
    if (doc.is_html(node, Tag::kP) && has_ancestor_tag(doc, node, Tag::kLi, 0)) continue;
    std::string text = doc.text_content(node);
    size_t len = utf8_length(collapse_whitespace(text, SpaceSet::kHtmlAndNbsp));
    // Readability trims but does not collapse; collapsing only shortens runs of
    // spaces, which is closer to what a person sees.
    if (len < min_content_length) continue;
    score += std::sqrt(static_cast<double>(len - min_content_length));
    if (score > min_score) return true;
  }
  return false;
}

}  // namespace reader::extract
