// WHATWG URL Standard, "4.4 URL parsing" and "4.5 URL serializing", reduced
// to what resolving links needs (see url.h for what is and is not covered).
#include "base/url.h"

#include <cstdint>
#include <optional>
#include <vector>

#include "base/ascii.h"
#include "base/utf8.h"

namespace reader {
namespace {

struct Url {
  std::string scheme;     // lowercase, without ':'
  std::string userinfo;   // "user:pass" without '@' ("" when none)
  std::string host;       // lowercase
  std::string port;       // digits, "" for the default port
  std::string path;       // always starts with '/'
  std::string query;      // without '?'
  std::string fragment;   // without '#'
  bool has_query = false;
  bool has_fragment = false;
};

// 4.1 "special scheme" and its default port.
const char* default_port(std::string_view scheme) {
  if (scheme == "http" || scheme == "ws") return "80";
  if (scheme == "https" || scheme == "wss") return "443";
  if (scheme == "ftp") return "21";
  if (scheme == "file") return "";
  return nullptr;
}
bool is_special(std::string_view scheme) { return default_port(scheme) != nullptr; }

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

std::string url_preprocess(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && static_cast<unsigned char>(s[b]) <= 0x20) ++b;
  while (e > b && static_cast<unsigned char>(s[e - 1]) <= 0x20) --e;
  const std::string_view in = s.substr(b, e - b);
  // Most URLs hold no tab or newline: copied whole (a push_back per byte
  // was 1.3 % of clean()).
  bool plain = true;
  for (const char c : in) {
    // '\t' 0x09, '\n' 0x0A, '\r' 0x0D: one compare rejects every other byte.
    if (static_cast<unsigned char>(c) <= 0x0D && (c == '\t' || c == '\n' || c == '\r')) {
      plain = false;
      break;
    }
  }
  if (plain) return std::string(in);
  std::string out;
  out.reserve(in.size());
  for (const char c : in) {
    if (c != '\t' && c != '\n' && c != '\r') out.push_back(c);
  }
  return out;
}

size_t url_scheme_length(std::string_view s) {
  if (s.empty() || !is_alpha(s[0])) return 0;
  for (size_t i = 1; i < s.size(); ++i) {
    const char c = s[i];
    if (c == ':') return i;
    if (!(is_alpha(c) || is_ascii_digit(c) || c == '+' || c == '-' || c == '.')) return 0;
  }
  return 0;
}

namespace {

// 1.3 percent-encode sets. `set` picks one.
enum class EncodeSet { kC0Control, kPath, kQuery, kSpecialQuery, kFragment };

bool needs_encoding(unsigned char c, EncodeSet set) {
  if (c <= 0x1F || c >= 0x7F) return true;  // C0 control percent-encode set
  switch (set) {
    case EncodeSet::kC0Control:
      return false;
    case EncodeSet::kFragment:
      return c == ' ' || c == '"' || c == '<' || c == '>' || c == '`';
    case EncodeSet::kQuery:
      return c == ' ' || c == '"' || c == '#' || c == '<' || c == '>';
    case EncodeSet::kSpecialQuery:
      return c == ' ' || c == '"' || c == '#' || c == '<' || c == '>' || c == '\'';
    case EncodeSet::kPath:
      return c == ' ' || c == '"' || c == '#' || c == '<' || c == '>' || c == '?' ||
             c == '`' || c == '{' || c == '}';
  }
  return false;
}

void append_encoded(std::string& out, std::string_view s, EncodeSet set) {
  static const char kHex[] = "0123456789ABCDEF";
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (needs_encoding(c, set)) {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    } else {
      out.push_back(ch);
    }
  }
}

// 4.4 "single-dot URL path segment" / "double-dot URL path segment".
bool is_single_dot(std::string_view s) { return s == "." || equals_ignore_case(s, "%2e"); }
bool is_double_dot(std::string_view s) {
  return s == ".." || equals_ignore_case(s, ".%2e") || equals_ignore_case(s, "%2e.") ||
         equals_ignore_case(s, "%2e%2e");
}

// Path state: splits on '/', drops "." segments, pops on "..", and
// percent-encodes each segment. `path` starts with '/' (or is empty).
std::string normalize_path(std::string_view path) {
  std::vector<std::string_view> segments;
  size_t i = path.empty() || path[0] != '/' ? 0 : 1;
  while (true) {
    const size_t slash = path.find('/', i);
    const bool last = slash == std::string_view::npos;
    const std::string_view seg = path.substr(i, last ? std::string_view::npos : slash - i);
    if (is_double_dot(seg)) {
      if (!segments.empty()) segments.pop_back();
      if (last) segments.emplace_back();
    } else if (is_single_dot(seg)) {
      if (last) segments.emplace_back();
    } else {
      segments.push_back(seg);
    }
    if (last) break;
    i = slash + 1;
  }
  std::string out;
  out.reserve(path.size() + 8);
  for (const std::string_view seg : segments) {
    out.push_back('/');
    append_encoded(out, seg, EncodeSet::kPath);
  }
  if (out.empty()) out = "/";
  return out;
}

// Splits "path?query#fragment" (the part after the authority) into `url`.
void set_path_query_fragment(Url& url, std::string_view rest) {
  const size_t hash = rest.find('#');
  if (hash != std::string_view::npos) {
    url.has_fragment = true;
    url.fragment.clear();
    append_encoded(url.fragment, rest.substr(hash + 1), EncodeSet::kFragment);
    rest = rest.substr(0, hash);
  }
  const size_t q = rest.find('?');
  if (q != std::string_view::npos) {
    url.has_query = true;
    url.query.clear();
    append_encoded(url.query, rest.substr(q + 1),
                   is_special(url.scheme) ? EncodeSet::kSpecialQuery : EncodeSet::kQuery);
    rest = rest.substr(0, q);
  }
  url.path = normalize_path(rest);
}

// Special schemes read '\' as '/' before the query (4.4: "url is special and
// c is U+005C (\)" is treated like "/").
std::string backslashes_to_slashes(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '?' || c == '#') break;
    if (c == '\\') c = '/';
  }
  return out;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// 1.3 "percent-decode".
