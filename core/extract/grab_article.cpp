// Candidate scoring and sibling gathering (Readability.js _grabArticle),
// with the retry cascade: each attempt drops one flag until the article is
// long enough; the longest attempt wins when none is.
#include <algorithm>
#include <cmath>
#include <vector>

#include "base/text.h"
#include "extract/clean_article.h"
#include "extract/container_features.h"
#include "extract/container_model.h"
#include "extract/extractor.h"
#include "extract/node_util.h"
#include "vocab/readability.h"
#include "extract/prose.h"
#include "extract/thread.h"
#include "extract/learned_prune.h"
#include "extract/trim_boilerplate.h"

namespace reader::extract {
namespace {

using dom::kNoNode;

enum Flags : int {
  kStripUnlikelys = 1,
  kWeightClasses = 2,
  kCleanConditionally = 4,
  // Candidates are sought in the page's <main> only (see kMinStrippedMainProse).
  kOnlyInMain = 8,
};

// Readability: a byline is short.
constexpr size_t kMaxBylineLength = 100;
// Readability: paragraphs shorter than this are not scored.
constexpr size_t kMinParagraphLength = 25;
// Readability: ancestors that receive a share of a paragraph's score.
constexpr int kScoredAncestorLevels = 5;
// Readability: MINIMUM_TOPCANDIDATES alternatives sharing an ancestor.
constexpr int kMinTopCandidates = 3;
// Readability: headings this similar to the title are the title again.
constexpr double kTitleSimilarity = 0.75;
// The article under the title heading wins over a stronger candidate
// elsewhere when it scores at least this share of it (a real article, not a
// teaser that happens to repeat the title).
constexpr double kMinTitleArticleScoreShare = 0.25;
// More headings repeating the title than this: a listing, not one article
// (and each costs a walk up the tree).
constexpr int kMaxTitleHeadings = 8;
// Hero image search: how far up from the top candidate, and how much text a
// block before the body may hold and still be part of the article's head.
constexpr int kHeroSearchLevels = 3;
constexpr size_t kMaxHeroText = 300;
// A line list: at least this many <br>-separated lines, shorter than
// kMaxListLineChars on average (prose wrapped with <br> has long lines).
constexpr int kMinListLines = 10;
constexpr size_t kMaxListLineChars = 50;
// The article container replaces the candidate when it holds this many
// times the candidate's prose, and at least kMinContainerExtraProse more.
constexpr double kContainerProseGain = 1.5;
constexpr size_t kMinContainerExtraProse = 400;
// The page marks its content with <main> (or role=main), yet the first
// attempt's candidate lies outside it, after stripping "unlikely" nodes that
// held at least kMinStrippedMainShare of <main>'s prose (and at least
// kMinStrippedMainProse): the page's content was stripped, as on a forum
// thread whose posts are all classed "comment" (d43f330cbaf74e92b9aec85e937cb904:
// the sidebar won with 4,000 chars of link lists). The cascade then retries
// without reading class names (they also weigh the posts down) and takes
// its candidate from <main>.
constexpr size_t kMinStrippedMainProse = 200;
constexpr double kMinStrippedMainShare = 0.5;
// Lead paragraphs taken from before the candidate: at most this much text,
// each with less than this link density.
constexpr size_t kMaxLeadChars = 1000;
constexpr double kMaxLeadLinkDensity = 0.25;
// An article split into sibling <article> cards (recipe: header, ingredients,
// nutrition, preparation) has at most this many cards before the one with
// the body; more is a feed of stories.
constexpr int kMaxSplitArticleParts = 4;
// The cards before the body card hold a head and a teaser at most: more
// prose than this is a whole story stacked before another one
// (correctiv.org.zusage).
constexpr size_t kMaxSplitPartsProse = 300;

// A table with a header row or a caption holds data (an ingredients list, a
// price table): a class such as "table-header" names its head row, not the
// page header (chefkoch.de.mandarinen: table.ingredients.table-header was
// stripped as an unlikely candidate).
bool is_headed_table(const Document& doc, NodeId id) {
  if (!doc.is_html(id, Tag::kTable)) return false;
  for (NodeId n = doc.first_child(id); n != kNoNode; n = doc.next_in_tree(n, id)) {
    if (doc.is_html(n, Tag::kThead) || doc.is_html(n, Tag::kTh) || doc.is_html(n, Tag::kCaption))
      return true;
  }
  return false;
}

bool is_scored_tag(Tag t) {
  // Readability DEFAULT_TAGS_TO_SCORE.
  switch (t) {
    case Tag::kSection: case Tag::kH2: case Tag::kH3: case Tag::kH4: case Tag::kH5:
    case Tag::kH6: case Tag::kP: case Tag::kTd: case Tag::kPre:
      return true;
    default:
      return false;
  }
}

class ScoreTable {
 public:
  bool has(NodeId id) const { return id < init_.size() && init_[id]; }
  double get(NodeId id) const { return has(id) ? score_[id] : 0; }
  void set(NodeId id, double v) {
    grow(id);
    init_[id] = 1;
    score_[id] = v;
  }
  void add(NodeId id, double v) { set(id, get(id) + v); }

