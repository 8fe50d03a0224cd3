#include "css/selector.h"

#include "base/ascii.h"
#include "css/selector_matcher.h"
#include "css/selector_parser.h"

namespace reader::css {

using detail::MatchContext;

std::optional<SelectorList> SelectorList::parse(std::string_view text, SelectorError* error,
                                                 const SelectorParseOptions& options) {
  auto compiled = detail::parse_selector_list(text, options, error);
  if (!compiled) return std::nullopt;
  return SelectorList(std::move(compiled));
}

bool SelectorList::matches(const dom::Document& doc, dom::NodeId element) const {
  if (element >= doc.node_count() || !doc.is_element(element)) return false;
  MatchContext ctx(doc, dom::kNoNode, /*caches=*/false);
  return detail::match_list(compiled_->selectors, element, ctx);
}

size_t SelectorList::size() const { return compiled_->selectors.size(); }

namespace {


}  // namespace

std::vector<SelectorKey> SelectorList::rightmost_keys() const {
  std::vector<SelectorKey> keys;
  for (const detail::ComplexSelector& c : compiled_->selectors) {
    SelectorKey best;
    for (const detail::SimpleSelector& s : c.compounds.front().simples) {
      SelectorKey::Kind k = SelectorKey::Kind::kNone;
      switch (s.kind) {
        case detail::SimpleKind::kId: k = SelectorKey::Kind::kId; break;
        case detail::SimpleKind::kClass: k = SelectorKey::Kind::kClass; break;
        case detail::SimpleKind::kType: k = SelectorKey::Kind::kTag; break;
        case detail::SimpleKind::kAttrExists: case detail::SimpleKind::kAttrEquals:
        case detail::SimpleKind::kAttrIncludes: case detail::SimpleKind::kAttrDashMatch:
        case detail::SimpleKind::kAttrPrefix: case detail::SimpleKind::kAttrSuffix:
        case detail::SimpleKind::kAttrSubstring:
          k = SelectorKey::Kind::kAttr;
          break;
        default: break;
      }
      if (k == SelectorKey::Kind::kNone) continue;
      // Most selective wins (enum order kId < kClass < kAttr < kTag).
      if (best.kind == SelectorKey::Kind::kNone || k < best.kind) {
        best.kind = k;
        best.value = to_lower_ascii(s.name);
      }
    }
    keys.push_back(std::move(best));
  }
  return keys;
}

MatchSession::MatchSession(const dom::Document& doc, dom::NodeId scope)
    : ctx_(std::make_unique<MatchContext>(doc, scope, /*caches=*/true)) {}

MatchSession::~MatchSession() = default;

bool MatchSession::matches(const SelectorList& list, dom::NodeId element) {
  if (element >= ctx_->doc.node_count() || !ctx_->doc.is_element(element)) return false;
  return detail::match_list(list.compiled().selectors, element, *ctx_);
}

std::vector<dom::NodeId> select_all(const dom::Document& doc, dom::NodeId scope,
                                    const SelectorList& list) {
  std::vector<dom::NodeId> out;
  if (scope >= doc.node_count()) return out;
  MatchSession session(doc, scope);
  for (dom::NodeId n = doc.first_child(scope); n != dom::kNoNode; n = doc.next_in_tree(n, scope)) {
    if (doc.is_element(n) && session.matches(list, n)) out.push_back(n);
  }
  return out;
}

dom::NodeId select_first(const dom::Document& doc, dom::NodeId scope, const SelectorList& list) {
  if (scope >= doc.node_count()) return dom::kNoNode;
  MatchSession session(doc, scope);
  for (dom::NodeId n = doc.first_child(scope); n != dom::kNoNode; n = doc.next_in_tree(n, scope)) {
    if (doc.is_element(n) && session.matches(list, n)) return n;
  }
  return dom::kNoNode;
}

bool has_class(const dom::Document& doc, dom::NodeId element, std::string_view cls) {
  if (cls.empty() || element >= doc.node_count() || !doc.is_element(element)) return false;
  std::string_view list = doc.attr(element, "class");
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; };
  size_t i = 0;
  while (i < list.size()) {
    while (i < list.size() && space(list[i])) ++i;
    size_t start = i;
    while (i < list.size() && !space(list[i])) ++i;
    if (list.substr(start, i - start) == cls) return true;
  }
  return false;
}

}  // namespace reader::css
