// HTML tokenizer (WHATWG HTML 13.2.5): UTF-8 text in, tokens out, pull model.
// Interface fixed for the tree builder; implementation in tokenizer.cpp.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "html/token.h"

namespace reader::html {

class Tokenizer {
 public:
  // Spec state names (13.2.5.1 ...). Only the states a tree builder or a
  // conformance test sets from outside are listed first.
  enum class State : uint8_t {
    kData,
    kRcdata,
    kRawtext,
    kScriptData,
    kPlaintext,
    kCdataSection,
  };

  // `input` must outlive the tokenizer. Errors are appended to `errors`
  // (when non-null) up to `max_errors`.
  explicit Tokenizer(std::string_view input, std::vector<ParseError>* errors = nullptr,
                     uint32_t max_errors = 1000);
  ~Tokenizer();
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;

  // Fills `t` (cleared first) with the next token. Returns false once the EOF
  // token has already been returned (the EOF token itself returns true).
  bool next(Token& t);

  // Switches state; the tree builder does this after <title>, <textarea>,
  // <style>, <script>, <plaintext>...
  void set_state(State s);
  // The "last start tag name" used for the appropriate end tag test.
  void set_last_start_tag(std::string_view lowercase_name);
  // Whether "<![CDATA[" opens a CDATA section (adjusted current node is in
  // foreign content) or is a bogus comment.
  void set_allow_cdata(bool allow);

 private:
  struct Impl;
  Impl* impl_;
};

}  // namespace reader::html
