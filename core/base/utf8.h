// UTF-8 helpers shared by every module: encode a code point, decode the next
// one, validate, repair, count and truncate.
//
// Decoding follows the WHATWG Encoding Standard's UTF-8 decoder
// (https://encoding.spec.whatwg.org/#utf-8-decoder): an invalid sequence
// becomes one U+FFFD per "maximal subpart" (the longest prefix of a valid
// sequence), the same policy as Unicode 15 §3.9 "U+FFFD Substitution of
// Maximal Subparts". So every function here agrees with browsers on how many
// replacement characters a broken byte string contains.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace reader {

constexpr uint32_t kReplacementCharacter = 0xFFFD;
constexpr uint32_t kMaxCodePoint = 0x10FFFF;

inline bool is_surrogate(uint32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }
// A Unicode scalar value: any code point but a surrogate.
inline bool is_scalar_value(uint32_t cp) { return cp <= kMaxCodePoint && !is_surrogate(cp); }

// Appends the UTF-8 encoding of `cp`; surrogates and values past U+10FFFF
// (which have no UTF-8 form) append U+FFFD instead.
void append_utf8(std::string& out, uint32_t cp);

// Decodes the code point starting at byte `i` and advances `i` past it.
// Invalid or truncated sequences return U+FFFD and advance past the maximal
// subpart (at least one byte), so a loop `while (i < s.size())` always ends.
// Precondition: i < s.size().
uint32_t next_code_point(std::string_view s, size_t& i);

// Number of code points next_code_point() would produce over `s` (each
// invalid maximal subpart counts as one U+FFFD).
size_t utf8_length(std::string_view s);

// True if `s` is well-formed UTF-8 (no surrogates, no overlongs, nothing past
// U+10FFFF, no truncated sequence at the end).
bool is_valid_utf8(std::string_view s);

// Longest prefix of `s` holding at most `max_code_points` code points; never
// ends inside a multi-byte sequence.
std::string_view utf8_truncate(std::string_view s, size_t max_code_points);

// Appends `s` decoded as UTF-8 to `out`: valid bytes are copied unchanged,
// every invalid maximal subpart becomes U+FFFD. Linear time; ASCII runs are
// copied eight bytes at a time.
void append_repaired_utf8(std::string& out, std::string_view s);

// Returns `s` with every invalid maximal subpart replaced by U+FFFD.
std::string repair_utf8(std::string_view s);

// Length of the leading run of ASCII bytes of `s` (checked eight at a time).
size_t ascii_prefix_length(std::string_view s);

}  // namespace reader
