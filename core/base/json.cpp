#include "base/json.h"

#include <algorithm>
#include <cmath>

// nlohmann's Grisu2 double formatting only (header-only, no parser, no
// printf): doubles print exactly as nlohmann::json's dump() printed them.
#include <nlohmann/detail/conversions/to_chars.hpp>

#include "base/ascii.h"
#include "base/utf8.h"

namespace reader::json {

namespace {

bool key_less(const Member& m, std::string_view key) { return std::string_view(m.key) < key; }

// The decimal digits of 2^1024 - 2^970, the midpoint between DBL_MAX and
// 2^1024 (as 0.DIGITS x 10^309): a decimal number at or above it rounds to
// infinity (ties to even: DBL_MAX's significand is odd), below it to a
// finite double. Generated with Python: str(2**1024 - 2**970).
constexpr std::string_view kOverflowDigits =
    "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017"
    "977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273"
    "854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704"
    "342711559699508093042880177904174497792";
constexpr long kOverflowExponent = 309;

int hex_value(char c) {
  if (is_ascii_digit(c)) return c - '0';
  const char l = ascii_lower(c);
  return l >= 'a' && l <= 'f' ? l - 'a' + 10 : -1;
}

}  // namespace

const Value* Value::find(std::string_view key) const {
  // From the back: of a parsed object's equal keys the last one counts.
  for (auto it = members_.rbegin(); it != members_.rend(); ++it) {
    if (it->key == key) return &it->value;
  }
  return nullptr;
}

Value& Value::operator[](std::string_view key) {
  if (type_ == Type::kNull) type_ = Type::kObject;
  auto it = std::lower_bound(members_.begin(), members_.end(), key, key_less);
  if (it == members_.end() || it->key != key) it = members_.insert(it, Member{std::string(key), Value()});
  return it->value;
}

void Value::push_back(Value v) {
  if (type_ == Type::kNull) type_ = Type::kArray;
  items_.push_back(std::move(v));
}

// --- parsing: RFC 8259, recursive descent bounded by kMaxParseDepth ---------

class Parser {
 public:
  explicit Parser(std::string_view s) : s_(s) {}

  bool document(Value& out) {
    if (s_.substr(0, 3) == "\xEF\xBB\xBF") i_ = 3;  // a byte order mark, as nlohmann skips it
    Value v;
    if (!value(v, 0)) return false;
    skip_space();
    if (i_ != s_.size()) return false;
    out = std::move(v);
    return true;
  }

 private:
  void skip_space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
  }
  bool eat(char c) {
    skip_space();
    if (i_ < s_.size() && s_[i_] == c) {
      ++i_;
      return true;
    }
    return false;
  }
  bool literal(std::string_view word) {
    if (s_.substr(i_, word.size()) != word) return false;
    i_ += word.size();
    return true;
  }

  bool value(Value& out, size_t depth) {
    skip_space();
    if (i_ >= s_.size()) return false;
    switch (s_[i_]) {
      case '{': return object(out, depth + 1);
      case '[': return array(out, depth + 1);
      case '"':
        out.type_ = Type::kString;
        return string(out.string_);
      case 't': out = Value(true); return literal("true");
      case 'f': out = Value(false); return literal("false");
      case 'n': out = Value(); return literal("null");
      default: return number(out);
    }
  }

  bool object(Value& out, size_t depth) {
    if (depth > kMaxParseDepth) return false;
    ++i_;  // '{'
    out = Value::object();
    std::vector<Member>& members = out.members_;
    if (!eat('}')) {
      do {
        skip_space();
        if (i_ >= s_.size() || s_[i_] != '"') return false;
        Member m;
        if (!string(m.key) || !eat(':') || !value(m.value, depth)) return false;
        members.push_back(std::move(m));
      } while (eat(','));
      if (!eat('}')) return false;
    }
    return true;
  }

  bool array(Value& out, size_t depth) {
    if (depth > kMaxParseDepth) return false;
    ++i_;  // '['
    out = Value::array();
    if (eat(']')) return true;
    do {
      out.items_.emplace_back();
      if (!value(out.items_.back(), depth)) return false;
    } while (eat(','));
    return eat(']');
  }

