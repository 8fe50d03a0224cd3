#include "vocab/readability.h"

#include <iterator>

namespace reader::vocab {


bool Pattern::matches(std::string_view haystack) const {
  const size_t n = haystack.size();
  for (size_t i = 0; i < n; ++i) {
    const auto c = static_cast<uint8_t>(ascii_lower(haystack[i]));
    if (c >= 0x80) continue;  // every term starts with an ASCII byte
    for (size_t k = begin_[c]; k < end_[c]; ++k) {
      std::string_view term = terms_[by_first_[k]];
      if (term.size() > n - i) continue;
      size_t j = 1;
      while (j < term.size() && ascii_lower(haystack[i + j]) == term[j]) ++j;
      if (j == term.size()) return true;
    }
  }
  // An empty term is a substring of every haystack (as contains_ci).
  for (size_t k = begin_[0]; k < end_[0]; ++k) {
    if (terms_[by_first_[k]].empty()) return true;
  }
  return false;
}

namespace {

#define READER_PATTERN(name, ...)                                  \
  constexpr std::string_view name##_terms[] = {__VA_ARGS__};       \
  }                                                                \
  constexpr Pattern name{name##_terms};                            \
  namespace {

// Readability.js v0.6 REGEXPS.unlikelyCandidates.
READER_PATTERN(kUnlikelyCandidates, "-ad-", "ai2html", "banner", "breadcrumbs", "combx",
               "comment", "community", "cover-wrap", "disqus", "extra", "footer", "gdpr",
               "header", "legends", "menu", "related", "remark", "replies", "rss",
               "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
               "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote")
// Readability.js REGEXPS.okMaybeItsACandidate.
READER_PATTERN(kMaybeCandidate, "and", "article", "body", "column", "content", "main",
               "mathjax", "shadow")
// Readability.js REGEXPS.positive.
READER_PATTERN(kPositive, "article", "body", "content", "entry", "hentry", "h-entry", "main",
               "page", "pagination", "post", "text", "blog", "story")
// Readability.js REGEXPS.negative; "hid" variants are handled as the
// standalone token "hid" below, "hidden" as a substring.
READER_PATTERN(kNegative, "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact",
               "footer", "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related",
               "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping",
               "tags", "widget")
// Post markup of forum software and Q&A sites (Readability's unlikely
// "comment", "replies", "remark", "community" included).
READER_PATTERN(kThreadPost, "comment", "replies", "reply", "remark", "community", "post",
               "message", "answer", "thread", "topic", "discussion")
// Readability.js REGEXPS.byline.
READER_PATTERN(kByline, "byline", "author", "dateline", "writtenby", "p-author")
// kByline plus the word for author in German, Spanish, Italian, Portuguese,
// Polish ("autor", "autore", "autorin") and French ("auteur"), for the
// extractor's byline removal: <p class="autor">Von Maria Müller</p>. The
// metadata byline search keeps Readability's list: with these words it took
// a related article's author card for the byline (trafilatura-dev
// "Koncesjonowana opozycja": "Rafał Jaśkowski Polityka" instead of "Leszek
// Jażdżewski ...").
READER_PATTERN(kBylineMultilingual, "byline", "author", "dateline", "writtenby", "p-author",
               "autor", "auteur")

#undef READER_PATTERN

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

}  // namespace

bool is_unlikely_role(std::string_view role) {
  for (std::string_view r : {"menu", "menubar", "complementary", "navigation", "alert",
                             "alertdialog", "dialog"}) {
    if (role == r) return true;
  }
  return false;
}

bool is_share_class(std::string_view s) {
  // /(\b|_)(share|sharedaddy)(\b|_)/i
  for (std::string_view word : {std::string_view("sharedaddy"), std::string_view("share")}) {
    for (size_t i = 0; i + word.size() <= s.size(); ++i) {
      if (!contains_ci(s.substr(i, word.size()), word)) continue;
      bool start_ok = i == 0 || !is_word_char(s[i - 1]) || s[i - 1] == '_' ||
                      (is_word_char(s[i - 1]) && false);
      size_t e = i + word.size();
      bool end_ok = e == s.size() || !is_word_char(s[e]) || s[e] == '_';
      if (start_ok && end_ok) return true;
    }
  }
  return false;
}

bool is_video_url(std::string_view url) {
  static constexpr std::string_view kHosts[] = {
      "//www.dailymotion.com", "//dailymotion.com", "//www.youtube.com", "//youtube.com",
      "//www.youtube-nocookie.com", "//youtube-nocookie.com", "//player.vimeo.com",
      "//v.qq.com", "//archive.org", "//www.archive.org", "//upload.wikimedia.org",
      "//player.twitch.tv", "//youtu.be"};
  for (auto h : kHosts) {
    if (contains_ci(url, h)) return true;
  }
  return false;
}

bool is_ad_words(std::string_view text) {
  // /^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$/iu
  text = trim(text);  // String.prototype.trim, as Readability
  static constexpr std::string_view kWords[] = {
      "ad", "advertising", "advertisement", "pub", "publicité", "werb", "werbung",
      "广告", "реклама", "Реклама", "anuncio", "anzeige"};
  for (auto w : kWords) {
    if (equals_ignore_case(text, w)) return true;
  }
  return false;
}

bool is_loading_words(std::string_view text) {
  text = trim(text);  // String.prototype.trim, as Readability
  static constexpr std::string_view kWords[] = {"loading", "正在加载", "Загрузка", "chargement",
                                                "cargando"};
  for (auto w : kWords) {
    if (text.size() < w.size() || !contains_ci(text.substr(0, w.size()), w)) continue;
    std::string_view rest = text.substr(w.size());
    if (rest.empty() || rest == "..." || rest == "\xE2\x80\xA6") return true;
  }
  return false;
}

}  // namespace reader::vocab
