// base/number: std::atof's and printf("%.Nf")'s results without the C
// library's strtod and printf (checked against both, natively).
#include "base/number.h"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

using reader::format_fixed;
using reader::parse_leading_double;

namespace {

std::string printf_fixed(double x, int decimals) {
  char buf[512];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
  return buf;
}

bool same_double(double a, double b) {
  if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
  return std::memcmp(&a, &b, sizeof a) == 0;
}

}  // namespace

TEST_CASE("format_fixed: printf's %.Nf digit for digit") {
  std::vector<double> values = {0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 0.005, 0.015, 0.045,
                                0.994999, 0.995, 0.9999999, 1.0, 9.995, 123.456, -0.001, -2.5,
                                1e-7, 5e-324, 1e15, 1e22, 9007199254740993.0, 1e300,
                                std::numeric_limits<double>::max(),
                                std::numeric_limits<double>::infinity(),
                                -std::numeric_limits<double>::infinity(),
                                std::numeric_limits<double>::quiet_NaN()};
  std::mt19937_64 rng(42);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  for (int k = 0; k < 20000; ++k) {
    values.push_back(unit(rng));                        // ratios, the core's use
    values.push_back(static_cast<double>(k) / 1000.0);  // ties and near-ties
    values.push_back(static_cast<double>(k) / 8.0);     // exact binary ties
    uint64_t bits = rng();
    double d;
    std::memcpy(&d, &bits, sizeof d);
    values.push_back(d);  // any double, huge and tiny included
  }
  for (double x : values) {
    for (int decimals : {0, 1, 2, 6, 9}) {
      INFO("x = " << printf_fixed(x, 20) << ", decimals " << decimals);
      REQUIRE(format_fixed(x, decimals) == printf_fixed(x, decimals));
    }
  }
  // The two uses in the core.
  CHECK(format_fixed(0.125, 2) == "0.12");
  CHECK(format_fixed(0.3333333, 6).substr(0, 4) == "0.33");
}

TEST_CASE("parse_leading_double: std::atof's value") {
  const std::vector<std::string> texts = {
      "", " ", "x", "-", "+", ".", "e5", "0", "-0", "1", "2x", "1.5x", "320w", "1024w", ".5",
      "5.", "  \t\n2.25x", "+3", "-4.5", "1e3", "1E-3x", "1e", "1e+", "2.5e2w", "007", "0.000123",
      "1.25.5", "inf", "-Infinity", "infw", "nan", "NaN(1)", "0.1", "0.2", "0.3",
      "123456789012345", "9007199254740993", "18446744073709551615", "1e22", "1e23", "4.35e-22",
      "3.0e-5", "100000000000000000000000", "1e400", "1e-400", "0e999",
  };
  for (const std::string& t : texts) {
    INFO("text: '" << t << "'");
    CHECK(same_double(parse_leading_double(t), std::atof(t.c_str())));
  }
  // Decimals of up to 15 significant digits and exponents within +-22 (any
  // srcset descriptor): exactly strtod's double.
  std::mt19937_64 rng(9);
  for (int k = 0; k < 50000; ++k) {
    const int digits = 1 + static_cast<int>(rng() % 15);
    std::string t;
    for (int d = 0; d < digits; ++d) t.push_back(static_cast<char>('0' + rng() % 10));
    const size_t point = rng() % (t.size() + 1);
    if (point < t.size()) t.insert(point, ".");
    if (rng() % 3 == 0) t += "e" + std::to_string(static_cast<int>(rng() % 15) - 7);
    t += rng() % 2 ? "x" : "w";
    INFO("text: '" << t << "'");
    REQUIRE(same_double(parse_leading_double(t), std::atof(t.c_str())));
  }
}
