#include "extract/node_util.h"

#include <algorithm>
#include <unordered_set>
#include <vector>

#include "dom/visibility.h"
#include "vocab/readability.h"

namespace reader::extract {

std::string inner_text(const Document& doc, NodeId id) {
  if (doc.is_text(id)) return collapse_whitespace(doc.data(id), SpaceSet::kHtmlAndNbsp);
  // Collapsed text node by text node into one buffer, without joining the
  // subtree's text first (text_content() then a collapse were 6 % of clean()).
  size_t bytes = 0;
  for (NodeId n = doc.first_child(id); n != dom::kNoNode; n = doc.next_in_tree(n, id)) {
    if (!doc.is_text(n)) continue;
    std::string_view d = doc.data(n);
    // A U+00A0 split over two text nodes (DOM edits): collapse the joined text.
    if (!d.empty() && d.back() == '\xC2') {
      return collapse_whitespace(doc.text_content(id), SpaceSet::kHtmlAndNbsp);
    }
    bytes += d.size();
  }
  std::string out(bytes, '\0');
  char* w = out.data();
  bool pending_space = false;
  for (NodeId n = doc.first_child(id); n != dom::kNoNode; n = doc.next_in_tree(n, id)) {
    if (doc.is_text(n)) {
      w = collapse_whitespace_to(w, out.data(), doc.data(n), SpaceSet::kHtmlAndNbsp, pending_space);
    }
  }
  out.resize(static_cast<size_t>(w - out.data()));
  return out;
}

namespace {

// Counts the code points collapse_whitespace() would output for the bytes
// fed to it, chunk by chunk (the text nodes of a subtree in order).
class CollapsedCounter {
 public:
  void feed(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const auto* end = p + s.size();
    while (p < end) {
      if (held_c2_ || !is_plain(*p)) {
        byte(*p++);
        continue;
      }
      // A run of plain bytes (most of any text): one emit() for the run,
      // then a count of its code points.
      emit(*p++);
      size_t n = 0;
      for (; p < end && is_plain(*p); ++p) n += (*p & 0xC0) != 0x80;
      count_ += n;
    }
  }
  size_t finish() {
    if (held_c2_) emit(0xC2);
    held_c2_ = false;
    return count_;
  }
  // What link_densities() merges text nodes by (read after feed(), before
  // finish()): something was output; whitespace came before it, or after
  // the last output; a 0xC2 byte waits for the next chunk.
  bool any() const { return any_; }
  bool space_before_content() const { return space_before_content_; }
  bool pending_space() const { return pending_space_; }
  bool holds_byte() const { return held_c2_; }
  size_t count() const { return count_; }

 private:
  void byte(unsigned char c) {
    if (held_c2_) {
      held_c2_ = false;
      if (c == 0xA0) {  // U+00A0 is whitespace
        pending_space_ = any_;
        space_before_content_ |= !any_;
        return;
      }
      emit(0xC2);
    }
    if (c == 0xC2) {
      held_c2_ = true;
      return;
    }
    if (is_html_space(static_cast<char>(c))) {
      pending_space_ = any_;
      space_before_content_ |= !any_;
      return;
    }
    emit(c);
  }
  void emit(unsigned char c) {
    if (pending_space_) ++count_;
    pending_space_ = false;
    any_ = true;
    count_ += (c & 0xC0) != 0x80;
  }

  // Neither HTML whitespace (all at or below 0x20) nor 0xC2, the lead byte
  // of U+00A0: output as is.
  static bool is_plain(unsigned char c) { return c > 0x20 && c != 0xC2; }

