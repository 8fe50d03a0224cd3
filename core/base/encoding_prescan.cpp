// https://html.spec.whatwg.org/multipage/parsing.html#prescan-a-byte-stream-to-determine-its-encoding
// Step names and order follow the spec; "running out of bytes" anywhere ends
// the scan with failure (only the XML declaration fallback can then answer).
#include "base/encoding_prescan.h"

#include <cstdint>
#include <string>
#include <vector>

#include "base/encoding.h"

namespace reader {
namespace {

bool is_space_byte(unsigned char c) {
  return c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D || c == 0x20;
}
bool is_upper_byte(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool is_alpha_byte(unsigned char c) { return is_upper_byte(c) || (c >= 'a' && c <= 'z'); }
char to_lower_byte(unsigned char c) {
  return static_cast<char>(is_upper_byte(c) ? c + ('a' - 'A') : c);
}

// True if `s` at `pos` starts with `lit` (lowercase), ASCII case-insensitively.
bool starts_with_ci(std::string_view s, size_t pos, std::string_view lit) {
  if (pos > s.size() || s.size() - pos < lit.size()) return false;
  for (size_t i = 0; i < lit.size(); ++i)
    if (to_lower_byte(static_cast<unsigned char>(s[pos + i])) != lit[i]) return false;
  return true;
}

// First occurrence of `lit` (lowercase) at or after `from`, case-insensitive.
size_t find_ci(std::string_view s, std::string_view lit, size_t from) {
  for (size_t i = from; i + lit.size() <= s.size(); ++i)
    if (starts_with_ci(s, i, lit)) return i;
  return std::string_view::npos;
}

// utf-16be/le declared in a byte-oriented document cannot be right (the
// declaration itself was read as ASCII), so the spec switches to UTF-8.
std::string_view fix_declared_encoding(std::string_view enc) {
  if (enc == "utf-16be" || enc == "utf-16le") return "utf-8";
  return enc;
}

struct Attribute {
  std::string name;
  std::string value;
};

enum class GetAttribute { kFound, kNone, kEndOfInput };

// https://html.spec.whatwg.org/multipage/parsing.html#concept-get-attributes-when-sniffing
GetAttribute get_an_attribute(std::string_view b, size_t& pos, Attribute& attr) {
  const auto at = [&](size_t p) { return static_cast<unsigned char>(b[p]); };
  // 1. Skip whitespace and '/'.
  while (pos < b.size() && (is_space_byte(at(pos)) || at(pos) == '/')) ++pos;
  if (pos >= b.size()) return GetAttribute::kEndOfInput;
  // 2. '>' ends the tag: no attribute.
  if (at(pos) == '>') return GetAttribute::kNone;
  // 3.
  attr.name.clear();
  attr.value.clear();
  // 4. Attribute name.
  for (;;) {
    if (pos >= b.size()) return GetAttribute::kEndOfInput;
    const unsigned char c = at(pos);
    if (c == '=' && !attr.name.empty()) {
      ++pos;
      goto value;
    }
    if (is_space_byte(c)) break;  // to step 5, "spaces"
    if (c == '/' || c == '>') return GetAttribute::kFound;
    attr.name.push_back(to_lower_byte(c));
    ++pos;
  }
  // 5. Spaces.
  while (pos < b.size() && is_space_byte(at(pos))) ++pos;
  if (pos >= b.size()) return GetAttribute::kEndOfInput;
  // 6. No '=': an attribute without value; position stays on this byte.
  if (at(pos) != '=') return GetAttribute::kFound;
  // 7. Skip the '='.
  ++pos;
value:
  // 8. Value: skip whitespace.
  while (pos < b.size() && is_space_byte(at(pos))) ++pos;
  if (pos >= b.size()) return GetAttribute::kEndOfInput;
  // 9.
  {
    const unsigned char c = at(pos);
    if (c == '"' || c == '\'') {
      const unsigned char quote = c;
      for (;;) {
        ++pos;
        if (pos >= b.size()) return GetAttribute::kEndOfInput;
        if (at(pos) == quote) {
          ++pos;
          return GetAttribute::kFound;
        }
        attr.value.push_back(to_lower_byte(at(pos)));
      }
    }
    if (c == '>') return GetAttribute::kFound;
    attr.value.push_back(to_lower_byte(c));
    ++pos;
  }
  // 10. Unquoted value up to whitespace or '>'.
  for (;;) {
    if (pos >= b.size()) return GetAttribute::kEndOfInput;
    const unsigned char c = at(pos);
    if (is_space_byte(c) || c == '>') return GetAttribute::kFound;
    attr.value.push_back(to_lower_byte(c));
    ++pos;
  }
}

enum class MetaOutcome { kEncoding, kNextByte, kEndOfInput };

// The "<meta" branch of the prescan loop. `pos` points just past the
// whitespace or '/' that follows "<meta".
MetaOutcome prescan_meta(std::string_view b, size_t& pos, std::string_view& result) {
  std::vector<std::string> attribute_list;
  bool got_pragma = false;
  enum class NeedPragma { kNull, kTrue, kFalse } need_pragma = NeedPragma::kNull;
  // charset: unset (null), or set to an encoding or to "" (failure).
  bool charset_set = false;
  std::string_view charset;
  Attribute attr;
  for (;;) {
    const GetAttribute got = get_an_attribute(b, pos, attr);
    if (got == GetAttribute::kEndOfInput) return MetaOutcome::kEndOfInput;
    if (got == GetAttribute::kNone) break;  // to "processing"
    bool seen = false;
    for (const std::string& name : attribute_list) seen = seen || name == attr.name;
    if (seen) continue;
    attribute_list.push_back(attr.name);
    if (attr.name == "http-equiv") {
      if (attr.value == "content-type") got_pragma = true;
    } else if (attr.name == "content") {
      const std::string_view enc = extract_encoding_from_meta_content(attr.value);
      if (!enc.empty() && !charset_set) {
        charset_set = true;
        charset = enc;
        need_pragma = NeedPragma::kTrue;
      }
    } else if (attr.name == "charset") {
      charset_set = true;
      charset = encoding_for_label(attr.value);
      need_pragma = NeedPragma::kFalse;
    }
  }
  // Processing.
  if (need_pragma == NeedPragma::kNull) return MetaOutcome::kNextByte;
  if (need_pragma == NeedPragma::kTrue && !got_pragma) return MetaOutcome::kNextByte;
  if (!charset_set || charset.empty()) return MetaOutcome::kNextByte;
  charset = fix_declared_encoding(charset);
  // x-user-defined would decode ASCII-range text as-is and the rest as PUA
  // characters; the spec reads such documents as windows-1252 instead.
  if (charset == "x-user-defined") charset = "windows-1252";
  result = charset;
  return MetaOutcome::kEncoding;
}

// https://html.spec.whatwg.org/multipage/parsing.html#concept-get-xml-encoding-when-sniffing
std::string_view get_an_xml_encoding(std::string_view b) {
  if (b.substr(0, 5) != "<?xml") return {};
  const size_t declaration_end = b.find('>');
  if (declaration_end == std::string_view::npos) return {};
  const std::string_view decl = b.substr(0, declaration_end);
  size_t pos = find_ci(decl, "encoding", 0);
  if (pos == std::string_view::npos) return {};
  pos += 8;
  const auto at = [&](size_t p) { return static_cast<unsigned char>(decl[p]); };
  while (pos < decl.size() && at(pos) <= 0x20) ++pos;
  if (pos >= decl.size() || at(pos) != '=') return {};
  ++pos;
  while (pos < decl.size() && at(pos) <= 0x20) ++pos;
  if (pos >= decl.size() || (at(pos) != '"' && at(pos) != '\'')) return {};
  const char quote = decl[pos];
  ++pos;
  const size_t end = decl.find(quote, pos);
  if (end == std::string_view::npos) return {};
  const std::string_view potential = decl.substr(pos, end - pos);
  for (const char c : potential)
    if (static_cast<unsigned char>(c) <= 0x20) return {};
  return fix_declared_encoding(encoding_for_label(potential));
}

// The loop of the prescan; "" when it runs out of bytes.
std::string_view prescan_loop(std::string_view b) {
  const auto at = [&](size_t p) { return static_cast<unsigned char>(b[p]); };
  // Prescan for UTF-16 XML declarations: "<?x" in UTF-16LE or UTF-16BE.
  if (b.substr(0, 6) == std::string_view("<\0?\0x\0", 6)) return "utf-16le";
  if (b.substr(0, 6) == std::string_view("\0<\0?\0x", 6)) return "utf-16be";
  size_t pos = 0;
  while (pos < b.size()) {
    if (b.compare(pos, 4, "<!--") == 0) {
      // To the '>' of the first "-->" after "<!" (so "<!-->" closes itself).
      const size_t end = b.find("-->", pos + 2);
      if (end == std::string_view::npos) return {};
      pos = end + 2;  // on the '>'
    } else if (starts_with_ci(b, pos, "<meta") && pos + 5 < b.size() &&
               (is_space_byte(at(pos + 5)) || at(pos + 5) == '/')) {
      pos += 6;
      std::string_view result;
      switch (prescan_meta(b, pos, result)) {
        case MetaOutcome::kEncoding: return result;
        case MetaOutcome::kEndOfInput: return {};
        case MetaOutcome::kNextByte: break;
      }
    } else if (at(pos) == '<' &&
               ((pos + 1 < b.size() && is_alpha_byte(at(pos + 1))) ||
                (pos + 2 < b.size() && at(pos + 1) == '/' && is_alpha_byte(at(pos + 2))))) {
      // A start or end tag: skip its name, then its attributes.
      while (pos < b.size() && !is_space_byte(at(pos)) && at(pos) != '>') ++pos;
      Attribute attr;
      for (;;) {
        const GetAttribute got = get_an_attribute(b, pos, attr);
        if (got == GetAttribute::kEndOfInput) return {};
        if (got == GetAttribute::kNone) break;
      }
    } else if (at(pos) == '<' && pos + 1 < b.size() &&
               (at(pos + 1) == '!' || at(pos + 1) == '/' || at(pos + 1) == '?')) {
      const size_t end = b.find('>', pos + 2);
      if (end == std::string_view::npos) return {};
      pos = end;
    }
    ++pos;  // Next byte.
  }
  return {};
}

}  // namespace

std::string_view extract_encoding_from_meta_content(std::string_view s) {
  // https://html.spec.whatwg.org/multipage/urls-and-fetching.html#algorithm-for-extracting-a-character-encoding-from-a-meta-element
  const auto at = [&](size_t p) { return static_cast<unsigned char>(s[p]); };
  size_t pos = 0;
  for (;;) {
    // Loop: the next "charset".
    const size_t found = find_ci(s, "charset", pos);
    if (found == std::string_view::npos) return {};
    pos = found + 7;
    while (pos < s.size() && is_space_byte(at(pos))) ++pos;
    if (pos < s.size() && at(pos) == '=') break;
    // Not "charset=": look again from just before this character.
  }
  ++pos;
  while (pos < s.size() && is_space_byte(at(pos))) ++pos;
  if (pos >= s.size()) return {};
  if (at(pos) == '"' || at(pos) == '\'') {
    const size_t end = s.find(s[pos], pos + 1);
    if (end == std::string_view::npos) return {};
    return encoding_for_label(s.substr(pos + 1, end - pos - 1));
  }
  size_t end = pos;
  while (end < s.size() && !is_space_byte(at(end)) && at(end) != ';') ++end;
  return encoding_for_label(s.substr(pos, end - pos));
}

std::string_view prescan_for_encoding(std::string_view bytes) {
  const std::string_view found = prescan_loop(bytes);
  if (!found.empty()) return found;
  return get_an_xml_encoding(bytes);
}

}  // namespace reader
