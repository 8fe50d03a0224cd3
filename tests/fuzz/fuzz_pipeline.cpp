// Fuzz target: the whole pipeline (core/reader.h): clean() on page bytes,
// optionally with user cosmetic rules, then the JSON and Markdown
// serializations of the result.
// Input: [flags byte][page bytes...] or, with flag 1, [flags][rules]\0[page]
#include <cstdint>
#include <string>

#include "fuzz_input.h"
#include "reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  reader::fuzz::FuzzInput in(data, size);
  uint8_t flags = in.take_byte();
  reader::Options options;
  options.url = "https://www.example.com/news/2024/article.html";
  if (flags & 1) options.user_rules = std::string(in.take_until('\0'));
  options.remove_clutter = !(flags & 2);
  if (flags & 4) {
    options.limits.max_nodes = 500;
    options.limits.max_depth = 16;
  }
  reader::Result r = reader::clean(in.rest(), options);
  std::string json = reader::to_json(r);
  std::string markdown = reader::to_markdown(r);
  if (json.empty()) __builtin_trap();
  return 0;
}
