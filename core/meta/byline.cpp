#include "meta/byline.h"
#include "base/ascii.h"

#include "meta/text.h"
#include "meta/url.h"

namespace reader::meta {
namespace {

// Author markers before the names; each must be followed by a space or ':'.
// Longer markers first so "Written by" is not read as "Written" + "by".
constexpr std::string_view kBylinePrefixes[] = {
    "written by",   "posted by",    "words by",        "story by", "text by", "article by",
    "artikel von:", "artikel von",  "erstellt von",    "geschrieben von",     "author:",
    "authors:",     "auteur:",      "autor:",          "autorin:", "by",      "von",
    "par",          "por"};
// Month names (English, German, French) and English abbreviations; a match
// must be followed by [.][,] [space] and a digit to count as a date.
constexpr std::string_view kMonths[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "januar", "februar", "m\xC3\xA4rz", "mai", "juni", "juli",
    "oktober", "dezember", "janvier", "f\xC3\xA9vrier", "mars", "avril", "juin", "juillet",
    "ao\xC3\xBBt", "septembre", "octobre", "novembre", "d\xC3\xA9" "cembre"};
// Words that start a date note: "Updated April 29", "Published: ...".
constexpr std::string_view kDateNotes[] = {"last updated", "updated",       "published",
                                           "posted on",    "aktualisiert",  "ver\xC3\xB6" "ffentlicht",
                                           "publi\xC3\xA9", "mis \xC3\xA0 jour"};
// Separator characters trimmed from the end after a date is cut off.
constexpr std::string_view kTrailingSeparators[] = {",", "|", "-", "\xE2\x80\x93", "\xE2\x80\x94",
                                                    "\xE2\x80\xA2", "\xC2\xB7", ":", ";", "/"};
// Words trimmed from the end after a date is cut off ("Jane Doe on").
constexpr std::string_view kTrailingWords[] = {"on", "at", "le", "el"};

// True if a word starts at `i` (start of string or after a non-letter).
bool at_word_start(std::string_view s, size_t i) { return i == 0 || !is_ascii_alpha(s[i - 1]); }

size_t digits_at(std::string_view s, size_t i) {
  size_t n = 0;
  while (i + n < s.size() && is_ascii_digit(s[i + n])) ++n;
  return n;
}

// "03/25/2015", "2015-03-25", "25.03.2015" at `i`.
bool numeric_date_at(std::string_view s, size_t i) {
  const size_t a = digits_at(s, i);
  if (a == 0 || a > 4 || i + a >= s.size()) return false;
  const char sep = s[i + a];
  if (sep != '/' && sep != '-' && sep != '.') return false;
  const size_t b = digits_at(s, i + a + 1);
  if (b == 0 || b > 2 || i + a + 1 + b >= s.size() || s[i + a + 1 + b] != sep) return false;
  const size_t c = digits_at(s, i + a + 2 + b);
  return c >= 2 && c <= 4;
}

// Month name at `i` followed by [.] [space] digit.
bool month_date_at(std::string_view s, size_t i) {
  if (!at_word_start(s, i)) return false;
  for (const std::string_view m : kMonths) {
    if (!starts_with_ignore_case(s.substr(i), m)) continue;
    size_t k = i + m.size();
    if (k < s.size() && is_ascii_alpha(s[k])) continue;
    if (k < s.size() && s[k] == '.') ++k;
    if (k < s.size() && s[k] == ',') ++k;
    if (k < s.size() && s[k] == ' ') ++k;
    if (k < s.size() && is_ascii_digit(s[k])) return true;
  }
  return false;
}

std::string_view trim_trailing_separators(std::string_view s) {
  bool changed = true;
  while (changed) {
    changed = false;
    s = trim(s);
    for (const std::string_view sep : kTrailingSeparators) {
      if (s.size() >= sep.size() && s.substr(s.size() - sep.size()) == sep) {
        s.remove_suffix(sep.size());
        changed = true;
      }
    }
    for (const std::string_view w : kTrailingWords) {
      if (s.size() > w.size() && ends_with_ignore_case(s, w) && s[s.size() - w.size() - 1] == ' ') {
        s.remove_suffix(w.size());
        changed = true;
      }
    }
  }
  return s;
}

}  // namespace

size_t find_date_start(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    for (const std::string_view note : kDateNotes) {
      if (at_word_start(s, i) && starts_with_ignore_case(s.substr(i), note)) return i;
    }
    if (month_date_at(s, i)) {
      // Include a day written before the month: "22 Dec 2016", "7. Mai".
      size_t start = i;
      if (start >= 2 && s[start - 1] == ' ') {
        size_t end = start - 1;
        if (end > 0 && s[end - 1] == '.') --end;
        size_t d = end;
        while (d > 0 && is_ascii_digit(s[d - 1])) --d;
        if (d < end && end - d <= 2) start = d;
      }
      return start;
    }
    if (is_ascii_digit(s[i]) && (i == 0 || !is_ascii_digit(s[i - 1])) && numeric_date_at(s, i)) return i;
  }
  return std::string_view::npos;
}

std::string clean_byline(std::string_view raw) {
  std::string text = clean_text(raw);
  if (text.empty() || (is_absolute_url(text) && text.find(' ') == std::string::npos)) return {};
  std::string_view s = text;
  for (const std::string_view prefix : kBylinePrefixes) {
    if (!starts_with_ignore_case(s, prefix)) continue;
    // A marker with nothing after it ("By", "Article by") names no one.
    if (s.size() == prefix.size() || (s.size() == prefix.size() + 1 && s.back() == ':')) return {};
    const char next = s[prefix.size()];
    if (prefix.back() != ':' && next != ' ' && next != ':') continue;
    s = trim(s.substr(prefix.size()));
    if (!s.empty() && s[0] == ':') s = trim(s.substr(1));
    break;
  }
  // A trailing URL ("Frank Bueltge - http://bueltge.de").
  const size_t space = s.rfind(' ');
  if (space != std::string_view::npos && is_absolute_url(s.substr(space + 1))) {
    s = trim_trailing_separators(s.substr(0, space));
  }
  const size_t date = find_date_start(s);
  if (date != std::string_view::npos) {
    s = s.substr(0, date);
    // A day number glued to the name ("Lucas Nolan22 Dec 2016").
    while (!s.empty() && is_ascii_digit(s.back())) s.remove_suffix(1);
  }
  return std::string(trim_trailing_separators(s));
}

}  // namespace reader::meta