  size_t count_ = 0;
  bool any_ = false;            // something was output
  bool pending_space_ = false;  // whitespace since the last output
  bool held_c2_ = false;        // a 0xC2 byte whose next byte decides
  bool space_before_content_ = false;  // whitespace before the first output
};

// What CollapsedCounter makes of a run of text nodes, so that runs merge
// without re-reading their bytes: the collapsed length of the run alone
// (`chars`, gaps between its words included), whether it outputs anything,
// and whether whitespace stands before its first or after its last output
// (or anywhere, in a run that outputs nothing): runs A then B give
// A.chars + B.chars, plus one space when A ends or B starts with whitespace.
struct CollapsedRun {
  size_t chars = 0;
  bool content = false;
  bool leading_space = false;   // content: whitespace before it; else: any whitespace
  bool trailing_space = false;  // content: whitespace after it
  void append(const CollapsedRun& b) {
    if (!b.content) {
      if (content) trailing_space |= b.leading_space;
      else leading_space |= b.leading_space;
      return;
    }
    if (!content) {
      const bool space = leading_space;
      *this = b;
      leading_space |= space;
      return;
    }
    chars += b.chars + ((trailing_space || b.leading_space) ? 1 : 0);
    trailing_space = b.trailing_space;
  }
};

// The run of one text node; false when it ends inside a U+00A0 (a lone 0xC2
// byte, which the counter would join with the next node's first byte).
bool collapsed_run_of(std::string_view text, CollapsedRun& run) {
  CollapsedCounter counter;
  counter.feed(text);
  if (counter.holds_byte()) return false;
  run.content = counter.any();
  run.chars = counter.count();
  run.leading_space = counter.any() ? counter.space_before_content()
                                    : counter.pending_space() || counter.space_before_content();
  run.trailing_space = counter.any() && counter.pending_space();
  return true;
}

}  // namespace

size_t inner_text_length(const Document& doc, NodeId id) {
  CollapsedCounter counter;
  if (doc.is_text(id)) {
    counter.feed(doc.data(id));
    return counter.finish();
  }
  for (NodeId n = doc.first_child(id); n != dom::kNoNode; n = doc.next_in_tree(n, id)) {
    if (doc.is_text(n)) counter.feed(doc.data(n));
  }
  return counter.finish();
}

double link_density(const Document& doc, NodeId id) {
  size_t total = inner_text_length(doc, id);
  if (total == 0) return 0;
  double link_len = 0;
  for (NodeId n = doc.first_child(id); n != dom::kNoNode; n = doc.next_in_tree(n, id)) {
    if (!doc.is_html(n, Tag::kA)) continue;
    std::string_view href = doc.attr(n, "href");
    double coefficient = (href.size() > 1 && href[0] == '#') ? 0.3 : 1.0;
    link_len += coefficient * inner_text_length(doc, n);
  }
  return link_len / static_cast<double>(total);
}

std::vector<double> link_densities(const Document& doc, const std::vector<NodeId>& nodes) {
  std::vector<double> out(nodes.size());
  std::vector<bool> asked(doc.node_count(), false);
  for (NodeId n : nodes) {
    if (n < asked.size()) asked[n] = true;
  }
  struct Asked {
    CollapsedRun text;
    uint64_t link_chars = 0;
    bool hash_links = false;
    bool found = false;  // reached by the walk (in the document)
  };
  // The asked nodes sorted, and what the walk found for each (sorted
  // vectors, not hash maps: less code in the WebAssembly build).
  std::vector<NodeId> keys(nodes);
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  std::vector<Asked> found(keys.size());
  auto slot = [&keys](NodeId id) {
    return static_cast<size_t>(std::lower_bound(keys.begin(), keys.end(), id) - keys.begin());
  };
  // One postorder walk of the document: each element's run is its text
  // nodes' runs merged; its link chars are those of the <a> elements below
  // it. Iterative (pages nest 100,000 deep).
  struct Frame {
    NodeId node;
    CollapsedRun text;
    uint64_t link_chars = 0;  // collapsed chars of the <a>s below, href not "#..."
    bool hash_links = false;  // an <a href="#..."> below (weighs 0.3)
  };
  std::vector<Frame> stack;
  stack.push_back({Document::root(), {}, 0, false});
  bool exact = true;  // no text node ended inside a U+00A0
  NodeId n = doc.first_child(Document::root());
  while (exact) {
    if (n != dom::kNoNode) {
      if (doc.is_text(n)) {
        CollapsedRun run;
        exact = collapsed_run_of(doc.data(n), run);
        stack.back().text.append(run);
        n = doc.next_sibling(n);
      } else {
        // A childless node makes an empty frame: it may be asked, or a link.
        stack.push_back({n, {}, 0, false});
        n = doc.first_child(n);
      }
      continue;
    }
    Frame f = stack.back();
    stack.pop_back();
    if (stack.empty()) break;
    if (f.node < asked.size() && asked[f.node]) {
      found[slot(f.node)] = {f.text, f.link_chars, f.hash_links, true};
    }
    Frame& parent = stack.back();
    parent.text.append(f.text);
    parent.link_chars += f.link_chars;
    parent.hash_links |= f.hash_links;
    if (doc.is_html(f.node, Tag::kA)) {
      const size_t chars = f.text.content ? f.text.chars : 0;
      std::string_view href = doc.attr(f.node, "href");
      if (href.size() > 1 && href[0] == '#') parent.hash_links = true;
      else parent.link_chars += chars;
    }
    n = doc.next_sibling(f.node);
  }
  for (size_t i = 0; i < nodes.size(); ++i) {
    const Asked& a = found[slot(nodes[i])];
    // Nodes outside the document (and every node, after an irregular text)
    // are measured one by one.
    if (!exact || !a.found) {
      out[i] = link_density(doc, nodes[i]);
      continue;
    }
    const size_t total = a.text.content ? a.text.chars : 0;
    if (total == 0) {
      out[i] = 0;
    } else if (!a.hash_links) {
      // Whole numbers: their sum as doubles is exact in any order.
      out[i] = static_cast<double>(a.link_chars) / static_cast<double>(total);
    } else {
      // Links weighing 0.3 are summed in document order, as link_density()
      // sums them, so that the rounding is the same.
      const NodeId id = nodes[i];
      double link_len = 0;
      for (NodeId d = doc.first_child(id); d != dom::kNoNode; d = doc.next_in_tree(d, id)) {
        if (!doc.is_html(d, Tag::kA)) continue;
        std::string_view href = doc.attr(d, "href");
        double coefficient = (href.size() > 1 && href[0] == '#') ? 0.3 : 1.0;
        link_len += coefficient * static_cast<double>(inner_text_length(doc, d));
      }
      out[i] = link_len / static_cast<double>(total);
    }
  }
  return out;
}

std::string class_and_id(const Document& doc, NodeId id) {
  std::string s(doc.attr(id, "class"));
  s.push_back(' ');
  s.append(doc.attr(id, "id"));
  return s;
}

namespace {
bool has_hid_token(std::string_view s) {
  size_t pos = 0;
  for (std::string_view tok; !(tok = next_html_token(s, pos)).empty();) {
    if (tok.size() == 3 && contains_ci(tok, "hid")) return true;
  }
  return false;
}
}  // namespace

int class_weight(const Document& doc, NodeId id, bool posts_are_content) {
  int weight = 0;
  for (std::string_view attr : {doc.attr(id, "class"), doc.attr(id, "id")}) {
    if (attr.empty()) continue;
    bool post = posts_are_content && vocab::kThreadPost.matches(attr);
    if (!post && (vocab::kNegative.matches(attr) || has_hid_token(attr))) weight -= 25;
    if (vocab::kPositive.matches(attr)) weight += 25;
  }
  return weight;
}

int count_commas(std::string_view s) {
  // , U+060C U+FE50 U+FE10 U+FE11 U+2E41 U+2E34 U+2E32 U+FF0C
  static constexpr std::string_view kCommas[] = {"\xD8\x8C", "\xEF\xB9\x90", "\xEF\xB8\x90",
                                                 "\xEF\xB8\x91", "\xE2\xB9\x81", "\xE2\xB8\xB4",
                                                 "\xE2\xB8\xB2", "\xEF\xBC\x8C"};
  int n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ',') {
      ++n;
      continue;
    }
    // Only the commas' lead bytes can start one (every byte of non-Latin
    // text compared against eight commas was 1 % of clean()).
    const auto b = static_cast<unsigned char>(s[i]);
    if (b != 0xD8 && b != 0xE2 && b != 0xEF) continue;
    for (auto c : kCommas) {
      if (s.compare(i, c.size(), c) == 0) {
        ++n;
        break;
      }
    }
  }
  return n;
}