 private:
  // Room for `id` plus an eighth: geometric, so growing stays linear, and
  // small for small pages (a fixed 1,024 more was 9 KB per attempt on a
  // 1 KB page: the WASM heap's peak per page, tests/bench/wasm_memory.js).
  void grow(NodeId id) {
    if (id >= init_.size()) {
      const size_t n = static_cast<size_t>(id) + 64 + id / 8;
      init_.resize(n, 0);
      score_.resize(n, 0);
    }
  }
  std::vector<uint8_t> init_;
  std::vector<double> score_;
};

class Attempt {
 public:
  Attempt(Document& doc, dom::RemovalLog& log, const ExtractOptions& opt, int flags,
          std::string& byline)
      : doc_(doc), log_(log), opt_(opt), flags_(flags), byline_(byline) {}

  NodeId run();
  // The top candidate lies outside the page's <main> because stripping
  // unlikely candidates emptied it (see kMinStrippedMainProse).
  bool stripped_main() const {
    return top_outside_main_ && stripped_main_prose_ >= kMinStrippedMainProse &&
           static_cast<double>(stripped_main_prose_) >=
               kMinStrippedMainShare * static_cast<double>(main_prose_);
  }
  // The top candidate lies in the page's <main> (or holds it).
  bool top_in_main() const { return top_in_main_; }
  // The container the article was gathered around (kNoNode: none).
  NodeId top() const { return top_; }

 private:
  NodeId remove_and_next(NodeId node) {
    NodeId next = next_element(node, true);
    doc_.detach(node);
    return next;
  }
  // Readability _getNextNode: preorder over elements only.
  NodeId next_element(NodeId node, bool skip_children) const {
    if (!skip_children) {
      for (NodeId c = doc_.first_child(node); c != kNoNode; c = doc_.next_sibling(c)) {
        if (doc_.is_element(c)) return c;
      }
    }
    for (NodeId n = node; n != kNoNode; n = doc_.parent(n)) {
      for (NodeId s = doc_.next_sibling(n); s != kNoNode; s = doc_.next_sibling(s)) {
        if (doc_.is_element(s)) return s;
      }
    }
    return kNoNode;
  }
  bool check_byline(NodeId node, const std::string& match);
  bool header_duplicates_title(NodeId node) const;
  void initialize_node(NodeId node);
  void wrap_phrasing_runs(NodeId div);
  NodeId select_top_candidate(const std::vector<NodeId>& candidates, bool& created);
  NodeId gather_siblings(NodeId top);
  NodeId find_hero_figure(NodeId top) const;
  std::vector<NodeId> find_lead_paragraphs(NodeId top) const;
  std::vector<NodeId> find_split_article_parts(NodeId& top);
  bool is_line_list(NodeId el, size_t text_len) const;
  NodeId article_container(NodeId candidate) const;
  NodeId find_title_article() const;
  void mark_main();

