#include "meta/site_title.h"

#include <algorithm>
#include <optional>

#include "meta/dom_text.h"
#include "meta/text.h"

namespace reader::meta {
namespace {

using dom::Document;
using dom::NodeId;

// <h1> elements read as headings, and the size of one: a page has one or
// two real ones (the article's, a logo's); past that they are widgets.
constexpr size_t kMaxHeadings = 8;
constexpr size_t kMaxHeadingBytes = 400;
constexpr size_t kMaxHeadingNodes = 200;
// What a stripped title keeps at least (unless a heading says exactly that).
constexpr size_t kMinKeptWords = 2;
// A part that holds a site name ("EcoFlow ZA" holding "EcoFlow") names the
// site when the name is at least this share of it (letters and digits) and
// the part is this short: "Apple unveils the new iPhone" is not "Apple".
constexpr size_t kMinSiteShareTenths = 3;
constexpr size_t kMaxSitePartWords = 4;
// A leading part a heading does not hold goes when it is this short (a
// section or site label: "SEO Checker | ...", "LibGuides: ...") and shorter
// than what remains: "How to replace brake pads – From an ASE-Certified
// Mechanic" keeps its first half (wcxb-dev 4326).
constexpr size_t kMaxLeadingLabelWords = 3;
// Site names shorter than this (letters and digits) only match exactly.
constexpr size_t kMinContainedSiteChars = 4;
// "by Name" at the end of a title is a byline part (Medium: "Title | by
// Name | Medium") when it is this short.
constexpr size_t kMaxBylinePartWords = 5;
// Second-level labels under a country code ("bbc.co.uk", "abc.net.au"):
// the registrable label is the one before them.
constexpr std::string_view kGenericSecondLevels[] = {"co", "com", "org", "net", "gov", "ac",
                                                     "edu", "ne", "or", "go", "gob", "nic"};

// Length of the separator starting at s[i] (" | ", ": "), 0 when there is none.
size_t separator_at(std::string_view s, size_t i) {
  if (s[i] == ' ') {
    const size_t n = title_separator_length(s, i + 1, TitleSeparators::kExtended);
    if (n != 0 && i + 1 + n < s.size() && s[i + 1 + n] == ' ') return n + 2;
    return 0;
  }
  if (s[i] == ':' && i > 0 && s[i - 1] != ' ' && i + 1 < s.size() && s[i + 1] == ' ') {
    return 2;
  }
  return 0;
}

struct Part {
  size_t begin = 0, end = 0;
  bool after_colon = false;  // set off by ": " (a subtitle: never stripped from the end)
};

// The parts of `s` between separators, "" parts left out; a part after ": "
// is marked (a subtitle, or the title after "The Week: ").
std::vector<Part> split_parts(std::string_view s) {
  std::vector<Part> parts;
  size_t start = 0;
  bool after_colon = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const size_t n = separator_at(s, i);
    if (n == 0) continue;
    parts.push_back({start, i, after_colon});
    after_colon = s[i] == ':';
    start = i + n;
    i = start - 1;
  }
  parts.push_back({start, s.size(), after_colon});
  for (const Part& p : parts) {
    if (trim(s.substr(p.begin, p.end - p.begin)).empty()) return {{0, s.size(), false}};
  }
  return parts;
}

// UTF-8 punctuation that separates words like ASCII punctuation does: the
// Latin-1 signs U+00A0-U+00BF (NBSP, « », ·), General Punctuation
// U+2000-U+206F (dashes, curly quotes, ellipsis) and U+3000-U+3002.
size_t punctuation_length(std::string_view s, size_t i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  if (i + 1 < s.size() && b(0) == 0xC2 && b(1) >= 0xA0 && b(1) <= 0xBF) return 2;
  if (i + 2 < s.size() && b(0) == 0xE2 && (b(1) == 0x80 || b(1) == 0x81)) return 3;
  if (i + 2 < s.size() && b(0) == 0xE3 && b(1) == 0x80 && b(2) <= 0x82) return 3;
  return 0;
}

// Words of `s` for comparing: ASCII letters and digits lowercased, other
// letters as they are, every run of anything else one space.
std::string words_key(std::string_view s) {
  std::string out;
  bool pending = false;
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const size_t punct = c >= 0x80 ? punctuation_length(s, i) : 0;
    if (c < 0x80 && !is_ascii_alnum(static_cast<char>(c))) {
      pending = true;
      ++i;
    } else if (punct != 0) {
      pending = true;
      i += punct;
    } else {
      if (pending && !out.empty()) out.push_back(' ');
      pending = false;
      out.push_back(c < 0x80 ? ascii_lower(static_cast<char>(c)) : static_cast<char>(c));
      ++i;
    }
  }
  return out;
}

