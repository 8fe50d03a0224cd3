// HTML tokenizer: WHATWG HTML 13.2.5 "Tokenization", one member function per
// state (https://html.spec.whatwg.org/multipage/parsing.html#tokenization).
//
// The input is UTF-8 and is walked byte by byte: every character the state
// machine tests for is ASCII, and bytes of multi-byte sequences are never
// ASCII, so they pass through as "anything else". Input preprocessing
// (13.2.3.5: CR LF -> LF, lone CR -> LF) happens in consume().
//
// Character output is coalesced into one run (text_) that is handed out as a
// single Character token just before the next non-character token. Plain
// text is copied a run at a time (scan(), scan_words()), never per character.
#include "html/tokenizer.h"

#include <cstring>
#include <unordered_set>

#include "html/char_ref.h"
#include "html/tokenizer_states.h"

namespace reader::html {
namespace {

using S = TokState;

constexpr int kEof = -1;
// U+FFFD REPLACEMENT CHARACTER in UTF-8.
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
// Up to this many attributes, duplicate names are found by a linear scan;
// past it a hash set keeps hostile tags with 100k attributes linear.
constexpr size_t kLinearAttrScan = 16;

// Character classes for the run scanners: a bit per "stop" set.
enum : uint16_t {
  kStopData = 1 << 0,           // < & CR NUL
  kStopRawtext = 1 << 1,        // < CR NUL
  kStopTagName = 1 << 2,        // whitespace / > NUL CR
  kStopAttrName = 1 << 3,       // whitespace / > = NUL CR " ' <
  kStopAttrDouble = 1 << 4,     // " & NUL CR
  kStopAttrSingle = 1 << 5,     // ' & NUL CR
  kStopAttrUnquoted = 1 << 6,   // whitespace & > NUL CR " ' < = `
  kStopComment = 1 << 7,        // - < NUL CR
  kStopCdata = 1 << 8,          // ] CR
  kStopPlaintext = 1 << 9,      // NUL CR
  kStopBogusComment = 1 << 10,  // > NUL CR
  // May start an input stream error (13.2.3.5): C0 controls but NUL, tab,
  // LF, FF, CR; DEL; UTF-8 lead bytes C2 (C1 controls), ED (surrogates), EF
  // (U+FDD0.., U+FFFE/F) and F0-F4 (plane-final noncharacters).
  kStreamSuspect = 1 << 11,
};

struct CharClassTable {
  uint16_t bits[256] = {};
  constexpr CharClassTable() {
    auto add = [this](const char* chars, size_t n, uint16_t bit) {
      for (size_t i = 0; i < n; ++i) bits[static_cast<unsigned char>(chars[i])] |= bit;
    };
    // Sizes are explicit because the sets contain NUL.
    add("<&\r\0", 4, kStopData);
    add("<\r\0", 3, kStopRawtext);
    add("\t\n\f /> \r\0", 9, kStopTagName);
    add("\t\n\f />=\r\0\"'<", 12, kStopAttrName);
    add("\"&\r\0", 4, kStopAttrDouble);
    add("'&\r\0", 4, kStopAttrSingle);
    add("\t\n\f &>\r\0\"'<=`", 14, kStopAttrUnquoted);
    add("-<\r\0", 4, kStopComment);
    add("]\r", 2, kStopCdata);
    add("\r\0", 2, kStopPlaintext);
    add(">\r\0", 3, kStopBogusComment);
    for (int b = 1; b < 0x20; ++b) {
      if (b != '\t' && b != '\n' && b != '\f' && b != '\r') bits[b] |= kStreamSuspect;
    }
    add("\x7F\xC2\xED\xEF\xF0\xF1\xF2\xF3\xF4", 9, kStreamSuspect);
  }
};
constexpr CharClassTable kClasses;

inline bool is_ascii_alpha(int c) { return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }
inline bool is_ascii_upper(int c) { return c >= 'A' && c <= 'Z'; }
inline bool is_ascii_digit(int c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_alnum(int c) { return is_ascii_alpha(c) || is_ascii_digit(c); }
inline bool is_ascii_hex(int c) {
  return is_ascii_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}
// After preprocessing, CR never reaches the states: tab, LF, FF, space.
inline bool is_tokenizer_whitespace(int c) {
  return c == '\t' || c == '\n' || c == '\f' || c == ' ';
}
inline char to_ascii_lower(int c) {
  return static_cast<char>(is_ascii_upper(c) ? c + ('a' - 'A') : c);
}

// SWAR: a word whose byte i is 0x80 iff byte i of v is zero. Only the lowest
// flagged byte is exact, which is all the scanner needs.
inline uint64_t zero_byte_flags(uint64_t v) {
  return (v - 0x0101010101010101ULL) & ~v & 0x8080808080808080ULL;
}
inline uint64_t byte_flags(uint64_t v, unsigned char b) {
  return zero_byte_flags(v ^ (0x0101010101010101ULL * b));
}

// Exact SWAR masks (no borrow between bytes): byte i is 0x80 iff byte i of v
// is below 0x20 / is 0xF0 or above.
constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7FULL;
constexpr uint64_t kHighBits = 0x8080808080808080ULL;
constexpr uint64_t kOnes = 0x0101010101010101ULL;
inline uint64_t exact_below_space(uint64_t v) {
  return ~(((v & kLow7) + kOnes * 0x60) | v) & kHighBits;
}
inline uint64_t exact_at_least_f0(uint64_t v) {
  return v & (v << 1) & (v << 2) & (v << 3) & kHighBits;
}
// Number of flagged bytes in a mask of 0x80 flags (a multiply sums them).
inline uint32_t count_flags(uint64_t flags) {
  return static_cast<uint32_t>(((flags >> 7) * kOnes) >> 56);
}

bool starts_with_ascii_ci(std::string_view s, size_t at, std::string_view upper_word) {
  if (at > s.size() || s.size() - at < upper_word.size()) return false;
  for (size_t i = 0; i < upper_word.size(); ++i) {
    const char c = s[at + i];
    if (to_ascii_lower(static_cast<unsigned char>(c)) != to_ascii_lower(upper_word[i])) {
      return false;
    }
  }
  return true;
}

}  // namespace

// Capacity above which an idle character buffer is freed (Tokenizer::next);
// below it, keeping the buffer saves an allocation per character token.
constexpr size_t kMaxIdleTextBuffer = 4096;

struct Tokenizer::Impl {
  Impl(std::string_view input, std::vector<ParseError>* errors, uint32_t max_errors)
      : in_(input), errors_(errors), max_errors_(max_errors) {
    has_cr_ = std::memchr(in_.data(), '\r', in_.size()) != nullptr;
  }

  // ---- Input --------------------------------------------------------------
  std::string_view in_;
  size_t pos_ = 0;       // next byte to consume
  size_t prev_pos_ = 0;  // where the last consume() started (for reconsume)

  // 13.2.3.5 Preprocessing the input stream: CR LF and lone CR become LF.
  int consume() {
    prev_pos_ = pos_;
    if (pos_ >= in_.size()) return kEof;
    const unsigned char c = static_cast<unsigned char>(in_[pos_++]);
    if (c == '\r') {
      if (pos_ < in_.size() && in_[pos_] == '\n') ++pos_;
      return '\n';
    }
    return c;
  }
  void reconsume_in(S s) {
    pos_ = prev_pos_;
    state_ = s;
  }
  // End of the run of bytes from `pos_` that have none of `stop_bits`.
  size_t scan(uint16_t stop_bits) const {
    size_t p = pos_;
    while (p < in_.size() && !(kClasses.bits[static_cast<unsigned char>(in_[p])] & stop_bits)) ++p;
    return p;
  }
  // The hot path of the text states: 8 bytes at a time to the next NUL or
  // A, B, C (repeat one to test fewer), then byte by byte to the exact stop.
  template <unsigned char A, unsigned char B, unsigned char C>
  size_t scan_words(uint16_t stop_bits) const {
    size_t p = pos_;
    const size_t n = in_.size();
    while (p + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, in_.data() + p, 8);
      if (zero_byte_flags(w) | byte_flags(w, A) | byte_flags(w, B) | byte_flags(w, C)) break;
      p += 8;
    }
    while (p < n && !(kClasses.bits[static_cast<unsigned char>(in_[p])] & stop_bits)) ++p;
    return p;
  }

  // ---- Positions ----------------------------------------------------------
  // Columns count UTF-16 code units (as JavaScript and html5lib-tests do).
  // A cursor walks forward over the input: positions are requested in
  // increasing order, so line/column bookkeeping is linear overall. When
  // errors are collected the walk also reports the input stream errors of
  // 13.2.3.5 (controls, surrogates, noncharacters), which no state sees.
  size_t cursor_pos_ = 0;
  uint32_t cursor_line_ = 1;
  uint32_t cursor_column_ = 1;
  size_t stream_checked_ = 0;  // input stream errors are reported before this
  bool has_cr_ = false;        // set at construction: CR needs the slow walk

  void position_of(size_t p, uint32_t& line, uint32_t& column) {
    // Positions only serve parse errors: without an error list they are not
    // tracked (tokens keep line 1, column 1), which saves a pass over every
    // byte (columns are counted per UTF-16 code unit).
    if (errors_ == nullptr) return;
    if (p > in_.size()) p = in_.size();
    if (p < cursor_pos_) {  // rare: restart from the top
      cursor_pos_ = 0;
      cursor_line_ = cursor_column_ = 1;
    }
    if (errors_ != nullptr && stream_checked_ < p) check_stream(p);
    advance_cursor(p);
    line = cursor_line_;
    column = cursor_column_;
  }

