#include "base/string_arena.h"

#include <cstring>

namespace reader {

char* StringArena::allocate(size_t n, bool may_grow) {
  if (!blocks_.empty() && blocks_.back().size - blocks_.back().used >= n) {
    Block& b = blocks_.back();
    char* p = b.data.get() + b.used;
    b.used += n;
    return p;
  }
  Block b;
  if (n > kLargeString) {
    // A large string gets a block of its own: exactly its size when stored
    // once, twice its size when it keeps growing (a huge text node is then
    // copied O(log n) times, not O(n)).
    b.size = may_grow ? 2 * n : n;
  } else {
    b.size = next_block_ < n ? n : next_block_;
    next_block_ = next_block_ * 2 > kMaxBlock ? kMaxBlock : next_block_ * 2;
  }
  b.data.reset(new char[b.size]);
  b.used = n;
  reserved_ += b.size;
  char* p = b.data.get();
  if (!may_grow && n > kLargeString && !blocks_.empty()) {
    // Keep the current block last: its free space still serves small strings
    // and in-place growth.
    blocks_.insert(blocks_.end() - 1, std::move(b));
  } else {
    blocks_.push_back(std::move(b));
  }
  return p;
}

std::string_view StringArena::store(std::string_view s) {
  if (s.empty()) return {};
  char* p = allocate(s.size(), false);
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
  char* p = allocate(a.size() + b.size(), true);
  std::memcpy(p, a.data(), a.size());
  std::memcpy(p + a.size(), b.data(), b.size());
  return {p, a.size() + b.size()};
}

}  // namespace reader