  Document& doc_;
  dom::RemovalLog& log_;
  const ExtractOptions& opt_;
  int flags_;
  std::string& byline_;
  ScoreTable scores_;
  // The <article> that held the heading repeating the page's title.
  NodeId title_article_ = kNoNode;
  // The top candidate was moved into title_article_: climbing stays inside
  // it and the other stacked articles are not gathered as siblings.
  bool kept_in_title_article_ = false;
  // The <article> of the candidate that lost to title_article_.
  NodeId stacked_article_ = kNoNode;
  // The page's <main> (or role=main) and which nodes lie inside it.
  NodeId main_ = kNoNode;
  std::vector<bool> in_main_;
  size_t main_prose_ = 0;  // before the walk
  size_t stripped_main_prose_ = 0;
  bool top_outside_main_ = false;
  bool top_in_main_ = false;
  NodeId top_ = kNoNode;
};

bool Attempt::check_byline(NodeId node, const std::string& match) {
  if (!byline_.empty()) return false;
  bool looks = doc_.attr(node, "rel") == "author" ||
               doc_.attr(node, "itemprop").find("author") != std::string_view::npos ||
               vocab::kBylineMultilingual.matches(match);
  if (!looks) return false;
  std::string text = inner_text(doc_, node);
  if (text.empty() || utf8_length(text) >= kMaxBylineLength) return false;
  byline_ = text;
  return true;
}

bool Attempt::header_duplicates_title(NodeId node) const {
  if (!doc_.is_html(node, Tag::kH1) && !doc_.is_html(node, Tag::kH2)) return false;
  if (opt_.title.empty()) return false;
  return text_similarity(opt_.title, inner_text(doc_, node)) > kTitleSimilarity;
}

void Attempt::initialize_node(NodeId node) {
  double s = 0;
  switch (doc_.tag(node)) {
    case Tag::kDiv: s += 5; break;
    case Tag::kPre: case Tag::kTd: case Tag::kBlockquote: s += 3; break;
    case Tag::kAddress: case Tag::kOl: case Tag::kUl: case Tag::kDl: case Tag::kDd:
    case Tag::kDt: case Tag::kLi: case Tag::kForm: s -= 3; break;
    case Tag::kH1: case Tag::kH2: case Tag::kH3: case Tag::kH4: case Tag::kH5:
    case Tag::kH6: case Tag::kTh: s -= 5; break;
    default: break;
  }
  if (flags_ & kWeightClasses) s += class_weight(doc_, node, opt_.thread);
  scores_.set(node, s);
}

void Attempt::wrap_phrasing_runs(NodeId div) {
  // Readability: "Put phrasing content into paragraphs."
  NodeId p = kNoNode;
  NodeId child = doc_.first_child(div);
  while (child != kNoNode) {
    NodeId next = doc_.next_sibling(child);
    if (is_phrasing_content(doc_, child)) {
      if (p != kNoNode) {
        doc_.append_child(p, child);
      } else if (!is_whitespace_text(doc_, child)) {
        p = doc_.create_element(Tag::kP);
        doc_.replace(child, p);
        doc_.append_child(p, child);
      }
    } else if (p != kNoNode) {
      while (doc_.last_child(p) != kNoNode && is_whitespace_text(doc_, doc_.last_child(p))) {
        doc_.detach(doc_.last_child(p));
      }
      p = kNoNode;
    }
    child = next;
  }
}

NodeId Attempt::select_top_candidate(const std::vector<NodeId>& candidates, bool& created) {
  std::vector<NodeId> top;
  const std::vector<double> densities = link_densities(doc_, candidates);
  for (size_t i = 0; i < candidates.size(); ++i) {
    const NodeId c = candidates[i];
    double s = scores_.get(c) * (1 - densities[i]);
    scores_.set(c, s);
    auto pos = std::find_if(top.begin(), top.end(),
                            [&](NodeId t) { return s > scores_.get(t); });
    top.insert(pos, c);
    if (static_cast<int>(top.size()) > opt_.top_candidates) top.pop_back();
  }
  NodeId body = doc_.body();
  NodeId candidate = top.empty() ? kNoNode : top[0];
  created = false;
  // Pages that stack several whole articles (infinite scroll) may score a
  // later one higher: the article whose heading repeats the page's title is
  // the page's article (correctiv.org.zusage: the next story is longer).
  kept_in_title_article_ = false;
  // Only between stacked articles: the winner sits in another <article>.
  NodeId other_article = candidate;
  while (other_article != kNoNode && !doc_.is_html(other_article, Tag::kArticle)) {
    other_article = doc_.parent(other_article);
  }
  if (candidate != kNoNode && title_article_ != kNoNode && other_article != kNoNode &&
      other_article != title_article_ && !doc_.is_ancestor(title_article_, candidate) &&
      !doc_.is_ancestor(candidate, title_article_) &&
      !doc_.is_ancestor(other_article, title_article_)) {
    NodeId own = kNoNode;
    for (NodeId c = title_article_; c != kNoNode; c = doc_.next_in_tree(c, title_article_)) {
      if (!doc_.is_element(c) || !scores_.has(c)) continue;
      if (own == kNoNode || scores_.get(c) > scores_.get(own)) own = c;
    }
    if (own != kNoNode && scores_.get(own) >= kMinTitleArticleScoreShare * scores_.get(candidate)) {
      candidate = own;
      kept_in_title_article_ = true;
      stacked_article_ = other_article;
      top.erase(std::remove(top.begin(), top.end(), own), top.end());
      top.insert(top.begin(), own);
    }
  }
  if (candidate == kNoNode || doc_.is_html(candidate, Tag::kBody)) {
    // No candidate: the whole body is the article.
    NodeId page = body != kNoNode ? body : doc_.html_element();
    if (page == kNoNode) return kNoNode;
    candidate = doc_.create_element(Tag::kDiv);
    doc_.move_children(page, candidate);
    doc_.append_child(page, candidate);
    initialize_node(candidate);
    created = true;
    return candidate;
  }
  // Several strong candidates sharing an ancestor: the ancestor is the article.
  std::vector<std::vector<NodeId>> alternative_ancestors;
  for (size_t i = 1; i < top.size(); ++i) {
    if (scores_.get(top[i]) / scores_.get(candidate) >= 0.75) {
      std::vector<NodeId> anc;
      for (NodeId p = doc_.parent(top[i]); p != kNoNode; p = doc_.parent(p)) anc.push_back(p);
      alternative_ancestors.push_back(std::move(anc));
    }
  }
  if (!kept_in_title_article_ &&
      static_cast<int>(alternative_ancestors.size()) >= kMinTopCandidates) {
    NodeId parent = doc_.parent(candidate);
    while (parent != kNoNode && doc_.is_element(parent) && !doc_.is_html(parent, Tag::kBody)) {
      int containing = 0;
      for (auto& anc : alternative_ancestors) {
        if (std::find(anc.begin(), anc.end(), parent) != anc.end()) ++containing;
      }
      if (containing >= kMinTopCandidates) {
        candidate = parent;
        break;
      }
      parent = doc_.parent(parent);
    }
  }
  if (!scores_.has(candidate)) initialize_node(candidate);
  // Climb while the parent scores better (the article is often split).
  NodeId parent = doc_.parent(candidate);
  double last_score = scores_.get(candidate);
  double score_threshold = last_score / 3;
  while (parent != kNoNode && doc_.is_element(parent) && !doc_.is_html(parent, Tag::kBody)) {
    if (kept_in_title_article_ && parent != title_article_ &&
        !doc_.is_ancestor(title_article_, parent)) {
      break;
    }
    if (!scores_.has(parent)) {
      parent = doc_.parent(parent);
      continue;
    }
    double ps = scores_.get(parent);
    if (ps < score_threshold) break;
    if (ps > last_score) {
      candidate = parent;
      break;
    }
    last_score = ps;
    parent = doc_.parent(parent);
  }
  // An only child stands for its parent.
  parent = doc_.parent(candidate);
  while (parent != kNoNode && doc_.is_element(parent) && !doc_.is_html(parent, Tag::kBody)) {
    int elements = 0;
    for (NodeId c = doc_.first_child(parent); c != kNoNode; c = doc_.next_sibling(c)) {
      elements += doc_.is_element(c);
    }
    if (elements != 1) break;
    candidate = parent;
    parent = doc_.parent(candidate);
  }
  if (!scores_.has(candidate)) initialize_node(candidate);
  // The article's own container: a candidate inside an element that says it
  // is the article (itemprop=articleBody, <article>) while that element holds
  // much more prose is one section of a multi-section article (forstpraxis:
  // four sections, each wrapped four divs deep).
  NodeId container = article_container(candidate);
  if (container != kNoNode) {
    size_t inner = prose_chars(doc_, candidate);
    size_t outer = prose_chars(doc_, container);
    if (outer >= kMinContainerExtraProse + inner &&
        static_cast<double>(outer) >= kContainerProseGain * static_cast<double>(inner)) {
      double s = std::max(scores_.get(candidate), scores_.get(container));
      scores_.set(container, s);
      candidate = container;
    }
  }
  return candidate;
}

NodeId Attempt::article_container(NodeId candidate) const {
  for (NodeId p = doc_.parent(candidate); p != kNoNode && doc_.is_element(p); p = doc_.parent(p)) {
    if (doc_.is_html(p, Tag::kBody)) break;
    if (doc_.is_html(p, Tag::kArticle) || contains_ci(doc_.attr(p, "itemprop"), "articlebody"))
      return p;
  }
  return kNoNode;
}

bool ends_sentence(std::string_view text) {
  // Readability: /\.( |$)/
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '.' && (i + 1 == text.size() || text[i + 1] == ' ')) return true;
  }
  return false;
}

