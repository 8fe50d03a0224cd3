// StringArena: append-only storage for the strings of one document.
// Strings handed out are views that stay valid until the arena dies: blocks
// are never reallocated, so growing the arena never moves earlier strings.
#pragma once
#include <memory>
#include <string_view>
#include <vector>

namespace reader {

class StringArena {
 public:
  StringArena() = default;
  StringArena(const StringArena&) = delete;
  StringArena& operator=(const StringArena&) = delete;

  // Copies `s` into the arena.
  std::string_view store(std::string_view s);
  // Returns `a` + `b` stored in the arena. When `a` is the most recent string
  // and its block has room, it grows in place (the common case when a parser
  // appends characters to the last text node).
  std::string_view concat(std::string_view a, std::string_view b);

  size_t bytes_reserved() const { return reserved_; }

 private:
  struct Block {
    std::unique_ptr<char[]> data;
    size_t size = 0;
    size_t used = 0;
  };
  // `may_grow`: the string is likely to be extended in place (concat).
  char* allocate(size_t n, bool may_grow);

  // Blocks start small (tiny documents stay tiny) and double up to kMaxBlock.
  static constexpr size_t kFirstBlock = 2 * 1024;
  static constexpr size_t kMaxBlock = 32 * 1024;
  // Strings larger than this get a block of their own.
  static constexpr size_t kLargeString = kMaxBlock / 4;
  size_t next_block_ = kFirstBlock;
  std::vector<Block> blocks_;
  size_t reserved_ = 0;
};

}  // namespace reader
