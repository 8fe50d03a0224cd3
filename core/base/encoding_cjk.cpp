// Legacy multi-byte decoders of the WHATWG Encoding Standard:
//   gb18030 and gbk (https://encoding.spec.whatwg.org/#gb18030-decoder)
//   Shift_JIS       (https://encoding.spec.whatwg.org/#shift_jis-decoder)
//   EUC-JP          (https://encoding.spec.whatwg.org/#euc-jp-decoder)
//   ISO-2022-JP     (https://encoding.spec.whatwg.org/#iso-2022-jp-decoder)
//   EUC-KR          (https://encoding.spec.whatwg.org/#euc-kr-decoder)
//   Big5            (https://encoding.spec.whatwg.org/#big5-decoder)
// Each is written over the whole input at once: "prepend byte to stream"
// becomes "do not advance past it". Every error appends one U+FFFD.
#include "base/encoding_cjk.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "base/utf8.h"

namespace reader {
namespace {

// Sentinel for "no code point" (pointer unmapped).
constexpr uint32_t kNoCodePoint = 0xFFFFFFFF;

// An index as generated: a varint stream (format: gen_cjk_tables.py).
struct PackedCjkIndex {
  const unsigned char* stream;
  size_t size;
  uint32_t pointers;
  bool fresh;  // deltas count code points not mapped yet (gen_cjk_tables.py)
};

struct Gb18030Range {
  uint32_t pointer;
  uint32_t code_point;
};

#include "base/cjk_tables.inc"

// An index unpacked for lookup: one 16-bit entry per pointer.
class CjkIndex {
 public:
  explicit CjkIndex(const PackedCjkIndex& packed);

  // "Index code point": the code point for `pointer`, or kNoCodePoint.
  uint32_t code_point(uint32_t pointer) const {
    if (pointer >= values_.size() || values_[pointer] == kUnmapped) return kNoCodePoint;
    const uint32_t value = values_[pointer];
    if (!plane2_.empty() && std::binary_search(plane2_.begin(), plane2_.end(), pointer))
      return value + 0x20000;
    return value;
  }

 private:
  // U+FFFF is a noncharacter, never an index's code point (the generator
  // checks).
  static constexpr uint16_t kUnmapped = 0xFFFF;
  std::vector<uint16_t> values_;
  std::vector<uint32_t> plane2_;  // sorted pointers whose value is stored minus 0x20000
};

uint32_t read_varint(const PackedCjkIndex& packed, size_t& at) {
  uint32_t value = 0;
  for (int shift = 0; at < packed.size; shift += 7) {
    const unsigned char b = packed.stream[at++];
    value |= static_cast<uint32_t>(b & 0x7F) << shift;
    if (!(b & 0x80)) break;
  }
  return value;
}

// The code points a "fresh" stream has mapped so far, and the n-th one it
// has not, counted up or down from a code point: 4,096 at a time where a
// block has fewer than n free, else 64 at a time (Big5's jumps between the
// BMP and plane 2 would otherwise walk ~2,000 words each).
class UsedCodePoints {
 public:
  void add(uint32_t cp) {
    if (cp >= kLimit) return;
    const uint64_t bit = uint64_t{1} << (cp % 64);
    if (words_[cp / 64] & bit) return;
    words_[cp / 64] |= bit;
    --free_in_block_[cp / kBlock];
  }
  // The n-th (n >= 1) unused code point above `from`, or kNoCodePoint.
  uint32_t nth_above(uint32_t from, uint32_t n) const {
    for (uint32_t cp = from + 1; cp < kLimit; cp = (cp | 63) + 1) {
      while (cp % kBlock == 0 && cp < kLimit && free_in_block_[cp / kBlock] < n) {
        n -= free_in_block_[cp / kBlock];
        cp += kBlock;
      }
      if (cp >= kLimit) break;
      uint64_t free = ~words_[cp / 64] & (~uint64_t{0} << (cp % 64));
      const uint32_t count = static_cast<uint32_t>(__builtin_popcountll(free));
      if (count < n) {
        n -= count;
        continue;
      }
      while (--n > 0) free &= free - 1;  // drop the lowest n-1
      return (cp & ~63u) + static_cast<uint32_t>(__builtin_ctzll(free));
    }
    return kNoCodePoint;
  }
  // The n-th (n >= 1) unused code point below `from`, or kNoCodePoint.
  uint32_t nth_below(uint32_t from, uint32_t n) const {
    for (int64_t cp = static_cast<int64_t>(from) - 1; cp >= 0; cp = (cp & ~int64_t{63}) - 1) {
      while (cp % kBlock == kBlock - 1 && free_in_block_[cp / kBlock] < n) {
        n -= free_in_block_[cp / kBlock];
        cp -= kBlock;
        if (cp < 0) return kNoCodePoint;
      }
      uint64_t free = ~words_[cp / 64] & (~uint64_t{0} >> (63 - cp % 64));
      const uint32_t count = static_cast<uint32_t>(__builtin_popcountll(free));
      if (count < n) {
        n -= count;
        continue;
      }
      while (--n > 0) free &= ~(uint64_t{1} << (63 - __builtin_clzll(free)));  // drop the highest
      return static_cast<uint32_t>((cp & ~int64_t{63}) + 63 - __builtin_clzll(free));
    }
    return kNoCodePoint;
  }