bool keeps_tag_when_gathered(Tag t) {
  // Readability ALTER_TO_DIV_EXCEPTIONS.
  return t == Tag::kDiv || t == Tag::kArticle || t == Tag::kSection || t == Tag::kP ||
         t == Tag::kOl || t == Tag::kUl;
}

NodeId Attempt::gather_siblings(NodeId top) {
  NodeId article = doc_.create_element(Tag::kDiv);
  double top_score = scores_.get(top);
  double threshold = std::max(10.0, top_score * 0.2);
  NodeId parent = doc_.parent(top);
  if (parent == kNoNode) {
    doc_.append_child(article, top);
    return article;
  }
  std::vector<NodeId> siblings;
  for (NodeId c = doc_.first_child(parent); c != kNoNode; c = doc_.next_sibling(c)) {
    if (doc_.is_element(c)) siblings.push_back(c);
  }
  std::string_view top_class = doc_.attr(top, "class");
  for (NodeId sibling : siblings) {
    bool append = sibling == top;
    if (!append && kept_in_title_article_ && doc_.is_html(sibling, Tag::kArticle)) continue;
    if (!append && (flags_ & kOnlyInMain) && (sibling >= in_main_.size() || !in_main_[sibling]))
      continue;
    if (!append) {
      double bonus = 0;
      if (!top_class.empty() && doc_.attr(sibling, "class") == top_class) bonus += top_score * 0.2;
      if (scores_.has(sibling) && scores_.get(sibling) + bonus >= threshold) {
        append = true;
      } else if (doc_.is_html(sibling, Tag::kP)) {
        double ld = link_density(doc_, sibling);
        std::string content = inner_text(doc_, sibling);
        size_t len = utf8_length(content);
        if (len > 80 && ld < 0.25) append = true;
        else if (len < 80 && len > 0 && ld == 0 && ends_sentence(content)) append = true;
      }
    }
    if (append) {
      if (!keeps_tag_when_gathered(doc_.tag(sibling)) || doc_.ns(sibling) != dom::Ns::kHtml) {
        if (doc_.ns(sibling) == dom::Ns::kHtml) doc_.set_tag(sibling, Tag::kDiv);
      }
      doc_.append_child(article, sibling);
    }
  }
  return article;
}

