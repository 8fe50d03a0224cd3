#include "css/cosmetic_filter.h"

#include <algorithm>
#include <limits>
#include <unordered_set>

#include "base/ascii.h"
#include "base/text.h"
#include "base/url.h"
#include "css/host_match.h"

namespace reader::css {
namespace {

// "[Adblock Plus 2.0]", "[uBlock Origin]", "[AdGuard]" list headers.
bool is_list_header(std::string_view line) {
  if (line.size() < 2 || line.front() != '[' || line.back() != ']') return false;
  std::string l = to_lower_ascii(line);
  return starts_with(l, "[adblock") || starts_with(l, "[ublock") || starts_with(l, "[adguard");
}

// Separators of cosmetic-looking syntaxes, longest first. Only ## and #@#
// are supported; the others name what the line is, for the error message.
struct Separator {
  std::string_view text;
  const char* unsupported;  // null: supported
};
constexpr Separator kSeparators[] = {
    {"#@?#", "exception for extended CSS (#@?#) is not supported"},
    {"#@$#", "exception for snippet/CSS injection (#@$#) is not supported"},
    {"#@%#", "exception for script injection (#@%#) is not supported"},
    {"#@#", nullptr},
    {"##", nullptr},
    {"#?#", "extended CSS (#?#) is not supported; write it with ## (e.g. ##div:-abp-has(...))"},
    {"#$#", "snippet/CSS injection (#$#) is not supported"},
    {"#%#", "script injection (#%#) is not supported"},
};

bool is_domain_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// "a.com,~b.a.com,example.*" -> include/exclude lists.
template <typename Domains>
bool parse_domains(std::string_view list, Domains* out, std::string* reason) {
  if (list.empty()) return true;
  if (list.front() == '/') {
    *reason = "regular-expression domains are not supported";
    return false;
  }
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    if (comma == std::string_view::npos) comma = list.size();
    std::string_view entry = trim_html_space(list.substr(start, comma - start));
    start = comma + 1;
    bool negated = !entry.empty() && entry.front() == '~';
    if (negated) entry.remove_prefix(1);
    if (entry.empty()) {
      *reason = "empty domain in domain list";
      return false;
    }
    std::string name = to_lower_ascii(entry);
    if (name == "*") {
      if (negated) {
        *reason = "'~*' is not a valid domain";
        return false;
      }
      continue;  // "*##x" is a generic filter
    }
    std::string_view body = name;
    if (body.size() > 2 && body.compare(body.size() - 2, 2, ".*") == 0) body.remove_suffix(2);
    for (char c : body) {
      if (!is_domain_char(c)) {
        *reason = c == '*' ? "wildcards are only supported as a trailing '.*'"
                           : "invalid domain '" + std::string(entry) + "'";
        return false;
      }
    }
    (negated ? out->exclude : out->include).push_back(std::move(name));
  }
  return true;
}

}  // namespace

bool FilterList::Domains::matches(std::string_view host) const {
  for (const std::string& d : exclude) {
    if (host_matches(host, d)) return false;
  }
  if (include.empty()) return true;
  for (const std::string& d : include) {
    if (host_matches(host, d)) return true;
  }
  return false;
}

FilterList FilterList::parse(std::string_view text, std::vector<FilterError>* errors) {
  FilterList list;
  int line_no = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = trim_html_space(text.substr(pos, nl - pos));
    pos = nl + 1;
    ++line_no;
    auto error = [&](std::string reason) {
      if (errors) errors->push_back({line_no, std::string(line), std::move(reason)});
    };
    if (line.empty() || line.front() == '!' || is_list_header(line)) continue;
    if (line == "#" || starts_with(line, "# ")) continue;  // uBO "# comment"

    size_t hash = line.find('#');
    const Separator* sep = nullptr;
    if (hash != std::string_view::npos) {
      for (const Separator& s : kSeparators) {
        if (line.compare(hash, s.text.size(), s.text) == 0) {
          sep = &s;
          break;
        }
      }
    }
    if (!sep) {
      bool html_filter = line.find("$$") != std::string_view::npos ||
                         line.find("$@$") != std::string_view::npos;
      error(html_filter ? "HTML filtering ($$) is not supported"
                        : "network filter: only cosmetic (##) filters are supported");
      continue;
    }
    if (sep->unsupported) {
      error(sep->unsupported);
      continue;
    }
    bool is_exception = sep->text == "#@#";
    std::string_view domain_text = line.substr(0, hash);
    size_t selector_start = hash + sep->text.size();
    std::string_view selector_raw = line.substr(selector_start);
    // Column of the first selector character, after leading blanks.
    while (!selector_raw.empty() && is_html_space(selector_raw.front())) {
      selector_raw.remove_prefix(1);
      ++selector_start;
    }
    std::string_view selector_text = trim_html_space(selector_raw);

    Domains domains;
    std::string reason;
    if (!parse_domains(domain_text, &domains, &reason)) {
      error(reason);
      continue;
    }
    if (selector_text.empty()) {
      error("empty selector");
      continue;
    }
    if (starts_with(selector_text, "+js(")) {
      error("scriptlet injection (##+js) is not supported");
      continue;
    }
    if (selector_text.front() == '^') {
      error("HTML filtering (##^) is not supported");
      continue;
    }
    SelectorError selector_error;
    SelectorParseOptions options;
    options.procedural = true;
    auto selector = SelectorList::parse(selector_text, &selector_error, options);
    if (!selector) {
      error("invalid selector at column " +
            std::to_string(selector_start + selector_error.position + 1) + ": " +
            selector_error.message);
      continue;
    }
    if (is_exception) {
      list.exceptions_.push_back({std::string(selector_text), std::move(domains)});
      continue;
    }
    list.filters_.push_back(
        {std::string(line), std::string(selector_text), std::move(domains), std::move(*selector)});
    list.index(static_cast<uint32_t>(list.filters_.size() - 1));
  }
  return list;
}