  void advance_cursor(size_t p) {
    if (p <= cursor_pos_) return;
    if (has_cr_) {
      advance_cursor_slow(p);
      return;
    }
    // LF is the only line break: memchr finds them, and only the stretch
    // after the last one needs its columns counted.
    const char* base = in_.data();
    size_t line_start = cursor_pos_;
    bool new_line = false;
    while (const void* hit = std::memchr(base + line_start, '\n', p - line_start)) {
      ++cursor_line_;
      line_start = static_cast<size_t>(static_cast<const char*>(hit) - base) + 1;
      new_line = true;
    }
    if (new_line) cursor_column_ = 1;
    cursor_column_ += utf16_units(line_start, p);
    cursor_pos_ = p;
  }

  // UTF-16 code units of the bytes [from, to), which hold no line break.
  uint32_t utf16_units(size_t from, size_t to) const {
    uint32_t units = 0;
    size_t i = from;
    for (; i + 8 <= to; i += 8) {
      uint64_t w;
      std::memcpy(&w, in_.data() + i, 8);
      // One unit per byte that is not a continuation byte, two for a 4-byte
      // sequence (a surrogate pair).
      const uint64_t continuation = w & ~(w << 1) & kHighBits;
      units += 8 - count_flags(continuation) + count_flags(exact_at_least_f0(w));
    }
    for (; i < to; ++i) {
      const unsigned char b = static_cast<unsigned char>(in_[i]);
      if ((b & 0xC0) != 0x80) units += b >= 0xF0 ? 2 : 1;
    }
    return units;
  }

  // Byte by byte, for input with CR (CR LF is one line break, lone CR one).
  void advance_cursor_slow(size_t p) {
    for (size_t i = cursor_pos_; i < p; ++i) {
      const unsigned char b = static_cast<unsigned char>(in_[i]);
      if (b == '\r' || (b == '\n' && (i == 0 || in_[i - 1] != '\r'))) {
        ++cursor_line_;
        cursor_column_ = 1;
      } else if (b == '\n' || (b & 0xC0) == 0x80) {
        // LF of a CR LF pair, or a UTF-8 continuation byte: no new column.
      } else {
        cursor_column_ += b >= 0xF0 ? 2 : 1;
      }
    }
    cursor_pos_ = p;
  }

  // Reports the input stream errors in [stream_checked, p). Words of
  // printable ASCII (the vast majority) are skipped eight bytes at a time.
  void check_stream(size_t p) {
    size_t i = stream_checked_;
    while (i < p) {
      if (i + 8 <= p) {
        uint64_t w;
        std::memcpy(&w, in_.data() + i, 8);
        const uint64_t del_or_high = (w | ((w & kLow7) + kOnes)) & kHighBits;
        if (!(exact_below_space(w) | del_or_high)) {
          i += 8;
          continue;
        }
        for (const size_t end = i + 8; i < end; ++i) {
          if (kClasses.bits[static_cast<unsigned char>(in_[i])] & kStreamSuspect) {
            check_stream_char(i);
          }
        }
        continue;
      }
      if (kClasses.bits[static_cast<unsigned char>(in_[i])] & kStreamSuspect) check_stream_char(i);
      ++i;
    }
    stream_checked_ = p;
  }

  // 13.2.3.5: reports the character starting at byte i if it is a control
  // (other than NUL and ASCII whitespace), a surrogate or a noncharacter.
  void check_stream_char(size_t i) {
    const unsigned char b = static_cast<unsigned char>(in_[i]);
    const char* code = nullptr;
    if (b < 0x80) {
      const bool whitespace = b == '\t' || b == '\n' || b == '\f' || b == '\r' || b == ' ';
      if ((b < 0x20 && b != 0 && !whitespace) || b == 0x7F) {
        code = "control-character-in-input-stream";
      }
    } else if (b >= 0xC2) {
      const size_t length = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
      if (i + length > in_.size()) return;
      uint32_t cp = b & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
      for (size_t k = 1; k < length; ++k) {
        cp = (cp << 6) | (static_cast<unsigned char>(in_[i + k]) & 0x3F);
      }
      if (cp >= 0x80 && cp <= 0x9F) {
        code = "control-character-in-input-stream";
      } else if (cp >= 0xD800 && cp <= 0xDFFF) {
        code = "surrogate-in-input-stream";
      } else if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) {
        code = "noncharacter-in-input-stream";
      }
    }
    if (code && errors_->size() < max_errors_) {
      advance_cursor(i);
      errors_->push_back({code, cursor_line_, cursor_column_});
    }
  }

  // ---- Errors -------------------------------------------------------------
  std::vector<ParseError>* errors_;
  uint32_t max_errors_;

  void error(const char* code) {
    if (!errors_ || errors_->size() >= max_errors_) return;
    ParseError e;
    e.code = code;
    position_of(prev_pos_, e.line, e.column);
    // An input stream error of the current character comes first (13.2.3.5
    // happens before tokenization).
    if (prev_pos_ >= stream_checked_ && prev_pos_ < in_.size()) {
      check_stream_char(prev_pos_);
      stream_checked_ = prev_pos_ + 1;
    }
    // Input stream errors found on the way may have used up the budget.
    if (errors_->size() < max_errors_) errors_->push_back(std::move(e));
  }

  // ---- State --------------------------------------------------------------
  S state_ = S::kData;
  S return_state_ = S::kData;
  bool allow_cdata_ = false;
  std::string last_start_tag_;
  std::string temp_;                      // the spec's "temporary buffer"
  uint32_t char_ref_code_ = 0;            // the spec's "character reference code"
  uint32_t lt_line_ = 1, lt_column_ = 1;  // where the current '<' was consumed

  // ---- Output -------------------------------------------------------------
  std::string text_;  // pending character run
  uint32_t text_line_ = 1, text_column_ = 1;
  bool text_position_set_ = false;  // text_line_/text_column_ set before text
  Token cur_;  // tag, comment or doctype being built
  bool cur_ready_ = false;
  bool eof_reached_ = false;
  bool eof_returned_ = false;
  bool drop_last_attr_ = false;                 // the last attribute duplicates an earlier one
  std::unordered_set<std::string> attr_names_;  // for tags past kLinearAttrScan
  size_t attr_names_count_ = 0;

  void emit_char(char c) {
    if (text_.empty() && !text_position_set_) position_of(prev_pos_, text_line_, text_column_);
    text_.push_back(c);
  }
  void emit_chars(std::string_view s) {
    if (s.empty()) return;
    if (text_.empty() && !text_position_set_) position_of(prev_pos_, text_line_, text_column_);
    text_.append(s.data(), s.size());
  }
  // Emits input bytes [pos_, end) as characters and moves past them.
  void emit_run(size_t end) {
    if (end == pos_) return;
    if (text_.empty() && !text_position_set_) position_of(pos_, text_line_, text_column_);
    text_.append(in_.data() + pos_, end - pos_);
    pos_ = end;
  }
  // Appends input bytes [pos_, end) ASCII-lowercased and moves past them.
  void append_lowercase(std::string& out, size_t end) {
    const size_t from = out.size();
    out.append(in_.data() + pos_, end - pos_);
    for (size_t i = from; i < out.size(); ++i) {
      out[i] = to_ascii_lower(static_cast<unsigned char>(out[i]));
    }
    pos_ = end;
  }
  // Characters given back from a failed tag ("<", "</x") or produced by a
  // character reference are positioned where the '<' or '&' was, not where
  // the tokenizer noticed.
  void emit_from_less_than_sign(std::string_view s) {
    if (text_.empty()) {
      text_line_ = lt_line_;
      text_column_ = lt_column_;
      text_position_set_ = true;
    }
    emit_chars(s);
  }
  void mark_ampersand() {
    if (text_.empty()) {
      position_of(prev_pos_, text_line_, text_column_);
      text_position_set_ = true;
    }
  }
  void emit_eof() { eof_reached_ = true; }
  // Tokens starting with '<' are positioned there; computed now so that the
  // position cursor only moves forward.
  void mark_less_than_sign() { position_of(prev_pos_, lt_line_, lt_column_); }

  void start_token(TokenType type) {
    cur_.clear();
    cur_.type = type;
    if (text_.empty()) text_position_set_ = false;
    cur_.line = lt_line_;
    cur_.column = lt_column_;
    drop_last_attr_ = false;
    if (attr_names_count_ != 0) {
      attr_names_.clear();
      attr_names_count_ = 0;
    }
  }
  void create_comment() { start_token(TokenType::kComment); }
  void create_doctype() { start_token(TokenType::kDoctype); }

  // Emits the current tag, comment or doctype token.
  void emit_current() {
    if (cur_.type == TokenType::kStartTag || cur_.type == TokenType::kEndTag) {
      if (drop_last_attr_) {
        cur_.attrs.pop_back();
        drop_last_attr_ = false;
      }
      if (cur_.type == TokenType::kStartTag) {
        last_start_tag_ = cur_.name;
      } else {
        // 13.2.5: end tags never carry attributes or the self-closing flag.
        if (!cur_.attrs.empty()) error("end-tag-with-attributes");
        if (cur_.self_closing) error("end-tag-with-trailing-solidus");
        cur_.attrs.clear();
        cur_.self_closing = false;
      }
    }
    cur_ready_ = true;
  }