// A block of many short <br>-separated lines ("Name, Affiliation" lists of
// signatories, addresses) is a list, not prose: its commas are no sign of
// sentences (harpers.org letter: a 150-line signatory cell outscored the
// letter on commas alone).
bool Attempt::is_line_list(NodeId el, size_t text_len) const {
  int lines = count_tags(doc_, el, Tag::kBr) + 1;
  return lines >= kMinListLines && text_len < kMaxListLineChars * static_cast<size_t>(lines);
}

// Hero images often sit just before the article body, outside the top
// candidate (theweek fixture: div.hero-image-wrapper > figure before
// div#article-body). Readability drops them; a reader view should not.
NodeId Attempt::find_hero_figure(NodeId top) const {
  NodeId at = top;
  for (int level = 0; level < kHeroSearchLevels && at != kNoNode; ++level) {
    for (NodeId s = doc_.prev_sibling(at); s != kNoNode; s = doc_.prev_sibling(s)) {
      if (!doc_.is_element(s)) continue;
      size_t len = inner_text_length(doc_, s);
      if (len > kMaxHeroText) return kNoNode;  // real content in between: no hero
      NodeId figure = kNoNode;
      int images = 0;
      for (NodeId n = s; n != kNoNode; n = doc_.next_in_tree(n, s)) {
        if (doc_.is_html(n, Tag::kFigure) && figure == kNoNode) figure = n;
        if (doc_.is_html(n, Tag::kImg)) ++images;
      }
      if (images == 1) {
        if (figure != kNoNode) return figure;
        if (doc_.is_html(s, Tag::kPicture) || doc_.is_html(s, Tag::kImg)) return s;
      }
      if (images > 1) return kNoNode;
      if (is_heading(doc_.tag(s))) return kNoNode;  // passed the title: nothing above counts
    }
    at = doc_.parent(at);
    if (at != kNoNode && (doc_.is_html(at, Tag::kBody) || !doc_.is_element(at))) break;
  }
  return kNoNode;
}

// The lead (standfirst, intro) often sits in the article's header, outside
// the top candidate: prose paragraphs of the enclosing <article> before the
// candidate belong to the story (tagesspiegel p.ts-intro, d70fab
// div.article-intro > p; Readability drops them).
std::vector<NodeId> Attempt::find_lead_paragraphs(NodeId top) const {
  std::vector<NodeId> leads;
  NodeId scope = kNoNode;
  for (NodeId p = doc_.parent(top); p != kNoNode && doc_.is_element(p); p = doc_.parent(p)) {
    if (doc_.is_html(p, Tag::kBody)) break;
    if (doc_.is_html(p, Tag::kArticle)) {
      scope = p;
      break;
    }
  }
  if (scope == kNoNode) return leads;
  // The path from the scope down to the candidate (walked into, not judged).
  std::vector<NodeId> path;
  for (NodeId p = doc_.parent(top); p != scope; p = doc_.parent(p)) path.push_back(p);
  std::sort(path.begin(), path.end());
  size_t chars = 0;
  NodeId n = doc_.first_child(scope);
  while (n != kNoNode && n != top) {
    if (std::binary_search(path.begin(), path.end(), n)) {
      n = doc_.next_in_tree(n, scope);
      continue;
    }
    if (doc_.is_html(n, Tag::kP)) {
      std::string text = inner_text(doc_, n);
      TextUnit unit;
      unit.chars = prose_length(text);
      unit.text = std::move(text);
      if (is_prose(unit) && link_density(doc_, n) < kMaxLeadLinkDensity) {
        chars += unit.chars;
        if (chars > kMaxLeadChars) break;
        leads.push_back(n);
      }
      n = doc_.next_skipping_children(n, scope);
      continue;
    }
    n = doc_.next_in_tree(n, scope);
  }
  return leads;
}

