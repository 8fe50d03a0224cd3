#include "css/host_match.h"

#include "base/url.h"

namespace reader::css {
namespace {

// Second-level labels under which ccTLDs sell names (co.uk, com.au, ac.jp...):
// enough to approximate the public-suffix list for "example.*" entities.
constexpr std::string_view kSecondLevelLabels[] = {
    "ac", "co", "com", "edu", "gen", "go", "gob", "gov", "info", "int", "ltd", "mil",
    "ne", "net", "nic", "nom", "or", "org", "plc", "sch", "web"};

bool is_label(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
              static_cast<unsigned char>(c) >= 0x80;
    if (!ok) return false;
  }
  return true;
}

bool is_ascii_letters(std::string_view s) {
  for (char c : s) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

// "com", "de", "co.uk", "com.au"...
bool looks_like_public_suffix(std::string_view s) {
  size_t dot = s.find('.');
  if (dot == std::string_view::npos) return is_label(s);
  std::string_view second = s.substr(0, dot);
  std::string_view top = s.substr(dot + 1);
  if (top.size() != 2 || !is_ascii_letters(top)) return false;
  for (std::string_view l : kSecondLevelLabels) {
    if (l == second) return true;
  }
  return false;
}

// `host` is `domain` or a subdomain of it.
bool is_same_or_subdomain(std::string_view host, std::string_view domain) {
  if (domain.empty() || host.size() < domain.size()) return false;
  if (host.compare(host.size() - domain.size(), domain.size(), domain) != 0) return false;
  return host.size() == domain.size() || host[host.size() - domain.size() - 1] == '.';
}

}  // namespace

bool host_matches(std::string_view host_in, std::string_view pattern_in) {
  std::string host = normalize_host(host_in);
  std::string pattern = normalize_host(pattern_in);
  if (pattern == "*") return true;
  if (host.empty() || pattern.empty()) return false;
  if (pattern.size() > 2 && pattern.compare(pattern.size() - 2, 2, ".*") == 0) {
    // Entity: strip a plausible public suffix from the host, then compare.
    std::string_view base = std::string_view(pattern).substr(0, pattern.size() - 2);
    std::string_view h = host;
    for (size_t dot = h.find('.'); dot != std::string_view::npos; dot = h.find('.', dot + 1)) {
      if (looks_like_public_suffix(h.substr(dot + 1)) && is_same_or_subdomain(h.substr(0, dot), base)) {
        return true;
      }
    }
    return false;
  }
  return is_same_or_subdomain(host, pattern);
}

}  // namespace reader::css
