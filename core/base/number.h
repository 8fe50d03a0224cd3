// Decimal numbers in and out without the C library's strtod and printf
// families: in the WebAssembly module those two (musl's floatscan and
// fmt_fp, with the 128-bit long double arithmetic both use) were ~10 KB of
// the gzipped .wasm for three call sites (issue 12).
#pragma once
#include <string>
#include <string_view>

namespace reader {

// The value std::atof() gives the longest number at the start of `s` (after
// leading C whitespace): [+-] digits [. digits] [e|E [+-] digits], or "inf",
// "infinity", "nan" in any case; 0 when there is none. The value is strtod's
// (correctly rounded) whenever the significant digits fit in 2^53 and the
// decimal exponent is within +-22, which covers every descriptor and
// attribute number the core reads; past that it is within a few units in the
// last place. Hexadecimal floats ("0x1p3") read as 0.
double parse_leading_double(std::string_view s);

// printf("%.*f", decimals, x), digit for digit (the exact binary value
// rounded half to even, as glibc and musl do): "0.13", "-0.00", "inf",
// "nan". decimals: 0 to 9.
std::string format_fixed(double x, int decimals);

}  // namespace reader