// Some pages split one article into sibling <article> cards: the card
// headed by the page's title holds only the head (title, teaser), the next
// ones the ingredients table and the nutrition facts, and the body card the
// text (chefkoch.de.mandarinen: only the head card, or only the preparation
// card, was kept). When the body's <article> is a later sibling of the
// title's <article> and the cards from the title's on are no story of their
// own (little prose), the body card becomes the top candidate and the cards
// before it are returned as parts of the article, in document order.
std::vector<NodeId> Attempt::find_split_article_parts(NodeId& top) {
  std::vector<NodeId> parts;
  if (title_article_ == kNoNode) return parts;
  NodeId body_card = kept_in_title_article_ ? stacked_article_ : top;
  while (body_card != kNoNode && doc_.is_element(body_card) &&
         !doc_.is_html(body_card, Tag::kArticle)) {
    if (doc_.is_html(body_card, Tag::kBody)) return parts;
    body_card = doc_.parent(body_card);
  }
  if (body_card == kNoNode || !doc_.is_html(body_card, Tag::kArticle) ||
      body_card == title_article_ || doc_.parent(body_card) != doc_.parent(title_article_)) {
    return parts;
  }
  size_t parts_prose = 0;
  NodeId s = title_article_;
  for (; s != kNoNode && s != body_card; s = doc_.next_sibling(s)) {
    if (!doc_.is_html(s, Tag::kArticle)) continue;
    parts.push_back(s);
    parts_prose += prose_chars(doc_, s);
  }
  if (s != body_card || static_cast<int>(parts.size()) > kMaxSplitArticleParts ||
      parts_prose > kMaxSplitPartsProse || parts_prose >= prose_chars(doc_, body_card)) {
    return {};
  }
  if (!scores_.has(body_card)) initialize_node(body_card);
  scores_.set(body_card, std::max(scores_.get(top), scores_.get(body_card)));
  top = body_card;
  return parts;
}

NodeId Attempt::find_title_article() const {
  // Before the walk: it may drop the heading's <header> as unlikely.
  if (opt_.title.empty()) return kNoNode;
  NodeId found = kNoNode;
  NodeId root = doc_.html_element();
  int headings = 0;
  for (NodeId n = root; n != kNoNode; n = doc_.next_in_tree(n, root)) {
    if (!header_duplicates_title(n)) continue;
    if (++headings > kMaxTitleHeadings) return kNoNode;
    NodeId a = doc_.parent(n);
    while (a != kNoNode && !doc_.is_html(a, Tag::kArticle)) a = doc_.parent(a);
    if (a == kNoNode) return kNoNode;        // the title heads the page, not one article
    if (found != kNoNode && found != a) return kNoNode;  // repeated in several articles
    found = a;
  }
  return found;
}

// The first <main> or role=main element; when unlikely candidates are
// stripped, in_main_ marks its subtree and main_prose_ holds its prose.
void Attempt::mark_main() {
  NodeId root = doc_.html_element();
  for (NodeId n = root; n != kNoNode; n = doc_.next_in_tree(n, root)) {
    if (doc_.is_html(n, Tag::kMain) || (doc_.is_element(n) && doc_.attr(n, "role") == "main")) {
      main_ = n;
      break;
    }
  }
  if (main_ == kNoNode || !(flags_ & (kStripUnlikelys | kOnlyInMain))) return;
  if (flags_ & kStripUnlikelys) main_prose_ = prose_chars(doc_, main_);
  in_main_.assign(doc_.node_count(), false);
  for (NodeId n = main_; n != kNoNode; n = doc_.next_in_tree(n, main_)) {
    if (n < in_main_.size()) in_main_[n] = true;
  }
}

