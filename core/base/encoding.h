// Bytes -> UTF-8: the encoding sniffing algorithm of the HTML Standard
// (https://html.spec.whatwg.org/multipage/parsing.html#encoding-sniffing-algorithm)
// and the decoders of the WHATWG Encoding Standard
// (https://encoding.spec.whatwg.org/).
//
// Order of precedence: byte order mark, then the user's override, then the
// <meta> prescan of the first 1024 bytes, then "valid UTF-8 with non-ASCII
// bytes means UTF-8", then a <meta> later in the head (as the parser's
// "change the encoding" would), then UTF-8 for pure-ASCII bytes (decoded
// identically either way), then windows-1252. A page whose <meta>
// declares a legacy encoding but whose bytes are valid non-ASCII UTF-8 is
// read as UTF-8 (source "utf8-sniff"): it was mislabelled.
//
// Every encoding of the Encoding Standard decodes: UTF-8, UTF-16BE/LE, the 28
// legacy single-byte encodings, gbk/gb18030, big5, euc-jp, iso-2022-jp,
// shift_jis, euc-kr, x-user-defined and replacement.
#pragma once
#include <string>
#include <string_view>

namespace reader {

struct DecodeResult {
  std::string utf8;      // always well-formed UTF-8
  std::string encoding;  // canonical WHATWG name, e.g. "utf-8", "windows-1252", "utf-16le"
  std::string source;    // "bom", "override", "meta", "utf8-sniff", "ascii" or "default"
};

// Decodes page bytes to UTF-8. `override_label` is the user's --charset (a
// WHATWG label such as "latin1", "cp1252", "utf8"); "" or an unknown label
// means detect. Never fails: undecodable bytes become U+FFFD. Linear time.
DecodeResult decode_to_utf8(std::string_view bytes, std::string_view override_label = {});

// WHATWG "get an encoding" (https://encoding.spec.whatwg.org/#concept-encoding-get):
// trims ASCII whitespace, ASCII-lowercases and looks the label up. Returns the
// canonical name, or "" for an unknown label.
std::string_view encoding_for_label(std::string_view label);

// Decodes `bytes` (no BOM handling) with the encoding named by its canonical
// WHATWG name and appends UTF-8 to `out`. Returns false, appending nothing,
// if the name is not a supported encoding.
bool decode_with_encoding(std::string_view encoding, std::string_view bytes, std::string& out);

}  // namespace reader