std::string percent_decode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() &&
        hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0) {
      out.push_back(static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2])));
      i += 2;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

// RFC 3492 Punycode encoding of one label's code points (section 6.3).
bool punycode_encode(const std::vector<uint32_t>& input, std::string& out) {
  constexpr uint32_t kBase = 36, kTMin = 1, kTMax = 26, kSkew = 38, kDamp = 700;
  constexpr uint32_t kInitialBias = 72, kInitialN = 128;
  const auto adapt = [](uint32_t delta, uint32_t points, bool first) {
    delta = first ? delta / kDamp : delta / 2;
    delta += delta / points;
    uint32_t k = 0;
    while (delta > ((kBase - kTMin) * kTMax) / 2) {
      delta /= kBase - kTMin;
      k += kBase;
    }
    return k + (kBase - kTMin + 1) * delta / (delta + kSkew);
  };
  const auto digit = [](uint32_t d) { return static_cast<char>(d < 26 ? 'a' + d : '0' + d - 26); };
  uint32_t n = kInitialN, delta = 0, bias = kInitialBias;
  size_t handled = 0;
  for (const uint32_t cp : input) {
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
      ++handled;
    }
  }
  const size_t basic = handled;
  if (basic > 0) out.push_back('-');
  while (handled < input.size()) {
    uint32_t m = 0xFFFFFFFFu;
    for (const uint32_t cp : input) {
      if (cp >= n && cp < m) m = cp;
    }
    const uint64_t step = static_cast<uint64_t>(m - n) * (handled + 1);
    if (step > 0xFFFFFFFFu - delta) return false;  // overflow
    delta += static_cast<uint32_t>(step);
    n = m;
    for (const uint32_t cp : input) {
      if (cp < n && ++delta == 0) return false;
      if (cp != n) continue;
      uint32_t q = delta;
      for (uint32_t k = kBase;; k += kBase) {
        const uint32_t t = k <= bias ? kTMin : (k >= bias + kTMax ? kTMax : k - bias);
        if (q < t) break;
        out.push_back(digit(t + (q - t) % (kBase - t)));
        q = (q - t) / (kBase - t);
      }
      out.push_back(digit(q));
      bias = adapt(delta, static_cast<uint32_t>(handled + 1), handled == basic);
      delta = 0;
      ++handled;
    }
    ++delta;
    ++n;
  }
  return true;
}

