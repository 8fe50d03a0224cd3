#include "serialize/markdown_serializer.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "serialize/block_kind.h"
#include "serialize/markdown_escape.h"
#include "serialize/tree_walk.h"

namespace reader::serialize {
namespace {

using dom::kNoNode;
using dom::NodeId;
using dom::Tag;
namespace md = markdown;

// Separation a block asks for before the next block's first line.
constexpr int kNewline = 1;    // tight list items
constexpr int kBlankLine = 2;  // every other block boundary
// CommonMark ordered list numbers have at most 9 digits.
constexpr long kMaxListNumber = 999'999'999;

int heading_level(Tag t) {
  switch (t) {
    case Tag::kH1: return 1;
    case Tag::kH2: return 2;
    case Tag::kH3: return 3;
    case Tag::kH4: return 4;
    case Tag::kH5: return 5;
    case Tag::kH6: return 6;
    default: return 0;
  }
}

bool is_preformatted(Tag t) {
  return t == Tag::kPre || t == Tag::kListing || t == Tag::kXmp || t == Tag::kPlaintext;
}

bool is_code_span(Tag t) {
  return t == Tag::kCode || t == Tag::kKbd || t == Tag::kSamp || t == Tag::kTt;
}

std::string trim_right(std::string s) {
  trim_trailing_blanks(s);
  return s;
}

// Text of a subtree for code: text verbatim, <br> and block boundaries as
// newlines (a <p> inside a <pre> still starts a line), hidden content skipped.
class RawTextCollector {
 public:
  RawTextCollector(const dom::Document& doc, NodeId root) : doc_(doc), root_(root) {}
  bool enter(NodeId n) {
    if (doc_.is_text(n)) {
      out.append(doc_.data(n));
      return false;
    }
    if (!doc_.is_element(n) || n == root_) return true;
    const BlockKind kind = block_kind(doc_, n);
    if (kind == BlockKind::kHidden) return false;
    if (doc_.is_html(n, Tag::kBr)) out.push_back('\n');
    else if (kind != BlockKind::kInline) end_line();
    return true;
  }
  void leave(NodeId n) {
    if (n != root_ && doc_.is_element(n) && block_kind(doc_, n) != BlockKind::kInline &&
        block_kind(doc_, n) != BlockKind::kHidden) {
      end_line();
    }
  }
  std::string out;

 private:
  void end_line() {
    if (!out.empty() && out.back() != '\n') out.push_back('\n');
  }
  const dom::Document& doc_;
  NodeId root_;
};

std::string raw_text(const dom::Document& doc, NodeId root) {
  RawTextCollector collector(doc, root);
  walk_subtree(doc, root, collector);
  return std::move(collector.out);
}

// "language-x" or "lang-x" token of a class attribute.
std::string language_from_class(std::string_view cls) {
  size_t pos = 0;
  for (std::string_view token; !(token = next_html_token(cls, pos)).empty();) {
    for (std::string_view prefix : {std::string_view("language-"), std::string_view("lang-")}) {
      if (token.size() > prefix.size() && token.substr(0, prefix.size()) == prefix) {
        std::string lang(token.substr(prefix.size()));
        // An info string may not hold backticks (CommonMark 4.5).
        if (lang.find('`') == std::string::npos) return lang;
      }
    }
  }
  return {};
}

class MarkdownWriter {
 public:
  explicit MarkdownWriter(const dom::Document& doc) : doc_(doc) {}

