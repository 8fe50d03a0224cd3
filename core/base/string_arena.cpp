#include "base/string_arena.h"

#include <cstring>

namespace reader {

char* StringArena::allocate(size_t n) {
  if (blocks_.empty() || blocks_.back().size - blocks_.back().used < n) {
    // A large string gets a block twice its size, so that a text that keeps
    // growing (a huge text node) is copied O(log n) times, not O(n).
    size_t size = n > kBlockSize / 4 ? 2 * n : kBlockSize;
    Block b;
    b.data.reset(new char[size]);
    b.size = size;
    reserved_ += size;
    blocks_.push_back(std::move(b));
  }
  Block& b = blocks_.back();
  char* p = b.data.get() + b.used;
  b.used += n;
  return p;
}

std::string_view StringArena::store(std::string_view s) {
  if (s.empty()) return {};
  char* p = allocate(s.size());
  std::memcpy(p, s.data(), s.size());
  return {p, s.size()};
}

std::string_view StringArena::concat(std::string_view a, std::string_view b) {
  if (b.empty()) return a;
  if (a.empty()) return store(b);
  if (!blocks_.empty()) {
    Block& last = blocks_.back();
    const char* end = last.data.get() + last.used;
    if (a.data() + a.size() == end && last.size - last.used >= b.size()) {
      std::memcpy(last.data.get() + last.used, b.data(), b.size());
      last.used += b.size();
      return {a.data(), a.size() + b.size()};
    }
  }
  char* p = allocate(a.size() + b.size());
  std::memcpy(p, a.data(), a.size());
  std::memcpy(p + a.size(), b.data(), b.size());
  return {p, a.size() + b.size()};
}

}  // namespace reader
