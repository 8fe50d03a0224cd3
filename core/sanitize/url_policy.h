// Which URLs may stay in sanitized article HTML. A URL is checked the way a
// browser would read its scheme (URL Standard, "basic URL parser": leading and
// trailing C0 controls and spaces removed, ASCII tab and newline removed
// anywhere) and then compared with an allowlist; anything doubtful is unsafe.
#pragma once
#include <string>
#include <string_view>

namespace reader::sanitize {

enum class UrlUse : uint8_t {
  kLink,        // a[href]: http, https, mailto, tel, relative, fragment
  kCite,        // blockquote/q/del/ins[cite]: http, https, relative
  kImage,       // img[src]: http, https, relative, data:image/(png|gif|jpeg|webp|avif)
  kImageSet,    // srcset candidates: http, https, relative
  kMedia,       // video/audio/source[src], video[poster]: https only
};

// True when `url` may be kept for `use`. Relative URLs (no scheme) are safe
// everywhere except kMedia. A ':' before the first '/', '?' or '#' whose
// prefix is not an allowed scheme makes the URL unsafe, even where a browser
// would read it as a relative path ("java\x01script:..."): refuse, don't guess.
bool is_safe_url(std::string_view url, UrlUse use);

// True when every image candidate URL of a srcset attribute (HTML 4.8.4.3.10,
// "parse a srcset attribute") is safe for `use`.
bool is_safe_srcset(std::string_view srcset, UrlUse use);

}  // namespace reader::sanitize
