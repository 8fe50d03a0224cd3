#include "sanitize/url_policy.h"

#include "base/ascii.h"
#include "base/srcset.h"
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
  bool any = false;
  bool safe = true;
  for_each_srcset_candidate(s, [&](const SrcsetCandidate& c) {
    any = true;
    safe = is_safe_url(c.url, use);
    return safe;
  });
  return any && safe;
}

}  // namespace reader::sanitize
