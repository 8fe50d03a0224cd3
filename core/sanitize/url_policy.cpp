#include "sanitize/url_policy.h"

#include "base/ascii.h"
#include "base/text.h"

namespace reader::sanitize {
namespace {

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// URL Standard: "scheme state" accepts ASCII alphanumeric, '+', '-', '.'.
bool is_scheme_char(char c) {
  return is_ascii_alpha(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
}


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

std::string clean_url_input(std::string_view url) {
  // "Remove any leading and trailing C0 control or space from input."
  size_t b = 0, e = url.size();
  while (b < e && static_cast<unsigned char>(url[b]) <= 0x20) ++b;
  while (e > b && static_cast<unsigned char>(url[e - 1]) <= 0x20) --e;
  // "Remove all ASCII tab or newline from input."
  std::string out;
  out.reserve(e - b);
  for (size_t i = b; i < e; ++i) {
    if (url[i] != '\t' && url[i] != '\n' && url[i] != '\r') out.push_back(url[i]);
  }
  return out;
}

bool is_safe_url(std::string_view raw, UrlUse use) {
  const std::string url = clean_url_input(raw);
  const size_t colon = url.find(':');
  const size_t delimiter = url.find_first_of("/?#");
  if (colon == std::string::npos || (delimiter != std::string::npos && delimiter < colon)) {
    return use != UrlUse::kMedia;  // relative URL or fragment
  }
  const std::string_view scheme = std::string_view(url).substr(0, colon);
  if (scheme.empty() || !is_ascii_alpha(scheme[0])) return false;
  for (char c : scheme) {
    if (!is_scheme_char(c)) return false;
  }
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
