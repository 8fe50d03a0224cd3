// The decoders of the WHATWG Encoding Standard that need no large tables:
// UTF-8, UTF-16BE/LE, the legacy single-byte encodings, x-user-defined and
// replacement. Each appends well-formed UTF-8 to `out`.
#include <cstdint>
#include <cstring>

#include "base/encoding.h"
#include "base/encoding_cjk.h"
#include "base/utf8.h"

namespace reader {
namespace {

struct SingleByteTable {
  std::string_view name;
  uint16_t high[128];  // code points of bytes 0x80..0xFF; 0xFFFD = unmapped
};

constexpr SingleByteTable kSingleByteTables[] = {
#include "base/single_byte_tables.inc"
};

const SingleByteTable* find_single_byte_table(std::string_view name) {
  for (const SingleByteTable& t : kSingleByteTables)
    if (t.name == name) return &t;
  return nullptr;
}

// https://encoding.spec.whatwg.org/#single-byte-decoder
void decode_single_byte(const SingleByteTable& table, std::string_view bytes, std::string& out) {
  size_t high_bytes = 0;
  for (const char c : bytes) high_bytes += static_cast<unsigned char>(c) >> 7;
  // Every table entry is below U+10000: at most three UTF-8 bytes per byte.
  out.reserve(out.size() + bytes.size() + 2 * high_bytes);
  size_t i = 0;
  while (i < bytes.size()) {
    const size_t ascii = ascii_prefix_length(bytes.substr(i));
    out.append(bytes.data() + i, ascii);
    i += ascii;
    if (i >= bytes.size()) break;
    append_utf8(out, table.high[static_cast<unsigned char>(bytes[i]) - 0x80]);
    ++i;
  }
}

// https://encoding.spec.whatwg.org/#x-user-defined-decoder
void decode_x_user_defined(std::string_view bytes, std::string& out) {
  // Bytes 0x80..0xFF map to the private-use block starting here.
  constexpr uint32_t kXUserDefinedBase = 0xF780;
  out.reserve(out.size() + bytes.size() * 3);
  for (const char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    if (b < 0x80) {
      out.push_back(c);
    } else {
      append_utf8(out, kXUserDefinedBase + b - 0x80);
    }
  }
}

// https://encoding.spec.whatwg.org/#shared-utf-16-decoder
void decode_utf16(std::string_view bytes, bool big_endian, std::string& out) {
  // A code unit (two bytes) becomes at most three UTF-8 bytes; a surrogate
  // pair (four bytes) becomes four.
  out.reserve(out.size() + bytes.size() / 2 * 3 + 3);
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t units = bytes.size() / 2;
  uint32_t lead_surrogate = 0;  // 0 = none
  for (size_t u = 0; u < units; ++u) {
    const uint32_t unit = big_endian ? (p[2 * u] << 8) | p[2 * u + 1]
                                     : p[2 * u] | (p[2 * u + 1] << 8);
    if (lead_surrogate != 0) {
      const uint32_t lead = lead_surrogate;
      lead_surrogate = 0;
      if (unit >= 0xDC00 && unit <= 0xDFFF) {
        append_utf8(out, 0x10000 + ((lead - 0xD800) << 10) + (unit - 0xDC00));
        continue;
      }
      // Lone lead surrogate: an error, then this unit is processed anew.
      append_utf8(out, kReplacementCharacter);
    }
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      lead_surrogate = unit;
    } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
      append_utf8(out, kReplacementCharacter);  // lone trail surrogate
    } else if (unit < 0x80) {
      out.push_back(static_cast<char>(unit));
    } else {
      append_utf8(out, unit);
    }
  }
  // End of queue with a pending lead byte or lead surrogate: one error.
  if (lead_surrogate != 0 || bytes.size() % 2 != 0) append_utf8(out, kReplacementCharacter);
}

}  // namespace

bool decode_with_encoding(std::string_view encoding, std::string_view bytes, std::string& out) {
  if (encoding == "utf-8") {
    out.reserve(out.size() + bytes.size());
    append_repaired_utf8(out, bytes);
    return true;
  }
  if (const SingleByteTable* table = find_single_byte_table(encoding)) {
    decode_single_byte(*table, bytes, out);
    return true;
  }
  if (encoding == "utf-16le" || encoding == "utf-16be") {
    decode_utf16(bytes, encoding == "utf-16be", out);
    return true;
  }
  if (encoding == "x-user-defined") {
    decode_x_user_defined(bytes, out);
    return true;
  }
  if (encoding == "replacement") {
    // https://encoding.spec.whatwg.org/#replacement-decoder: these encodings
    // (ISO-2022-KR, HZ...) allow script injection via ASCII-looking bytes, so
    // the whole input decodes to a single U+FFFD.
    if (!bytes.empty()) append_utf8(out, kReplacementCharacter);
    return true;
  }
  return decode_cjk(encoding, bytes, out);
}

}  // namespace reader