  // Four hex digits after "\u" (i_ on the first), or -1.
  long hex4() {
    if (i_ + 4 > s_.size()) return -1;
    long v = 0;
    for (int k = 0; k < 4; ++k) {
      const int h = hex_value(s_[i_ + k]);
      if (h < 0) return -1;
      v = v * 16 + h;
    }
    i_ += 4;
    return v;
  }

  bool string(std::string& out) {
    ++i_;  // '"'
    out.clear();
    for (;;) {
      const size_t start = i_;
      while (i_ < s_.size() && s_[i_] != '"' && s_[i_] != '\\' &&
             static_cast<unsigned char>(s_[i_]) >= 0x20) {
        ++i_;
      }
      out.append(s_.data() + start, i_ - start);
      if (i_ >= s_.size() || static_cast<unsigned char>(s_[i_]) < 0x20) return false;
      if (s_[i_++] == '"') break;
      if (i_ >= s_.size()) return false;
      const char e = s_[i_++];
      switch (e) {
        case '"': case '\\': case '/': out.push_back(e); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 't': out.push_back('\t'); break;
        case 'u': {
          long cp = hex4();
          if (cp < 0 || (cp >= 0xDC00 && cp <= 0xDFFF)) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (!literal("\\u")) return false;
            const long low = hex4();
            if (low < 0xDC00 || low > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          append_utf8(out, static_cast<uint32_t>(cp));
          break;
        }
        default: return false;
      }
    }
    // Raw bytes must be well-formed UTF-8. Escapes append whole sequences
    // (never a continuation byte first), so the decoded string is
    // well-formed exactly when the raw bytes were.
    return is_valid_utf8(out);
  }

  // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, kept as text; fails when
  // the value would overflow a double.
  bool number(Value& out) {
    const size_t start = i_;
    if (i_ < s_.size() && s_[i_] == '-') ++i_;
    if (!digit()) return false;
    // Significant digits (leading zeros dropped) and the decimal exponent of
    // the value as 0.DIGITS x 10^exponent.
    long exponent = 0;
    size_t first_nonzero = std::string_view::npos;
    const size_t int_start = i_;
    if (s_[i_] == '0') {
      ++i_;
    } else {
      while (digit()) ++i_;
    }
    const size_t int_end = i_;
    for (size_t k = int_start; k < int_end && first_nonzero == std::string_view::npos; ++k) {
      if (s_[k] != '0') first_nonzero = k;
    }
    if (first_nonzero != std::string_view::npos) exponent = static_cast<long>(int_end - first_nonzero);
    size_t frac_end = int_end;
    if (i_ < s_.size() && s_[i_] == '.') {
      ++i_;
      if (!digit()) return false;
      while (digit()) ++i_;
      frac_end = i_;
      if (first_nonzero == std::string_view::npos) {
        for (size_t k = int_end + 1; k < frac_end; ++k) {
          if (s_[k] != '0') {
            first_nonzero = k;
            exponent = -static_cast<long>(k - int_end - 1);
            break;
          }
        }
      }
    }
    if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
      ++i_;
      bool negative = false;
      if (i_ < s_.size() && (s_[i_] == '+' || s_[i_] == '-')) negative = s_[i_++] == '-';
      if (!digit()) return false;
      long e = 0;
      for (; digit(); ++i_) e = std::min(e * 10 + (s_[i_] - '0'), 1000000000L);
      exponent += negative ? -e : e;
    }
    if (first_nonzero != std::string_view::npos && exponent >= kOverflowExponent) {
      if (exponent > kOverflowExponent) return false;
      // Compare 0.DIGITS with 0.kOverflowDigits, digit by digit.
      std::string sig;
      for (size_t k = first_nonzero; k < frac_end; ++k) {
        if (s_[k] != '.') sig.push_back(s_[k]);
      }
      sig.erase(sig.find_last_not_of('0') + 1);
      if (sig >= kOverflowDigits) return false;
    }
    out = Value::number_text(std::string(s_.substr(start, i_ - start)));
    return true;
  }
  bool digit() const { return i_ < s_.size() && is_ascii_digit(s_[i_]); }

