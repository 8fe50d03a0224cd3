#include "css/text_regex.h"

#include "base/text.h"

namespace reader::css {
namespace {

using Op = TextRegex::Op;
using Inst = TextRegex::Inst;
using CharClass = TextRegex::CharClass;

// Groups nested deeper than this are rejected: bounds the parser's recursion.
constexpr int kMaxGroupNesting = 64;
// Largest {n,m} count: std-style engines cap repeats similarly (V8: 2^31, but
// programs over kMaxRegexProgramSize are refused anyway).
constexpr int kMaxRepeat = 1000;
constexpr uint32_t kReplacement = 0xFFFD;

// UTF-8 -> code points; invalid bytes become U+FFFD.
std::vector<uint32_t> decode_utf8(std::string_view s) {
  std::vector<uint32_t> out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size()) {
      out.push_back(kReplacement);
      ++i;
      continue;
    }
    uint32_t cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    bool ok = true;
    for (int k = 1; k < len; ++k) {
      unsigned char c = static_cast<unsigned char>(s[i + k]);
      if ((c & 0xC0) != 0x80) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (c & 0x3F);
    }
    if (!ok) {
      out.push_back(kReplacement);
      ++i;
      continue;
    }
    out.push_back(cp);
    i += len;
  }
  return out;
}

uint32_t fold(uint32_t c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }
bool is_ascii_letter(uint32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }
bool is_word(uint32_t c) { return is_ascii_letter(c) || is_digit(c) || c == '_'; }
bool is_line_terminator(uint32_t c) { return c == 0x0A || c == 0x0D || c == 0x2028 || c == 0x2029; }

bool escape_matches(char e, uint32_t c) {
  switch (e) {
    case 'd': return is_digit(c);
    case 'D': return !is_digit(c);
    case 'w': return is_word(c);
    case 'W': return !is_word(c);
    case 's': return is_js_space(c);
    default: return !is_js_space(c);  // 'S'
  }
}

int hex_value(uint32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
  return -1;
}

struct Node {
  enum class Kind : uint8_t { kEmpty, kChar, kAny, kClass, kBegin, kEnd, kWordB, kNotWordB, kConcat, kAlt, kRepeat };
  Kind kind = Kind::kEmpty;
  uint32_t value = 0;  // code point or class index
  int min = 0, max = 0;  // kRepeat; max < 0: unbounded
  std::vector<int> kids;
};
using Kind = Node::Kind;

// ECMA-262 §22.2.1 Pattern grammar (subset), recursive descent over code points.
class Parser {
 public:
  Parser(std::vector<uint32_t> p, std::vector<CharClass>& classes) : p_(std::move(p)), classes_(classes) {}

  int parse(std::string* error) {
    int root = disjunction();
    if (root >= 0 && i_ < p_.size()) root = fail("unbalanced ')'");
    if (root < 0) *error = error_;
    return root;
  }
  std::vector<Node>& nodes() { return nodes_; }

 private:
  int fail(const char* msg) {
    if (error_.empty()) error_ = msg;
    return -1;
  }
  bool at_end() const { return i_ >= p_.size(); }
  uint32_t peek(size_t ahead = 0) const { return i_ + ahead < p_.size() ? p_[i_ + ahead] : 0; }
  int add(Node n) {
    nodes_.push_back(std::move(n));
    return static_cast<int>(nodes_.size() - 1);
  }
  int leaf(Kind k, uint32_t v = 0) {
    Node n;
    n.kind = k;
    n.value = v;
    return add(std::move(n));
  }
  int escape_class(char e) {
    CharClass c;
    c.escapes.push_back(e);
    classes_.push_back(std::move(c));
    return leaf(Kind::kClass, static_cast<uint32_t>(classes_.size() - 1));
  }

