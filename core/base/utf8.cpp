// UTF-8 helpers; see utf8.h. The hot loops skip ASCII eight bytes at a time
// and check common two- and three-byte sequences inline.
#include "base/utf8.h"

#include <cstring>

namespace reader {
namespace {

// Bytes checked at once by the ASCII fast path: one 64-bit word.
constexpr size_t kWordBytes = 8;
// A word whose bytes are all ASCII has none of these bits set.
constexpr uint64_t kHighBits = 0x8080808080808080ull;

// Outcome of decoding one sequence: the code point (or U+FFFD) and the number
// of bytes consumed (the whole sequence, or the maximal subpart when invalid).
struct Decoded {
  uint32_t cp;
  size_t length;
  bool valid;
};

// https://encoding.spec.whatwg.org/#utf-8-decoder, applied to one sequence.
// The lower/upper boundaries exclude overlongs (E0 80..9F, F0 80..8F),
// surrogates (ED A0..BF) and values past U+10FFFF (F4 90..BF).
Decoded decode_one(const unsigned char* p, size_t available) {
  const unsigned char lead = p[0];
  if (lead < 0x80) return {lead, 1, true};
  size_t bytes_needed;
  uint32_t cp;
  unsigned char lower = 0x80;
  unsigned char upper = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    bytes_needed = 1;
    cp = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    if (lead == 0xE0) lower = 0xA0;
    if (lead == 0xED) upper = 0x9F;
    bytes_needed = 2;
    cp = lead & 0x0F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    if (lead == 0xF0) lower = 0x90;
    if (lead == 0xF4) upper = 0x8F;
    bytes_needed = 3;
    cp = lead & 0x07;
  } else {
    return {kReplacementCharacter, 1, false};  // 80..C1, F5..FF never start a sequence
  }
  size_t seen = 1;
  while (seen <= bytes_needed) {
    if (seen >= available) return {kReplacementCharacter, seen, false};  // truncated
    const unsigned char b = p[seen];
    if (b < lower || b > upper) return {kReplacementCharacter, seen, false};
    lower = 0x80;
    upper = 0xBF;
    cp = (cp << 6) | (b & 0x3F);
    ++seen;
  }
  return {cp, seen, true};
}

// Index of the first non-ASCII byte of p[i..n), checked eight at a time.
inline size_t skip_ascii(const unsigned char* p, size_t i, size_t n) {
  while (i + kWordBytes <= n) {
    uint64_t word;
    std::memcpy(&word, p + i, kWordBytes);
    if (word & kHighBits) break;
    i += kWordBytes;
  }
  while (i < n && p[i] < 0x80) ++i;
  return i;
}

// Length of the well-formed two- or three-byte sequence at p[i], or 0 when
// it is anything else (four-byte, E0/ED leads, invalid, truncated): the
// common non-ASCII cases of Latin, Cyrillic, Greek and CJK text, checked
// without the general decoder's loop.
inline size_t common_sequence_length(const unsigned char* p, size_t i, size_t n) {
  const unsigned char lead = p[i];
  if (lead >= 0xC2 && lead <= 0xDF) {
    return (i + 1 < n && (p[i + 1] & 0xC0) == 0x80) ? 2 : 0;
  }
  // E0 (overlongs) and ED (surrogates) restrict their second byte; the
  // other three-byte leads accept any continuation bytes.
  if (lead >= 0xE1 && lead <= 0xEF && lead != 0xED && i + 2 < n &&
      (p[i + 1] & 0xC0) == 0x80 && (p[i + 2] & 0xC0) == 0x80)
    return 3;
  return 0;
}

}  // namespace

size_t ascii_prefix_length(std::string_view s) {
  return skip_ascii(reinterpret_cast<const unsigned char*>(s.data()), 0, s.size());
}

void append_utf8(std::string& out, uint32_t cp) {
  if (!is_scalar_value(cp)) cp = kReplacementCharacter;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    const char buf[2] = {static_cast<char>(0xC0 | (cp >> 6)),
                         static_cast<char>(0x80 | (cp & 0x3F))};
    out.append(buf, 2);
  } else if (cp < 0x10000) {
    const char buf[3] = {static_cast<char>(0xE0 | (cp >> 12)),
                         static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                         static_cast<char>(0x80 | (cp & 0x3F))};
    out.append(buf, 3);
  } else {
    const char buf[4] = {static_cast<char>(0xF0 | (cp >> 18)),
                         static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
                         static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                         static_cast<char>(0x80 | (cp & 0x3F))};
    out.append(buf, 4);
  }
}

uint32_t next_code_point(std::string_view s, size_t& i) {
  const Decoded d =
      decode_one(reinterpret_cast<const unsigned char*>(s.data()) + i, s.size() - i);
  i += d.length;
  return d.cp;
}

size_t utf8_length(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t count = 0;
  size_t i = 0;
  while (i < n) {
    const size_t ascii_end = skip_ascii(p, i, n);
    count += ascii_end - i;
    i = ascii_end;
    if (i >= n) break;
    if (const size_t len = common_sequence_length(p, i, n)) {
      i += len;
    } else {
      i += decode_one(p + i, n - i).length;
    }
    ++count;
  }
  return count;
}

bool is_valid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    i = skip_ascii(p, i, n);
    if (i >= n) break;
    if (const size_t len = common_sequence_length(p, i, n)) {
      i += len;
      continue;
    }
    const Decoded d = decode_one(p + i, n - i);
    if (!d.valid) return false;
    i += d.length;
  }
  return true;
}

std::string_view utf8_truncate(std::string_view s, size_t max_code_points) {
  size_t i = 0;
  size_t count = 0;
  while (i < s.size() && count < max_code_points) {
    next_code_point(s, i);
    ++count;
  }
  return s.substr(0, i);
}

void append_repaired_utf8(std::string& out, std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  // Start of the pending run of valid bytes, copied in one append.
  size_t run_start = 0;
  while (i < n) {
    i = skip_ascii(p, i, n);
    if (i >= n) break;
    if (const size_t len = common_sequence_length(p, i, n)) {
      i += len;
      continue;
    }
    const Decoded d = decode_one(p + i, n - i);
    if (d.valid) {
      i += d.length;
      continue;
    }
    out.append(s.data() + run_start, i - run_start);
    append_utf8(out, kReplacementCharacter);
    i += d.length;
    run_start = i;
  }
  out.append(s.data() + run_start, n - run_start);
}

std::string repair_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  append_repaired_utf8(out, s);
  return out;
}

}  // namespace reader