 private:
  static constexpr uint32_t kLimit = 0x30000;  // past Big5-HKSCS's highest, U+2F9D4
  static constexpr uint32_t kBlock = 4096;
  std::vector<uint64_t> words_ = std::vector<uint64_t>(kLimit / 64);
  std::vector<uint16_t> free_in_block_ = std::vector<uint16_t>(kLimit / kBlock, kBlock);
};

CjkIndex::CjkIndex(const PackedCjkIndex& packed) : values_(packed.pointers, kUnmapped) {
  size_t at = 0;
  uint32_t pointer = 0;
  uint32_t prev = 0;
  UsedCodePoints used;
  while (at < packed.size && pointer < packed.pointers) {
    const uint32_t token = read_varint(packed, at);
    if (token == 0) {
      const uint32_t unmapped = read_varint(packed, at);
      if (unmapped > 0) {
        pointer += unmapped;  // unmapped pointers stay kUnmapped
        continue;
      }
      prev = read_varint(packed, at);  // "0, 0, cp": a code point given as it is
    } else {
      const uint32_t zigzag = token - 1;
      const int32_t delta = static_cast<int32_t>(zigzag >> 1) ^ -static_cast<int32_t>(zigzag & 1);
      if (!packed.fresh) {
        prev = prev + 1 + static_cast<uint32_t>(delta);
      } else {
        prev = delta >= 0 ? used.nth_above(prev, static_cast<uint32_t>(delta) + 1)
                          : used.nth_below(prev, static_cast<uint32_t>(-delta));
        if (prev == kNoCodePoint) break;  // a corrupt stream: the rest stays unmapped
      }
    }
    if (packed.fresh) used.add(prev);
    if (prev > 0xFFFF) {
      plane2_.push_back(pointer);
      values_[pointer] = static_cast<uint16_t>(prev - 0x20000);
    } else {
      values_[pointer] = static_cast<uint16_t>(prev);
    }
    ++pointer;
  }
}

// Each index is unpacked on first use (a page in that encoding), once per
// process: start-up and pages in other encodings pay nothing.
template <const PackedCjkIndex& kPacked>
const CjkIndex& unpacked() {
  static const CjkIndex index(kPacked);
  return index;
}

// https://encoding.spec.whatwg.org/#index-gb18030-ranges-code-point
uint32_t gb18030_ranges_code_point(uint32_t pointer) {
  // Four-byte pointers past the BMP table map linearly onto the
  // supplementary planes.
  constexpr uint32_t kLastBmpPointer = 39419;
  constexpr uint32_t kFirstSupplementaryPointer = 189000;
  constexpr uint32_t kLastSupplementaryPointer = 1237575;
  if ((pointer > kLastBmpPointer && pointer < kFirstSupplementaryPointer) ||
      pointer > kLastSupplementaryPointer)
    return kNoCodePoint;
  if (pointer >= kFirstSupplementaryPointer)
    return 0x10000 + pointer - kFirstSupplementaryPointer;
  const Gb18030Range* begin = kGb18030Ranges;
  const Gb18030Range* end = begin + sizeof(kGb18030Ranges) / sizeof(kGb18030Ranges[0]);
  const Gb18030Range* it = std::upper_bound(
      begin, end, pointer, [](uint32_t p, const Gb18030Range& r) { return p < r.pointer; });
  --it;  // kGb18030Ranges starts at pointer 0
  return it->code_point + (pointer - it->pointer);
}

bool in_range(unsigned char b, unsigned char lo, unsigned char hi) { return b >= lo && b <= hi; }

// Output bound: every decoder here turns n input bytes into at most
// 3n/2 + 3 UTF-8 bytes (two bytes -> at most three, four -> four, one
// invalid byte -> three only when followed by bytes that shrink).
// Reserving 2n keeps the common case to one allocation.
void reserve_for(std::string& out, size_t n) { out.reserve(out.size() + 2 * n + 4); }

// Appends the run of ASCII bytes at `i` and advances past it.
void copy_ascii(std::string_view bytes, size_t& i, std::string& out) {
  const size_t ascii = ascii_prefix_length(bytes.substr(i));
  out.append(bytes.data() + i, ascii);
  i += ascii;
}

void decode_gb18030(std::string_view bytes, std::string& out) {
  reserve_for(out, bytes.size());
  const auto at = [&](size_t k) { return static_cast<unsigned char>(bytes[k]); };
  const size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
    copy_ascii(bytes, i, out);
    if (i >= n) break;
    const unsigned char first = at(i);
    if (first == 0x80) {
      append_utf8(out, 0x20AC);
      ++i;
      continue;
    }
    if (!in_range(first, 0x81, 0xFE)) {
      append_utf8(out, kReplacementCharacter);
      ++i;
      continue;
    }
    if (i + 1 >= n) {  // end of queue after a lead byte
      append_utf8(out, kReplacementCharacter);
      break;
    }
    const unsigned char second = at(i + 1);
    if (in_range(second, 0x30, 0x39)) {
      // Four-byte sequence: first second third fourth.
      if (i + 2 >= n) {
        append_utf8(out, kReplacementCharacter);
        break;
      }
      const unsigned char third = at(i + 2);
      if (!in_range(third, 0x81, 0xFE)) {
        // Error; second and third are processed again.
        append_utf8(out, kReplacementCharacter);
        i += 1;
        continue;
      }
      if (i + 3 >= n) {
        append_utf8(out, kReplacementCharacter);
        break;
      }
      const unsigned char fourth = at(i + 3);
      if (!in_range(fourth, 0x30, 0x39)) {
        // Error; second, third and fourth are processed again.
        append_utf8(out, kReplacementCharacter);
        i += 1;
        continue;
      }
      const uint32_t pointer = (first - 0x81) * (10 * 126 * 10) + (second - 0x30) * (10 * 126) +
                               (third - 0x81) * 10 + (fourth - 0x30);
      const uint32_t cp = gb18030_ranges_code_point(pointer);
      append_utf8(out, cp == kNoCodePoint ? kReplacementCharacter : cp);
      i += 4;
      continue;
    }
    // Two-byte sequence.
    uint32_t cp = kNoCodePoint;
    if (in_range(second, 0x40, 0x7E) || in_range(second, 0x80, 0xFE)) {
      const unsigned char offset = second < 0x7F ? 0x40 : 0x41;
      cp = unpacked<kGb18030Index>().code_point((first - 0x81) * 190 + (second - offset));
    }
    if (cp != kNoCodePoint) {
      append_utf8(out, cp);
      i += 2;
    } else {
      append_utf8(out, kReplacementCharacter);
      i += second < 0x80 ? 1 : 2;  // an ASCII second byte is processed again
    }
  }
}

void decode_shift_jis(std::string_view bytes, std::string& out) {
  // Pointers 8836..10715 are the user-defined area, mapped onto the PUA.
  constexpr uint32_t kFirstPuaPointer = 8836;
  constexpr uint32_t kLastPuaPointer = 10715;
  reserve_for(out, bytes.size());
  const auto at = [&](size_t k) { return static_cast<unsigned char>(bytes[k]); };
  const size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
    copy_ascii(bytes, i, out);
    if (i >= n) break;
    const unsigned char lead = at(i);
    if (lead == 0x80) {
      append_utf8(out, 0x80);
      ++i;
      continue;
    }
    if (in_range(lead, 0xA1, 0xDF)) {  // half-width katakana
      append_utf8(out, 0xFF61 - 0xA1 + lead);
      ++i;
      continue;
    }
    if (!in_range(lead, 0x81, 0x9F) && !in_range(lead, 0xE0, 0xFC)) {
      append_utf8(out, kReplacementCharacter);
      ++i;
      continue;
    }
    if (i + 1 >= n) {
      append_utf8(out, kReplacementCharacter);
      break;
    }
    const unsigned char trail = at(i + 1);
    uint32_t cp = kNoCodePoint;
    if (in_range(trail, 0x40, 0x7E) || in_range(trail, 0x80, 0xFC)) {
      const unsigned char offset = trail < 0x7F ? 0x40 : 0x41;
      const unsigned char lead_offset = lead < 0xA0 ? 0x81 : 0xC1;
      const uint32_t pointer = (lead - lead_offset) * 188 + trail - offset;
      if (pointer >= kFirstPuaPointer && pointer <= kLastPuaPointer) {
        cp = 0xE000 - kFirstPuaPointer + pointer;
      } else {
        cp = unpacked<kJis0208Index>().code_point(pointer);
      }
    }
    if (cp != kNoCodePoint) {
      append_utf8(out, cp);
      i += 2;
    } else {
      append_utf8(out, kReplacementCharacter);
      i += trail < 0x80 ? 1 : 2;
    }
  }
}