  int disjunction() {
    Node alt;
    alt.kind = Kind::kAlt;
    while (true) {
      int term = alternative();
      if (term < 0) return -1;
      alt.kids.push_back(term);
      if (peek() != '|' || at_end()) break;
      ++i_;
    }
    if (alt.kids.size() == 1) return alt.kids[0];
    return add(std::move(alt));
  }

  int alternative() {
    Node seq;
    seq.kind = Kind::kConcat;
    while (!at_end() && peek() != '|' && peek() != ')') {
      int t = term();
      if (t < 0) return -1;
      seq.kids.push_back(t);
    }
    return add(std::move(seq));
  }

  // Reads {n}, {n,}, {n,m} at i_; false (i_ unchanged) if not a quantifier.
  bool brace(int* min, int* max) {
    size_t save = i_;
    ++i_;
    auto number = [&](int* out) {
      if (!is_digit(peek())) return false;
      long v = 0;
      while (is_digit(peek())) {
        v = v * 10 + static_cast<long>(peek() - '0');
        if (v > kMaxRepeat + 1) v = kMaxRepeat + 1;
        ++i_;
      }
      *out = static_cast<int>(v);
      return true;
    };
    if (number(min)) {
      *max = *min;
      if (peek() == ',') {
        ++i_;
        if (!number(max)) *max = -1;
      }
      if (peek() == '}') {
        ++i_;
        return true;
      }
    }
    i_ = save;
    return false;
  }

  int term() {
    bool assertion = false;
    int atom_node = atom(&assertion);
    if (atom_node < 0) return -1;
    while (!at_end()) {
      int min = 0, max = 0;
      uint32_t c = peek();
      if (c == '*') { min = 0; max = -1; ++i_; }
      else if (c == '+') { min = 1; max = -1; ++i_; }
      else if (c == '?') { min = 0; max = 1; ++i_; }
      else if (c == '{' && brace(&min, &max)) {}
      else break;
      if (assertion) return fail("nothing to repeat");
      if (min > kMaxRepeat || max > kMaxRepeat) return fail("repeat count too large");
      if (max >= 0 && max < min) return fail("numbers out of order in {} quantifier");
      if (peek() == '?') ++i_;  // lazy: same answer for a yes/no search
      Node r;
      r.kind = Kind::kRepeat;
      r.min = min;
      r.max = max;
      r.kids.push_back(atom_node);
      atom_node = add(std::move(r));
      // Another quantifier right after one ("a**") is an error.
      uint32_t n = peek();
      int dummy_min, dummy_max;
      if (n == '*' || n == '+' || n == '?' || (n == '{' && brace(&dummy_min, &dummy_max))) {
        return fail("nothing to repeat");
      }
      break;
    }
    return atom_node;
  }

  int atom(bool* assertion) {
    uint32_t c = peek();
    switch (c) {
      case '^': ++i_; *assertion = true; return leaf(Kind::kBegin);
      case '$': ++i_; *assertion = true; return leaf(Kind::kEnd);
      case '.': ++i_; return leaf(Kind::kAny);
      case '*': case '+': case '?': return fail("nothing to repeat");
      case '[': return char_class();
      case '(': {
        ++i_;
        if (peek() == '?') {
          if (peek(1) == ':') {
            i_ += 2;
          } else if (peek(1) == '=' || peek(1) == '!') {
            return fail("lookahead is not supported");
          } else {
            return fail("lookbehind and named groups are not supported");
          }
        }
        if (++depth_ > kMaxGroupNesting) return fail("groups nested too deeply");
        int inner = disjunction();
        --depth_;
        if (inner < 0) return -1;
        if (peek() != ')' || at_end()) return fail("unbalanced '('");
        ++i_;
        return inner;
      }
      case '\\': {
        ++i_;
        if (at_end()) return fail("trailing backslash");
        uint32_t e = p_[i_];
        if (e == 'b' || e == 'B') {
          ++i_;
          *assertion = true;
          return leaf(e == 'b' ? Kind::kWordB : Kind::kNotWordB);
        }
        if (e == 'd' || e == 'D' || e == 'w' || e == 'W' || e == 's' || e == 'S') {
          ++i_;
          return escape_class(static_cast<char>(e));
        }
        uint32_t cp = 0;
        if (!character_escape(&cp)) return -1;
        return leaf(Kind::kChar, cp);
      }
      case '{': {
        int a, b;
        if (brace(&a, &b)) return fail("nothing to repeat");
        ++i_;
        return leaf(Kind::kChar, c);  // Annex B: a lone '{' is literal
      }
      default:
        ++i_;
        return leaf(Kind::kChar, c);
    }
  }