NodeId Attempt::run() {
  std::vector<NodeId> to_score;
  bool strip_title_header = true;
  title_article_ = find_title_article();
  mark_main();
  NodeId node = doc_.html_element();
  while (node != kNoNode) {
    std::string match = class_and_id(doc_, node);
    Tag tag = doc_.tag(node);
    if (!is_probably_visible(doc_, node)) {
      node = remove_and_next(node);
      continue;
    }
    if (doc_.attr(node, "aria-modal") == "true" && doc_.attr(node, "role") == "dialog") {
      node = remove_and_next(node);
      continue;
    }
    if (check_byline(node, match)) {
      node = remove_and_next(node);
      continue;
    }
    if (strip_title_header && header_duplicates_title(node)) {
      strip_title_header = false;
      node = remove_and_next(node);
      continue;
    }
    if (flags_ & kStripUnlikelys) {
      // Never unlikely: the <article> headed by the page's title (its class
      // may say "header": chefkoch.de.mandarinen article.recipe-header holds
      // the teaser) and data tables (see is_headed_table).
      if (vocab::kUnlikelyCandidates.matches(match) && !vocab::kMaybeCandidate.matches(match) &&
          !(opt_.thread && vocab::kThreadPost.matches(match)) &&
          !has_ancestor_tag(doc_, node, Tag::kTable, 0) &&
          !has_ancestor_tag(doc_, node, Tag::kCode, 0) && tag != Tag::kBody && tag != Tag::kA &&
          node != title_article_ && !is_headed_table(doc_, node)) {
        if (node < in_main_.size() && in_main_[node]) {
          stripped_main_prose_ += prose_chars(doc_, node);
        }
        node = remove_and_next(node);
        continue;
      }
      if (vocab::is_unlikely_role(doc_.attr(node, "role"))) {
        node = remove_and_next(node);
        continue;
      }
    }
    if ((tag == Tag::kDiv || tag == Tag::kSection || tag == Tag::kHeader || is_heading(tag)) &&
        is_element_without_content(doc_, node)) {
      node = remove_and_next(node);
      continue;
    }
    if (is_scored_tag(tag)) to_score.push_back(node);
    if (tag == Tag::kDiv) {
      wrap_phrasing_runs(node);
      if (has_single_tag_inside(doc_, node, Tag::kP) && link_density(doc_, node) < 0.25) {
        NodeId child = kNoNode;
        for (NodeId c = doc_.first_child(node); c != kNoNode; c = doc_.next_sibling(c)) {
          if (doc_.is_element(c)) child = c;
        }
        doc_.replace(node, child);
        node = child;
        to_score.push_back(node);
      } else if (!has_child_block_element(doc_, node)) {
        doc_.set_tag(node, Tag::kP);
        to_score.push_back(node);
      }
    }
    node = next_element(node, false);
  }

  // Score paragraphs and give their ancestors a share.
  std::vector<NodeId> candidates;
  for (NodeId el : to_score) {
    NodeId parent = doc_.parent(el);
    if (parent == kNoNode || !doc_.is_element(parent)) continue;
    std::string text = inner_text(doc_, el);
    size_t len = utf8_length(text);
    if (len < kMinParagraphLength) continue;
    int commas = is_line_list(el, len) ? 0 : count_commas(text);
    double score = 1 + commas + std::min<double>(std::floor(len / 100.0), 3);
    int level = 0;
    for (NodeId anc = parent; anc != kNoNode && level < kScoredAncestorLevels;
         anc = doc_.parent(anc), ++level) {
      NodeId anc_parent = doc_.parent(anc);
      if (!doc_.is_element(anc) || anc_parent == kNoNode || !doc_.is_element(anc_parent)) break;
      if (!scores_.has(anc)) {
        initialize_node(anc);
        candidates.push_back(anc);
      }
      double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      scores_.add(anc, score / divider);
    }
  }

  if ((flags_ & kOnlyInMain) && main_ != kNoNode) {
    candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                    [&](NodeId c) { return c >= in_main_.size() || !in_main_[c]; }),
                     candidates.end());
  }
  bool created = false;
  NodeId top = select_top_candidate(candidates, created);
  if (top == kNoNode) return kNoNode;
  if (main_ != kNoNode && !created) {
    top_in_main_ = top == main_ || doc_.is_ancestor(main_, top) || doc_.is_ancestor(top, main_);
    top_outside_main_ = !top_in_main_;
  }
  if (opt_.thread && !created) top = thread_container(doc_, top);
  if (opt_.whole_main && !created && main_ != kNoNode && main_ != top &&
      doc_.is_ancestor(main_, top) && !doc_.is_html(main_, Tag::kBody))
    top = main_;
  std::vector<NodeId> parts = created ? std::vector<NodeId>() : find_split_article_parts(top);
  top_ = created ? kNoNode : top;
  NodeId hero = created ? kNoNode : find_hero_figure(top);
  std::vector<NodeId> leads = created ? std::vector<NodeId>() : find_lead_paragraphs(top);
  NodeId article = created ? top : gather_siblings(top);
  // Lead paragraphs first, in document order.
  NodeId front = doc_.first_child(article);
  for (NodeId lead : leads) {
    if (doc_.is_ancestor(article, lead)) continue;
    doc_.insert_before(article, lead, front);
  }
  if (hero != kNoNode) parts.push_back(hero);
  for (NodeId part : parts) {
    if (doc_.is_ancestor(article, part)) continue;
    // At its place in document order (node ids grow in document order).
    NodeId before = doc_.first_child(article);
    while (before != kNoNode && before < part) before = doc_.next_sibling(before);
    doc_.insert_before(article, part, before);
  }
  if (created) {
    NodeId wrapper = doc_.create_element(Tag::kDiv);
    doc_.append_child(wrapper, top);
    article = wrapper;
  }
  CleanContext ctx{doc_, log_, opt_, (flags_ & kCleanConditionally) != 0};
  ctx.weight_classes = (flags_ & kWeightClasses) != 0;
  prep_article(ctx, article);
  return article;
}