// "domain to ASCII", reduced: labels with non-ASCII become "xn--" Punycode
// (after ASCII lowercasing; no full UTS #46 mapping).
bool domain_to_ascii(std::string_view host, std::string& out) {
  size_t i = 0;
  while (true) {
    const size_t dot = host.find('.', i);
    const std::string_view label = host.substr(i, dot == std::string_view::npos ? dot : dot - i);
    bool ascii = true;
    for (const char c : label) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (ascii) {
      out += to_lower_ascii(label);
    } else {
      std::vector<uint32_t> cps;
      const std::string lower = to_lower_ascii(label);
      size_t k = 0;
      while (k < lower.size()) cps.push_back(next_code_point(lower, k));
      out += "xn--";
      if (!punycode_encode(cps, out)) return false;
    }
    if (dot == std::string_view::npos) break;
    out.push_back('.');
    i = dot + 1;
  }
  return true;
}

// 3.5 host parsing, reduced: percent-decode, IDNA via Punycode, lowercase,
// reject forbidden domain code points.
bool parse_host(std::string_view in, Url& url) {
  if (in.empty()) return url.scheme == "file";
  if (in.front() == '[') {
    if (in.back() != ']') return false;
    url.host = to_lower_ascii(in);
    return true;
  }
  const std::string decoded = percent_decode(in);
  for (const char c : decoded) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || c == '#' || c == '/' || c == ':' || c == '<' || c == '>' || c == '?' ||
        c == '@' || c == '[' || c == '\\' || c == ']' || c == '^' || c == '|' || c == '%' ||
        u == 0x7F) {
      return false;
    }
  }
  if (!is_valid_utf8(decoded)) return false;
  url.host.clear();
  return domain_to_ascii(decoded, url.host);
}

// "file:///C|/x" is "file:///C:/x" (a "Windows drive letter", 4.3).
void fix_drive_letter(Url& url) {
  std::string& p = url.path;
  if (url.scheme == "file" && p.size() >= 3 && p[0] == '/' && is_alpha(p[1]) && p[2] == '|' &&
      (p.size() == 3 || p[3] == '/')) {
    p[2] = ':';
  }
}

// Parses "//authority/path?query#fragment" style remainders of special URLs
// ("special authority ignore slashes state": any number of leading slashes).
bool parse_authority_and_rest(std::string_view rest, Url& url) {
  size_t i = 0;
  if (url.scheme == "file") {
    // "file host state": "file:///p" has an empty host, "file:/p" too.
    if (rest.substr(0, 2) != "//") {
      url.host.clear();
      set_path_query_fragment(url, rest);
      fix_drive_letter(url);
      return true;
    }
    i = 2;
  } else {
    while (i < rest.size() && rest[i] == '/') ++i;
  }
  rest = rest.substr(i);
  const size_t end = rest.find_first_of("/?#");
  std::string_view authority = rest.substr(0, end);
  const std::string_view tail = end == std::string_view::npos ? std::string_view() : rest.substr(end);
  const size_t at = authority.rfind('@');
  if (at != std::string_view::npos) {
    url.userinfo = std::string(authority.substr(0, at));
    authority = authority.substr(at + 1);
  }
  std::string_view host = authority;
  std::string_view port;
  const size_t colon = authority.rfind(':');
  if (colon != std::string_view::npos && authority.find(']', colon) == std::string_view::npos) {
    host = authority.substr(0, colon);
    port = authority.substr(colon + 1);
  }
  for (const char c : port) {
    if (!is_ascii_digit(c)) return false;
  }
  // Leading zeros are not significant ("port state": the port is a number).
  while (port.size() > 1 && port[0] == '0') port.remove_prefix(1);
  if (port.size() > 5) return false;
  if (!parse_host(host, url)) return false;
  const char* def = default_port(url.scheme);
  url.port = (def != nullptr && port == def) ? std::string() : std::string(port);
  set_path_query_fragment(url, tail);
  fix_drive_letter(url);
  return true;
}

// Parses an absolute URL with a special scheme. nullopt for anything else.
std::optional<Url> parse_special(std::string_view s) {
  const size_t n = url_scheme_length(s);
  if (n == 0) return std::nullopt;
  Url url;
  url.scheme = to_lower_ascii(s.substr(0, n));
  if (!is_special(url.scheme)) return std::nullopt;
  const std::string rest = backslashes_to_slashes(s.substr(n + 1));
  if (!parse_authority_and_rest(rest, url)) return std::nullopt;
  return url;
}

