#include "base/string_arena.h"

#include <cstring>
#include <new>

namespace reader {

StringRef StringArena::allocate(size_t n, bool may_grow) {
  if (!blocks_.empty() && has_room(blocks_[cur_], n)) {
    Block& b = blocks_[cur_];
    StringRef r{static_cast<uint32_t>(cur_ << kOffsetBits | b.used), static_cast<uint32_t>(n)};
    b.used += static_cast<uint32_t>(n);
    return r;
  }
  if (blocks_.size() >= kMaxBlocks || n > 0xFFFFFFFFu / 2) throw std::bad_alloc();
  bool many = blocks_.size() >= kManyBlocks;
  size_t max_block = many ? kHugeBlock : kMaxBlock;
  // Strings larger than this get a block of their own.
  size_t large = max_block / 4;
  Block b;
  bool own = n > large;
  if (own) {
    // A large string gets a block of its own: exactly its size when stored
    // once, twice its size when it keeps growing (a huge text node is then
    // copied O(log n) times, not O(n)).
    b.size = static_cast<uint32_t>(may_grow ? 2 * n : n);
  } else {
    if (many) next_block_ = kHugeBlock;
    b.size = static_cast<uint32_t>(next_block_ < n ? n : next_block_);
    next_block_ = next_block_ * 2 > max_block ? max_block : next_block_ * 2;
  }
  b.data.reset(new char[b.size]);
  b.used = static_cast<uint32_t>(n);
  reserved_ += b.size;
  blocks_.push_back(std::move(b));
  size_t index = blocks_.size() - 1;
  // A large string stored once leaves the current block current: its free
  // space still serves small strings and in-place growth.
  if (!own || may_grow || blocks_.size() == 1) cur_ = index;
  return {static_cast<uint32_t>(index << kOffsetBits), static_cast<uint32_t>(n)};
}

StringRef StringArena::store_ref(std::string_view s) {
  if (s.empty()) return {};
  StringRef r = allocate(s.size(), false);
  std::memcpy(ptr(r), s.data(), s.size());
  return r;
}

StringRef StringArena::concat_ref(StringRef a, std::string_view b) {
  if (b.empty()) return a;
  if (a.size == 0) return store_ref(b);
  Block& blk = blocks_[a.at >> kOffsetBits];
  if ((a.at & kOffsetMask) + a.size == blk.used && blk.size - blk.used >= b.size()) {
    std::memcpy(blk.data.get() + blk.used, b.data(), b.size());
    blk.used += static_cast<uint32_t>(b.size());
    a.size += static_cast<uint32_t>(b.size());
    return a;
  }
  size_t total = size_t{a.size} + b.size();
  StringRef r = allocate(total, true);
  std::memcpy(ptr(r), ptr(a), a.size);
  std::memcpy(ptr(r) + a.size, b.data(), b.size());
  return r;
}

std::string_view StringArena::concat(std::string_view a, std::string_view b) {
  if (b.empty()) return a;
  if (a.empty()) return store(b);
  if (!blocks_.empty()) {
    Block& last = blocks_[cur_];
    const char* end = last.data.get() + last.used;
    if (a.data() + a.size() == end && last.size - last.used >= b.size()) {
      std::memcpy(last.data.get() + last.used, b.data(), b.size());
      last.used += static_cast<uint32_t>(b.size());
      return {a.data(), a.size() + b.size()};
    }
  }
  StringRef r = allocate(a.size() + b.size(), true);
  std::memcpy(ptr(r), a.data(), a.size());
  std::memcpy(ptr(r) + a.size(), b.data(), b.size());
  return view(r);
}

}  // namespace reader