  bool enter(NodeId n) {
    if (doc_.is_text(n)) {
      if (!ignoring_table_text()) append_text(doc_.data(n));
      return false;
    }
    if (!doc_.is_element(n)) {
      return doc_.type(n) == dom::NodeType::kDocument || doc_.type(n) == dom::NodeType::kFragment;
    }
    const BlockKind kind = block_kind(doc_, n);
    if (kind == BlockKind::kHidden) return false;
    if (doc_.ns(n) != dom::Ns::kHtml) return true;
    const Tag t = doc_.tag(n);
    if (const int level = heading_level(t); level > 0 && inline_only_ == 0) {
      begin_block(kBlankLine);
      para_lead_ = std::string(static_cast<size_t>(level), '#') + " ";
      heading_ = n;
      ++inline_only_;
      return true;
    }
    switch (t) {
      case Tag::kBr:
        if (inline_only_ > 0) pending_space_ = true;
        else pending_break_ = true;
        return false;
      case Tag::kHr:
        if (inline_only_ > 0) {
          pending_space_ = true;
        } else {
          begin_block(kBlankLine);
          write_line("---", true);
          request(kBlankLine);
        }
        return false;
      case Tag::kImg:
        append_image(n);
        return false;
      case Tag::kStrong: case Tag::kB:
        push_inline(n, "**", "**");
        return true;
      case Tag::kEm: case Tag::kI:
        push_inline(n, "*", "*");
        return true;
      case Tag::kDel: case Tag::kS: case Tag::kStrike:
        push_inline(n, "~~", "~~");
        return true;
      case Tag::kA:
        if (doc_.has_attr(n, "href")) {
          std::string close = "](";
          md::append_destination(doc_.attr(n, "href"), close);
          md::append_title(doc_.attr(n, "title"), close);
          close.push_back(')');
          push_inline(n, "[", std::move(close));
        }
        return true;
      default:
        break;
    }
    if (is_code_span(t) || (is_preformatted(t) && inline_only_ > 0)) {
      std::string code;
      md::append_code_span(raw_text(doc_, n), code);
      if (!code.empty()) append_markup(code);
      return false;
    }
    if (is_preformatted(t)) {
      write_code_block(n);
      return false;
    }
    if (inline_only_ == 0 && table_ == kNoNode && t == Tag::kTable) {
      begin_block(kBlankLine);
      table_ = n;
      rows_.clear();
      caption_.clear();
      return true;
    }
    if (table_ != kNoNode && cell_ == kNoNode && caption_el_ == kNoNode) {
      // Structure of the table being collected.
      if (t == Tag::kTr) {
        rows_.emplace_back();
        return true;
      }
      if (t == Tag::kTd || t == Tag::kTh) {
        if (rows_.empty()) rows_.emplace_back();
        cell_ = n;
        ++inline_only_;
        return true;
      }
      if (t == Tag::kCaption) {
        caption_el_ = n;
        ++inline_only_;
        return true;
      }
    }
    if (t == Tag::kTd || t == Tag::kTh) {
      pending_space_ = true;  // a flattened table (nested in a cell or heading)
      return true;
    }
    if (kind == BlockKind::kInline) return true;
    if (inline_only_ > 0) {
      pending_space_ = true;
      return true;
    }
    switch (t) {
      case Tag::kBlockquote:
        begin_block(kBlankLine);
        prefixes_.push_back({"> ", "> ", false, n});
        return true;
      case Tag::kUl: case Tag::kOl: case Tag::kMenu: case Tag::kDir: {
        const NodeId p = doc_.parent(n);
        begin_block(p != kNoNode && doc_.is_html(p, Tag::kLi) ? kNewline : kBlankLine);
        lists_.push_back({t == Tag::kOl, list_start(n), n});
        return true;
      }
      case Tag::kLi: {
        begin_block(kNewline);
        std::string marker = "- ";
        if (!lists_.empty() && lists_.back().ordered) {
          marker = std::to_string(lists_.back().next_number) + ". ";
          lists_.back().next_number = std::min(lists_.back().next_number + 1, kMaxListNumber);
        }
        std::string rest(marker.size(), ' ');
        prefixes_.push_back({std::move(marker), std::move(rest), true, n});
        return true;
      }
      case Tag::kFigcaption:
        begin_block(kBlankLine);
        push_inline(n, "*", "*");
        return true;
      case Tag::kDt:
        begin_block(kBlankLine);
        push_inline(n, "**", "**");
        return true;
      default:
        begin_block(kBlankLine);
        return true;
    }
  }