// A non-special absolute URL (mailto:, javascript:, whatsapp://...):
// scheme lowercased, then the path (opaque, or hierarchical after "//" or
// "/"), query and fragment percent-encoded with their sets. Returns the
// input when the authority holds a forbidden host code point.
std::string normalize_non_special(std::string_view s) {
  const size_t n = url_scheme_length(s);
  std::string out = to_lower_ascii(s.substr(0, n));
  out.push_back(':');
  std::string_view rest = s.substr(n + 1);
  std::string_view fragment, query;
  bool has_fragment = false, has_query = false;
  const size_t hash = rest.find('#');
  if (hash != std::string_view::npos) {
    has_fragment = true;
    fragment = rest.substr(hash + 1);
    rest = rest.substr(0, hash);
  }
  const size_t q = rest.find('?');
  if (q != std::string_view::npos) {
    has_query = true;
    query = rest.substr(q + 1);
    rest = rest.substr(0, q);
  }
  if (rest.substr(0, 2) == "//") {
    const size_t slash = rest.find('/', 2);
    const std::string_view authority = rest.substr(2, slash == std::string_view::npos ? slash : slash - 2);
    for (const char c : authority) {
      const auto u = static_cast<unsigned char>(c);
      // Forbidden host code points ("opaque-host parser"); '@' and ':'
      // separate userinfo and port.
      if (u <= 0x20 || c == '#' || c == '/' || c == '<' || c == '>' || c == '?' || c == '[' ||
          c == '\\' || c == ']' || c == '^' || c == '|') {
        return std::string(s);
      }
    }
    out += "//";
    append_encoded(out, authority, EncodeSet::kC0Control);
    if (slash != std::string_view::npos) out += normalize_path(rest.substr(slash));
  } else if (!rest.empty() && rest[0] == '/') {
    out += normalize_path(rest);
  } else {
    append_encoded(out, rest, EncodeSet::kC0Control);  // opaque path
  }
  if (has_query) {
    out.push_back('?');
    append_encoded(out, query, EncodeSet::kQuery);
  }
  if (has_fragment) {
    out.push_back('#');
    append_encoded(out, fragment, EncodeSet::kFragment);
  }
  return out;
}

std::string serialize(const Url& url) {
  std::string out = url.scheme;
  out += "://";
  if (!url.userinfo.empty()) {
    out += url.userinfo;
    out += '@';
  }
  out += url.host;
  if (!url.port.empty()) {
    out += ':';
    out += url.port;
  }
  out += url.path;
  if (url.has_query) {
    out += '?';
    out += url.query;
  }
  if (url.has_fragment) {
    out += '#';
    out += url.fragment;
  }
  return out;
}

// Resolves a reference without a scheme against a parsed special base
// ("relative state" and its successors).
std::string resolve_relative(const Url& base, std::string_view ref_in) {
  const std::string ref = backslashes_to_slashes(ref_in);
  if (ref.size() >= 2 && ref[0] == '/' && ref[1] == '/') {
    Url url;
    url.scheme = base.scheme;
    if (!parse_authority_and_rest(ref, url)) return std::string(ref_in);
    return serialize(url);
  }
  Url url = base;
  url.has_fragment = false;
  url.fragment.clear();
  if (ref.empty()) return serialize(url);
  if (ref[0] == '#') {
    set_path_query_fragment(url, std::string(url.path) + (url.has_query ? "?" + url.query : "") + ref);
    return serialize(url);
  }
  if (ref[0] == '?') {
    url.has_query = false;
    set_path_query_fragment(url, url.path + ref);
    return serialize(url);
  }
  url.has_query = false;
  url.query.clear();
  if (ref[0] == '/') {
    set_path_query_fragment(url, ref);
    return serialize(url);
  }
  // Merge: the base path without its last segment, then the reference.
  const size_t last_slash = base.path.rfind('/');
  const std::string dir = base.path.substr(0, last_slash + 1);
  set_path_query_fragment(url, dir + ref);
  return serialize(url);
}

}  // namespace

bool is_absolute_url(std::string_view s) {
  const std::string in = url_preprocess(s);
  const size_t n = url_scheme_length(in);
  if (n == 0) return false;
  if (!is_special(to_lower_ascii(std::string_view(in).substr(0, n)))) return true;
  return parse_special(in).has_value();
}