  std::string_view s_;
  size_t i_ = 0;
};

bool parse(std::string_view text, Value& out) { return Parser(text).document(out); }

// --- writing -------------------------------------------------------------------

namespace {

void append_valid_escaped(std::string_view s, std::string& out) {
  static constexpr char kHex[] = "0123456789abcdef";
  size_t run = 0;  // start of the bytes not yet copied
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s.data() + run, i - run);
    run = i + 1;
    out.push_back('\\');
    switch (c) {
      case '\b': out.push_back('b'); break;
      case '\t': out.push_back('t'); break;
      case '\n': out.push_back('n'); break;
      case '\f': out.push_back('f'); break;
      case '\r': out.push_back('r'); break;
      case '"': out.push_back('"'); break;
      case '\\': out.push_back('\\'); break;
      default:
        out += "u00";
        out.push_back(kHex[c >> 4]);
        out.push_back(kHex[c & 0xF]);
    }
  }
  out.append(s.data() + run, s.size() - run);
}

// `n` elements between `open` and `close`, each written by element(k, its
// indentation), laid out as nlohmann's dump() lays them out: "[]" or "{}"
// when empty; pretty, one element a line.
template <typename Element>
void dump_container(char open, char close, size_t n, int indent, size_t level, std::string& out,
                    Element element) {
  out.push_back(open);
  if (n == 0) {
    out.push_back(close);
    return;
  }
  const bool pretty = indent >= 0;
  const size_t inner = level + (pretty ? static_cast<size_t>(indent) : 0);
  for (size_t k = 0; k < n; ++k) {
    if (k > 0) out.push_back(',');
    if (pretty) {
      out.push_back('\n');
      out.append(inner, ' ');
    }
    element(k, inner);
  }
  if (pretty) {
    out.push_back('\n');
    out.append(level, ' ');
  }
  out.push_back(close);
}

}  // namespace

void append_escaped(std::string_view s, std::string& out) {
  if (is_valid_utf8(s)) {
    append_valid_escaped(s, out);
  } else {
    append_valid_escaped(repair_utf8(s), out);
  }
}

void dump_value(const Value& v, int indent, size_t level, std::string& out) {
  switch (v.type_) {
    case Type::kNull: out += "null"; return;
    case Type::kBoolean: out += v.boolean_ ? "true" : "false"; return;
    case Type::kInteger:
    case Type::kUnsigned: {
      char buf[24];
      char* end = buf + sizeof buf;
      char* p = end;
      const bool negative = v.type_ == Type::kInteger && v.integer_ < 0;
      unsigned long long n = v.type_ == Type::kUnsigned ? v.unsigned_
                             : negative ? 0ULL - static_cast<unsigned long long>(v.integer_)
                                        : static_cast<unsigned long long>(v.integer_);
      do {
        *--p = static_cast<char>('0' + n % 10);
        n /= 10;
      } while (n != 0);
      if (negative) *--p = '-';
      out.append(p, static_cast<size_t>(end - p));
      return;
    }
    case Type::kFloat: {
      if (!std::isfinite(v.float_)) {
        out += "null";
        return;
      }
      char buf[64];
      char* end = ::nlohmann::detail::to_chars(buf, buf + sizeof buf, v.float_);
      out.append(buf, static_cast<size_t>(end - buf));
      return;
    }
    case Type::kNumberText: out += v.string_; return;
    case Type::kString:
      out.push_back('"');
      append_escaped(v.string_, out);
      out.push_back('"');
      return;
    case Type::kArray:
      dump_container('[', ']', v.items_.size(), indent, level, out,
                     [&](size_t k, size_t inner) { dump_value(v.items_[k], indent, inner, out); });
      return;
    case Type::kObject:
      dump_container('{', '}', v.members_.size(), indent, level, out, [&](size_t k, size_t inner) {
        out.push_back('"');
        append_escaped(v.members_[k].key, out);
        out += indent >= 0 ? "\": " : "\":";
        dump_value(v.members_[k].value, indent, inner, out);
      });
      return;
  }
}

void dump(const Value& v, int indent, std::string& out) { dump_value(v, indent, 0, out); }

}  // namespace reader::json
