#include "meta/meta_tags.h"

#include <vector>

#include "meta/text.h"

namespace reader::meta {
namespace {

// Readability REGEXPS for _getArticleMetadata, as word lists:
//   property: /\s*(article|dc|dcterm|og|twitter)\s*:\s*(author|creator|
//              description|published_time|title|site_name)\s*/gi
//   name:     /^\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))
//              \s*[-\.:]\s*)?(author|creator|pub-date|description|title|
//              site_name)\s*$/i
constexpr std::string_view kPropertyPrefixes[] = {"article", "dc", "dcterm", "og", "twitter"};
constexpr std::string_view kPropertyNames[] = {"author", "creator", "description",
                                               "published_time", "title", "site_name"};
constexpr std::string_view kNamePrefixes[] = {"dc", "dcterm", "og", "twitter", "parsely",
                                              "weibo:article", "weibo:webpage"};
constexpr std::string_view kNameNames[] = {"author", "creator", "pub-date", "description",
                                           "title", "site_name"};

size_t skip_spaces(std::string_view s, size_t i) {
  while (i < s.size()) {
    const size_t n = space_length_at(s, i);
    if (n == 0) break;
    i += n;
  }
  return i;
}

// Longest-first is not needed: the alternatives are tried in regex order,
// and a failed continuation backtracks to the next alternative.
template <size_t N>
std::vector<std::string_view> words_at(std::string_view s, size_t i,
                                       const std::string_view (&words)[N]) {
  std::vector<std::string_view> found;
  for (const std::string_view w : words) {
    if (starts_with_ignore_case(s.substr(i), w)) found.push_back(w);
  }
  return found;
}

// One match of the property pattern starting exactly at `i`; returns the
// normalized key ("og:title") and sets `end`, or "" when none.
std::string match_property_at(std::string_view s, size_t i, size_t& end) {
  for (const std::string_view prefix : words_at(s, i, kPropertyPrefixes)) {
    size_t k = skip_spaces(s, i + prefix.size());
    if (k >= s.size() || s[k] != ':') continue;
    k = skip_spaces(s, k + 1);
    const std::vector<std::string_view> names = words_at(s, k, kPropertyNames);
    if (names.empty()) continue;
    end = skip_spaces(s, k + names.front().size());
    return to_lower_ascii(prefix) + ":" + std::string(names.front());
  }
  return {};
}

// All non-overlapping matches of the (unanchored, global) property pattern.
std::vector<std::string> property_keys(std::string_view s) {
  std::vector<std::string> keys;
  size_t i = 0;
  while (i < s.size()) {
    size_t end = i;
    std::string key = match_property_at(s, i, end);
    if (key.empty()) {
      ++i;
      continue;
    }
    keys.push_back(std::move(key));
    i = end > i ? end : i + 1;
  }
  return keys;
}

// The name pattern is anchored: the whole attribute must match.
bool name_matches(std::string_view s) {
  const std::string_view t = trim(s);
  const auto is_name = [](std::string_view rest) {
    for (const std::string_view n : kNameNames) {
      if (equals_ignore_case(rest, n)) return true;
    }
    return false;
  };
  if (is_name(t)) return true;
  for (const std::string_view prefix : words_at(t, 0, kNamePrefixes)) {
    size_t k = skip_spaces(t, prefix.size());
    if (k >= t.size() || (t[k] != '-' && t[k] != '.' && t[k] != ':')) continue;
    k = skip_spaces(t, k + 1);
    if (is_name(t.substr(k))) return true;
  }
  return false;
}

// Readability's key for a matching name: lowercase, no whitespace, '.' -> ':'.
std::string name_key(std::string_view s) {
  std::string key;
  for (size_t i = 0; i < s.size();) {
    const size_t n = space_length_at(s, i);
    if (n != 0) {
      i += n;
      continue;
    }
    key.push_back(s[i] == '.' ? ':' : ascii_lower(s[i]));
    ++i;
  }
  return key;
}

void add_first(std::unordered_map<std::string, std::string>& map, std::string key,
               std::string_view value) {
  if (key.empty()) return;
  map.emplace(std::move(key), std::string(value));
}

void split_tokens(std::string_view s, std::vector<std::string_view>& out) {
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_js_ascii_space(s[i])) ++i;
    size_t j = i;
    while (j < s.size() && !is_js_ascii_space(s[j])) ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
}

}  // namespace

const std::string& MetaTags::get(std::string_view key) const {
  static const std::string kEmpty;
  const auto it = readability.find(std::string(key));
  return it == readability.end() ? kEmpty : it->second;
}

const std::string& MetaTags::any(std::string_view key) const {
  static const std::string kEmpty;
  const auto it = all.find(std::string(key));
  return it == all.end() ? kEmpty : it->second;
}

MetaTags collect_meta_tags(const dom::Document& doc) {
  MetaTags tags;
  std::vector<std::string_view> tokens;
  for (dom::NodeId id = doc.first_child(dom::Document::root()); id != dom::kNoNode;
       id = doc.next_in_tree(id, dom::Document::root())) {
    if (!doc.is_html(id, dom::Tag::kMeta)) continue;
    const std::string_view content_raw = doc.attr(id, "content");
    if (content_raw.empty()) continue;
    const std::string content(trim(content_raw));
    const std::string_view name = doc.attr(id, "name");
    const std::string_view property = doc.attr(id, "property");

    // Readability: a matching property wins; otherwise a matching name.
    bool matched = false;
    if (!property.empty()) {
      for (std::string& key : property_keys(property)) {
        tags.readability[std::move(key)] = content;
        matched = true;
      }
    }
    if (!matched && !name.empty() && name_matches(name)) {
      tags.readability[name_key(name)] = content;
    }

    if (!name.empty()) {
      const std::string key = to_lower_ascii(trim(name));
      add_first(tags.all, key, content);
      add_first(tags.all, name_key(name), content);
    }
    tokens.clear();
    split_tokens(property, tokens);
    for (const std::string_view t : tokens) add_first(tags.all, to_lower_ascii(t), content);
    tokens.clear();
    split_tokens(doc.attr(id, "itemprop"), tokens);
    for (const std::string_view t : tokens) add_first(tags.all, "itemprop:" + to_lower_ascii(t), content);
    const std::string_view equiv = trim(doc.attr(id, "http-equiv"));
    if (!equiv.empty()) add_first(tags.all, "http-equiv:" + to_lower_ascii(equiv), content);
  }
  return tags;
}

}  // namespace reader::meta