namespace {

// A page resolves all its links against one base: the base's parse is kept
// for the next call (parsing it again for every href and src was a third of
// resolve_url()). One per thread; the key is the base as given.
struct ParsedBase {
  std::string given;  // base_in
  std::string str;    // url_preprocess(given)
  std::optional<Url> url;
};

const ParsedBase& parsed_base(std::string_view base_in) {
  thread_local ParsedBase last{std::string(), std::string(), std::nullopt};
  thread_local bool filled = false;
  if (!filled || last.given != base_in) {
    // A new string, not assign(): the cache's heap then depends on the last
    // base only, not on the order of the bases before it (wasm_memory.js
    // counts bytes in use after many cleans).
    last.given = std::string(base_in);
    last.str = url_preprocess(base_in);
    last.url = parse_special(last.str);
    filled = true;
  }
  return last;
}

// An absolute http(s) URL that parses and serializes to itself: lowercase
// scheme and host of [a-z0-9.-], no userinfo or port, a path with no dot
// segment, backslash or byte to percent-encode, a query and fragment with
// none to encode either. Most links on a page are written so; they skip
// the parse (conservative: "/.well-known" or "/%2e" take the full path).
bool is_canonical_http_url(std::string_view s) {
  size_t i;
  if (s.substr(0, 7) == "http://") {
    i = 7;
  } else if (s.substr(0, 8) == "https://") {
    i = 8;
  } else {
    return false;
  }
  const size_t host_start = i;
  while (i < s.size() && ((s[i] >= 'a' && s[i] <= 'z') || is_ascii_digit(s[i]) || s[i] == '.' ||
                          s[i] == '-')) {
    ++i;
  }
  if (i == host_start || i == s.size() || s[i] != '/') return false;
  EncodeSet set = EncodeSet::kPath;
  for (; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (set == EncodeSet::kPath) {
      if (c == '?' || c == '#') {
        set = c == '?' ? EncodeSet::kSpecialQuery : EncodeSet::kFragment;
        continue;
      }
      if (c == '\\' || (c == '/' && i + 1 < s.size() && (s[i + 1] == '.' || s[i + 1] == '%'))) {
        return false;
      }
    } else if (set == EncodeSet::kSpecialQuery && c == '#') {
      set = EncodeSet::kFragment;
      continue;
    }
    if (needs_encoding(c, set)) return false;
  }
  return true;
}

}  // namespace

std::string resolve_url(std::string_view base_in, std::string_view relative_in) {
  const std::string rel = url_preprocess(relative_in);
  if (is_canonical_http_url(rel)) return rel;
  const ParsedBase& parsed = parsed_base(base_in);
  const std::string& base_str = parsed.str;
  const std::optional<Url>& base = parsed.url;
  const size_t n = url_scheme_length(rel);
  if (n != 0) {
    const std::string scheme = to_lower_ascii(std::string_view(rel).substr(0, n));
    if (!is_special(scheme)) return normalize_non_special(rel);  // data:, mailto:, javascript:...
    const std::string_view rest = std::string_view(rel).substr(n + 1);
    // "http:foo" against an http: base is relative (special relative or
    // authority state); "http://x" or a different scheme is absolute.
    if (base && base->scheme == scheme && !(rest.size() >= 2 && (rest[0] == '/' || rest[0] == '\\') &&
                                            (rest[1] == '/' || rest[1] == '\\'))) {
      return resolve_relative(*base, rest);
    }
    const std::optional<Url> url = parse_special(rel);
    return url ? serialize(*url) : rel;
  }
  if (!base) {
    // A non-special base (about:blank, data:) only takes fragments.
    if (!rel.empty() && rel[0] == '#' && url_scheme_length(base_str) != 0) {
      return base_str.substr(0, base_str.find('#')) + rel;
    }
    return rel;
  }
  return resolve_relative(*base, rel);
}

std::optional<std::string> url_host(std::string_view url) {
  const std::optional<Url> parsed = parse_special(url_preprocess(url));
  if (!parsed) return std::nullopt;
  return parsed->host;
}

std::string normalize_host(std::string_view host) {
  std::string out = to_lower_ascii(host);
  while (!out.empty() && out.back() == '.') out.pop_back();
  return out;
}

}  // namespace reader