  // After '\\' (i_ at the escaped character): escapes denoting one character.
  bool character_escape(uint32_t* out) {
    uint32_t e = p_[i_++];
    switch (e) {
      case 'n': *out = '\n'; return true;
      case 'r': *out = '\r'; return true;
      case 't': *out = '\t'; return true;
      case 'f': *out = '\f'; return true;
      case 'v': *out = 0x0B; return true;
      case '0':
        if (is_digit(peek())) return fail("octal escapes are not supported") >= 0;
        *out = 0;
        return true;
      case 'x': case 'u': {
        int digits = e == 'x' ? 2 : 4;
        uint32_t v = 0;
        for (int k = 0; k < digits; ++k) {
          int h = hex_value(peek());
          if (h < 0) return fail(e == 'x' ? "malformed \\x escape" : "malformed \\u escape") >= 0;
          v = v * 16 + static_cast<uint32_t>(h);
          ++i_;
        }
        *out = v;
        return true;
      }
      case 'c':
        if (!is_ascii_letter(peek())) return fail("malformed \\c escape") >= 0;
        *out = peek() % 32;
        ++i_;
        return true;
      case 'k': return fail("named backreferences are not supported") >= 0;
      case 'p': case 'P': return fail("unicode property escapes are not supported") >= 0;
      default:
        if (e >= '1' && e <= '9') return fail("backreferences are not supported") >= 0;
        *out = e;  // identity escape
        return true;
    }
  }

  // One class member: a character (returns true, *cp set) or a class escape
  // (*escape set to d/D/w/W/s/S, *cp unset).
  bool class_atom(uint32_t* cp, char* escape) {
    *escape = 0;
    uint32_t c = p_[i_];
    if (c != '\\') {
      ++i_;
      *cp = c;
      return true;
    }
    ++i_;
    if (at_end()) return fail("trailing backslash") >= 0;
    uint32_t e = p_[i_];
    if (e == 'd' || e == 'D' || e == 'w' || e == 'W' || e == 's' || e == 'S') {
      ++i_;
      *escape = static_cast<char>(e);
      return true;
    }
    if (e == 'b') {  // backspace inside a class
      ++i_;
      *cp = 0x08;
      return true;
    }
    if (e == '-') {
      ++i_;
      *cp = '-';
      return true;
    }
    return character_escape(cp);
  }

  int char_class() {
    ++i_;  // '['
    CharClass cls;
    if (peek() == '^' && !at_end()) {
      cls.negated = true;
      ++i_;
    }
    while (true) {
      if (at_end()) return fail("unterminated character class");
      if (peek() == ']') {
        ++i_;
        break;
      }
      uint32_t lo = 0;
      char lo_escape = 0;
      if (!class_atom(&lo, &lo_escape)) return -1;
      if (peek() == '-' && i_ + 1 < p_.size() && peek(1) != ']') {
        ++i_;
        uint32_t hi = 0;
        char hi_escape = 0;
        if (!class_atom(&hi, &hi_escape)) return -1;
        if (lo_escape || hi_escape) {
          // Annex B: [\w-x] is \w, '-' and 'x'.
          if (lo_escape) cls.escapes.push_back(lo_escape); else cls.ranges.push_back({lo, lo});
          if (hi_escape) cls.escapes.push_back(hi_escape); else cls.ranges.push_back({hi, hi});
          cls.ranges.push_back({'-', '-'});
          continue;
        }
        if (lo > hi) return fail("range out of order in character class");
        cls.ranges.push_back({lo, hi});
        continue;
      }
      if (lo_escape) cls.escapes.push_back(lo_escape); else cls.ranges.push_back({lo, lo});
    }
    classes_.push_back(std::move(cls));
    return leaf(Kind::kClass, static_cast<uint32_t>(classes_.size() - 1));
  }