  // "Start a new attribute in the current tag token."
  void start_attribute() {
    if (drop_last_attr_) {
      cur_.attrs.pop_back();
      drop_last_attr_ = false;
    }
    cur_.attrs.emplace_back();
  }
  std::string& attr_name() { return cur_.attrs.back().name; }
  std::string& attr_value() { return cur_.attrs.back().value; }

  // 13.2.5.33: when leaving the attribute name state, a name already on the
  // token is a duplicate-attribute error and the new attribute is dropped.
  void finish_attribute_name() {
    const size_t previous = cur_.attrs.size() - 1;
    const std::string& name = cur_.attrs.back().name;
    bool duplicate = false;
    if (previous <= kLinearAttrScan) {
      for (size_t i = 0; i < previous && !duplicate; ++i) duplicate = cur_.attrs[i].name == name;
    } else {
      for (; attr_names_count_ < previous; ++attr_names_count_) {
        attr_names_.insert(cur_.attrs[attr_names_count_].name);
      }
      duplicate = attr_names_.count(name) != 0;
    }
    if (duplicate) {
      error("duplicate-attribute");
      drop_last_attr_ = true;
    }
  }

  bool is_appropriate_end_tag() const {
    return !last_start_tag_.empty() && cur_.name == last_start_tag_;
  }

  bool return_state_is_attribute() const {
    return return_state_ == S::kAttributeValueDoubleQuoted ||
           return_state_ == S::kAttributeValueSingleQuoted ||
           return_state_ == S::kAttributeValueUnquoted;
  }
  // "Flush code points consumed as a character reference."
  void flush_char_ref(std::string_view s) {
    if (return_state_is_attribute()) {
      attr_value().append(s.data(), s.size());
    } else {
      emit_chars(s);
    }
  }

  void run();

  // Moves the finished token into `t` (cleared by next()). Only the fields
  // the token type uses are swapped, so buffers circulate between `t` and
  // `cur_` without allocation or copying.
  void hand_over(Token& t) {
    t.type = cur_.type;
    t.line = cur_.line;
    t.column = cur_.column;
    switch (cur_.type) {
      case TokenType::kStartTag:
        t.name.swap(cur_.name);
        t.attrs.swap(cur_.attrs);
        t.self_closing = cur_.self_closing;
        break;
      case TokenType::kEndTag: t.name.swap(cur_.name); break;
      case TokenType::kComment: t.data.swap(cur_.data); break;
      case TokenType::kDoctype:
        t.name.swap(cur_.name);
        t.public_id.swap(cur_.public_id);
        t.system_id.swap(cur_.system_id);
        t.force_quirks = cur_.force_quirks;
        t.has_name = cur_.has_name;
        t.has_public_id = cur_.has_public_id;
        t.has_system_id = cur_.has_system_id;
        break;
      case TokenType::kCharacter:
      case TokenType::kEof: break;
    }
  }

  // ---- States (13.2.5.x) ----------------------------------------------------
  void data_state();
  void rcdata_state();
  void rawtext_state();
  void script_data_state();
  void plaintext_state();
  void tag_open_state();
  void end_tag_open_state();
  void tag_name_state();
  void text_less_than_sign_state(S text_state, S end_tag_open);
  void text_end_tag_open_state(S text_state, S end_tag_name);
  void text_end_tag_name_state(S text_state);
  void script_data_less_than_sign_state();
  void script_data_escape_start_state();
  void script_data_escape_start_dash_state();
  void script_data_escaped_state();
  void script_data_escaped_dash_state();
  void script_data_escaped_dash_dash_state();
  void script_data_escaped_less_than_sign_state();
  void script_data_double_escape_start_state();
  void script_data_double_escaped_state();
  void script_data_double_escaped_dash_state();
  void script_data_double_escaped_dash_dash_state();
  void script_data_double_escaped_less_than_sign_state();
  void script_data_double_escape_end_state();
  void before_attribute_name_state();
  void attribute_name_state();
  void after_attribute_name_state();
  void before_attribute_value_state();
  template <char kQuote>
  void attribute_value_quoted_state();
  void attribute_value_unquoted_state();
  void after_attribute_value_quoted_state();
  void self_closing_start_tag_state();
  void bogus_comment_state();
  void markup_declaration_open_state();
  void comment_start_state();
  void comment_start_dash_state();
  void comment_state();
  void comment_less_than_sign_state();
  void comment_less_than_sign_bang_state();
  void comment_less_than_sign_bang_dash_state();
  void comment_less_than_sign_bang_dash_dash_state();
  void comment_end_dash_state();
  void comment_end_state();
  void comment_end_bang_state();
  void doctype_state();
  void before_doctype_name_state();
  void doctype_name_state();
  void after_doctype_name_state();
  void after_doctype_keyword_state(bool is_public);
  void before_doctype_identifier_state(bool is_public);
  void doctype_identifier_quoted_state(bool is_public, char quote);
  void after_doctype_public_identifier_state();
  void between_doctype_public_and_system_identifiers_state();
  void after_doctype_system_identifier_state();
  void bogus_doctype_state();
  void cdata_section_state();
  void cdata_section_bracket_state();
  void cdata_section_end_state();
  void character_reference_state();
  void named_character_reference_state();
  void ambiguous_ampersand_state();
  void numeric_character_reference_state();
  void hexadecimal_character_reference_start_state();
  void decimal_character_reference_start_state();
  void hexadecimal_character_reference_state();
  void decimal_character_reference_state();
  void numeric_character_reference_end_state();

  // Shared by the doctype states: "set the current DOCTYPE token's
  // force-quirks flag to on. Emit the current DOCTYPE token."
  void emit_doctype_quirks() {
    cur_.force_quirks = true;
    emit_current();
  }
  std::string& doctype_identifier(bool is_public) {
    return is_public ? cur_.public_id : cur_.system_id;
  }
};

// ---- 13.2.5.1 Data state ---------------------------------------------------
void Tokenizer::Impl::data_state() {
  emit_run(scan_words<'<', '&', '\r'>(kStopData));
  const int c = consume();
  switch (c) {
    case '&':
      mark_ampersand();
      return_state_ = S::kData;
      state_ = S::kCharacterReference;
      break;
    case '<':
      mark_less_than_sign();
      state_ = S::kTagOpen;
      break;
    case 0:
      error("unexpected-null-character");
      emit_char('\0');
      break;
    case kEof: emit_eof(); break;
    default: emit_char(static_cast<char>(c));  // LF from a CR
  }
}

// 13.2.5.2 RCDATA state
void Tokenizer::Impl::rcdata_state() {
  emit_run(scan_words<'<', '&', '\r'>(kStopData));
  const int c = consume();
  switch (c) {
    case '&':
      mark_ampersand();
      return_state_ = S::kRcdata;
      state_ = S::kCharacterReference;
      break;
    case '<':
      mark_less_than_sign();
      state_ = S::kRcdataLessThanSign;
      break;
    case 0:
      error("unexpected-null-character");
      emit_chars(kReplacement);
      break;
    case kEof: emit_eof(); break;
    default: emit_char(static_cast<char>(c));
  }
}

// 13.2.5.3 RAWTEXT state and 13.2.5.4 Script data state differ only in the
// less-than sign state they switch to.
void Tokenizer::Impl::rawtext_state() {
  emit_run(scan_words<'<', '\r', '\r'>(kStopRawtext));
  const int c = consume();
  switch (c) {
    case '<':
      mark_less_than_sign();
      state_ = S::kRawtextLessThanSign;
      break;
    case 0:
      error("unexpected-null-character");
      emit_chars(kReplacement);
      break;
    case kEof: emit_eof(); break;
    default: emit_char(static_cast<char>(c));
  }
}

// 13.2.5.4 Script data state
void Tokenizer::Impl::script_data_state() {
  emit_run(scan_words<'<', '\r', '\r'>(kStopRawtext));
  const int c = consume();
  switch (c) {
    case '<':
      mark_less_than_sign();
      state_ = S::kScriptDataLessThanSign;
      break;
    case 0:
      error("unexpected-null-character");
      emit_chars(kReplacement);
      break;
    case kEof: emit_eof(); break;
    default: emit_char(static_cast<char>(c));
  }
}

// 13.2.5.5 PLAINTEXT state
void Tokenizer::Impl::plaintext_state() {
  emit_run(scan_words<'\r', '\r', '\r'>(kStopPlaintext));
  const int c = consume();
  switch (c) {
    case 0:
      error("unexpected-null-character");
      emit_chars(kReplacement);
      break;
    case kEof: emit_eof(); break;
    default: emit_char(static_cast<char>(c));
  }
}

// 13.2.5.6 Tag open state
void Tokenizer::Impl::tag_open_state() {
  const int c = consume();
  if (c == '!') {
    state_ = S::kMarkupDeclarationOpen;
  } else if (c == '/') {
    state_ = S::kEndTagOpen;
  } else if (is_ascii_alpha(c)) {
    start_token(TokenType::kStartTag);
    reconsume_in(S::kTagName);
  } else if (c == '?') {
    error("unexpected-question-mark-instead-of-tag-name");
    create_comment();
    reconsume_in(S::kBogusComment);
  } else if (c == kEof) {
    error("eof-before-tag-name");
    emit_from_less_than_sign("<");
    emit_eof();
  } else {
    error("invalid-first-character-of-tag-name");
    emit_from_less_than_sign("<");
    reconsume_in(S::kData);
  }
}