// `needle`'s words appear as a run in `hay` (both words_key forms).
bool contains_words(std::string_view hay, std::string_view needle) {
  if (needle.empty()) return false;
  const std::string h = " " + std::string(hay) + " ";
  return h.find(" " + std::string(needle) + " ") != std::string::npos;
}

size_t word_count(std::string_view key) {
  return key.empty() ? 0 : static_cast<size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
}

std::string without_spaces(std::string s) {
  s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
  return s;
}

// A site name as compared: without "www." and a final ".tld" when written as
// a host ("Chefkoch.de", "www.Example.com"), in words_key form.
std::string site_words(std::string_view name) {
  std::string s = to_lower_ascii(trim(name));
  if (s.find(' ') == std::string::npos) {
    if (starts_with(s, "www.")) s.erase(0, 4);
    const size_t dot = s.rfind('.');
    if (dot != std::string::npos && dot > 0) {
      const std::string_view tld = std::string_view(s).substr(dot + 1);
      if (tld.size() >= 2 && tld.size() <= 6 &&
          std::all_of(tld.begin(), tld.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
        s.erase(dot);
      }
    }
  }
  return words_key(s);
}

// A title wrapped whole in straight double quotes ("\"What is Git?\"", a
// CMS quoting its og:title) without them.
std::string unquoted(std::string title) {
  if (title.size() > 2 && title.front() == '"' && title.back() == '"' &&
      title.find('"', 1) == title.size() - 1) {
    return title.substr(1, title.size() - 2);
  }
  return title;
}

// The names a site goes by, in words_key form.
class SiteNames {
 public:
  explicit SiteNames(const std::vector<std::string>& names) {
    for (const std::string& name : names) {
      std::string words = site_words(name);
      if (!words.empty()) words_.push_back(std::move(words));
    }
  }
  const std::vector<std::string>& words() const { return words_; }

  // `key` (words_key form) names the site: it is one of its names, a piece
  // of one ("Liberty University" of "Liberty University Online"), or a short
  // part holding one ("EcoFlow ZA").
  bool names(const std::string& key) const {
    const std::string compact = without_spaces(key);
    if (compact.empty()) return false;
    for (const std::string& site : words_) {
      if (compact == without_spaces(site) || contains_words(site, key)) return true;
      if (word_count(key) <= kMaxSitePartWords && holds_site_name(key, site)) return true;
    }
    return false;
  }

  // `key` holds the site name `site` as whole words, and the name is a good
  // share of it: "ecoflow za" holds "ecoflow"; a one-word name may span
  // words ("visual studio code" holds the host label "visualstudio"), but
  // not part of one ("the weekly review" does not hold "the week" or "week").
  static bool holds_site_name(const std::string& key, const std::string& site) {
    if (site.find(' ') != std::string::npos) return contains_words(key, site);
    if (site.size() < kMinContainedSiteChars) return false;
    std::string compact;
    std::vector<size_t> boundaries = {0};
    for (const char c : key) {
      if (c == ' ') {
        boundaries.push_back(compact.size());
      } else {
        compact.push_back(c);
      }
    }
    boundaries.push_back(compact.size());
    if (site.size() * 10 < compact.size() * kMinSiteShareTenths) return false;
    const auto at_boundary = [&](size_t at) {
      return std::find(boundaries.begin(), boundaries.end(), at) != boundaries.end();
    };
    for (size_t at = compact.find(site); at != std::string::npos; at = compact.find(site, at + 1)) {
      if (at_boundary(at) && at_boundary(at + site.size())) return true;
    }
    return false;
  }

 private:
  std::vector<std::string> words_;
};

class SiteTitle {
 public:
  SiteTitle(std::string_view title, const TitleContext& context)
      : title_(unquoted(clean_text(title))),
        parts_(split_parts(title_)),
        site_(context.site_names),
        home_page_(context.home_page) {
    for (const Part& p : parts_) part_keys_.push_back(words_key(text(p.begin, p.end)));
    choose_heading(context.headings, context.other_titles);
  }

  std::string strip() {
    size_t lo = 0, hi = parts_.size() - 1;
    if (hi == 0) return title_;
    if (!heading_.empty()) {
      size_t first = parts_.size(), last = 0;
      for (size_t i = 0; i < parts_.size(); ++i) {
        if (!in_heading(i)) continue;
        first = std::min(first, i);
        last = i;
      }
      if (first == 0 && last == hi) {
        bool all = true;
        for (size_t i = 0; i < parts_.size(); ++i) all = all && in_heading(i);
        if (all) return title_;  // the headline is the whole title
      }
      if (first < parts_.size()) {
        // A subtitle after ": " stays unless the heading is exactly what is
        // left ("Hiking Boots: Shop Boots for Hiking | REI" under <h1>Hiking
        // Boots</h1>).
        if (last < hi && (!parts_[last + 1].after_colon || key_of(lo, last) == heading_) &&
            keeps_enough(lo, last)) {
          hi = last;
        }
        const size_t lead_words = first > lo ? word_count(key_of(lo, first - 1)) : 0;
        if (first > lo && !home_page_ && !parts_[first].after_colon && keeps_enough(first, hi) &&
            lead_words <= kMaxLeadingLabelWords && lead_words < word_count(key_of(first, hi))) {
          lo = first;
        }
      }
    }
    for (bool changed = true; changed && lo < hi;) {
      changed = false;
      if (!parts_[hi].after_colon &&
          (site_.names(part_keys_[hi]) || is_byline_part(hi)) &&
          keeps_enough(lo, hi - 1)) {
        --hi;
        changed = true;
      } else if (!home_page_ && site_.names(part_keys_[lo]) &&
                 keeps_enough(lo + 1, hi)) {
        ++lo;
        changed = true;
      }
    }
    if (lo == 0 && hi == parts_.size() - 1) return strip_whole_site_name();
    return std::string(trim(text(parts_[lo].begin, parts_[hi].end)));
  }

 private:
  std::string_view text(size_t begin, size_t end) const {
    return std::string_view(title_).substr(begin, end - begin);
  }
  std::string key_of(size_t lo, size_t hi) const {
    return words_key(text(parts_[lo].begin, parts_[hi].end));
  }

  // The heading that holds the most of the title, part by part (a heading
  // that names the site is the logo, not the article's).
  void choose_heading(const std::vector<std::string>& headings,
                      const std::vector<std::string>& other_titles) {
    const std::string whole = words_key(title_);
    size_t best = 0;
    const auto consider = [&](const std::string& text, bool is_heading) {
      std::string key = words_key(text);
      if (key.empty() || site_.names(key)) return;
      if (!is_heading && contains_words(key, whole)) return;
      size_t covered = 0;
      for (const std::string& part : part_keys_) {
        if (contains_words(key, part)) covered += part.size();
      }
      if (covered > best) {
        best = covered;
        heading_ = std::move(key);
      }
    };
    for (const std::string& h : headings) consider(h, true);
    for (const std::string& t : other_titles) consider(t, false);
  }

  bool in_heading(size_t i) const { return contains_words(heading_, part_keys_[i]); }

  // Parts lo..hi are enough of a title: two words or more (or exactly what a
  // heading says) and not only the site's name.
  bool keeps_enough(size_t lo, size_t hi) const {
    const std::string key = key_of(lo, hi);
    if (key.empty() || site_.names(key)) return false;
    return word_count(key) >= kMinKeptWords || key == heading_;
  }

  bool is_byline_part(size_t i) const {
    const std::string& key = part_keys_[i];
    return starts_with(key, "by ") && word_count(key) <= kMaxBylinePartWords + 1;
  }

  // A site name that holds a separator itself ("Fischerh\xC3\xBCtte |
  // hejfish.com", "A - B") at either end of the title.
  std::string strip_whole_site_name() const {
    const std::string whole = words_key(title_);
    for (const std::string& site : site_.words()) {
      if (site.size() >= whole.size()) continue;
      for (size_t i = 1; i < parts_.size(); ++i) {
        if (key_of(i, parts_.size() - 1) == site && keeps_enough(0, i - 1) &&
            !contains_words(heading_, site)) {
          return std::string(trim(text(0, parts_[i - 1].end)));
        }
        if (!home_page_ && key_of(0, i - 1) == site && keeps_enough(i, parts_.size() - 1) &&
            !contains_words(heading_, site)) {
          return std::string(trim(text(parts_[i].begin, title_.size())));
        }
      }
    }
    return title_;
  }

  std::string title_;
  std::vector<Part> parts_;
  std::vector<std::string> part_keys_;
  SiteNames site_;
  std::string heading_;  // words_key of the chosen heading, "" when none
  bool home_page_ = false;
};

}  // namespace

