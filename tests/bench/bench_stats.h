// Order statistics for benchmark figures: median and nearest-rank percentiles
// over per-page values.
#pragma once
#include <algorithm>
#include <cmath>
#include <vector>

namespace reader::bench {

inline double median_of(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Nearest-rank percentile (q in (0, 1]): the smallest value that at least
// q * n values are <= to. p99 of 130 pages is the 129th smallest.
inline double percentile_of(std::vector<double> v, double q) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t rank = static_cast<size_t>(std::ceil(q * static_cast<double>(v.size())));
  return v[std::min(v.size(), std::max<size_t>(rank, 1)) - 1];
}

}  // namespace reader::bench