  void leave(NodeId n) {
    if (!doc_.is_element(n) || doc_.ns(n) != dom::Ns::kHtml) return;
    const BlockKind kind = block_kind(doc_, n);
    if (kind == BlockKind::kHidden) return;
    if (!inlines_.empty() && inlines_.back().element == n) pop_inline();
    const Tag t = doc_.tag(n);
    if (n == heading_) {
      flush_paragraph();
      heading_ = kNoNode;
      --inline_only_;
      request(kBlankLine);
      return;
    }
    if (n == cell_) {
      end_cell(n);
      return;
    }
    if (n == caption_el_) {
      close_open_markers();
      caption_ = trim_right(std::move(para_));
      reset_paragraph();
      caption_el_ = kNoNode;
      --inline_only_;
      return;
    }
    if (n == table_) {
      write_table();
      table_ = kNoNode;
      return;
    }
    if (t == Tag::kTd || t == Tag::kTh) {
      pending_space_ = true;
      return;
    }
    if (kind == BlockKind::kInline || is_code_span(t) || is_preformatted(t) || t == Tag::kHr ||
        t == Tag::kBr || t == Tag::kImg) {
      return;
    }
    if (inline_only_ > 0) {
      pending_space_ = true;
      return;
    }
    flush_paragraph();
    if (!prefixes_.empty() && prefixes_.back().element == n) {
      if (prefixes_.back().first_pending) write_line("", true);  // empty list item
      prefixes_.pop_back();
    }
    bool tight = t == Tag::kLi;
    if (!lists_.empty() && lists_.back().element == n) {
      lists_.pop_back();
      const NodeId p = doc_.parent(n);
      tight = p != kNoNode && doc_.is_html(p, Tag::kLi);  // a sublist ends its item
    }
    request(tight ? kNewline : kBlankLine);
  }

  std::string finish() {
    flush_paragraph();
    if (!out_.empty() && out_.back() != '\n') out_.push_back('\n');
    return std::move(out_);
  }

 private:
  struct Prefix {
    std::string first;   // first line (list marker)
    std::string rest;    // following lines
    bool first_pending;  // the first line is still to be written
    NodeId element;
  };
  struct InlineMarker {
    NodeId element;
    std::string open;
    std::string close;
    bool emitted;  // open written into the current paragraph
  };
  struct List {
    bool ordered;
    long next_number;
    NodeId element;
  };

  long list_start(NodeId ol) const {
    std::string_view s = doc_.attr(ol, "start");
    if (s.empty()) return 1;
    long v = 0;
    bool neg = !s.empty() && s[0] == '-';
    for (size_t i = neg ? 1 : 0; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
      v = std::min(v * 10 + (s[i] - '0'), kMaxListNumber);
    }
    return neg ? 0 : v;  // CommonMark list numbers cannot be negative
  }

  bool ignoring_table_text() const {
    return table_ != kNoNode && cell_ == kNoNode && caption_el_ == kNoNode;
  }

  // The separation is written later, before the next line; it only carries
  // the prefixes that were open when it was requested (a blank line before
  // a nested blockquote belongs to the outer quote).
  void request(int sep) {
    pending_sep_ = std::max(pending_sep_, sep);
    sep_depth_ = std::min(sep_depth_, prefixes_.size());
  }

  void begin_block(int sep) {
    flush_paragraph();
    request(sep);
  }

  void push_inline(NodeId el, std::string open, std::string close) {
    inlines_.push_back({el, std::move(open), std::move(close), false});
  }

  void pop_inline() {
    if (inlines_.back().emitted) {
      para_.append(inlines_.back().close);
      --emitted_count_;
    }
    inlines_.pop_back();
  }

  // Closes the markers written into the paragraph; they reopen lazily when
  // more content comes (a <strong> or <a> spanning several blocks).
  void close_open_markers() {
    while (emitted_count_ > 0) {
      InlineMarker& m = inlines_[--emitted_count_];
      para_.append(m.close);
      m.emitted = false;
    }
  }

