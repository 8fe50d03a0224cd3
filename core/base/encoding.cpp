// https://html.spec.whatwg.org/multipage/parsing.html#encoding-sniffing-algorithm
// for a page read from bytes (no transport-layer charset): BOM, user
// override, <meta> prescan, then a UTF-8 guess, then a late <meta> in the
// head, then UTF-8 for pure ASCII, then windows-1252. The two deviations from the spec's letter are
// marked "Deviation" / step 5 below, each with its reason.
#include "base/encoding.h"

#include "base/encoding_prescan.h"
#include "base/utf8.h"

namespace reader {
namespace {

struct Bom {
  std::string_view bytes;
  std::string_view encoding;
};

// https://encoding.spec.whatwg.org/#bom-sniff
constexpr Bom kBoms[] = {
    {"\xEF\xBB\xBF", "utf-8"},
    {"\xFE\xFF", "utf-16be"},
    {"\xFF\xFE", "utf-16le"},
};

// Length of a trailing UTF-8 sequence that is a valid but unfinished prefix
// (input cut by a size limit), so the UTF-8 guess can ignore it. 0 if none.
size_t truncated_tail_length(std::string_view s) {
  // A sequence is at most four bytes, so an unfinished one is at most three.
  constexpr size_t kMaxUnfinished = 3;
  for (size_t back = 1; back <= kMaxUnfinished && back <= s.size(); ++back) {
    const auto b = static_cast<unsigned char>(s[s.size() - back]);
    if (b < 0x80) return 0;
    if (b >= 0xC0) {  // a lead byte: unfinished if it needs more than we have
      const size_t needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
      return needed > back ? back : 0;
    }
  }
  return 0;
}

// The UTF-8 guess: browsers and this core treat undeclared pages that are
// well-formed UTF-8 with some non-ASCII byte as UTF-8 (windows-1252 text is
// almost never also valid UTF-8).
bool looks_like_utf8(std::string_view bytes) {
  const size_t ascii = ascii_prefix_length(bytes);
  if (ascii == bytes.size()) return false;  // pure ASCII: nothing to guess
  const std::string_view rest = bytes.substr(ascii);
  const std::string_view complete = rest.substr(0, rest.size() - truncated_tail_length(rest));
  return !complete.empty() && is_valid_utf8(complete);
}

DecodeResult decode_as(std::string_view bytes, std::string_view encoding, std::string_view source) {
  DecodeResult result;
  result.encoding = std::string(encoding);
  result.source = std::string(source);
  if (!decode_with_encoding(encoding, bytes, result.utf8)) {
    // Unreachable for names this file chooses; kept so a bad name is not silent.
    result.utf8.clear();
    decode_with_encoding("windows-1252", bytes, result.utf8);
    result.encoding = "windows-1252";
    result.source = "default";
  }
  return result;
}

// The bytes before the first "<body" (ASCII case-insensitive), at most
// kLateMetaScanBytes: where a <meta> can still change a guessed encoding.
std::string_view head_region(std::string_view bytes) {
  // Heads with large inline scripts and styles run to tens of kilobytes;
  // past this a late <meta> is not worth another scan.
  constexpr size_t kLateMetaScanBytes = 64 * 1024;
  const std::string_view window = bytes.substr(0, kLateMetaScanBytes);
  for (size_t i = 0; i + 5 <= window.size(); ++i) {
    if (window[i] != '<') continue;
    const std::string_view tag = window.substr(i + 1, 4);
    if ((tag[0] | 0x20) == 'b' && (tag[1] | 0x20) == 'o' && (tag[2] | 0x20) == 'd' &&
        (tag[3] | 0x20) == 'y')
      return window.substr(0, i);
  }
  return window;
}

bool is_supported(std::string_view encoding) {
  if (encoding.empty()) return false;
  std::string probe;
  return decode_with_encoding(encoding, {}, probe);
}

}  // namespace

DecodeResult decode_to_utf8(std::string_view bytes, std::string_view override_label) {
  // 1. Byte order mark.
  for (const Bom& bom : kBoms) {
    if (bytes.substr(0, bom.bytes.size()) == bom.bytes)
      return decode_as(bytes.substr(bom.bytes.size()), bom.encoding, "bom");
  }
  // 2. The user's choice.
  const std::string_view chosen = encoding_for_label(override_label);
  if (is_supported(chosen)) return decode_as(bytes, chosen, "override");
  // 3. <meta> in the first 1024 bytes. A declared encoding this core cannot
  //    decode falls through to the guesses below.
  const std::string_view declared = prescan_for_encoding(bytes.substr(0, kPrescanBytes));
  if (is_supported(declared)) {
    // Deviation from the spec, on purpose: a page declared as a legacy
    // encoding whose bytes are nonetheless valid UTF-8 with non-ASCII
    // content is a mislabelled UTF-8 page (server or CMS converted it and
    // left the old <meta>); valid UTF-8 by accident needs contrived byte
    // pairs such as "Ã©". Decoding it as declared would only make mojibake.
    if (declared != "utf-8" && looks_like_utf8(bytes))
      return decode_as(bytes, "utf-8", "utf8-sniff");
    return decode_as(bytes, declared, "meta");
  }
  // 4. Undeclared: valid UTF-8 with non-ASCII content is UTF-8.
  if (looks_like_utf8(bytes)) return decode_as(bytes, "utf-8", "utf8-sniff");
  // 5. A <meta> past the first 1024 bytes but still in the head. Browsers
  //    honour it: the HTML parser "changes the encoding while parsing"
  //    (https://html.spec.whatwg.org/multipage/parsing.html#changing-the-encoding-while-parsing)
  //    when it meets a <meta charset> and the encoding was only a guess.
  const std::string_view late = prescan_for_encoding(head_region(bytes));
  if (is_supported(late)) return decode_as(bytes, late, "meta");
  // 6. Pure ASCII decodes the same in UTF-8 and windows-1252: report the
  //    encoding such a page is almost always written in (and any later edit
  //    of it would be saved in), not the legacy fallback.
  if (ascii_prefix_length(bytes) == bytes.size()) return decode_as(bytes, "utf-8", "ascii");
  // 7. The fallback for the web at large (no locale to go by).
  return decode_as(bytes, "windows-1252", "default");
}

}  // namespace reader