// 13.2.5.7 End tag open state
void Tokenizer::Impl::end_tag_open_state() {
  const int c = consume();
  if (is_ascii_alpha(c)) {
    start_token(TokenType::kEndTag);
    reconsume_in(S::kTagName);
  } else if (c == '>') {
    error("missing-end-tag-name");
    state_ = S::kData;
  } else if (c == kEof) {
    error("eof-before-tag-name");
    emit_from_less_than_sign("</");
    emit_eof();
  } else {
    error("invalid-first-character-of-tag-name");
    create_comment();
    reconsume_in(S::kBogusComment);
  }
}

// 13.2.5.8 Tag name state
void Tokenizer::Impl::tag_name_state() {
  // Fast path: the plain part of the name, lowercased as it is copied.
  const size_t end = scan(kStopTagName);
  append_lowercase(cur_.name, end);
  const int c = consume();
  if (is_tokenizer_whitespace(c)) {
    state_ = S::kBeforeAttributeName;
  } else if (c == '/') {
    state_ = S::kSelfClosingStartTag;
  } else if (c == '>') {
    state_ = S::kData;
    emit_current();
  } else if (c == 0) {
    error("unexpected-null-character");
    cur_.name.append(kReplacement);
  } else if (c == kEof) {
    error("eof-in-tag");
    emit_eof();
  } else {
    cur_.name.push_back(to_ascii_lower(c));
  }
}

// 13.2.5.9 RCDATA less-than sign state, 13.2.5.12 RAWTEXT less-than sign
// state (identical apart from the states they name).
void Tokenizer::Impl::text_less_than_sign_state(S text_state, S end_tag_open) {
  const int c = consume();
  if (c == '/') {
    temp_.clear();
    state_ = end_tag_open;
  } else {
    emit_from_less_than_sign("<");
    reconsume_in(text_state);
  }
}

// 13.2.5.10 RCDATA end tag open state, 13.2.5.13 RAWTEXT end tag open state,
// 13.2.5.16 Script data end tag open state, 13.2.5.24 Script data escaped end
// tag open state.
void Tokenizer::Impl::text_end_tag_open_state(S text_state, S end_tag_name) {
  const int c = consume();
  if (is_ascii_alpha(c)) {
    start_token(TokenType::kEndTag);
    reconsume_in(end_tag_name);
  } else {
    emit_from_less_than_sign("</");
    reconsume_in(text_state);
  }
}

// 13.2.5.11 RCDATA end tag name state, 13.2.5.14 RAWTEXT end tag name state,
// 13.2.5.17 Script data end tag name state, 13.2.5.25 Script data escaped end
// tag name state.
void Tokenizer::Impl::text_end_tag_name_state(S text_state) {
  const int c = consume();
  if (is_tokenizer_whitespace(c) && is_appropriate_end_tag()) {
    state_ = S::kBeforeAttributeName;
  } else if (c == '/' && is_appropriate_end_tag()) {
    state_ = S::kSelfClosingStartTag;
  } else if (c == '>' && is_appropriate_end_tag()) {
    state_ = S::kData;
    emit_current();
  } else if (is_ascii_alpha(c)) {
    cur_.name.push_back(to_ascii_lower(c));
    temp_.push_back(static_cast<char>(c));
  } else {
    emit_from_less_than_sign("</");
    emit_chars(temp_);
    reconsume_in(text_state);
  }
}

// 13.2.5.15 Script data less-than sign state
void Tokenizer::Impl::script_data_less_than_sign_state() {
  const int c = consume();
  if (c == '/') {
    temp_.clear();
    state_ = S::kScriptDataEndTagOpen;
  } else if (c == '!') {
    state_ = S::kScriptDataEscapeStart;
    emit_from_less_than_sign("<!");
  } else {
    emit_from_less_than_sign("<");
    reconsume_in(S::kScriptData);
  }
}

// 13.2.5.18 Script data escape start state
void Tokenizer::Impl::script_data_escape_start_state() {
  const int c = consume();
  if (c == '-') {
    state_ = S::kScriptDataEscapeStartDash;
    emit_char('-');
  } else {
    reconsume_in(S::kScriptData);
  }
}

// 13.2.5.19 Script data escape start dash state
void Tokenizer::Impl::script_data_escape_start_dash_state() {
  const int c = consume();
  if (c == '-') {
    state_ = S::kScriptDataEscapedDashDash;
    emit_char('-');
  } else {
    reconsume_in(S::kScriptData);
  }
}

// 13.2.5.20 Script data escaped state
void Tokenizer::Impl::script_data_escaped_state() {
  const int c = consume();
  if (c == '-') {
    state_ = S::kScriptDataEscapedDash;
    emit_char('-');
  } else if (c == '<') {
    state_ = S::kScriptDataEscapedLessThanSign;
  } else if (c == 0) {
    error("unexpected-null-character");
    emit_chars(kReplacement);
  } else if (c == kEof) {
    error("eof-in-script-html-comment-like-text");
    emit_eof();
  } else {
    emit_char(static_cast<char>(c));
  }
}

// 13.2.5.21 Script data escaped dash state
void Tokenizer::Impl::script_data_escaped_dash_state() {
  const int c = consume();
  if (c == '-') {
    state_ = S::kScriptDataEscapedDashDash;
    emit_char('-');
  } else if (c == '<') {
    state_ = S::kScriptDataEscapedLessThanSign;
  } else if (c == 0) {
    error("unexpected-null-character");
    state_ = S::kScriptDataEscaped;
    emit_chars(kReplacement);
  } else if (c == kEof) {
    error("eof-in-script-html-comment-like-text");
    emit_eof();
  } else {
    state_ = S::kScriptDataEscaped;
    emit_char(static_cast<char>(c));
  }
}

// 13.2.5.22 Script data escaped dash dash state
void Tokenizer::Impl::script_data_escaped_dash_dash_state() {
  const int c = consume();
  if (c == '-') {
    emit_char('-');
  } else if (c == '<') {
    state_ = S::kScriptDataEscapedLessThanSign;
  } else if (c == '>') {
    state_ = S::kScriptData;
    emit_char('>');
  } else if (c == 0) {
    error("unexpected-null-character");
    state_ = S::kScriptDataEscaped;
    emit_chars(kReplacement);
  } else if (c == kEof) {
    error("eof-in-script-html-comment-like-text");
    emit_eof();
  } else {
    state_ = S::kScriptDataEscaped;
    emit_char(static_cast<char>(c));
  }
}

// 13.2.5.23 Script data escaped less-than sign state
void Tokenizer::Impl::script_data_escaped_less_than_sign_state() {
  mark_less_than_sign();
  const int c = consume();
  if (c == '/') {
    temp_.clear();
    state_ = S::kScriptDataEscapedEndTagOpen;
  } else if (is_ascii_alpha(c)) {
    temp_.clear();
    emit_from_less_than_sign("<");
    reconsume_in(S::kScriptDataDoubleEscapeStart);
  } else {
    emit_from_less_than_sign("<");
    reconsume_in(S::kScriptDataEscaped);
  }
}

// 13.2.5.26 Script data double escape start state
void Tokenizer::Impl::script_data_double_escape_start_state() {
  const int c = consume();
  if (is_tokenizer_whitespace(c) || c == '/' || c == '>') {
    state_ = temp_ == "script" ? S::kScriptDataDoubleEscaped : S::kScriptDataEscaped;
    emit_char(static_cast<char>(c));
  } else if (is_ascii_alpha(c)) {
    temp_.push_back(to_ascii_lower(c));
    emit_char(static_cast<char>(c));
  } else {
    reconsume_in(S::kScriptDataEscaped);
  }
}

// 13.2.5.27 Script data double escaped state
void Tokenizer::Impl::script_data_double_escaped_state() {
  const int c = consume();
  if (c == '-') {
    state_ = S::kScriptDataDoubleEscapedDash;
    emit_char('-');
  } else if (c == '<') {
    state_ = S::kScriptDataDoubleEscapedLessThanSign;
    emit_char('<');
  } else if (c == 0) {
    error("unexpected-null-character");
    emit_chars(kReplacement);
  } else if (c == kEof) {
    error("eof-in-script-html-comment-like-text");
    emit_eof();
  } else {
    emit_char(static_cast<char>(c));
  }
}

// 13.2.5.28 Script data double escaped dash state
void Tokenizer::Impl::script_data_double_escaped_dash_state() {
  const int c = consume();
  if (c == '-') {
    state_ = S::kScriptDataDoubleEscapedDashDash;
    emit_char('-');
  } else if (c == '<') {
    state_ = S::kScriptDataDoubleEscapedLessThanSign;
    emit_char('<');
  } else if (c == 0) {
    error("unexpected-null-character");
    state_ = S::kScriptDataDoubleEscaped;
    emit_chars(kReplacement);
  } else if (c == kEof) {
    error("eof-in-script-html-comment-like-text");
    emit_eof();
  } else {
    state_ = S::kScriptDataDoubleEscaped;
    emit_char(static_cast<char>(c));
  }
}