void decode_euc_jp(std::string_view bytes, std::string& out) {
  reserve_for(out, bytes.size());
  const auto at = [&](size_t k) { return static_cast<unsigned char>(bytes[k]); };
  const size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
    copy_ascii(bytes, i, out);
    if (i >= n) break;
    const unsigned char lead = at(i);
    if (lead != 0x8E && lead != 0x8F && !in_range(lead, 0xA1, 0xFE)) {
      append_utf8(out, kReplacementCharacter);
      ++i;
      continue;
    }
    if (i + 1 >= n) {
      append_utf8(out, kReplacementCharacter);
      break;
    }
    const unsigned char second = at(i + 1);
    if (lead == 0x8E && in_range(second, 0xA1, 0xDF)) {  // half-width katakana
      append_utf8(out, 0xFF61 - 0xA1 + second);
      i += 2;
      continue;
    }
    size_t start = i;  // first byte of the two-byte JIS code
    bool jis0212 = false;
    if (lead == 0x8F && in_range(second, 0xA1, 0xFE)) {
      jis0212 = true;
      start = i + 1;
      if (start + 1 >= n) {
        append_utf8(out, kReplacementCharacter);
        break;
      }
    }
    const unsigned char row = at(start);
    const unsigned char cell = at(start + 1);
    uint32_t cp = kNoCodePoint;
    if (in_range(row, 0xA1, 0xFE) && in_range(cell, 0xA1, 0xFE)) {
      const uint32_t pointer = (row - 0xA1) * 94 + cell - 0xA1;
      cp = (jis0212 ? unpacked<kJis0212Index>() : unpacked<kJis0208Index>()).code_point(pointer);
    }
    if (cp != kNoCodePoint) {
      append_utf8(out, cp);
      i = start + 2;
    } else {
      append_utf8(out, kReplacementCharacter);
      i = start + (cell < 0x80 ? 1 : 2);
    }
  }
}

