// Fuzz target: the HTML tokenizer (core/html/tokenizer.h) on raw bytes, from
// any of the states a tree builder can set, with CDATA allowed or not.
// Input: [state byte][flags byte][last start tag]\n[html...]
#include <cstdint>
#include <cstdlib>
#include <string>

#include "fuzz_input.h"
#include "html/tokenizer.h"

namespace {
// The tokenizer states a tree builder sets from outside (Tokenizer::State).
constexpr int kStates = 6;
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using reader::html::Tokenizer;
  reader::fuzz::FuzzInput in(data, size);
  auto state = static_cast<Tokenizer::State>(in.take_byte() % kStates);
  uint8_t flags = in.take_byte();
  std::string last_tag(in.take_until('\n'));
  std::string html(in.rest());

  std::vector<reader::html::ParseError> errors;
  Tokenizer tokenizer(html, (flags & 1) ? &errors : nullptr, 1000);
  tokenizer.set_state(state);
  tokenizer.set_last_start_tag(last_tag);
  tokenizer.set_allow_cdata(flags & 2);
  reader::html::Token token;
  // Every token consumes input, but allow a generous bound before calling it
  // a hang: the EOF token, plus one per byte, plus slack.
  size_t budget = html.size() * 2 + 16;
  bool saw_eof = false;
  while (tokenizer.next(token)) {
    if (token.type == reader::html::TokenType::kEof) saw_eof = true;
    if (budget-- == 0) std::abort();
  }
  if (!saw_eof) std::abort();
  if (errors.size() > 1000) std::abort();
  return 0;
}
