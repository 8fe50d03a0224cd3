#include "css/selector_matcher.h"

#include <unordered_map>

#include "base/ascii.h"
#include "base/text.h"
#include "css/text_matcher.h"

namespace reader::css::detail {
namespace {

using dom::kNoNode;
using dom::NodeId;

// Outcome of matching a complex selector from one compound leftwards; the
// three failure kinds tell the caller how far back it must restart (Servo's
// SelectorMatchingResult), which keeps descendant matching linear in depth.
enum class Result { kMatched, kRestartFromLaterSibling, kRestartFromDescendant, kNotMatchedGlobally };

bool equals(std::string_view a, std::string_view b, bool ci) {
  return ci ? equals_ignore_case(a, b) : a == b;
}

// `token` among the whitespace-separated tokens of `list`.
bool contains_token(std::string_view list, std::string_view token, bool ci) {
  size_t i = 0;
  while (i < list.size()) {
    while (i < list.size() && is_html_space(list[i])) ++i;
    size_t start = i;
    while (i < list.size() && !is_html_space(list[i])) ++i;
    if (i > start && equals(list.substr(start, i - start), token, ci)) return true;
  }
  return false;
}

NodeId parent_element(const dom::Document& doc, NodeId el, NodeId limit) {
  NodeId p = doc.parent(el);
  if (p == kNoNode || p == limit || !doc.is_element(p)) return kNoNode;
  return p;
}
NodeId prev_element(const dom::Document& doc, NodeId el) {
  for (NodeId n = doc.prev_sibling(el); n != kNoNode; n = doc.prev_sibling(n)) {
    if (doc.is_element(n)) return n;
  }
  return kNoNode;
}
NodeId next_element(const dom::Document& doc, NodeId el) {
  for (NodeId n = doc.next_sibling(el); n != kNoNode; n = doc.next_sibling(n)) {
    if (doc.is_element(n)) return n;
  }
  return kNoNode;
}
bool same_type(const dom::Document& doc, NodeId a, NodeId b) {
  return doc.ns(a) == doc.ns(b) && doc.name(a) == doc.name(b);
}

bool nth_matches(int64_t a, int64_t b, int64_t index) {
  if (a == 0) return index == b;
  int64_t diff = index - b;
  return diff % a == 0 && diff / a >= 0;
}

class Matcher {
 public:
  explicit Matcher(MatchContext& ctx) : ctx_(ctx), doc_(ctx.doc) {}

  bool list(const std::vector<ComplexSelector>& selectors, NodeId el) {
    for (const ComplexSelector& c : selectors) {
      if (complex(c, 0, el, kNoNode, kNoNode) == Result::kMatched) return true;
    }
    return false;
  }

 private:
  // Matches compounds[i..] with compounds[i] at `el`. `anchor` is the :has
  // subject for relative selectors; ancestors are not walked above `limit`'s
  // children (limit = the anchor's parent, so the walk stays near the anchor).
  // Compounds from `end` on are ignored (end = 0: all of them).
  Result complex(const ComplexSelector& c, size_t i, NodeId el, NodeId anchor, NodeId limit,
                 size_t end = 0) {
    const Compound& comp = c.compounds[i];
    if (!compound(comp, el, anchor)) return Result::kRestartFromLaterSibling;
    if (i + 1 == (end == 0 ? c.compounds.size() : end)) return Result::kMatched;
    Combinator comb = comp.combinator;
    bool sibling = is_sibling_combinator(comb);
    Result not_found = sibling ? Result::kRestartFromDescendant : Result::kNotMatchedGlobally;
    NodeId next = sibling ? prev_element(doc_, el) : parent_element(doc_, el, limit);
    while (true) {
      if (next == kNoNode) return not_found;
      Result r = complex(c, i + 1, next, anchor, limit, end);
      if (r == Result::kMatched || r == Result::kNotMatchedGlobally ||
          comb == Combinator::kNextSibling) {
        return r;
      }
      if (comb == Combinator::kChild) return Result::kRestartFromDescendant;
      if (r == Result::kRestartFromDescendant && comb == Combinator::kSubsequentSibling) return r;
      next = sibling ? prev_element(doc_, next) : parent_element(doc_, next, limit);
    }
  }

  bool compound(const Compound& comp, NodeId el, NodeId anchor) {
    if (comp.is_anchor) return el == anchor;
    for (const SimpleSelector& s : comp.simples) {
      if (!simple(s, el)) return false;
    }
    return true;
  }