void decode_euc_kr(std::string_view bytes, std::string& out) {
  reserve_for(out, bytes.size());
  const auto at = [&](size_t k) { return static_cast<unsigned char>(bytes[k]); };
  const size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
    copy_ascii(bytes, i, out);
    if (i >= n) break;
    const unsigned char lead = at(i);
    if (!in_range(lead, 0x81, 0xFE)) {
      append_utf8(out, kReplacementCharacter);
      ++i;
      continue;
    }
    if (i + 1 >= n) {
      append_utf8(out, kReplacementCharacter);
      break;
    }
    const unsigned char trail = at(i + 1);
    uint32_t cp = kNoCodePoint;
    if (in_range(trail, 0x41, 0xFE))
      cp = unpacked<kEucKrIndex>().code_point((lead - 0x81) * 190 + (trail - 0x41));
    if (cp != kNoCodePoint) {
      append_utf8(out, cp);
      i += 2;
    } else {
      append_utf8(out, kReplacementCharacter);
      i += trail < 0x80 ? 1 : 2;
    }
  }
}

void decode_big5(std::string_view bytes, std::string& out) {
  reserve_for(out, bytes.size());
  const auto at = [&](size_t k) { return static_cast<unsigned char>(bytes[k]); };
  const size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
    copy_ascii(bytes, i, out);
    if (i >= n) break;
    const unsigned char lead = at(i);
    if (!in_range(lead, 0x81, 0xFE)) {
      append_utf8(out, kReplacementCharacter);
      ++i;
      continue;
    }
    if (i + 1 >= n) {
      append_utf8(out, kReplacementCharacter);
      break;
    }
    const unsigned char trail = at(i + 1);
    uint32_t cp = kNoCodePoint;
    if (in_range(trail, 0x40, 0x7E) || in_range(trail, 0xA1, 0xFE)) {
      const unsigned char offset = trail < 0x7F ? 0x40 : 0x62;
      const uint32_t pointer = (lead - 0x81) * 157 + (trail - offset);
      // Four pointers decode to a letter plus a combining mark.
      switch (pointer) {
        case 1133: out.append("\xC3\x8A\xCC\x84"); i += 2; continue;  // U+00CA U+0304
        case 1135: out.append("\xC3\x8A\xCC\x8C"); i += 2; continue;  // U+00CA U+030C
        case 1164: out.append("\xC3\xAA\xCC\x84"); i += 2; continue;  // U+00EA U+0304
        case 1166: out.append("\xC3\xAA\xCC\x8C"); i += 2; continue;  // U+00EA U+030C
        default: break;
      }
      cp = unpacked<kBig5Index>().code_point(pointer);
    }
    if (cp != kNoCodePoint) {
      append_utf8(out, cp);
      i += 2;
    } else {
      append_utf8(out, kReplacementCharacter);
      i += trail < 0x80 ? 1 : 2;
    }
  }
}

