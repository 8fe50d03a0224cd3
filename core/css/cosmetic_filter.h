// Cosmetic (element hiding) filters in uBlock Origin / AdBlock Plus syntax.
//
//   ##.ad-banner                       generic: every site
//   example.com,~shop.example.com##.x  listed hosts and their subdomains, minus negated ones
//   example.*##.x                      any public suffix: example.com, example.co.uk
//   example.com#@#.x                   exception: cancels hiding filters with selector
//                                      ".x" on matching hosts (#@#.x: everywhere)
//   ##div.box:has-text(Subscribe)      procedural operators :has-text(text | /re/i),
//   ##li:-abp-contains(Ad)             :-abp-contains() (= :has-text), :-abp-has() (= :has);
//   ##div:-abp-has(> .sponsor)         nestable inside :not()/:has()
// "!" comments, blank lines and "[Adblock Plus 2.0]" headers are skipped.
// Everything else is reported as a FilterError with its 1-based line number:
// network filters (||ads.example.com^), ABP/uBO extensions (#?#, #$#, #%#,
// ##+js(), ##^), and procedural operators we do not run (:upward(), :xpath(),
// :style(), :matches-css()...). Nothing is silently ignored.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "css/selector.h"
#include "dom/document.h"

namespace reader::css {

struct FilterError {
  int line = 0;          // 1-based
  std::string text;      // the line, trimmed
  std::string reason;
};

struct Match {
  dom::NodeId node = dom::kNoNode;
  std::string rule_text;  // the original filter line that hid the node
};

class FilterList {
 public:
  static FilterList parse(std::string_view text, std::vector<FilterError>* errors);

  // Elements among the descendants of `scope` hidden on `hostname` (may be
  // empty: then only filters without included domains apply), in tree order,
  // one Match per element naming the first filter (in list order) hiding it.
  std::vector<Match> apply(const dom::Document& doc, dom::NodeId scope,
                           std::string_view hostname) const;

  size_t filter_count() const { return filters_.size(); }
  size_t exception_count() const { return exceptions_.size(); }

 private:
  struct Domains {
    std::vector<std::string> include;  // "example.com", "example.*"
    std::vector<std::string> exclude;  // from "~sub.example.com"
    bool matches(std::string_view host) const;
  };
  struct Filter {
    std::string rule_text;
    std::string selector_text;
    Domains domains;
    SelectorList selector;
  };
  struct Exception {
    std::string selector_text;
    Domains domains;
  };

  void index(uint32_t filter);

  std::vector<Filter> filters_;
  std::vector<Exception> exceptions_;
  // Filters by the id / class / attribute name / tag key of their rightmost
  // compounds, so apply() tests each element only against filters that can
  // match it (EasyList-sized lists would otherwise cost lines x elements).
  std::unordered_map<std::string, std::vector<uint32_t>> by_id_;
  std::unordered_map<std::string, std::vector<uint32_t>> by_class_;
  std::unordered_map<std::string, std::vector<uint32_t>> by_attr_;
  std::unordered_map<std::string, std::vector<uint32_t>> by_tag_;
  std::vector<uint32_t> unkeyed_;
};

}  // namespace reader::css