  bool simple(const SimpleSelector& s, NodeId el) {
    switch (s.kind) {
      case SimpleKind::kType:
        return doc_.ns(el) == dom::Ns::kHtml ? equals_ignore_case(doc_.name(el), s.name)
                                             : doc_.name(el) == s.raw_name;
      case SimpleKind::kId: {
        dom::FoundAttr id = doc_.find_attr(el, "id");
        return id && equals(id->value, s.name, ctx_.quirks);
      }
      case SimpleKind::kClass: {
        dom::FoundAttr cls = doc_.find_attr(el, "class");
        return cls && contains_token(cls->value, s.name, ctx_.quirks);
      }
      case SimpleKind::kAttrExists: case SimpleKind::kAttrEquals: case SimpleKind::kAttrIncludes:
      case SimpleKind::kAttrDashMatch: case SimpleKind::kAttrPrefix: case SimpleKind::kAttrSuffix:
      case SimpleKind::kAttrSubstring:
        return attribute(s, el);
      case SimpleKind::kNot: return !list(s.list, el);
      case SimpleKind::kIs: return list(s.list, el);
      case SimpleKind::kHas: return has(s, el);
      case SimpleKind::kNthChild: case SimpleKind::kNthLastChild: case SimpleKind::kNthOfType:
      case SimpleKind::kNthLastOfType:
        return nth(s, el);
      case SimpleKind::kOnlyChild:
        return prev_element(doc_, el) == kNoNode && next_element(doc_, el) == kNoNode;
      case SimpleKind::kOnlyOfType: {
        const MatchContext::NthEntry e = positions(el);
        return e.type_index == 1 && e.last_type_index == 1;
      }
      case SimpleKind::kEmpty:
        for (NodeId c = doc_.first_child(el); c != kNoNode; c = doc_.next_sibling(c)) {
          if (doc_.is_element(c) || (doc_.is_text(c) && !doc_.data(c).empty())) return false;
        }
        return true;
      case SimpleKind::kRoot: return is_root(el);
      case SimpleKind::kScope: return ctx_.scope == kNoNode ? is_root(el) : el == ctx_.scope;
      case SimpleKind::kHasText: return has_text(s, el);
    }
    return false;
  }

  bool has_text(const SimpleSelector& s, NodeId el) {
    const bool prune = ctx_.use_caches && !s.text->is_regex();
    std::vector<uint8_t>* miss = nullptr;
    if (prune) {
      miss = &ctx_.text_miss[&s];
      if (miss->size() < doc_.node_count()) miss->resize(doc_.node_count(), 0);
      if ((*miss)[el]) return false;
    }
    collapsed_text(doc_, el, s.text->input_cap(), ctx_.scratch_text);
    if (s.text->matches(ctx_.scratch_text)) return true;
    if (prune) {
      (*miss)[el] = 1;
      for (NodeId n = doc_.first_child(el); n != kNoNode; n = doc_.next_in_tree(n, el)) (*miss)[n] = 1;
    }
    return false;
  }

  bool is_root(NodeId el) const {
    NodeId p = doc_.parent(el);
    return p != kNoNode && doc_.type(p) == dom::NodeType::kDocument;
  }

  // Selectors 4 §6.1-6.3. Attribute names match ASCII case-insensitively.
  bool attribute(const SimpleSelector& s, NodeId el) {
    dom::FoundAttr found;
    for (const dom::Attr& a : doc_.attrs(el)) {
      if (equals_ignore_case(a.name, s.name)) {
        found = dom::FoundAttr(a);
        break;
      }
    }
    if (!found) return false;
    std::string_view v = found->value;
    std::string_view want = s.value;
    bool ci = s.case_insensitive || (s.html_case_insensitive && doc_.ns(el) == dom::Ns::kHtml);
    switch (s.kind) {
      case SimpleKind::kAttrExists: return true;
      case SimpleKind::kAttrEquals: return equals(v, want, ci);
      case SimpleKind::kAttrIncludes: {
        if (want.empty()) return false;
        for (char c : want) {
          if (is_html_space(c)) return false;
        }
        return contains_token(v, want, ci);
      }
      case SimpleKind::kAttrDashMatch:
        return equals(v, want, ci) ||
               (v.size() > want.size() && v[want.size()] == '-' &&
                equals(v.substr(0, want.size()), want, ci));
      case SimpleKind::kAttrPrefix:
        return !want.empty() && v.size() >= want.size() && equals(v.substr(0, want.size()), want, ci);
      case SimpleKind::kAttrSuffix:
        return !want.empty() && v.size() >= want.size() &&
               equals(v.substr(v.size() - want.size()), want, ci);
      case SimpleKind::kAttrSubstring: {
        if (want.empty() || v.size() < want.size()) return false;
        for (size_t i = 0; i + want.size() <= v.size(); ++i) {
          if (equals(v.substr(i, want.size()), want, ci)) return true;
        }
        return false;
      }
      default: return false;
    }
  }