// 13.2.5.29 Script data double escaped dash dash state
void Tokenizer::Impl::script_data_double_escaped_dash_dash_state() {
  const int c = consume();
  if (c == '-') {
    emit_char('-');
  } else if (c == '<') {
    state_ = S::kScriptDataDoubleEscapedLessThanSign;
    emit_char('<');
  } else if (c == '>') {
    state_ = S::kScriptData;
    emit_char('>');
  } else if (c == 0) {
    error("unexpected-null-character");
    state_ = S::kScriptDataDoubleEscaped;
    emit_chars(kReplacement);
  } else if (c == kEof) {
    error("eof-in-script-html-comment-like-text");
    emit_eof();
  } else {
    state_ = S::kScriptDataDoubleEscaped;
    emit_char(static_cast<char>(c));
  }
}

// 13.2.5.30 Script data double escaped less-than sign state
void Tokenizer::Impl::script_data_double_escaped_less_than_sign_state() {
  const int c = consume();
  if (c == '/') {
    temp_.clear();
    state_ = S::kScriptDataDoubleEscapeEnd;
    emit_char('/');
  } else {
    reconsume_in(S::kScriptDataDoubleEscaped);
  }
}

// 13.2.5.31 Script data double escape end state
void Tokenizer::Impl::script_data_double_escape_end_state() {
  const int c = consume();
  if (is_tokenizer_whitespace(c) || c == '/' || c == '>') {
    state_ = temp_ == "script" ? S::kScriptDataEscaped : S::kScriptDataDoubleEscaped;
    emit_char(static_cast<char>(c));
  } else if (is_ascii_alpha(c)) {
    temp_.push_back(to_ascii_lower(c));
    emit_char(static_cast<char>(c));
  } else {
    reconsume_in(S::kScriptDataDoubleEscaped);
  }
}

// 13.2.5.32 Before attribute name state
void Tokenizer::Impl::before_attribute_name_state() {
  const int c = consume();
  if (is_tokenizer_whitespace(c)) return;
  if (c == '/' || c == '>' || c == kEof) {
    reconsume_in(S::kAfterAttributeName);
  } else if (c == '=') {
    error("unexpected-equals-sign-before-attribute-name");
    start_attribute();
    attr_name().push_back('=');
    state_ = S::kAttributeName;
  } else {
    start_attribute();
    reconsume_in(S::kAttributeName);
  }
}

// 13.2.5.33 Attribute name state
void Tokenizer::Impl::attribute_name_state() {
  const size_t end = scan(kStopAttrName);
  std::string& name = attr_name();
  append_lowercase(name, end);
  const int c = consume();
  if (is_tokenizer_whitespace(c) || c == '/' || c == '>' || c == kEof) {
    finish_attribute_name();
    reconsume_in(S::kAfterAttributeName);
  } else if (c == '=') {
    finish_attribute_name();
    state_ = S::kBeforeAttributeValue;
  } else if (c == 0) {
    error("unexpected-null-character");
    name.append(kReplacement);
  } else {
    if (c == '"' || c == '\'' || c == '<') error("unexpected-character-in-attribute-name");
    name.push_back(to_ascii_lower(c));
  }
}

// 13.2.5.34 After attribute name state
void Tokenizer::Impl::after_attribute_name_state() {
  const int c = consume();
  if (is_tokenizer_whitespace(c)) return;
  if (c == '/') {
    state_ = S::kSelfClosingStartTag;
  } else if (c == '=') {
    state_ = S::kBeforeAttributeValue;
  } else if (c == '>') {
    state_ = S::kData;
    emit_current();
  } else if (c == kEof) {
    error("eof-in-tag");
    emit_eof();
  } else {
    start_attribute();
    reconsume_in(S::kAttributeName);
  }
}

// 13.2.5.35 Before attribute value state
void Tokenizer::Impl::before_attribute_value_state() {
  const int c = consume();
  if (is_tokenizer_whitespace(c)) return;
  if (c == '"') {
    state_ = S::kAttributeValueDoubleQuoted;
  } else if (c == '\'') {
    state_ = S::kAttributeValueSingleQuoted;
  } else if (c == '>') {
    error("missing-attribute-value");
    state_ = S::kData;
    emit_current();
  } else {
    reconsume_in(S::kAttributeValueUnquoted);
  }
}

// 13.2.5.36 Attribute value (double-quoted) state and 13.2.5.37 Attribute
// value (single-quoted) state, which differ only in the quote.
template <char kQuote>
void Tokenizer::Impl::attribute_value_quoted_state() {
  constexpr uint16_t kStop = kQuote == '"' ? kStopAttrDouble : kStopAttrSingle;
  const size_t end = scan_words<kQuote, '&', '\r'>(kStop);
  std::string& value = attr_value();
  value.append(in_.data() + pos_, end - pos_);
  pos_ = end;
  const int c = consume();
  if (c == kQuote) {
    state_ = S::kAfterAttributeValueQuoted;
  } else if (c == '&') {
    return_state_ = state_;
    state_ = S::kCharacterReference;
  } else if (c == 0) {
    error("unexpected-null-character");
    value.append(kReplacement);
  } else if (c == kEof) {
    error("eof-in-tag");
    emit_eof();
  } else {
    value.push_back(static_cast<char>(c));  // LF from a CR
  }
}

// 13.2.5.38 Attribute value (unquoted) state
void Tokenizer::Impl::attribute_value_unquoted_state() {
  const size_t end = scan(kStopAttrUnquoted);
  std::string& value = attr_value();
  value.append(in_.data() + pos_, end - pos_);
  pos_ = end;
  const int c = consume();
  if (is_tokenizer_whitespace(c)) {
    state_ = S::kBeforeAttributeName;
  } else if (c == '&') {
    return_state_ = S::kAttributeValueUnquoted;
    state_ = S::kCharacterReference;
  } else if (c == '>') {
    state_ = S::kData;
    emit_current();
  } else if (c == 0) {
    error("unexpected-null-character");
    value.append(kReplacement);
  } else if (c == kEof) {
    error("eof-in-tag");
    emit_eof();
  } else {
    if (c == '"' || c == '\'' || c == '<' || c == '=' || c == '`') {
      error("unexpected-character-in-unquoted-attribute-value");
    }
    value.push_back(static_cast<char>(c));
  }
}

// 13.2.5.39 After attribute value (quoted) state
void Tokenizer::Impl::after_attribute_value_quoted_state() {
  const int c = consume();
  if (is_tokenizer_whitespace(c)) {
    state_ = S::kBeforeAttributeName;
  } else if (c == '/') {
    state_ = S::kSelfClosingStartTag;
  } else if (c == '>') {
    state_ = S::kData;
    emit_current();
  } else if (c == kEof) {
    error("eof-in-tag");
    emit_eof();
  } else {
    error("missing-whitespace-between-attributes");
    reconsume_in(S::kBeforeAttributeName);
  }
}

// 13.2.5.40 Self-closing start tag state
void Tokenizer::Impl::self_closing_start_tag_state() {
  const int c = consume();
  if (c == '>') {
    cur_.self_closing = true;
    state_ = S::kData;
    emit_current();
  } else if (c == kEof) {
    error("eof-in-tag");
    emit_eof();
  } else {
    error("unexpected-solidus-in-tag");
    reconsume_in(S::kBeforeAttributeName);
  }
}

// 13.2.5.41 Bogus comment state
void Tokenizer::Impl::bogus_comment_state() {
  const size_t end = scan(kStopBogusComment);
  cur_.data.append(in_.data() + pos_, end - pos_);
  pos_ = end;
  const int c = consume();
  if (c == '>') {
    state_ = S::kData;
    emit_current();
  } else if (c == kEof) {
    emit_current();
    emit_eof();
  } else if (c == 0) {
    error("unexpected-null-character");
    cur_.data.append(kReplacement);
  } else {
    cur_.data.push_back(static_cast<char>(c));
  }
}

// 13.2.5.42 Markup declaration open state
void Tokenizer::Impl::markup_declaration_open_state() {
  prev_pos_ = pos_;
  if (in_.substr(pos_, 2) == "--") {
    pos_ += 2;
    create_comment();
    state_ = S::kCommentStart;
  } else if (starts_with_ascii_ci(in_, pos_, "DOCTYPE")) {
    pos_ += 7;
    state_ = S::kDoctype;
  } else if (in_.substr(pos_, 7) == "[CDATA[") {
    pos_ += 7;
    prev_pos_ = pos_ - 1;  // errors point at the last '['
    if (allow_cdata_) {
      state_ = S::kCdataSection;
    } else {
      error("cdata-in-html-content");
      create_comment();
      cur_.data = "[CDATA[";
      state_ = S::kBogusComment;
    }
  } else {
    error("incorrectly-opened-comment");
    create_comment();
    state_ = S::kBogusComment;
  }
}

// 13.2.5.43 Comment start state
void Tokenizer::Impl::comment_start_state() {
  const int c = consume();
  if (c == '-') {
    state_ = S::kCommentStartDash;
  } else if (c == '>') {
    error("abrupt-closing-of-empty-comment");
    state_ = S::kData;
    emit_current();
  } else {
    reconsume_in(S::kComment);
  }
}