  // Writes what is owed before visible inline content: a hard break or a
  // space, then the opening markers of the enclosing inline elements.
  void begin_content() {
    const bool has_text = !para_.empty() && para_.back() != '\n';
    if (pending_break_ && has_text) {
      para_.append("\\\n");
    } else if (pending_space_ && has_text && para_.back() != ' ') {
      para_.push_back(' ');
    }
    pending_break_ = pending_space_ = false;
    // Markers are opened in order, so the unopened ones are a suffix.
    for (; emitted_count_ < inlines_.size(); ++emitted_count_) {
      InlineMarker& m = inlines_[emitted_count_];
      // "!" before "[" would turn a link into an image.
      if (m.open == "[" && !para_.empty() && para_.back() == '!') para_.insert(para_.size() - 1, "\\");
      para_.append(m.open);
      m.emitted = true;
    }
  }

  void append_text(std::string_view s) {
    size_t i = 0;
    while (i < s.size()) {
      if (is_html_space(s[i])) {
        pending_space_ = true;
        ++i;
        continue;
      }
      size_t j = i;
      while (j < s.size() && !is_html_space(s[j])) ++j;
      begin_content();
      md::append_escaped_text(s.substr(i, j - i), para_.empty() ? 0 : para_.back(), para_);
      i = j;
    }
  }

  void append_markup(std::string_view markup) {
    begin_content();
    para_.append(markup);
  }

  void append_image(NodeId img) {
    std::string_view src = doc_.attr(img, "src");
    if (src.empty()) return;
    std::string md_image = "![";
    std::string alt;
    bool space = false;
    for (char c : doc_.attr(img, "alt")) {
      if (is_html_space(c)) {
        space = !alt.empty();
        continue;
      }
      if (space) alt.push_back(' ');
      space = false;
      if (c == '[' || c == ']' || c == '\\') alt.push_back('\\');
      alt.push_back(c);
    }
    md_image.append(alt);
    md_image.append("](");
    md::append_destination(src, md_image);
    md::append_title(doc_.attr(img, "title"), md_image);
    md_image.push_back(')');
    append_markup(md_image);
  }

  void reset_paragraph() {
    para_.clear();
    para_lead_.clear();
    pending_space_ = pending_break_ = false;
  }

  // Prefix of the next line: list markers on an item's first line, then
  // continuation indentation; blank lines use continuation forms only.
  std::string line_prefix(bool blank, size_t depth) {
    std::string p;
    for (size_t i = 0; i < depth && i < prefixes_.size(); ++i) {
      Prefix& pre = prefixes_[i];
      if (pre.first_pending && !blank) {
        p.append(pre.first);
        pre.first_pending = false;
      } else {
        p.append(pre.rest);
      }
    }
    return p;
  }

  void write_separation() {
    if (!out_.empty() && pending_sep_ >= kBlankLine) {
      out_.append(trim_right(line_prefix(true, sep_depth_))).push_back('\n');
    }
    pending_sep_ = 0;
    sep_depth_ = SIZE_MAX;
  }

  void write_line(std::string_view text, bool trim) {
    write_separation();
    std::string line = line_prefix(false, prefixes_.size());
    line.append(text);
    if (trim || text.empty()) line = trim_right(std::move(line));
    out_.append(line).push_back('\n');
  }

  void flush_paragraph() {
    close_open_markers();
    std::string text = trim_right(std::move(para_));
    std::string lead = std::move(para_lead_);
    reset_paragraph();
    if (text.empty()) return;
    size_t start = 0;
    bool first = true;
    while (start <= text.size()) {
      size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      std::string line = text.substr(start, end - start);
      md::escape_line_start(line);
      if (first && heading_ != kNoNode && !line.empty() && line.back() == '#') {
        line.insert(line.size() - 1, "\\");  // else a closing sequence (4.2)
      }
      write_line(first ? lead + line : line, true);
      first = false;
      start = end + 1;
    }
  }

