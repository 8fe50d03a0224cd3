// StringArena: append-only storage for the strings of one document.
// Strings handed out stay valid until the arena dies: blocks are never
// reallocated, so growing the arena never moves earlier strings.
// A string can be handed out as a view or as a StringRef: 8 bytes (block and
// offset packed in 32 bits, plus the length) instead of a 16-byte view, for
// the DOM's nodes, which are most of a parsed page's memory.
#pragma once
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace reader {

// A string in a StringArena: `at` = block index << kOffsetBits | offset.
struct StringRef {
  uint32_t at = 0;
  uint32_t size = 0;
};

class StringArena {
 public:
  StringArena() = default;
  StringArena(const StringArena&) = delete;
  StringArena& operator=(const StringArena&) = delete;

  // Copies `s` into the arena.
  std::string_view store(std::string_view s) { return view(store_ref(s)); }
  StringRef store_ref(std::string_view s);
  // Returns `a` + `b` stored in the arena. When `a` ends its block's used
  // part and the block has room, it grows in place (the common case when a
  // parser appends characters to the last text node).
  std::string_view concat(std::string_view a, std::string_view b);
  StringRef concat_ref(StringRef a, std::string_view b);

  std::string_view view(StringRef r) const {
    if (r.size == 0) return {};
    return {blocks_[r.at >> kOffsetBits].data.get() + (r.at & kOffsetMask), r.size};
  }

  size_t bytes_reserved() const { return reserved_; }
  // Sizes the first block for about `n` bytes of strings (within
  // kFirstBlock..kMaxBlock): a parser that knows its input size avoids both
  // the doubling steps and their unused tails. No effect once a block exists.
  void expect_bytes(size_t n) {
    if (!blocks_.empty()) return;
    next_block_ = n < kFirstBlock ? kFirstBlock : n > kMaxBlock ? kMaxBlock : n;
  }

 private:
  struct Block {
    std::unique_ptr<char[]> data;
    uint32_t size = 0;
    uint32_t used = 0;
  };
  // `may_grow`: the string is likely to be extended in place (concat).
  StringRef allocate(size_t n, bool may_grow);
  char* ptr(StringRef r) { return blocks_[r.at >> kOffsetBits].data.get() + (r.at & kOffsetMask); }
  bool has_room(const Block& b, size_t n) const {
    return b.used <= kOffsetMask && b.size - b.used >= n;
  }

  // StringRef::at: 4096 blocks, strings starting in the first MB of a block.
  static constexpr uint32_t kOffsetBits = 20;
  static constexpr uint32_t kOffsetMask = (1u << kOffsetBits) - 1;
  static constexpr size_t kMaxBlocks = size_t{1} << (32 - kOffsetBits);
  // Blocks start small (tiny documents stay tiny) and double up to kMaxBlock.
  static constexpr size_t kFirstBlock = 256;
  static constexpr size_t kMaxBlock = 32 * 1024;
  // Past this many blocks (> 32 MB of strings) blocks get kHugeBlock bytes,
  // so that the block index never runs out before memory does.
  static constexpr size_t kManyBlocks = kMaxBlocks / 4;
  static constexpr size_t kHugeBlock = size_t{1} << kOffsetBits;
  size_t next_block_ = kFirstBlock;
  size_t cur_ = 0;  // block that takes small strings (when blocks_ is non-empty)
  std::vector<Block> blocks_;
  size_t reserved_ = 0;
};

}  // namespace reader