// 13.2.5.44 Comment start dash state
void Tokenizer::Impl::comment_start_dash_state() {
  const int c = consume();
  if (c == '-') {
    state_ = S::kCommentEnd;
  } else if (c == '>') {
    error("abrupt-closing-of-empty-comment");
    state_ = S::kData;
    emit_current();
  } else if (c == kEof) {
    error("eof-in-comment");
    emit_current();
    emit_eof();
  } else {
    cur_.data.push_back('-');
    reconsume_in(S::kComment);
  }
}

// 13.2.5.45 Comment state
void Tokenizer::Impl::comment_state() {
  const size_t end = scan_words<'-', '<', '\r'>(kStopComment);
  cur_.data.append(in_.data() + pos_, end - pos_);
  pos_ = end;
  const int c = consume();
  if (c == '<') {
    cur_.data.push_back('<');
    state_ = S::kCommentLessThanSign;
  } else if (c == '-') {
    state_ = S::kCommentEndDash;
  } else if (c == 0) {
    error("unexpected-null-character");
    cur_.data.append(kReplacement);
  } else if (c == kEof) {
    error("eof-in-comment");
    emit_current();
    emit_eof();
  } else {
    cur_.data.push_back(static_cast<char>(c));
  }
}

// 13.2.5.46 Comment less-than sign state
void Tokenizer::Impl::comment_less_than_sign_state() {
  const int c = consume();
  if (c == '!') {
    cur_.data.push_back('!');
    state_ = S::kCommentLessThanSignBang;
  } else if (c == '<') {
    cur_.data.push_back('<');
  } else {
    reconsume_in(S::kComment);
  }
}

// 13.2.5.47 Comment less-than sign bang state
void Tokenizer::Impl::comment_less_than_sign_bang_state() {
  const int c = consume();
  if (c == '-') {
    state_ = S::kCommentLessThanSignBangDash;
  } else {
    reconsume_in(S::kComment);
  }
}

// 13.2.5.48 Comment less-than sign bang dash state
void Tokenizer::Impl::comment_less_than_sign_bang_dash_state() {
  const int c = consume();
  if (c == '-') {
    state_ = S::kCommentLessThanSignBangDashDash;
  } else {
    reconsume_in(S::kCommentEndDash);
  }
}

// 13.2.5.49 Comment less-than sign bang dash dash state
void Tokenizer::Impl::comment_less_than_sign_bang_dash_dash_state() {
  const int c = consume();
  if (c != '>' && c != kEof) error("nested-comment");
  reconsume_in(S::kCommentEnd);
}

// 13.2.5.50 Comment end dash state
void Tokenizer::Impl::comment_end_dash_state() {
  const int c = consume();
  if (c == '-') {
    state_ = S::kCommentEnd;
  } else if (c == kEof) {
    error("eof-in-comment");
    emit_current();
    emit_eof();
  } else {
    cur_.data.push_back('-');
    reconsume_in(S::kComment);
  }
}

// 13.2.5.51 Comment end state
void Tokenizer::Impl::comment_end_state() {
  const int c = consume();
  if (c == '>') {
    state_ = S::kData;
    emit_current();
  } else if (c == '!') {
    state_ = S::kCommentEndBang;
  } else if (c == '-') {
    cur_.data.push_back('-');
  } else if (c == kEof) {
    error("eof-in-comment");
    emit_current();
    emit_eof();
  } else {
    cur_.data.append("--");
    reconsume_in(S::kComment);
  }
}

// 13.2.5.52 Comment end bang state
void Tokenizer::Impl::comment_end_bang_state() {
  const int c = consume();
  if (c == '-') {
    cur_.data.append("--!");
    state_ = S::kCommentEndDash;
  } else if (c == '>') {
    error("incorrectly-closed-comment");
    state_ = S::kData;
    emit_current();
  } else if (c == kEof) {
    error("eof-in-comment");
    emit_current();
    emit_eof();
  } else {
    cur_.data.append("--!");
    reconsume_in(S::kComment);
  }
}

// 13.2.5.53 DOCTYPE state
void Tokenizer::Impl::doctype_state() {
  const int c = consume();
  if (is_tokenizer_whitespace(c)) {
    state_ = S::kBeforeDoctypeName;
  } else if (c == '>') {
    reconsume_in(S::kBeforeDoctypeName);
  } else if (c == kEof) {
    error("eof-in-doctype");
    create_doctype();
    emit_doctype_quirks();
    emit_eof();
  } else {
    error("missing-whitespace-before-doctype-name");
    reconsume_in(S::kBeforeDoctypeName);
  }
}

// 13.2.5.54 Before DOCTYPE name state
void Tokenizer::Impl::before_doctype_name_state() {
  const int c = consume();
  if (is_tokenizer_whitespace(c)) return;
  if (c == '>') {
    error("missing-doctype-name");
    create_doctype();
    state_ = S::kData;
    emit_doctype_quirks();
  } else if (c == kEof) {
    error("eof-in-doctype");
    create_doctype();
    emit_doctype_quirks();
    emit_eof();
  } else {
    create_doctype();
    cur_.has_name = true;
    if (c == 0) {
      error("unexpected-null-character");
      cur_.name.append(kReplacement);
    } else {
      cur_.name.push_back(to_ascii_lower(c));
    }
    state_ = S::kDoctypeName;
  }
}

// 13.2.5.55 DOCTYPE name state
void Tokenizer::Impl::doctype_name_state() {
  const int c = consume();
  if (is_tokenizer_whitespace(c)) {
    state_ = S::kAfterDoctypeName;
  } else if (c == '>') {
    state_ = S::kData;
    emit_current();
  } else if (c == 0) {
    error("unexpected-null-character");
    cur_.name.append(kReplacement);
  } else if (c == kEof) {
    error("eof-in-doctype");
    emit_doctype_quirks();
    emit_eof();
  } else {
    cur_.name.push_back(to_ascii_lower(c));
  }
}

// 13.2.5.56 After DOCTYPE name state
void Tokenizer::Impl::after_doctype_name_state() {
  const int c = consume();
  if (is_tokenizer_whitespace(c)) return;
  if (c == '>') {
    state_ = S::kData;
    emit_current();
  } else if (c == kEof) {
    error("eof-in-doctype");
    emit_doctype_quirks();
    emit_eof();
  } else if (starts_with_ascii_ci(in_, prev_pos_, "PUBLIC")) {
    pos_ = prev_pos_ + 6;
    state_ = S::kAfterDoctypePublicKeyword;
  } else if (starts_with_ascii_ci(in_, prev_pos_, "SYSTEM")) {
    pos_ = prev_pos_ + 6;
    state_ = S::kAfterDoctypeSystemKeyword;
  } else {
    error("invalid-character-sequence-after-doctype-name");
    cur_.force_quirks = true;
    reconsume_in(S::kBogusDoctype);
  }
}

// 13.2.5.57 After DOCTYPE public keyword state and 13.2.5.63 After DOCTYPE
// system keyword state.
void Tokenizer::Impl::after_doctype_keyword_state(bool is_public) {
  const int c = consume();
  if (is_tokenizer_whitespace(c)) {
    state_ = is_public ? S::kBeforeDoctypePublicIdentifier : S::kBeforeDoctypeSystemIdentifier;
  } else if (c == '"' || c == '\'') {
    error(is_public ? "missing-whitespace-after-doctype-public-keyword"
                    : "missing-whitespace-after-doctype-system-keyword");
    reconsume_in(is_public ? S::kBeforeDoctypePublicIdentifier : S::kBeforeDoctypeSystemIdentifier);
  } else if (c == '>') {
    error(is_public ? "missing-doctype-public-identifier" : "missing-doctype-system-identifier");
    state_ = S::kData;
    emit_doctype_quirks();
  } else if (c == kEof) {
    error("eof-in-doctype");
    emit_doctype_quirks();
    emit_eof();
  } else {
    error(is_public ? "missing-quote-before-doctype-public-identifier"
                    : "missing-quote-before-doctype-system-identifier");
    cur_.force_quirks = true;
    reconsume_in(S::kBogusDoctype);
  }
}

// 13.2.5.58 Before DOCTYPE public identifier state and 13.2.5.64 Before
// DOCTYPE system identifier state.
void Tokenizer::Impl::before_doctype_identifier_state(bool is_public) {
  const int c = consume();
  if (is_tokenizer_whitespace(c)) return;
  if (c == '"' || c == '\'') {
    if (is_public) {
      cur_.has_public_id = true;
      cur_.public_id.clear();
      state_ = c == '"' ? S::kDoctypePublicIdentifierDoubleQuoted
                        : S::kDoctypePublicIdentifierSingleQuoted;
    } else {
      cur_.has_system_id = true;
      cur_.system_id.clear();
      state_ = c == '"' ? S::kDoctypeSystemIdentifierDoubleQuoted
                        : S::kDoctypeSystemIdentifierSingleQuoted;
    }
  } else if (c == '>') {
    error(is_public ? "missing-doctype-public-identifier" : "missing-doctype-system-identifier");
    state_ = S::kData;
    emit_doctype_quirks();
  } else if (c == kEof) {
    error("eof-in-doctype");
    emit_doctype_quirks();
    emit_eof();
  } else {
    error(is_public ? "missing-quote-before-doctype-public-identifier"
                    : "missing-quote-before-doctype-system-identifier");
    cur_.force_quirks = true;
    reconsume_in(S::kBogusDoctype);
  }
}