// The learned container choice (container_model.h): when the model predicts
// that another candidate container holds the page's content better than the
// rules' choice, the article is that container, taken whole from a fresh
// copy of the page (hidden parts left out).
void take_learned_container(const PageFactory& make_page, ContainerSet& set, NodeId rules_top,
                            bool record, Extraction& best) {
  // The rules' article's length with CJK characters weighted as in
  // prose.h (hukumusume, qq: a whole story in 680 code points).
  set_choice_features(set, rules_top, text_units(*best.page.doc, best.content).total_chars);
  std::vector<double> gains;
  int pick = choose_container(container_model(), set, &gains);
  if (record) {
    best.containers.clear();
    for (size_t i = 0; i < set.candidates.size(); ++i) {
      const ContainerCandidate& c = set.candidates[i];
      best.containers.push_back({std::vector<float>(c.row.begin(), c.row.end()), c.text_begin,
                                 c.text_end, gains[i], static_cast<int>(i) == pick});
    }
  }
  // The diagnostic dump shows the rules' article (the trainer's baseline)
  // and what the model would choose, without taking it.
  if (pick < 0 || record) return;
  NodeId node = set.candidates[static_cast<size_t>(pick)].node;
  // The candidates' ids are those of every copy of the page (the factory is
  // deterministic), so the rules' page can answer for the fresh copy.
  const Document& rules_doc = *best.page.doc;
  if (node >= rules_doc.node_count() || !rules_doc.is_element(node)) return;
  // The rules' page goes before the copy is made: holding both would put two
  // DOMs of the page on the heap at once (issue 12's peak-heap goal).
  best.page = PreparedPage{};
  best.content = kNoNode;
  best.text_length = 0;
  PreparedPage page = make_page();
  if (!page.doc) return;
  Document& doc = *page.doc;
  if (node >= doc.node_count() || !doc.is_element(node)) return;
  std::vector<NodeId> hidden;
  for (NodeId n = doc.first_child(node); n != kNoNode;) {
    if (doc.is_element(n) && (!is_probably_visible(doc, n) ||
                              (doc.attr(n, "aria-modal") == "true" && doc.attr(n, "role") == "dialog"))) {
      hidden.push_back(n);
      n = doc.next_skipping_children(n, node);
      continue;
    }
    n = doc.next_in_tree(n, node);
  }
  for (NodeId n : hidden) doc.detach(n);
  NodeId article = doc.create_element(Tag::kDiv);
  if (doc.is_html(node, Tag::kBody)) {
    doc.move_children(node, article);
  } else {
    doc.append_child(article, node);
  }
  best.page = std::move(page);
  best.content = article;
  best.text_length = inner_text_length(doc, article);
}

}  // namespace

Extraction extract_article(const PageFactory& make_page, const ExtractOptions& options) {
  int flags = kStripUnlikelys | kWeightClasses | kCleanConditionally;
  Extraction best;
  bool have_best = false;
  // The first attempt stripped the page's <main> (see kMinStrippedMainProse):
  // attempts whose candidate lies in <main> win.
  bool prefer_main = false;
  bool best_in_main = false;
  // The candidates of the learned container choice, from the first
  // attempt's page before the attempt changes it.
  const BlockModel& cmodel = container_model();
  // Articles never take another container: no candidates gathered there
  // (one walk and its per-node arrays on most pages); the diagnostic dump
  // gathers them on every page.
  const bool choose = (cmodel.tree_count > 0 && container_choice_applies(options.page_type) &&
                       container_model_matches_features(cmodel)) ||
                      options.record_blocks;
  ContainerSet containers;
  std::vector<std::string> candidate_texts;
  NodeId best_top = kNoNode;
  for (int attempt = 0;; ++attempt) {
    PreparedPage page = make_page();
    if (!page.doc) break;
    if (attempt == 0 && choose) {
      containers = container_candidates(*page.doc, options.page_type);
      if (options.record_blocks) {
        for (NodeId t : containers.texts) candidate_texts.emplace_back(page.doc->data(t));
      }
    }
    // Like Readability, byline elements are removed from the content even when
    // the metadata already names the author.
    std::string byline;
    Attempt a(*page.doc, page.log, options, flags, byline);
    NodeId content = a.run();
    size_t len = content == kNoNode ? 0 : inner_text_length(*page.doc, content);
    bool in_main = a.top_in_main() && len > 0;
    bool better = !have_best || len > best.text_length;
    if (prefer_main) better = in_main && (!best_in_main || len > best.text_length);
    if (attempt == 0 && a.stripped_main()) prefer_main = true;
    if (better) {
      best_in_main = in_main;
      best.page = std::move(page);
      best.content = content;
      best.byline = byline;
      best.text_length = len;
      best.attempt = attempt;
      best_top = a.top();
      have_best = true;
    }
    if (prefer_main && attempt == 0) {
      flags = (flags & ~(kStripUnlikelys | kWeightClasses)) | kOnlyInMain;
      continue;
    }
    if (len >= options.char_threshold && (!prefer_main || best_in_main)) break;
    if (flags & kStripUnlikelys) flags &= ~kStripUnlikelys;
    else if (flags & kWeightClasses) flags &= ~kWeightClasses;
    else if (flags & kCleanConditionally) flags &= ~kCleanConditionally;
    else break;
  }
  if (best.content != kNoNode && choose) {
    take_learned_container(make_page, containers, best_top, options.record_blocks, best);
    best.candidate_texts = std::move(candidate_texts);
  }
  if (best.content != kNoNode) {
    remove_link_paragraphs(*best.page.doc, best.content, best.page.log);
    trim_trailing_boilerplate(*best.page.doc, best.content, best.page.log);
    prune_learned_blocks(*best.page.doc, best.content, options, best.page.log,
                         options.record_blocks ? &best.blocks : nullptr);
    best.text_length = inner_text_length(*best.page.doc, best.content);
  }
  return best;
}

}  // namespace reader::extract