std::vector<std::string> h1_texts(const Document& doc) {
  std::vector<std::string> out;
  for (NodeId id = doc.first_child(Document::root()); id != dom::kNoNode && out.size() < kMaxHeadings;
       id = doc.next_in_tree(id, Document::root())) {
    if (!doc.is_html(id, dom::Tag::kH1)) continue;
    const std::optional<std::string> text = bounded_text(doc, id, kMaxHeadingBytes, kMaxHeadingNodes);
    if (!text) continue;
    std::string clean = clean_text(*text);
    if (!clean.empty()) out.push_back(std::move(clean));
  }
  return out;
}

std::string host_label(std::string_view host) {
  std::string h = to_lower_ascii(trim(host));
  while (!h.empty() && h.back() == '.') h.pop_back();
  if (h.empty() || h.front() == '[' ||
      std::all_of(h.begin(), h.end(), [](char c) { return is_ascii_digit(c) || c == '.'; })) {
    return {};
  }
  std::vector<std::string_view> labels;
  for (size_t start = 0;;) {
    const size_t dot = h.find('.', start);
    labels.push_back(std::string_view(h).substr(start, dot - start));
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  if (labels.size() == 1) return std::string(labels[0]);
  size_t i = labels.size() - 2;  // before the top-level label
  if (i > 0 && labels.back().size() == 2) {
    for (const std::string_view generic : kGenericSecondLevels) {
      if (labels[i] == generic) {
        --i;
        break;
      }
    }
  }
  return std::string(labels[i]);
}

bool is_home_page_url(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return false;
  const size_t path_start = url.find_first_of("/?#", scheme + 3);
  if (path_start == std::string_view::npos) return true;
  std::string_view path = url.substr(path_start);
  path = path.substr(0, path.find('#'));
  if (path.find('?') != std::string_view::npos) return false;
  if (path.empty() || path == "/" || path == "/index.html" || path == "/index.php") return true;
  // "/en", "/en/", "/de-at/"
  if (path.back() == '/') path.remove_suffix(1);
  path.remove_prefix(1);
  const bool language = (path.size() == 2 || (path.size() == 5 && path[2] == '-')) &&
                        std::all_of(path.begin(), path.end(),
                                    [](char c) { return is_ascii_alpha(c) || c == '-'; });
  return language;
}

bool names_site(std::string_view text, const std::vector<std::string>& site_names) {
  const std::string compact = without_spaces(words_key(text));
  if (compact.empty()) return false;
  const SiteNames names(site_names);
  for (const std::string& name : names.words()) {
    if (without_spaces(name) == compact) return true;
  }
  return false;
}

std::string strip_site_parts(std::string_view title, const TitleContext& context) {
  return SiteTitle(title, context).strip();
}

}  // namespace reader::meta
