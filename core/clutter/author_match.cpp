// The article's author as a signal: a biography after the article opens
// with the byline's name, and a prompt's box never takes in the byline.
#include <string>
#include <string_view>
#include <vector>

#include "clutter/guards.h"
#include "clutter/pass.h"
#include "clutter/text_fold.h"
#include "clutter/words.h"
#include "base/text.h"

namespace reader::clutter::detail {

std::vector<std::string> author_names(const std::string& byline) {
  // Spaces collapsed, so the name compares with lower_text()'s output.
  std::string text = collapse_whitespace(fold_text(byline));
  // Separators between the names of a byline with several authors.
  static constexpr std::string_view kSeparators[] = {",", ";", " & ", " and ", " und ", " et ",
                                                      " y ", " e ", " en ", "|"};
  std::vector<std::string> names;
  std::vector<std::string> pending = {text};
  for (std::string_view sep : kSeparators) {
    std::vector<std::string> next;
    for (const std::string& part : pending) {
      size_t pos = 0;
      for (;;) {
        size_t hit = part.find(sep, pos);
        next.push_back(part.substr(pos, hit == std::string::npos ? std::string::npos : hit - pos));
        if (hit == std::string::npos) break;
        pos = hit + sep.size();
      }
    }
    pending = std::move(next);
  }
  for (std::string& name : pending) {
    while (!name.empty() && name.front() == ' ') name.erase(0, 1);
    while (!name.empty() && name.back() == ' ') name.pop_back();
    if (name.find(' ') != std::string::npos && name.size() >= kMinAuthorNameChars) {
      names.push_back(name);
    }
  }
  return names;
}

bool Pass::opens_with_author(std::string_view text) const {
  for (const std::string& name : authors_) {
    if (find_words(text, name) == 0) return true;
  }
  return false;
}

bool Pass::names_author(std::string_view text) const {
  for (const std::string& name : authors_) {
    if (find_words(text, name) != std::string_view::npos) return true;
  }
  return false;
}

bool Pass::followed_by_paragraph(NodeId id, size_t chars) const {
  size_t steps = 0;
  for (NodeId n = doc_.next_skipping_children(id, scope_); n != kNoNode;
       n = doc_.next_in_tree(n, scope_)) {
    if (doc_.is_html(n, Tag::kP) && len(n) >= chars) return true;
    if (++steps > kMaxBioLookaheadNodes) return true;  // too far to tell: assume prose
  }
  return false;
}

bool Pass::among_prose_paragraphs(NodeId id) const {
  NodeId n = id;
  while (doc_.parent(n) != kNoNode && doc_.parent(n) != scope_ && len(doc_.parent(n)) == len(n)) {
    n = doc_.parent(n);
  }
  NodeId parent = doc_.parent(n);
  if (parent == kNoNode) return false;
  for (NodeId c = doc_.first_child(parent); c != kNoNode; c = doc_.next_sibling(c)) {
    if (c != n && doc_.is_html(c, Tag::kP) && len(c) >= kProseParagraphChars) return true;
  }
  return false;
}

}  // namespace reader::clutter::detail