bool has_ancestor_tag(const Document& doc, NodeId id, Tag tag, int max_depth) {
  int depth = 0;
  for (NodeId p = doc.parent(id); p != dom::kNoNode; p = doc.parent(p)) {
    if (max_depth > 0 && depth >= max_depth) return false;
    if (doc.is_html(p, tag)) return true;
    ++depth;
  }
  return false;
}

bool is_phrasing_content(const Document& doc, NodeId id) {
  if (doc.is_text(id)) return true;
  if (!doc.is_element(id)) return false;
  if (has_property(doc.tag(id), dom::TagProperty::kPhrasing)) return true;
  switch (doc.tag(id)) {
    case Tag::kA: case Tag::kDel: case Tag::kIns: {
      // Phrasing when all children are phrasing.
      for (NodeId c = doc.first_child(id); c != dom::kNoNode; c = doc.next_sibling(c)) {
        if (!doc.is_element(c)) continue;
        Tag ct = doc.tag(c);
        // Nested a/del/ins count as phrasing without descending (no recursion).
        if (ct == Tag::kA || ct == Tag::kDel || ct == Tag::kIns) continue;
        if (!is_phrasing_content(doc, c)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

bool is_whitespace_text(const Document& doc, NodeId id) {
  if (doc.is_text(id)) {
    for (char c : doc.data(id)) {
      if (!is_html_space(c)) return false;
    }
    return true;
  }
  return doc.is_html(id, Tag::kBr);
}

bool is_element_without_content(const Document& doc, NodeId id) {
  if (!doc.is_element(id)) return false;
  // Element children other than <br>/<hr> mean content: check them first,
  // it is cheap, before scanning the subtree's text.
  for (NodeId c = doc.first_child(id); c != dom::kNoNode; c = doc.next_sibling(c)) {
    if (doc.is_element(c) && !doc.is_html(c, Tag::kBr) && !doc.is_html(c, Tag::kHr)) return false;
    if (doc.is_text(c)) {
      for (char ch : doc.data(c)) {
        if (!is_html_space(ch)) return false;
      }
    }
  }
  return true;
}

bool has_single_tag_inside(const Document& doc, NodeId id, Tag t) {
  int elements = 0;
  NodeId only = dom::kNoNode;
  for (NodeId c = doc.first_child(id); c != dom::kNoNode; c = doc.next_sibling(c)) {
    if (doc.is_element(c)) {
      ++elements;
      only = c;
    } else if (doc.is_text(c)) {
      for (char ch : doc.data(c)) {
        if (!is_html_space(ch)) return false;
      }
    }
  }
  return elements == 1 && doc.is_html(only, t);
}

bool has_child_block_element(const Document& doc, NodeId id) {
  for (NodeId n = doc.first_child(id); n != dom::kNoNode; n = doc.next_in_tree(n, id)) {
    if (doc.is_element(n) && doc.ns(n) == dom::Ns::kHtml && has_property(doc.tag(n), dom::TagProperty::kDivToPBlock)) return true;
  }
  return false;
}

bool is_probably_visible(const Document& doc, NodeId id) { return !dom::is_hidden(doc, id); }

int count_tags(const Document& doc, NodeId id, Tag t) {
  int n = 0;
  for (NodeId c = doc.first_child(id); c != dom::kNoNode; c = doc.next_in_tree(c, id)) {
    if (doc.is_html(c, t)) ++n;
  }
  return n;
}

}  // namespace reader::extract
