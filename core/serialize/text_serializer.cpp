#include "serialize/text_serializer.h"

#include <algorithm>
#include <utility>

#include "serialize/block_kind.h"
#include "serialize/tree_walk.h"

namespace reader::serialize {
namespace {

using dom::NodeId;
using dom::Tag;

// Line breaks a block asks for around itself.
constexpr int kLineBreak = 1;       // one newline
constexpr int kParagraphBreak = 2;  // one blank line
constexpr int kMaxNewlines = 2;     // never more than one blank line in a row

bool is_preformatted(const dom::Document& doc, NodeId el) {
  return doc.is_html(el, Tag::kPre) || doc.is_html(el, Tag::kListing) ||
         doc.is_html(el, Tag::kPlaintext) || doc.is_html(el, Tag::kXmp);
}

// Ruby annotations (furigana) and their fallback parentheses: the reading of
// a word, not part of the sentence; as plain text they double every
// annotated word (NHK News Web Easy: "子こども").
bool is_ruby_annotation(const dom::Document& doc, NodeId n) {
  return doc.is_html(n, Tag::kRt) || doc.is_html(n, Tag::kRp) || doc.is_html(n, Tag::kRtc);
}

bool is_cell(const dom::Document& doc, NodeId n) {
  return doc.is_html(n, Tag::kTd) || doc.is_html(n, Tag::kTh);
}

class TextBuilder {
 public:
  explicit TextBuilder(const dom::Document& doc) : doc_(doc) {}

  bool enter(NodeId n) {
    if (doc_.is_text(n)) {
      append_text(doc_.data(n));
      return false;
    }
    if (!doc_.is_element(n)) return n == doc_.root() || doc_.type(n) == dom::NodeType::kFragment;
    if (is_ruby_annotation(doc_, n)) return false;
    switch (block_kind(doc_, n)) {
      case BlockKind::kHidden: return false;
      case BlockKind::kParagraph: request_newlines(kParagraphBreak); break;
      case BlockKind::kLine: request_newlines(kLineBreak); break;
      case BlockKind::kInline: break;
    }
    if (doc_.is_html(n, Tag::kBr)) {
      pending_newlines_ = std::min(pending_newlines_ + 1, kMaxNewlines);
    } else if (is_cell(doc_, n)) {
      // A tab when the nearest element before this cell is a cell.
      NodeId p = doc_.prev_sibling(n);
      while (p != dom::kNoNode && !doc_.is_element(p)) p = doc_.prev_sibling(p);
      if (p != dom::kNoNode && is_cell(doc_, p)) pending_tab_ = true;
    } else if (is_preformatted(doc_, n)) {
      ++pre_depth_;
    }
    return true;
  }

  void leave(NodeId n) {
    if (!doc_.is_element(n) || is_ruby_annotation(doc_, n)) return;
    switch (block_kind(doc_, n)) {
      case BlockKind::kHidden: return;
      case BlockKind::kParagraph: request_newlines(kParagraphBreak); break;
      case BlockKind::kLine: request_newlines(kLineBreak); break;
      case BlockKind::kInline: break;
    }
    if (is_preformatted(doc_, n)) --pre_depth_;
  }

  // Room for the text of the subtree at `root` (its text nodes, plus a
  // line break per element): the text is built in one buffer, never doubled.
  void reserve_for(NodeId root) {
    size_t bytes = 0;
    for (NodeId n = root; n != dom::kNoNode; n = doc_.next_in_tree(n, root)) {
      bytes += doc_.is_text(n) ? doc_.data(n).size() : 2;
    }
    out_.reserve(bytes);
  }
  std::string finish() {
    tidy(out_);
    return std::move(out_);
  }

 private:
  void request_newlines(int n) { pending_newlines_ = std::max(pending_newlines_, n); }

  // Writes the separators owed before the next visible character.
  void flush_separators() {
    if (out_.empty()) {
      pending_newlines_ = 0;
      pending_space_ = pending_tab_ = false;
      return;
    }
    if (pending_newlines_ > 0) {
      int have = 0;
      for (size_t i = out_.size(); i > 0 && out_[i - 1] == '\n' && have < kMaxNewlines; --i) ++have;
      for (int i = have; i < pending_newlines_; ++i) out_.push_back('\n');
    } else if (pending_tab_) {
      out_.push_back('\t');
    } else if (pending_space_ && out_.back() != '\n' && out_.back() != ' ') {
      out_.push_back(' ');
    }
    pending_newlines_ = 0;
    pending_space_ = pending_tab_ = false;
  }

  void append_text(std::string_view s) {
    if (pre_depth_ > 0) {
      if (s.empty()) return;
      flush_separators();
      out_.append(s);
      return;
    }
    // U+00AD SOFT HYPHEN is kept: trafilatura-dev's reference snippets keep
    // it (6 snippets; dropping it lost 3 true positives).
    // A run of non-space bytes is appended at once: the separators owed
    // are written before its first byte, none are owed inside it (a
    // push_back per byte was 2 % of clean()).
    size_t i = 0;
    while (i < s.size()) {
      if (is_html_space(s[i])) {
        pending_space_ = true;
        ++i;
        continue;
      }
      size_t end = i + 1;
      while (end < s.size() && !is_html_space(s[end])) ++end;
      flush_separators();
      out_.append(s.data() + i, end - i);
      i = end;
    }
  }

  // The length of s[0, n) without the spaces, tabs and NBSPs that end its
  // last line.
  static size_t trimmed_line_end(const std::string& s, size_t n) {
    while (n > 0) {
      if (s[n - 1] == ' ' || s[n - 1] == '\t') {
        --n;
      } else if (n >= 2 && s[n - 2] == '\xC2' && s[n - 1] == '\xA0') {
        n -= 2;
      } else {
        break;
      }
    }
    return n;
  }

  // Final pass, in place (it only removes): no trailing spaces, tabs or NBSPs
  // on a line, at most one blank line in a row (also inside <pre>), no leading
  // or trailing blank lines. s[0, w) is the output so far; w never passes r.
  static void tidy(std::string& s) {
    size_t w = 0;
    for (size_t r = 0; r < s.size(); ++r) {
      const char c = s[r];
      if (c == '\n') {
        w = trimmed_line_end(s, w);
        int newlines = 0;  // recount: the spaces just removed may have hidden newlines
        for (size_t i = w; i > 0 && s[i - 1] == '\n'; --i) ++newlines;
        if (w == 0 || newlines >= kMaxNewlines) continue;
        s[w++] = '\n';
        continue;
      }
      if (c == '\r') continue;
      s[w++] = c;
    }
    s.resize(w);
    trim_trailing_blanks(s);
  }

  const dom::Document& doc_;
  std::string out_;
  int pending_newlines_ = 0;
  bool pending_space_ = false;
  bool pending_tab_ = false;
  int pre_depth_ = 0;
};

}  // namespace

std::string to_plain_text(const dom::Document& doc, dom::NodeId root) {
  TextBuilder builder(doc);
  builder.reserve_for(root);
  walk_subtree(doc, root, builder);
  return builder.finish();
}

}  // namespace reader::serialize