// 13.2.5.59/60 DOCTYPE public identifier (double-/single-quoted) states and
// 13.2.5.65/66 DOCTYPE system identifier (double-/single-quoted) states.
void Tokenizer::Impl::doctype_identifier_quoted_state(bool is_public, char quote) {
  const int c = consume();
  std::string& id = doctype_identifier(is_public);
  if (c == quote) {
    state_ = is_public ? S::kAfterDoctypePublicIdentifier : S::kAfterDoctypeSystemIdentifier;
  } else if (c == 0) {
    error("unexpected-null-character");
    id.append(kReplacement);
  } else if (c == '>') {
    error(is_public ? "abrupt-doctype-public-identifier" : "abrupt-doctype-system-identifier");
    state_ = S::kData;
    emit_doctype_quirks();
  } else if (c == kEof) {
    error("eof-in-doctype");
    emit_doctype_quirks();
    emit_eof();
  } else {
    id.push_back(static_cast<char>(c));
  }
}

// 13.2.5.61 After DOCTYPE public identifier state
void Tokenizer::Impl::after_doctype_public_identifier_state() {
  const int c = consume();
  if (is_tokenizer_whitespace(c)) {
    state_ = S::kBetweenDoctypePublicAndSystemIdentifiers;
  } else if (c == '>') {
    state_ = S::kData;
    emit_current();
  } else if (c == '"' || c == '\'') {
    error("missing-whitespace-between-doctype-public-and-system-identifiers");
    reconsume_in(S::kBeforeDoctypeSystemIdentifier);
  } else if (c == kEof) {
    error("eof-in-doctype");
    emit_doctype_quirks();
    emit_eof();
  } else {
    error("missing-quote-before-doctype-system-identifier");
    cur_.force_quirks = true;
    reconsume_in(S::kBogusDoctype);
  }
}

// 13.2.5.62 Between DOCTYPE public and system identifiers state
void Tokenizer::Impl::between_doctype_public_and_system_identifiers_state() {
  const int c = consume();
  if (is_tokenizer_whitespace(c)) return;
  if (c == '>') {
    state_ = S::kData;
    emit_current();
  } else if (c == '"' || c == '\'') {
    reconsume_in(S::kBeforeDoctypeSystemIdentifier);
  } else if (c == kEof) {
    error("eof-in-doctype");
    emit_doctype_quirks();
    emit_eof();
  } else {
    error("missing-quote-before-doctype-system-identifier");
    cur_.force_quirks = true;
    reconsume_in(S::kBogusDoctype);
  }
}

// 13.2.5.67 After DOCTYPE system identifier state
void Tokenizer::Impl::after_doctype_system_identifier_state() {
  const int c = consume();
  if (is_tokenizer_whitespace(c)) return;
  if (c == '>') {
    state_ = S::kData;
    emit_current();
  } else if (c == kEof) {
    error("eof-in-doctype");
    emit_doctype_quirks();
    emit_eof();
  } else {
    // Not a quirks trigger (the spec leaves force-quirks alone here).
    error("unexpected-character-after-doctype-system-identifier");
    reconsume_in(S::kBogusDoctype);
  }
}

// 13.2.5.68 Bogus DOCTYPE state
void Tokenizer::Impl::bogus_doctype_state() {
  const int c = consume();
  if (c == '>') {
    state_ = S::kData;
    emit_current();
  } else if (c == 0) {
    error("unexpected-null-character");
  } else if (c == kEof) {
    emit_current();
    emit_eof();
  }
}

// 13.2.5.69 CDATA section state
void Tokenizer::Impl::cdata_section_state() {
  emit_run(scan(kStopCdata));
  const int c = consume();
  if (c == ']') {
    state_ = S::kCdataSectionBracket;
  } else if (c == kEof) {
    error("eof-in-cdata");
    emit_eof();
  } else {
    emit_char(static_cast<char>(c));  // LF from a CR
  }
}

// 13.2.5.70 CDATA section bracket state
void Tokenizer::Impl::cdata_section_bracket_state() {
  const int c = consume();
  if (c == ']') {
    state_ = S::kCdataSectionEnd;
  } else {
    emit_char(']');
    reconsume_in(S::kCdataSection);
  }
}

// 13.2.5.71 CDATA section end state
void Tokenizer::Impl::cdata_section_end_state() {
  const int c = consume();
  if (c == ']') {
    emit_char(']');
  } else if (c == '>') {
    state_ = S::kData;
  } else {
    emit_chars("]]");
    reconsume_in(S::kCdataSection);
  }
}

// 13.2.5.72 Character reference state
void Tokenizer::Impl::character_reference_state() {
  temp_.assign(1, '&');
  const int c = consume();
  if (is_ascii_alnum(c)) {
    reconsume_in(S::kNamedCharacterReference);
  } else if (c == '#') {
    temp_.push_back('#');
    state_ = S::kNumericCharacterReference;
  } else {
    flush_char_ref(temp_);
    reconsume_in(return_state_);
  }
}

// 13.2.5.73 Named character reference state
void Tokenizer::Impl::named_character_reference_state() {
  // "Consume the maximum number of characters possible, where the consumed
  // characters are one of the identifiers in the named character references
  // table." Names are ASCII, so the raw bytes can be matched directly.
  prev_pos_ = pos_;
  const NamedRefMatch match = match_named_ref(in_.substr(pos_));
  if (match.length == 0) {
    flush_char_ref(temp_);
    state_ = S::kAmbiguousAmpersand;
    return;
  }
  const std::string_view name = in_.substr(pos_, match.length);
  pos_ += match.length;
  prev_pos_ = pos_;  // errors point just past the name
  const int next = pos_ < in_.size() ? static_cast<unsigned char>(in_[pos_]) : kEof;
  if (return_state_is_attribute() && !match.ends_with_semicolon &&
      (next == '=' || is_ascii_alnum(next))) {
    // Historical reasons: "&amp=" and "&ampx" in attributes stay literal.
    temp_.append(name.data(), name.size());
    flush_char_ref(temp_);
  } else {
    if (!match.ends_with_semicolon) error("missing-semicolon-after-character-reference");
    flush_char_ref(match.value);
  }
  state_ = return_state_;
}

// 13.2.5.74 Ambiguous ampersand state
void Tokenizer::Impl::ambiguous_ampersand_state() {
  const int c = consume();
  if (is_ascii_alnum(c)) {
    const char ch = static_cast<char>(c);
    flush_char_ref(std::string_view(&ch, 1));
  } else {
    if (c == ';') error("unknown-named-character-reference");
    reconsume_in(return_state_);
  }
}

// 13.2.5.75 Numeric character reference state
void Tokenizer::Impl::numeric_character_reference_state() {
  char_ref_code_ = 0;
  const int c = consume();
  if (c == 'x' || c == 'X') {
    temp_.push_back(static_cast<char>(c));
    state_ = S::kHexadecimalCharacterReferenceStart;
  } else {
    reconsume_in(S::kDecimalCharacterReferenceStart);
  }
}

// 13.2.5.76 Hexadecimal character reference start state
void Tokenizer::Impl::hexadecimal_character_reference_start_state() {
  const int c = consume();
  if (is_ascii_hex(c)) {
    reconsume_in(S::kHexadecimalCharacterReference);
  } else {
    error("absence-of-digits-in-numeric-character-reference");
    flush_char_ref(temp_);
    reconsume_in(return_state_);
  }
}

// 13.2.5.77 Decimal character reference start state
void Tokenizer::Impl::decimal_character_reference_start_state() {
  const int c = consume();
  if (is_ascii_digit(c)) {
    reconsume_in(S::kDecimalCharacterReference);
  } else {
    error("absence-of-digits-in-numeric-character-reference");
    flush_char_ref(temp_);
    reconsume_in(return_state_);
  }
}

// Past this the code is out of range whatever follows; saturating keeps
// "&#99999999999999;" from overflowing.
constexpr uint32_t kCharRefSaturation = 0x110000;

// 13.2.5.78 Hexadecimal character reference state
void Tokenizer::Impl::hexadecimal_character_reference_state() {
  const int c = consume();
  if (is_ascii_hex(c)) {
    const int digit = is_ascii_digit(c) ? c - '0' : (c | 0x20) - 'a' + 10;
    char_ref_code_ = char_ref_code_ >= kCharRefSaturation
                         ? kCharRefSaturation
                         : char_ref_code_ * 16 + static_cast<uint32_t>(digit);
  } else if (c == ';') {
    state_ = S::kNumericCharacterReferenceEnd;
  } else {
    error("missing-semicolon-after-character-reference");
    reconsume_in(S::kNumericCharacterReferenceEnd);
  }
}

// 13.2.5.79 Decimal character reference state
void Tokenizer::Impl::decimal_character_reference_state() {
  const int c = consume();
  if (is_ascii_digit(c)) {
    char_ref_code_ = char_ref_code_ >= kCharRefSaturation
                         ? kCharRefSaturation
                         : char_ref_code_ * 10 + static_cast<uint32_t>(c - '0');
  } else if (c == ';') {
    state_ = S::kNumericCharacterReferenceEnd;
  } else {
    error("missing-semicolon-after-character-reference");
    reconsume_in(S::kNumericCharacterReferenceEnd);
  }
}