  void write_code_block(NodeId pre) {
    begin_block(kBlankLine);
    std::string code = raw_text(doc_, pre);
    if (!code.empty() && code.back() == '\n') code.pop_back();
    std::string lang = language_from_class(doc_.attr(pre, "class"));
    for (NodeId c = doc_.first_child(pre); lang.empty() && c != kNoNode; c = doc_.next_sibling(c)) {
      if (doc_.is_html(c, Tag::kCode)) lang = language_from_class(doc_.attr(c, "class"));
    }
    const std::string fence = md::code_fence(code);
    write_line(fence + lang, true);
    size_t start = 0;
    while (!code.empty() && start <= code.size()) {
      size_t end = code.find('\n', start);
      if (end == std::string::npos) end = code.size();
      write_line(std::string_view(code).substr(start, end - start), false);
      start = end + 1;
    }
    write_line(fence, true);
    request(kBlankLine);
  }

  void end_cell(NodeId cell) {
    close_open_markers();
    std::string text = trim_right(std::move(para_));
    reset_paragraph();
    std::string escaped;
    for (char c : text) {
      if (c == '|') escaped.push_back('\\');  // GFM 4.10: \| inside cells
      escaped.push_back(c == '\n' ? ' ' : c);
    }
    rows_.back().push_back(std::move(escaped));
    // colspan: pad with empty cells so columns stay aligned.
    constexpr long kMaxColspan = 1000;  // the HTML spec's limit for colspan
    long span = 0;
    for (char c : doc_.attr(cell, "colspan")) {
      if (c < '0' || c > '9') break;
      span = std::min(span * 10 + (c - '0'), kMaxColspan);
    }
    for (long i = 1; i < span; ++i) rows_.back().emplace_back();
    cell_ = kNoNode;
    --inline_only_;
  }

  void write_table() {
    rows_.erase(std::remove_if(rows_.begin(), rows_.end(),
                               [](const std::vector<std::string>& r) { return r.empty(); }),
                rows_.end());
    if (!caption_.empty()) {
      write_line("*" + caption_ + "*", true);
      request(kBlankLine);
    }
    if (!rows_.empty()) {
      size_t columns = 0;
      for (const auto& r : rows_) columns = std::max(columns, r.size());
      auto row_line = [&](const std::vector<std::string>& r) {
        std::string line = "|";
        for (size_t i = 0; i < columns; ++i) {
          line.push_back(' ');
          if (i < r.size()) line.append(r[i]);
          line.append(" |");
        }
        return line;
      };
      write_separation();
      write_line(row_line(rows_[0]), true);
      std::string delimiter = "|";
      for (size_t i = 0; i < columns; ++i) delimiter.append(" --- |");
      write_line(delimiter, true);
      for (size_t i = 1; i < rows_.size(); ++i) write_line(row_line(rows_[i]), true);
    }
    rows_.clear();
    caption_.clear();
    request(kBlankLine);
  }

  const dom::Document& doc_;
  std::string out_;
  std::vector<Prefix> prefixes_;
  std::vector<InlineMarker> inlines_;
  size_t emitted_count_ = 0;  // inlines_[0, emitted_count_) are open in para_
  std::vector<List> lists_;
  int pending_sep_ = 0;
  size_t sep_depth_ = SIZE_MAX;  // prefixes the pending blank line carries
  // The paragraph being built.
  std::string para_;
  std::string para_lead_;  // "## " for headings
  bool pending_space_ = false;
  bool pending_break_ = false;
  NodeId heading_ = kNoNode;  // the heading whose paragraph is being built
  int inline_only_ = 0;  // > 0 in headings, table cells, captions: blocks become spaces
  // The GFM table being collected (tables inside cells are flattened).
  NodeId table_ = kNoNode;
  NodeId cell_ = kNoNode;
  NodeId caption_el_ = kNoNode;
  std::vector<std::vector<std::string>> rows_;
  std::string caption_;
};

}  // namespace

std::string to_markdown(const dom::Document& doc, dom::NodeId root) {
  MarkdownWriter writer(doc);
  walk_subtree(doc, root, writer);
  return writer.finish();
}

}  // namespace reader::serialize
