// <meta> tag values: OpenGraph, Twitter, Dublin Core, Parsely, Weibo,
// citation_*, sailthru.* ... keyed the way Readability.js
// _getArticleMetadata keys them, plus a wider table for the other sources.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>

#include "dom/document.h"

namespace reader::meta {

struct MetaTags {
  // Readability's table: keys from its `property` pattern
  // (article|dc|dcterm|og|twitter) ":" (author|creator|description|
  // published_time|title|site_name), one per space-separated match, and from
  // its `name` pattern, lowercased with '.' read as ':' ("DC.title" ->
  // "dc:title", "parsely-pub-date", "weibo:article:title", "author").
  // A later <meta> overrides an earlier one, as in Readability.
  std::unordered_map<std::string, std::string> readability;
  // Every <meta content> by lowercase key; the first one wins:
  //   name="x"        -> "x"        (also with '.' read as ':')
  //   property="a b"  -> "a", "b"
  //   itemprop="x"    -> "itemprop:x"
  //   http-equiv="x"  -> "http-equiv:x"
  std::unordered_map<std::string, std::string> all;

  // Trimmed content for `key` in `readability` / `all`; "" when absent.
  const std::string& get(std::string_view key) const;
  const std::string& any(std::string_view key) const;
};

MetaTags collect_meta_tags(const dom::Document& doc);

}  // namespace reader::meta