  std::vector<uint32_t> p_;
  size_t i_ = 0;
  int depth_ = 0;
  std::vector<Node> nodes_;
  std::vector<CharClass>& classes_;
  std::string error_;
};

// AST -> Thompson NFA program.
class Compiler {
 public:
  Compiler(const std::vector<Node>& nodes, std::vector<Inst>& program, bool ignore_case)
      : nodes_(nodes), program_(program), ignore_case_(ignore_case) {}

  bool emit(int id) {
    const Node& n = nodes_[static_cast<size_t>(id)];
    switch (n.kind) {
      case Kind::kEmpty: return true;
      case Kind::kChar: return push({Op::kChar, ignore_case_ ? fold(n.value) : n.value, 0});
      case Kind::kAny: return push({Op::kAny});
      case Kind::kClass: return push({Op::kClass, n.value, 0});
      case Kind::kBegin: return push({Op::kBegin});
      case Kind::kEnd: return push({Op::kEnd});
      case Kind::kWordB: return push({Op::kWordBoundary});
      case Kind::kNotWordB: return push({Op::kNotWordBoundary});
      case Kind::kConcat:
        for (int k : n.kids) {
          if (!emit(k)) return false;
        }
        return true;
      case Kind::kAlt: {
        std::vector<size_t> exits;
        for (size_t k = 0; k < n.kids.size(); ++k) {
          if (k + 1 < n.kids.size()) {
            size_t split = program_.size();
            if (!push({Op::kSplit})) return false;
            program_[split].arg = static_cast<uint32_t>(split + 1);
            if (!emit(n.kids[k])) return false;
            exits.push_back(program_.size());
            if (!push({Op::kJump})) return false;
            program_[split].arg2 = static_cast<uint32_t>(program_.size());
          } else if (!emit(n.kids[k])) {
            return false;
          }
        }
        for (size_t e : exits) program_[e].arg = static_cast<uint32_t>(program_.size());
        return true;
      }
      case Kind::kRepeat: {
        for (int k = 0; k < n.min; ++k) {
          if (!emit(n.kids[0])) return false;
        }
        if (n.max < 0) {  // x*: L: split(body, out); body; jump L
          size_t split = program_.size();
          if (!push({Op::kSplit})) return false;
          program_[split].arg = static_cast<uint32_t>(split + 1);
          if (!emit(n.kids[0])) return false;
          if (!push({Op::kJump, static_cast<uint32_t>(split), 0})) return false;
          program_[split].arg2 = static_cast<uint32_t>(program_.size());
          return true;
        }
        for (int k = n.min; k < n.max; ++k) {  // optional copies
          size_t split = program_.size();
          if (!push({Op::kSplit})) return false;
          program_[split].arg = static_cast<uint32_t>(split + 1);
          if (!emit(n.kids[0])) return false;
          program_[split].arg2 = static_cast<uint32_t>(program_.size());
        }
        return true;
      }
    }
    return false;
  }

  bool push(Inst inst) {
    if (program_.size() >= kMaxRegexProgramSize) return false;
    program_.push_back(inst);
    return true;
  }

 private:
  const std::vector<Node>& nodes_;
  std::vector<Inst>& program_;
  bool ignore_case_;
};

}  // namespace