// https://encoding.spec.whatwg.org/#iso-2022-jp-decoder: a state machine
// switched by escape sequences. "Prepend" is modelled by moving `i` back.
void decode_iso_2022_jp(std::string_view bytes, std::string& out) {
  enum class State { kAscii, kRoman, kKatakana, kLeadByte, kTrailByte, kEscapeStart, kEscape };
  constexpr unsigned char kEsc = 0x1B;
  reserve_for(out, bytes.size());
  const size_t n = bytes.size();
  State state = State::kAscii;
  State output_state = State::kAscii;
  unsigned char lead = 0;
  bool output = false;  // the spec's "iso-2022-jp output flag"
  const auto error = [&] { append_utf8(out, kReplacementCharacter); };
  size_t i = 0;
  for (;;) {
    const bool eoq = i >= n;
    const unsigned char b = eoq ? 0 : static_cast<unsigned char>(bytes[i]);
    switch (state) {
      case State::kAscii:
      case State::kRoman:
      case State::kKatakana:
      case State::kLeadByte:
        if (eoq) return;
        ++i;
        if (b == kEsc) {
          state = State::kEscapeStart;
          break;
        }
        output = false;
        if (state == State::kAscii) {
          if (b <= 0x7F && b != 0x0E && b != 0x0F) out.push_back(static_cast<char>(b));
          else error();
        } else if (state == State::kRoman) {
          if (b == 0x5C) append_utf8(out, 0xA5);
          else if (b == 0x7E) append_utf8(out, 0x203E);
          else if (b <= 0x7F && b != 0x0E && b != 0x0F) out.push_back(static_cast<char>(b));
          else error();
        } else if (state == State::kKatakana) {
          if (in_range(b, 0x21, 0x5F)) append_utf8(out, 0xFF61 - 0x21 + b);
          else error();
        } else {  // lead byte
          if (in_range(b, 0x21, 0x7E)) {
            lead = b;
            state = State::kTrailByte;
          } else {
            error();
          }
        }
        break;
      case State::kTrailByte: {
        if (eoq) {
          error();
          return;
        }
        ++i;
        if (b == kEsc) {
          state = State::kEscapeStart;
          error();
          break;
        }
        state = State::kLeadByte;
        uint32_t cp = kNoCodePoint;
        if (in_range(b, 0x21, 0x7E))
          cp = unpacked<kJis0208Index>().code_point((lead - 0x21) * 94 + b - 0x21);
        append_utf8(out, cp == kNoCodePoint ? kReplacementCharacter : cp);
        break;
      }
      case State::kEscapeStart:
        if (!eoq && (b == 0x24 || b == 0x28)) {
          lead = b;
          state = State::kEscape;
          ++i;
          break;
        }
        // The byte is processed again in the output state.
        output = false;
        state = output_state;
        error();
        break;
      case State::kEscape: {
        const unsigned char l = lead;
        lead = 0;
        bool matched = true;
        State next = State::kAscii;
        if (l == 0x28 && b == 0x42) next = State::kAscii;
        else if (l == 0x28 && b == 0x4A) next = State::kRoman;
        else if (l == 0x28 && b == 0x49) next = State::kKatakana;
        else if (l == 0x24 && (b == 0x40 || b == 0x42)) next = State::kLeadByte;
        else matched = false;
        if (!eoq && matched) {
          ++i;
          state = output_state = next;
          const bool had_output = output;
          output = true;
          // Two escapes in a row with nothing between them is an error.
          if (had_output) error();
          break;
        }
        // Lead and byte are processed again: step back over the lead.
        --i;
        output = false;
        state = output_state;
        error();
        break;
      }
    }
  }
}

}  // namespace

bool decode_cjk(std::string_view encoding, std::string_view bytes, std::string& out) {
  if (encoding == "gb18030" || encoding == "gbk") {
    decode_gb18030(bytes, out);  // WHATWG: gbk's decoder is gb18030's
  } else if (encoding == "shift_jis") {
    decode_shift_jis(bytes, out);
  } else if (encoding == "euc-jp") {
    decode_euc_jp(bytes, out);
  } else if (encoding == "euc-kr") {
    decode_euc_kr(bytes, out);
  } else if (encoding == "big5") {
    decode_big5(bytes, out);
  } else if (encoding == "iso-2022-jp") {
    decode_iso_2022_jp(bytes, out);
  } else {
    return false;
  }
  return true;
}

}  // namespace reader