  // 1-based positions of `el` among its element siblings (and same-type ones).
  MatchContext::NthEntry positions(NodeId el) {
    if (ctx_.use_caches) {
      if (ctx_.nth.size() < doc_.node_count()) ctx_.nth.resize(doc_.node_count());
      if (ctx_.nth[el].index == 0) fill_positions(el);
      return ctx_.nth[el];
    }
    MatchContext::NthEntry e;
    e.index = e.last_index = e.type_index = e.last_type_index = 1;
    for (NodeId n = prev_element(doc_, el); n != kNoNode; n = prev_element(doc_, n)) {
      ++e.index;
      if (same_type(doc_, n, el)) ++e.type_index;
    }
    for (NodeId n = next_element(doc_, el); n != kNoNode; n = next_element(doc_, n)) {
      ++e.last_index;
      if (same_type(doc_, n, el)) ++e.last_type_index;
    }
    return e;
  }

  // Fills the cache for every element sibling of `el` in two passes.
  void fill_positions(NodeId el) {
    NodeId parent = doc_.parent(el);
    if (parent == kNoNode) {
      ctx_.nth[el] = {1, 1, 1, 1};
      return;
    }
    std::unordered_map<std::string, uint32_t> per_type;
    auto type_key = [&](NodeId n) {
      std::string key(1, static_cast<char>(doc_.ns(n)));
      key.append(doc_.name(n));
      return key;
    };
    uint32_t i = 0;
    for (NodeId n = doc_.first_child(parent); n != kNoNode; n = doc_.next_sibling(n)) {
      if (!doc_.is_element(n)) continue;
      ctx_.nth[n].index = ++i;
      ctx_.nth[n].type_index = ++per_type[type_key(n)];
    }
    per_type.clear();
    i = 0;
    for (NodeId n = doc_.last_child(parent); n != kNoNode; n = doc_.prev_sibling(n)) {
      if (!doc_.is_element(n)) continue;
      ctx_.nth[n].last_index = ++i;
      ctx_.nth[n].last_type_index = ++per_type[type_key(n)];
    }
  }

  // Selectors 4 §14.4 child-indexed and typed child-indexed pseudo-classes.
  bool nth(const SimpleSelector& s, NodeId el) {
    if (!s.list.empty()) {  // :nth-child(An+B of S): count siblings matching S
      if (!list(s.list, el)) return false;
      bool backwards = s.kind == SimpleKind::kNthLastChild;
      int64_t index = 1;
      for (NodeId n = backwards ? next_element(doc_, el) : prev_element(doc_, el); n != kNoNode;
           n = backwards ? next_element(doc_, n) : prev_element(doc_, n)) {
        if (list(s.list, n)) ++index;
      }
      return nth_matches(s.a, s.b, index);
    }
    // :first-child / :last-child need no counting.
    if (s.a == 0 && s.b == 1 && s.kind == SimpleKind::kNthChild) return prev_element(doc_, el) == kNoNode;
    if (s.a == 0 && s.b == 1 && s.kind == SimpleKind::kNthLastChild) return next_element(doc_, el) == kNoNode;
    const MatchContext::NthEntry e = positions(el);
    switch (s.kind) {
      case SimpleKind::kNthChild: return nth_matches(s.a, s.b, e.index);
      case SimpleKind::kNthLastChild: return nth_matches(s.a, s.b, e.last_index);
      case SimpleKind::kNthOfType: return nth_matches(s.a, s.b, e.type_index);
      default: return nth_matches(s.a, s.b, e.last_type_index);
    }
  }

  // Selectors 4 §4.5 :has(): some element, in the region the relative
  // selector's leading combinator points at, matches it with `anchor` as :has subject.
  bool has(const SimpleSelector& s, NodeId anchor) {
    for (const ComplexSelector& rel : s.list) {
      if (has_one(rel, anchor)) return true;
    }
    return false;
  }

