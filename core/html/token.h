// Tokens passed from the tokenizer to the tree builder (WHATWG HTML 13.2.5).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace reader::html {

struct TokenAttr {
  std::string name;   // lowercased by the tokenizer
  std::string value;
};

enum class TokenType : uint8_t { kDoctype, kStartTag, kEndTag, kComment, kCharacter, kEof };

// One token. The tokenizer reuses a single Token object (clear() between
// tokens) so steady-state tokenizing allocates nothing.
struct Token {
  TokenType type = TokenType::kEof;
  // Start/end tag: lowercase tag name. Doctype: name.
  std::string name;
  // Character: a run of characters (adjacent character tokens are coalesced;
  // the run may mix whitespace and other characters). Comment: its data.
  std::string data;
  std::vector<TokenAttr> attrs;   // start tag (duplicates already dropped)
  bool self_closing = false;      // start tag
  // Doctype only.
  bool force_quirks = false;
  bool has_name = false;
  bool has_public_id = false;
  bool has_system_id = false;
  std::string public_id;
  std::string system_id;
  // Position (1-based) of the token's first character, for parse errors;
  // only tracked when the Tokenizer collects errors (else 1, 1).
  uint32_t line = 1;
  uint32_t column = 1;

  void clear() {
    type = TokenType::kEof;
    name.clear();
    data.clear();
    attrs.clear();
    self_closing = force_quirks = has_name = has_public_id = has_system_id = false;
    public_id.clear();
    system_id.clear();
  }
};

// A parse error as data (gumbo style): the spec's error code and position.
struct ParseError {
  std::string code;     // e.g. "unexpected-null-character"
  uint32_t line = 0;
  uint32_t column = 0;
};

}  // namespace reader::html