std::optional<TextRegex> TextRegex::compile(std::string_view pattern, bool ignore_case,
                                            std::string* error) {
  if (pattern.empty()) {
    *error = "empty pattern";
    return std::nullopt;
  }
  if (pattern.size() > kMaxRegexPatternLength) {
    *error = "pattern too long";
    return std::nullopt;
  }
  TextRegex re;
  re.ignore_case_ = ignore_case;
  Parser parser(decode_utf8(pattern), re.classes_);
  int root = parser.parse(error);
  if (root < 0) return std::nullopt;
  Compiler compiler(parser.nodes(), re.program_, ignore_case);
  if (!compiler.emit(root) || !compiler.push({Op::kMatch})) {
    *error = "pattern too complex";
    return std::nullopt;
  }
  re.anchored_start_ = re.program_[0].op == Op::kBegin;
  return re;
}

bool TextRegex::class_matches(const CharClass& c, uint32_t cp) const {
  auto test = [&](uint32_t x) {
    for (const auto& r : c.ranges) {
      if (x >= r.first && x <= r.second) return true;
    }
    for (char e : c.escapes) {
      if (escape_matches(e, x)) return true;
    }
    return false;
  };
  bool in = test(cp);
  if (!in && ignore_case_ && is_ascii_letter(cp)) in = test(cp ^ 0x20);  // other ASCII case
  return c.negated ? !in : in;
}

// Pike VM: the set of live program counters advances one code point at a
// time; each pc is added at most once per position, so the work is
// O(text x program) and empty loops terminate.
bool TextRegex::search(std::string_view text) const {
  const std::vector<uint32_t> input = decode_utf8(text);
  const size_t n = input.size();
  std::vector<uint32_t> current, next, stack;
  std::vector<size_t> mark(program_.size(), static_cast<size_t>(-1));

  auto word_at = [&](size_t pos) { return pos < n && is_word(input[pos]); };
  // Follows epsilon edges from `pc` at position `pos`; true when kMatch is reached.
  auto add = [&](std::vector<uint32_t>& list, uint32_t start, size_t pos) {
    stack.clear();
    stack.push_back(start);
    while (!stack.empty()) {
      uint32_t pc = stack.back();
      stack.pop_back();
      if (mark[pc] == pos) continue;
      mark[pc] = pos;
      const Inst& in = program_[pc];
      switch (in.op) {
        case Op::kMatch: return true;
        case Op::kJump: stack.push_back(in.arg); break;
        case Op::kSplit:
          stack.push_back(in.arg2);
          stack.push_back(in.arg);
          break;
        case Op::kBegin:
          if (pos == 0) stack.push_back(pc + 1);
          break;
        case Op::kEnd:
          if (pos == n) stack.push_back(pc + 1);
          break;
        case Op::kWordBoundary:
        case Op::kNotWordBoundary: {
          bool boundary = (pos > 0 && word_at(pos - 1)) != word_at(pos);
          if (boundary == (in.op == Op::kWordBoundary)) stack.push_back(pc + 1);
          break;
        }
        default: list.push_back(pc); break;
      }
    }
    return false;
  };

  for (size_t pos = 0; pos <= n; ++pos) {
    if (pos == 0 || !anchored_start_) {
      if (add(current, 0, pos)) return true;
    }
    if (pos == n || current.empty()) {
      if (anchored_start_ || pos == n) return false;
      continue;
    }
    uint32_t c = input[pos];
    uint32_t folded = ignore_case_ ? fold(c) : c;
    next.clear();
    for (uint32_t pc : current) {
      const Inst& in = program_[pc];
      bool ok = in.op == Op::kChar    ? folded == in.arg
                : in.op == Op::kAny   ? !is_line_terminator(c)
                : in.op == Op::kClass ? class_matches(classes_[in.arg], c)
                                      : false;
      if (ok && add(next, pc + 1, pos + 1)) return true;
    }
    current.swap(next);
  }
  return false;
}

}  // namespace reader::css
