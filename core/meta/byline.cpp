#include "meta/byline.h"

#include <algorithm>

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
// Markers that are also common words ("di" is Italian "of", "door" Dutch
// "by" and English "door"): dropped only before two or more words that
// start with a capital ("Di Mario Rossi", "Door Jan de Vries"; "Di Maria"
// is a name).
constexpr std::string_view kNameOnlyPrefixes[] = {"di", "door"};
constexpr size_t kMinWordsAfterNameOnlyPrefix = 2;
// Texts found where a byline is looked for that name no one: a label
// ("About the Author", "Follow the author"), a role ("admin"), a note
// ("Reading time: 2 minutes", "Visit the Apple Store"); wcxb-dev pages.
constexpr std::string_view kNotNames[] = {"author", "authors", "admin", "administrator",
                                          "webmaster", "about the author", "about author",
                                          "about the authors"};
constexpr std::string_view kNotNamePrefixes[] = {
    "follow the author", "follow author", "reading time", "read time", "visit the ",
    "this review is", "this article was", "this post was", "posted in ", "filed under"};
// A byline longer than this many words, without a comma or "and" joining
// names, is a sentence ("This article was Written By Our Product Research
// Team Get to ...").
constexpr size_t kMaxSingleNameWords = 10;
// Letters a name has at least ("()x" is markup debris).
constexpr long kMinNameLetters = 2;
// Punctuation a byline does not start with (", USA TODAY", "--reset-author",
// "\xC2\xA7Authoring").
constexpr std::string_view kLeadingJunk = ",;:|-/\\ ";
constexpr std::string_view kSectionSign = "\xC2\xA7";

// Markers of a byline line and the small words a name may hold (is_byline_line).
constexpr std::string_view kLineMarkers[] = {"by", "von", "par", "por", "di", "door"};
constexpr std::string_view kNameJoiners[] = {"and", "und", "et", "y",   "e",  "en", "&",  "de",
                                             "van", "von", "der", "da", "del", "di", "le", "la"};
constexpr size_t kMaxLineNameWords = 5;
// A line names a person with two words at least: "Shop by Brand", "By
// Manufacturer", "Door Straps" are filters and products (wcxb-dev tuning).
constexpr size_t kMinLineNameWords = 2;

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

// Words run together by markup ("CollectionCompressionSportMerino"): a
// lowercase letter followed by an uppercase one more than once ("McDonald",
// "DeSiato" have it once).
bool glued_words(std::string_view word) {
  int joins = 0;
  for (size_t i = 1; i < word.size(); ++i) {
    joins += word[i - 1] >= 'a' && word[i - 1] <= 'z' && word[i] >= 'A' && word[i] <= 'Z';
  }
  return joins > 1;
}

bool is_name_joiner(std::string_view word) {
  for (const std::string_view j : kNameJoiners) {
    if (word == j) return true;
  }
  return false;
}

// Words of `s` that start with an uppercase ASCII letter or a non-ASCII
// character, counted until the first word that neither does nor joins names
// ("Jan de Vries": 2).
size_t capitalized_words(std::string_view s) {
  size_t count = 0;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    if (i >= s.size()) break;
    size_t end = s.find(' ', i);
    if (end == std::string_view::npos) end = s.size();
    const std::string_view word = s.substr(i, end - i);
    const unsigned char c = static_cast<unsigned char>(word[0]);
    if ((c >= 'A' && c <= 'Z') || c >= 0x80) {
      ++count;
    } else if (!is_name_joiner(word)) {
      break;
    }
    i = end;
  }
  return count;
}

// A cleaned byline that could be someone's name: it has letters, is not a
// label or note, and is not a sentence.
bool names_someone(std::string_view s) {
  const auto letters = std::count_if(s.begin(), s.end(), [](char c) {
    return is_ascii_alpha(c) || static_cast<unsigned char>(c) >= 0x80;
  });
  if (letters < kMinNameLetters) return false;
  for (const std::string_view label : kNotNames) {
    if (equals_ignore_case(s, label)) return false;
  }
  for (const std::string_view prefix : kNotNamePrefixes) {
    if (starts_with_ignore_case(s, prefix)) return false;
  }
  const bool joins_names =
      s.find(',') != std::string_view::npos || find_ignore_case(s, " and ") != std::string_view::npos ||
      s.find('&') != std::string_view::npos;
  return joins_names || js_word_count(s) <= kMaxSingleNameWords;
}

}  // namespace

bool is_byline_line(std::string_view text) {
  const std::string clean = clean_text(text);
  std::string_view s = clean;
  bool marked = false;
  for (const std::string_view marker : kLineMarkers) {
    if (starts_with_ignore_case(s, marker) && s.size() > marker.size() + 1 &&
        s[marker.size()] == ' ') {
      s = s.substr(marker.size() + 1);
      marked = true;
      break;
    }
  }
  if (!marked) return false;
  const size_t date = find_date_start(s);
  if (date != std::string_view::npos) s = s.substr(0, date);
  s = trim_trailing_separators(s);
  size_t words = 0;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t end = s.find(' ', pos);
    if (end == std::string_view::npos) end = s.size();
    std::string_view word = s.substr(pos, end - pos);
    if (!word.empty() && word.back() == ',') word.remove_suffix(1);
    pos = end + 1;
    if (word.empty()) continue;
    const unsigned char c = static_cast<unsigned char>(word[0]);
    const bool capital = (c >= 'A' && c <= 'Z') || c >= 0x80;
    if (words == 0 ? !capital : !(capital || is_name_joiner(word))) return false;
    if (glued_words(word) || ++words > kMaxLineNameWords) return false;
  }
  return words >= kMinLineNameWords;
}

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
  while (!s.empty()) {
    if (kLeadingJunk.find(s.front()) != std::string_view::npos) {
      s.remove_prefix(1);
    } else if (starts_with(s, kSectionSign)) {
      s.remove_prefix(kSectionSign.size());
    } else {
      break;
    }
  }
  for (const std::string_view prefix : kNameOnlyPrefixes) {
    if (starts_with_ignore_case(s, prefix) && s.size() > prefix.size() && s[prefix.size()] == ' ' &&
        capitalized_words(s.substr(prefix.size() + 1)) >= kMinWordsAfterNameOnlyPrefix) {
      s = trim(s.substr(prefix.size() + 1));
    }
  }
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
  s = trim_trailing_separators(s);
  return names_someone(s) ? std::string(s) : std::string();
}

}  // namespace reader::meta