void FilterList::index(uint32_t f) {
  std::vector<SelectorKey> keys = filters_[f].selector.rightmost_keys();
  bool all_keyed = std::all_of(keys.begin(), keys.end(), [](const SelectorKey& k) {
    return k.kind != SelectorKey::Kind::kNone;
  });
  if (!all_keyed) {
    unkeyed_.push_back(f);
    return;
  }
  for (const SelectorKey& k : keys) {
    auto& bucket = k.kind == SelectorKey::Kind::kId      ? by_id_[k.value]
                   : k.kind == SelectorKey::Kind::kClass ? by_class_[k.value]
                   : k.kind == SelectorKey::Kind::kAttr  ? by_attr_[k.value]
                                                         : by_tag_[k.value];
    if (bucket.empty() || bucket.back() != f) bucket.push_back(f);
  }
}

std::vector<Match> FilterList::apply(const dom::Document& doc, dom::NodeId scope,
                                     std::string_view hostname) const {
  std::vector<Match> out;
  if (scope >= doc.node_count() || filters_.empty()) return out;
  const std::string host = normalize_host(hostname);

  std::unordered_set<std::string_view> excepted;
  for (const Exception& e : exceptions_) {
    if (e.domains.matches(host)) excepted.insert(e.selector_text);
  }
  std::vector<uint8_t> active(filters_.size(), 0);
  bool any_active = false;
  for (size_t i = 0; i < filters_.size(); ++i) {
    const Filter& f = filters_[i];
    active[i] = f.domains.matches(host) && excepted.count(f.selector_text) == 0;
    any_active = any_active || active[i];
  }
  if (!any_active) return out;

  constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();
  MatchSession session(doc, scope);
  std::vector<dom::NodeId> tested_on(filters_.size(), dom::kNoNode);
  for (dom::NodeId n = doc.first_child(scope); n != dom::kNoNode; n = doc.next_in_tree(n, scope)) {
    if (!doc.is_element(n)) continue;
    uint32_t best = kNone;
    // Buckets hold ascending filter indices: stop once past the best match.
    auto consider = [&](const std::vector<uint32_t>& bucket) {
      for (uint32_t f : bucket) {
        if (f >= best) return;
        if (!active[f] || tested_on[f] == n) continue;
        tested_on[f] = n;
        if (session.matches(filters_[f].selector, n)) best = f;
      }
    };
    auto lookup = [&](const std::unordered_map<std::string, std::vector<uint32_t>>& map,
                      std::string_view key) {
      if (map.empty()) return;
      auto it = map.find(to_lower_ascii(key));
      if (it != map.end()) consider(it->second);
    };
    std::string_view id = doc.attr(n, "id");
    if (!id.empty()) lookup(by_id_, id);
    if (!by_class_.empty()) {
      std::string_view cls = doc.attr(n, "class");
      size_t i = 0;
      while (i < cls.size()) {
        while (i < cls.size() && is_html_space(cls[i])) ++i;
        size_t start = i;
        while (i < cls.size() && !is_html_space(cls[i])) ++i;
        if (i > start) lookup(by_class_, cls.substr(start, i - start));
      }
    }
    if (!by_attr_.empty()) {
      for (const dom::Attr& a : doc.attrs(n)) lookup(by_attr_, a.name);
    }
    lookup(by_tag_, doc.name(n));
    consider(unkeyed_);
    if (best != kNone) out.push_back({n, filters_[best].rule_text});
  }
  return out;
}

}  // namespace reader::css