// 13.2.5.80 Numeric character reference end state (consumes nothing)
void Tokenizer::Impl::numeric_character_reference_end_state() {
  const NumericRefResult r = resolve_numeric_ref(char_ref_code_);
  prev_pos_ = pos_;  // errors point just past the reference
  if (r.error) error(r.error);
  temp_.clear();
  append_utf8(temp_, r.code_point);
  flush_char_ref(temp_);
  state_ = return_state_;
}

// Runs the state machine until a non-character token or EOF is emitted.
void Tokenizer::Impl::run() {
  while (!cur_ready_ && !eof_reached_) {
    switch (state_) {
      case S::kData: data_state(); break;
      case S::kRcdata: rcdata_state(); break;
      case S::kRawtext: rawtext_state(); break;
      case S::kScriptData: script_data_state(); break;
      case S::kPlaintext: plaintext_state(); break;
      case S::kTagOpen: tag_open_state(); break;
      case S::kEndTagOpen: end_tag_open_state(); break;
      case S::kTagName: tag_name_state(); break;
      case S::kRcdataLessThanSign:
        text_less_than_sign_state(S::kRcdata, S::kRcdataEndTagOpen);
        break;
      case S::kRcdataEndTagOpen: text_end_tag_open_state(S::kRcdata, S::kRcdataEndTagName); break;
      case S::kRcdataEndTagName: text_end_tag_name_state(S::kRcdata); break;
      case S::kRawtextLessThanSign:
        text_less_than_sign_state(S::kRawtext, S::kRawtextEndTagOpen);
        break;
      case S::kRawtextEndTagOpen:
        text_end_tag_open_state(S::kRawtext, S::kRawtextEndTagName);
        break;
      case S::kRawtextEndTagName: text_end_tag_name_state(S::kRawtext); break;
      case S::kScriptDataLessThanSign: script_data_less_than_sign_state(); break;
      case S::kScriptDataEndTagOpen:
        text_end_tag_open_state(S::kScriptData, S::kScriptDataEndTagName);
        break;
      case S::kScriptDataEndTagName: text_end_tag_name_state(S::kScriptData); break;
      case S::kScriptDataEscapeStart: script_data_escape_start_state(); break;
      case S::kScriptDataEscapeStartDash: script_data_escape_start_dash_state(); break;
      case S::kScriptDataEscaped: script_data_escaped_state(); break;
      case S::kScriptDataEscapedDash: script_data_escaped_dash_state(); break;
      case S::kScriptDataEscapedDashDash: script_data_escaped_dash_dash_state(); break;
      case S::kScriptDataEscapedLessThanSign: script_data_escaped_less_than_sign_state(); break;
      case S::kScriptDataEscapedEndTagOpen:
        text_end_tag_open_state(S::kScriptDataEscaped, S::kScriptDataEscapedEndTagName);
        break;
      case S::kScriptDataEscapedEndTagName: text_end_tag_name_state(S::kScriptDataEscaped); break;
      case S::kScriptDataDoubleEscapeStart: script_data_double_escape_start_state(); break;
      case S::kScriptDataDoubleEscaped: script_data_double_escaped_state(); break;
      case S::kScriptDataDoubleEscapedDash: script_data_double_escaped_dash_state(); break;
      case S::kScriptDataDoubleEscapedDashDash: script_data_double_escaped_dash_dash_state(); break;
      case S::kScriptDataDoubleEscapedLessThanSign:
        script_data_double_escaped_less_than_sign_state();
        break;
      case S::kScriptDataDoubleEscapeEnd: script_data_double_escape_end_state(); break;
      case S::kBeforeAttributeName: before_attribute_name_state(); break;
      case S::kAttributeName: attribute_name_state(); break;
      case S::kAfterAttributeName: after_attribute_name_state(); break;
      case S::kBeforeAttributeValue: before_attribute_value_state(); break;
      case S::kAttributeValueDoubleQuoted:
        attribute_value_quoted_state<'"'>();
        break;
      case S::kAttributeValueSingleQuoted:
        attribute_value_quoted_state<'\''>();
        break;
      case S::kAttributeValueUnquoted: attribute_value_unquoted_state(); break;
      case S::kAfterAttributeValueQuoted: after_attribute_value_quoted_state(); break;
      case S::kSelfClosingStartTag: self_closing_start_tag_state(); break;
      case S::kBogusComment: bogus_comment_state(); break;
      case S::kMarkupDeclarationOpen: markup_declaration_open_state(); break;
      case S::kCommentStart: comment_start_state(); break;
      case S::kCommentStartDash: comment_start_dash_state(); break;
      case S::kComment: comment_state(); break;
      case S::kCommentLessThanSign: comment_less_than_sign_state(); break;
      case S::kCommentLessThanSignBang: comment_less_than_sign_bang_state(); break;
      case S::kCommentLessThanSignBangDash: comment_less_than_sign_bang_dash_state(); break;
      case S::kCommentLessThanSignBangDashDash:
        comment_less_than_sign_bang_dash_dash_state();
        break;
      case S::kCommentEndDash: comment_end_dash_state(); break;
      case S::kCommentEnd: comment_end_state(); break;
      case S::kCommentEndBang: comment_end_bang_state(); break;
      case S::kDoctype: doctype_state(); break;
      case S::kBeforeDoctypeName: before_doctype_name_state(); break;
      case S::kDoctypeName: doctype_name_state(); break;
      case S::kAfterDoctypeName: after_doctype_name_state(); break;
      case S::kAfterDoctypePublicKeyword: after_doctype_keyword_state(true); break;
      case S::kBeforeDoctypePublicIdentifier: before_doctype_identifier_state(true); break;
      case S::kDoctypePublicIdentifierDoubleQuoted:
        doctype_identifier_quoted_state(true, '"');
        break;
      case S::kDoctypePublicIdentifierSingleQuoted:
        doctype_identifier_quoted_state(true, '\'');
        break;
      case S::kAfterDoctypePublicIdentifier: after_doctype_public_identifier_state(); break;
      case S::kBetweenDoctypePublicAndSystemIdentifiers:
        between_doctype_public_and_system_identifiers_state();
        break;
      case S::kAfterDoctypeSystemKeyword: after_doctype_keyword_state(false); break;
      case S::kBeforeDoctypeSystemIdentifier: before_doctype_identifier_state(false); break;
      case S::kDoctypeSystemIdentifierDoubleQuoted:
        doctype_identifier_quoted_state(false, '"');
        break;
      case S::kDoctypeSystemIdentifierSingleQuoted:
        doctype_identifier_quoted_state(false, '\'');
        break;
      case S::kAfterDoctypeSystemIdentifier: after_doctype_system_identifier_state(); break;
      case S::kBogusDoctype: bogus_doctype_state(); break;
      case S::kCdataSection: cdata_section_state(); break;
      case S::kCdataSectionBracket: cdata_section_bracket_state(); break;
      case S::kCdataSectionEnd: cdata_section_end_state(); break;
      case S::kCharacterReference: character_reference_state(); break;
      case S::kNamedCharacterReference: named_character_reference_state(); break;
      case S::kAmbiguousAmpersand: ambiguous_ampersand_state(); break;
      case S::kNumericCharacterReference: numeric_character_reference_state(); break;
      case S::kHexadecimalCharacterReferenceStart:
        hexadecimal_character_reference_start_state();
        break;
      case S::kDecimalCharacterReferenceStart: decimal_character_reference_start_state(); break;
      case S::kHexadecimalCharacterReference: hexadecimal_character_reference_state(); break;
      case S::kDecimalCharacterReference: decimal_character_reference_state(); break;
      case S::kNumericCharacterReferenceEnd: numeric_character_reference_end_state(); break;
    }
  }
}

// ---- Public interface --------------------------------------------------------

Tokenizer::Tokenizer(std::string_view input, std::vector<ParseError>* errors_, uint32_t max_errors_)
    : impl_(new Impl(input, errors_, max_errors_)) {}

Tokenizer::~Tokenizer() { delete impl_; }

bool Tokenizer::next(Token& t) {
  Impl& m = *impl_;
  t.clear();
  // A character run's buffer circulates between `t` and the tokenizer; after
  // a very long run it is released, so that a parse does not hold two
  // buffers of the longest run on top of the DOM (peak memory, issue 3).
  if (t.data.capacity() > kMaxIdleTextBuffer) std::string().swap(t.data);
  if (m.eof_returned_) return false;
  if (!m.cur_ready_ && !m.eof_reached_) m.run();
  // Characters emitted before the pending token come first, as one run.
  if (!m.text_.empty()) {
    t.type = TokenType::kCharacter;
    t.data.swap(m.text_);  // m.text_ takes t's (cleared) buffer: no allocation
    m.text_position_set_ = false;
    t.line = m.text_line_;
    t.column = m.text_column_;
    return true;
  }
  if (m.cur_ready_) {
    m.hand_over(t);
    m.cur_ready_ = false;
    return true;
  }
  t.type = TokenType::kEof;
  m.position_of(m.in_.size(), t.line, t.column);
  m.eof_returned_ = true;
  return true;
}

void Tokenizer::set_state(State s) { impl_->state_ = static_cast<TokState>(s); }

void Tokenizer::set_last_start_tag(std::string_view lowercase_name) {
  impl_->last_start_tag_.assign(lowercase_name.data(), lowercase_name.size());
}

void Tokenizer::set_allow_cdata(bool allow) { impl_->allow_cdata_ = allow; }

}  // namespace reader::html
