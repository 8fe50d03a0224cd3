#include "base/number.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <vector>

#include "base/ascii.h"

namespace reader {

namespace {

// 10^0 .. 10^22: every one is exactly a double.
constexpr double kExactPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                  1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                  1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
constexpr uint32_t kPow10u32[] = {1,      10,      100,      1000,      10000,
                                  100000, 1000000, 10000000, 100000000, 1000000000};

// C isspace in the "C" locale.
bool is_c_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Appends the decimal digits of the little-endian base-2^32 number `limbs`
// (consumed), without leading zeros ("0" for zero).
void append_decimal(std::vector<uint32_t>& limbs, std::string& out) {
  std::string reversed;
  while (!limbs.empty() && limbs.back() == 0) limbs.pop_back();
  while (!limbs.empty()) {
    uint64_t rem = 0;  // divide by 10^9, most significant limb first
    for (size_t k = limbs.size(); k-- > 0;) {
      const uint64_t cur = (rem << 32) | limbs[k];
      limbs[k] = static_cast<uint32_t>(cur / 1000000000u);
      rem = cur % 1000000000u;
    }
    while (!limbs.empty() && limbs.back() == 0) limbs.pop_back();
    for (int d = 0; d < 9 && (rem != 0 || !limbs.empty()); ++d, rem /= 10) {
      reversed.push_back(static_cast<char>('0' + rem % 10));
    }
  }
  if (reversed.empty()) reversed.push_back('0');
  out.append(reversed.rbegin(), reversed.rend());
}

}  // namespace

double parse_leading_double(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && is_c_space(s[i])) ++i;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  const std::string_view rest = s.substr(i);
  if (starts_with_ignore_case(rest, "inf")) {
    return negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
  }
  if (starts_with_ignore_case(rest, "nan")) {
    return negative ? -std::numeric_limits<double>::quiet_NaN() : std::numeric_limits<double>::quiet_NaN();
  }
  // Up to 19 significant digits in `w`; the value is w x 10^exponent.
  uint64_t w = 0;
  int significant = 0;
  long exponent = 0;
  bool truncated = false;  // a nonzero digit past the 19th was dropped
  bool any_digit = false;
  bool after_point = false;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '.' && !after_point) {
      after_point = true;
      continue;
    }
    if (!is_ascii_digit(c)) break;
    any_digit = true;
    const int d = c - '0';
    if (w == 0 && d == 0) {  // a leading zero
      if (after_point) --exponent;
      continue;
    }
    if (significant < 19) {
      w = w * 10 + static_cast<uint64_t>(d);
      ++significant;
      if (after_point) --exponent;
    } else {
      if (!after_point) ++exponent;
      if (d != 0) truncated = true;
    }
  }
  if (!any_digit) return 0;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    size_t j = i + 1;
    bool exp_negative = false;
    if (j < s.size() && (s[j] == '+' || s[j] == '-')) exp_negative = s[j++] == '-';
    if (j < s.size() && is_ascii_digit(s[j])) {
      long e = 0;
      for (; j < s.size() && is_ascii_digit(s[j]); ++j) e = std::min(e * 10 + (s[j] - '0'), 100000L);
      exponent += exp_negative ? -e : e;
    }
  }
  double v;
  if (w == 0) {
    v = 0;
  } else if (!truncated && exponent == 0) {
    v = static_cast<double>(w);  // one correctly rounded conversion
  } else if (!truncated && w <= (uint64_t{1} << 53) && exponent >= -22 && exponent <= 22) {
    // Clinger's fast path: both operands exact, one rounding.
    v = exponent > 0 ? static_cast<double>(w) * kExactPow10[exponent]
                     : static_cast<double>(w) / kExactPow10[-exponent];
  } else {
    v = static_cast<double>(w);
    for (long e = exponent; e > 0; e -= 22) v *= kExactPow10[std::min(e, 22L)];
    for (long e = -exponent; e > 0; e -= 22) v /= kExactPow10[std::min(e, 22L)];
  }
  return negative ? -v : v;
}

std::string format_fixed(double x, int decimals) {
  std::string out;
  if (std::signbit(x)) out.push_back('-');
  if (std::isnan(x)) return out + "nan";
  if (std::isinf(x)) return out + "inf";
  decimals = std::min(std::max(decimals, 0), 9);
  uint64_t bits;
  const double magnitude = std::fabs(x);
  std::memcpy(&bits, &magnitude, sizeof bits);
  // magnitude = m x 2^e exactly.
  const int biased = static_cast<int>(bits >> 52);
  uint64_t m = bits & ((uint64_t{1} << 52) - 1);
  int e = -1074;
  if (biased != 0) {
    m |= uint64_t{1} << 52;
    e = biased - 1075;
  }
  // The digits of round(magnitude x 10^decimals), ties to even.
  std::vector<uint32_t> limbs;
  if (e >= 0) {  // an integer: m << e, then the zero decimals
    limbs.assign(static_cast<size_t>(e / 32) + 3, 0);
    const int shift = e % 32;
    const unsigned __int128 shifted = static_cast<unsigned __int128>(m) << shift;
    for (int k = 0; k < 3; ++k) limbs[static_cast<size_t>(e / 32 + k)] = static_cast<uint32_t>(shifted >> (32 * k));
  } else {
    const unsigned __int128 p = static_cast<unsigned __int128>(m) * kPow10u32[decimals];  // < 2^83
    const int s = -e;
    unsigned __int128 q = 0;
    if (s < 100) {  // else p < 2^83 < half of 2^s: rounds to 0
      q = p >> s;
      const unsigned __int128 rem = p - (q << s);
      const unsigned __int128 half = static_cast<unsigned __int128>(1) << (s - 1);
      if (rem > half || (rem == half && (q & 1) != 0)) ++q;
    }
    for (int k = 0; k < 3; ++k) limbs.push_back(static_cast<uint32_t>(q >> (32 * k)));
  }
  std::string digits;
  append_decimal(limbs, digits);
  if (e >= 0) digits.append(static_cast<size_t>(decimals), '0');
  const size_t d = static_cast<size_t>(decimals);
  if (digits.size() < d + 1) digits.insert(0, d + 1 - digits.size(), '0');
  out.append(digits, 0, digits.size() - d);
  if (d > 0) {
    out.push_back('.');
    out.append(digits, digits.size() - d, d);
  }
  return out;
}

}  // namespace reader
