#include "sanitize/url_policy.h"

#include "base/ascii.h"
#include "base/text.h"
#include "base/url.h"

namespace reader::sanitize {
namespace {

// data: URLs allowed as img[src]: raster formats only. image/svg+xml can
// carry script, so it is left out.
bool is_safe_image_data_url(std::string_view after_scheme) {
  size_t end = after_scheme.find_first_of(";,");
  if (end == std::string_view::npos) return false;
  std::string_view mime = trim_html_space(after_scheme.substr(0, end));
  for (std::string_view ok : {"image/png", "image/gif", "image/jpeg", "image/webp", "image/avif"}) {
    if (equals_ignore_case(mime, ok)) return true;
  }
  return false;
}

}  // namespace

bool is_safe_url(std::string_view raw, UrlUse use) {
  const std::string url = url_preprocess(raw);
  const size_t colon = url.find(':');
  const size_t delimiter = url.find_first_of("/?#");
  if (colon == std::string::npos || (delimiter != std::string::npos && delimiter < colon)) {
    return use != UrlUse::kMedia;  // relative URL or fragment
  }
  if (colon == 0 || url_scheme_length(url) != colon) return false;  // no valid scheme before ':'
  const std::string_view scheme = std::string_view(url).substr(0, colon);
  if (equals_ignore_case(scheme, "https")) return true;
  if (use == UrlUse::kMedia) return false;
  if (equals_ignore_case(scheme, "http")) return true;
  if (use == UrlUse::kLink) return equals_ignore_case(scheme, "mailto") || equals_ignore_case(scheme, "tel");
  if (use == UrlUse::kImage && equals_ignore_case(scheme, "data")) {
    return is_safe_image_data_url(std::string_view(url).substr(colon + 1));
  }
  return false;
}

bool is_safe_srcset(std::string_view s, UrlUse use) {
  // HTML "parse a srcset attribute", reduced to finding each candidate URL.
  size_t i = 0;
  bool any = false;
  while (i < s.size()) {
    while (i < s.size() && (is_html_space(s[i]) || s[i] == ',')) ++i;  // splitting loop
    if (i >= s.size()) break;
    size_t start = i;
    while (i < s.size() && !is_html_space(s[i])) ++i;
    std::string_view url = s.substr(start, i - start);
    bool ends_candidate = false;
    while (!url.empty() && url.back() == ',') {  // "remove all trailing U+002C COMMA"
      url.remove_suffix(1);
      ends_candidate = true;
    }
    if (!is_safe_url(url, use)) return false;
    any = true;
    if (ends_candidate) continue;
    // Descriptors: skip to the next ',' outside parentheses.
    int parens = 0;
    while (i < s.size()) {
      if (s[i] == '(') ++parens;
      else if (s[i] == ')' && parens > 0) --parens;
      else if (s[i] == ',' && parens == 0) break;
      ++i;
    }
  }
  return any;
}

}  // namespace reader::sanitize