  bool rel_matches(const ComplexSelector& rel, NodeId el, NodeId anchor, NodeId limit) {
    return complex(rel, 0, el, anchor, limit) == Result::kMatched;
  }

  bool has_one(const ComplexSelector& rel, NodeId anchor) {
    const size_t n = rel.compounds.size();  // >= 2: the last one is the anchor
    const Combinator leading = rel.compounds[n - 2].combinator;
    const bool single = n == 2;
    const NodeId limit = doc_.parent(anchor);
    if (!is_sibling_combinator(leading)) {
      if (single && leading == Combinator::kChild) {
        for (NodeId c = doc_.first_child(anchor); c != kNoNode; c = doc_.next_sibling(c)) {
          if (doc_.is_element(c) && compound(rel.compounds[0], c, anchor)) return true;
        }
        return false;
      }
      if (ctx_.use_caches) {
        // Exact for a single compound; otherwise a filter that rejects most
        // anchors (those without even an unanchored match below) in O(1).
        bool some = has_descendant_memo(rel, anchor);
        if (single || !some) return some;
      }
      for (NodeId e = doc_.first_child(anchor); e != kNoNode; e = doc_.next_in_tree(e, anchor)) {
        if (doc_.is_element(e) && rel_matches(rel, e, anchor, limit)) return true;
      }
      return false;
    }
    bool only_siblings = true;  // every later combinator is a sibling one
    for (size_t i = 0; i + 2 < n; ++i) {
      if (!is_sibling_combinator(rel.compounds[i].combinator)) only_siblings = false;
    }
    for (NodeId sib = next_element(doc_, anchor); sib != kNoNode; sib = next_element(doc_, sib)) {
      if (rel_matches(rel, sib, anchor, limit)) return true;
      if (single && leading == Combinator::kNextSibling) return false;
      if (only_siblings) continue;
      for (NodeId e = doc_.first_child(sib); e != kNoNode; e = doc_.next_in_tree(e, sib)) {
        if (doc_.is_element(e) && rel_matches(rel, e, anchor, limit)) return true;
      }
    }
    return false;
  }

  // "Some descendant of `anchor` matches the relative selector without its
  // anchor" (rel's compounds except the last, ancestors unrestricted) does not
  // depend on the anchor, so results are memoised per node: a subtree known to
  // hold no match is skipped, and one known to hold a match ends the search.
  // Over a whole select_all this is O(nodes) instead of O(nodes x depth). For
  // :has(compound) it is the exact answer.
  bool has_descendant_memo(const ComplexSelector& rel, NodeId anchor) {
    std::vector<uint8_t>& memo = ctx_.has_memo[&rel];
    if (memo.size() < doc_.node_count()) memo.resize(doc_.node_count(), 0);
    constexpr uint8_t kTrue = 1, kFalse = 2;
    if (memo[anchor] != 0) return memo[anchor] == kTrue;
    std::vector<NodeId> visited;
    NodeId found = kNoNode;
    NodeId e = doc_.first_child(anchor);
    while (e != kNoNode) {
      if (!doc_.is_element(e)) {
        e = doc_.next_in_tree(e, anchor);
        continue;
      }
      if (memo[e] == kTrue ||
          complex(rel, 0, e, kNoNode, kNoNode, rel.compounds.size() - 1) == Result::kMatched) {
        found = e;
        break;
      }
      if (memo[e] == kFalse) {
        e = doc_.next_skipping_children(e, anchor);
        continue;
      }
      visited.push_back(e);
      e = doc_.next_in_tree(e, anchor);
    }
    if (found == kNoNode) {
      for (NodeId v : visited) memo[v] = kFalse;
      memo[anchor] = kFalse;
      return false;
    }
    // Ancestors of the match hold it; everything visited before it in
    // preorder that is not an ancestor was searched completely.
    for (NodeId p = doc_.parent(found); p != anchor && p != kNoNode; p = doc_.parent(p)) memo[p] = kTrue;
    for (NodeId v : visited) {
      if (memo[v] == 0) memo[v] = kFalse;
    }
    memo[anchor] = kTrue;
    return true;
  }

  MatchContext& ctx_;
  const dom::Document& doc_;
};

}  // namespace

bool match_list(const std::vector<ComplexSelector>& list, NodeId element, MatchContext& ctx) {
  return Matcher(ctx).list(list, element);
}

}  // namespace reader::css::detail
