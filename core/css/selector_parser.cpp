#include "css/selector_parser.h"

#include <algorithm>

#include "base/ascii.h"
#include "base/text.h"
#include "base/utf8.h"
#include "css/text_matcher.h"

namespace reader::css::detail {
namespace {

// An+B coefficients above this are clamped: no element has a billion siblings,
// and the cap keeps the int64 arithmetic far from overflow.
constexpr int64_t kMaxNthValue = 1'000'000'000;

bool is_hex(char c) {
  return is_ascii_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
// CSS Syntax §4.2 "ident-start code point" / "ident code point".
bool is_name_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}
bool is_name(char c) { return is_name_start(c) || is_ascii_digit(c) || c == '-'; }



// Cheapest tests first, so a compound fails fast; :has and :has-text walk
// subtrees and go last.
int cost(SimpleKind k) {
  switch (k) {
    case SimpleKind::kType: return 0;
    case SimpleKind::kId: return 1;
    case SimpleKind::kClass: return 2;
    case SimpleKind::kAttrExists: case SimpleKind::kAttrEquals: case SimpleKind::kAttrIncludes:
    case SimpleKind::kAttrDashMatch: case SimpleKind::kAttrPrefix: case SimpleKind::kAttrSuffix:
    case SimpleKind::kAttrSubstring:
      return 3;
    case SimpleKind::kNot: case SimpleKind::kIs: return 5;
    case SimpleKind::kHas: return 6;
    case SimpleKind::kHasText: return 7;
    default: return 4;  // structural pseudo-classes
  }
}

// HTML §4.16.2 "Case-sensitivity of selectors": attribute selectors on HTML
// elements compare these attributes' values ASCII case-insensitively unless
// the selector says ` s`.
bool is_html_case_insensitive_attribute(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "accept", "accept-charset", "align", "alink", "axis", "bgcolor", "charset", "checked",
      "clear", "codetype", "color", "compact", "declare", "defer", "dir", "direction",
      "disabled", "enctype", "face", "frame", "hreflang", "http-equiv", "lang", "language",
      "link", "media", "method", "multiple", "nohref", "noresize", "noshade", "nowrap",
      "readonly", "rel", "rev", "rules", "scope", "scrolling", "selected", "shape", "target",
      "text", "type", "valign", "valuetype", "vlink"};
  for (std::string_view n : kNames) {
    if (n == name) return true;
  }
  return false;
}

bool is_procedural_operator(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "has-text", "-abp-contains", "-abp-has", "-abp-properties", "contains", "upward",
      "xpath", "matches-css", "matches-css-before", "matches-css-after", "style", "remove",
      "remove-attr", "remove-class", "min-text-length", "watch-attr", "watch-attrs", "others",
      "matches-attr", "matches-media", "matches-path", "matches-prop", "nth-ancestor", "if",
      "if-not", "shadow", "spath"};
  for (std::string_view n : kNames) {
    if (n == name) return true;
  }
  return false;
}

class Parser {
 public:
  Parser(std::string_view text, const SelectorParseOptions& options)
      : text_(text), options_(options) {}

  bool parse(CompiledList& out) {
    skip_ws();
    if (!parse_list(/*relative=*/false, out.selectors)) return false;
    skip_ws();
    if (!at_end()) return fail(pos_, peek() == ')' ? "unexpected ')'" : unexpected_message());
    return true;
  }

  const SelectorError& error() const { return error_; }

 private:
  bool at_end() const { return pos_ >= text_.size(); }
  char peek(size_t ahead = 0) const {
    return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
  }

  bool fail(size_t position, std::string message) {
    if (!failed_) {
      failed_ = true;
      error_.position = position;
      error_.message = std::move(message);
    }
    return false;
  }

  std::string unexpected_message() const {
    if (at_end()) return "unexpected end of selector";
    char c = peek();
    if (static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7F) {
      return std::string("unexpected character '") + c + "'";
    }
    return "unexpected character";
  }

  // Skips whitespace and comments; true when whitespace (not only comments)
  // was skipped, since whitespace is the descendant combinator.
  bool skip_ws() {
    bool saw_space = false;
    while (!at_end()) {
      if (is_html_space(peek())) {
        saw_space = true;
        ++pos_;
      } else if (peek() == '/' && peek(1) == '*') {
        skip_comment();
      } else {
        break;
      }
    }
    return saw_space;
  }

  void skip_comment() {
    size_t end = text_.find("*/", pos_ + 2);
    pos_ = end == std::string_view::npos ? text_.size() : end + 2;
  }

  // CSS Syntax §4.3.8 "check if two code points are a valid escape".
  bool valid_escape_at(size_t p) const {
    return p + 1 < text_.size() && text_[p] == '\\' && text_[p + 1] != '\n';
  }
  // §4.3.9 "check if three code points would start an ident sequence".
  bool starts_ident_at(size_t p) const {
    if (p >= text_.size()) return false;
    char c = text_[p];
    if (c == '-') {
      if (p + 1 >= text_.size()) return false;
      char n = text_[p + 1];
      return is_name_start(n) || n == '-' || valid_escape_at(p + 1);
    }
    return is_name_start(c) || valid_escape_at(p);
  }

  // §4.3.7 "consume an escaped code point"; pos_ is just past the backslash.
  void consume_escape(std::string& out) {
    if (at_end()) {
      reader::append_utf8(out, 0xFFFD);
      return;
    }
    if (is_hex(peek())) {
      uint32_t cp = 0;
      for (int k = 0; k < 6 && !at_end() && is_hex(peek()); ++k) {
        char c = peek();
        cp = cp * 16 + static_cast<uint32_t>(is_ascii_digit(c) ? c - '0' : ascii_lower(c) - 'a' + 10);
        ++pos_;
      }
      if (!at_end() && is_html_space(peek())) ++pos_;
      if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = 0xFFFD;
      reader::append_utf8(out, cp);
      return;
    }
    out.push_back(peek());
    ++pos_;
  }

  // §4.3.11 "consume an ident sequence"; caller checked starts_ident_at(pos_).
  std::string consume_ident() {
    std::string out;
    while (!at_end()) {
      char c = peek();
      if (is_name(c)) {
        out.push_back(c);
        ++pos_;
      } else if (valid_escape_at(pos_)) {
        ++pos_;
        consume_escape(out);
      } else {
        break;
      }
    }
    return out;
  }

  // §4.3.5 "consume a string token"; pos_ is at the opening quote.
  bool consume_string(std::string& out) {
    size_t start = pos_;
    char quote = peek();
    ++pos_;
    while (true) {
      if (at_end()) return fail(start, "unterminated string");
      char c = peek();
      if (c == quote) {
        ++pos_;
        return true;
      }
      if (c == '\n') return fail(pos_, "newline in string");
      if (c == '\\') {
        ++pos_;
        if (at_end()) continue;
        if (peek() == '\n') {  // escaped newline: line continuation
          ++pos_;
          continue;
        }
        consume_escape(out);
        continue;
      }
      out.push_back(c);
      ++pos_;
    }
  }

  static Combinator combinator_of(char c) {
    switch (c) {
      case '>': return Combinator::kChild;
      case '+': return Combinator::kNextSibling;
      default: return Combinator::kSubsequentSibling;
    }
  }

  bool parse_list(bool relative, std::vector<ComplexSelector>& out) {
    while (true) {
      ComplexSelector complex;
      if (!parse_complex(relative, complex)) return false;
      out.push_back(std::move(complex));
      skip_ws();
      if (peek() != ',') return true;
      ++pos_;
      skip_ws();
    }
  }

  // Selectors 4 §17: <complex-selector> / <relative-selector>.
  bool parse_complex(bool relative, ComplexSelector& out) {
    std::vector<Compound> left_to_right;
    std::vector<Combinator> between;  // between[k]: left_to_right[k] ? left_to_right[k+1]
    Combinator leading = Combinator::kDescendant;
    if (relative && (peek() == '>' || peek() == '+' || peek() == '~')) {
      leading = combinator_of(peek());
      ++pos_;
      skip_ws();
    }
    Compound first;
    if (!parse_compound(first)) return false;
    left_to_right.push_back(std::move(first));
    while (true) {
      bool space = skip_ws();
      char c = peek();
      if (at_end() || c == ',' || c == ')') break;
      Combinator comb;
      if (c == '>' || c == '+' || c == '~') {
        comb = combinator_of(c);
        ++pos_;
        skip_ws();
      } else if (c == '|' && peek(1) == '|') {
        return fail(pos_, "the column combinator '||' is not supported");
      } else if (space) {
        comb = Combinator::kDescendant;
      } else {
        return fail(pos_, unexpected_message());
      }
      Compound next;
      if (!parse_compound(next)) return false;
      between.push_back(comb);
      left_to_right.push_back(std::move(next));
    }
    for (size_t k = left_to_right.size(); k-- > 0;) {
      Compound c = std::move(left_to_right[k]);
      c.combinator = k > 0 ? between[k - 1] : leading;
      out.compounds.push_back(std::move(c));
    }
    if (relative) {
      Compound anchor;
      anchor.is_anchor = true;
      out.compounds.push_back(std::move(anchor));
      out.relative = true;
    }
    return true;
  }

  // Selectors 4 §17: <compound-selector>.
  bool parse_compound(Compound& out) {
    bool any = false;
    if (peek() == '*') {
      if (peek(1) == '|') return fail(pos_, "namespace prefixes are not supported");
      ++pos_;
      any = true;
    } else if (peek() == '|') {
      return fail(pos_, "namespace prefixes are not supported");
    } else if (starts_ident_at(pos_)) {
      SimpleSelector s;
      s.kind = SimpleKind::kType;
      s.raw_name = consume_ident();
      s.name = to_lower_ascii(s.raw_name);
      if (peek() == '|') return fail(pos_, "namespace prefixes are not supported");
      out.simples.push_back(std::move(s));
      any = true;
    }
    while (!at_end()) {
      char c = peek();
      if (c == '#' || c == '.') {
        size_t at = pos_;
        ++pos_;
        if (!starts_ident_at(pos_)) {
          return fail(at, c == '#' ? "expected an identifier after '#'"
                                   : "expected a class name after '.'");
        }
        SimpleSelector s;
        s.kind = c == '#' ? SimpleKind::kId : SimpleKind::kClass;
        s.name = consume_ident();
        out.simples.push_back(std::move(s));
      } else if (c == '[') {
        if (!parse_attribute(out)) return false;
      } else if (c == ':') {
        if (!parse_pseudo(out)) return false;
      } else if (c == '/' && peek(1) == '*') {
        skip_comment();
        continue;
      } else if (c == '*' || (any && starts_ident_at(pos_))) {
        return fail(pos_, "a type or universal selector must come first in a compound selector");
      } else {
        break;
      }
      any = true;
    }
    if (!any) {
      bool list_end = at_end() || peek() == ',' || peek() == ')';
      return fail(pos_, list_end ? "expected a selector" : unexpected_message());
    }
    std::stable_sort(out.simples.begin(), out.simples.end(),
                     [](const SimpleSelector& a, const SimpleSelector& b) {
                       return cost(a.kind) < cost(b.kind);
                     });
    return true;
  }

  // Selectors 4 §6: [name], [name op value], [name op value i|s].
  bool parse_attribute(Compound& out) {
    size_t open = pos_;
    ++pos_;
    skip_ws();
    if (peek() == '*' || peek() == '|') return fail(pos_, "namespace prefixes are not supported");
    if (!starts_ident_at(pos_)) return fail(pos_, "expected an attribute name");
    SimpleSelector s;
    s.raw_name = consume_ident();
    s.name = to_lower_ascii(s.raw_name);
    if (peek() == '|' && peek(1) != '=') return fail(pos_, "namespace prefixes are not supported");
    skip_ws();
    if (peek() == ']') {
      ++pos_;
      s.kind = SimpleKind::kAttrExists;
      out.simples.push_back(std::move(s));
      return true;
    }
    char op = peek();
    if (op == '=') {
      s.kind = SimpleKind::kAttrEquals;
      ++pos_;
    } else if ((op == '~' || op == '|' || op == '^' || op == '$' || op == '*') && peek(1) == '=') {
      s.kind = op == '~'   ? SimpleKind::kAttrIncludes
               : op == '|' ? SimpleKind::kAttrDashMatch
               : op == '^' ? SimpleKind::kAttrPrefix
               : op == '$' ? SimpleKind::kAttrSuffix
                           : SimpleKind::kAttrSubstring;
      pos_ += 2;
    } else if (at_end()) {
      return fail(open, "unterminated attribute selector");
    } else {
      return fail(pos_, "expected an attribute operator or ']'");
    }
    skip_ws();
    if (peek() == '"' || peek() == '\'') {
      if (!consume_string(s.value)) return false;
    } else if (starts_ident_at(pos_)) {
      s.value = consume_ident();
    } else {
      return fail(pos_, "attribute value must be an identifier or a quoted string");
    }
    skip_ws();
    s.html_case_insensitive = is_html_case_insensitive_attribute(s.name);
    if (starts_ident_at(pos_)) {
      size_t flag_at = pos_;
      std::string flag = to_lower_ascii(consume_ident());
      s.html_case_insensitive = false;
      if (flag == "i") {
        s.case_insensitive = true;
        s.value = to_lower_ascii(s.value);
      } else if (flag != "s") {
        return fail(flag_at, "unknown attribute selector flag '" + flag + "'");
      }
      skip_ws();
    }
    if (peek() != ']') {
      return fail(at_end() ? open : pos_,
                  at_end() ? "unterminated attribute selector" : "expected ']'");
    }
    ++pos_;
    out.simples.push_back(std::move(s));
    return true;
  }

  static SimpleSelector nth(SimpleKind kind, int64_t a, int64_t b) {
    SimpleSelector s;
    s.kind = kind;
    s.a = a;
    s.b = b;
    return s;
  }

  std::string unsupported(std::string_view name, bool functional) const {
    std::string shown = ":" + std::string(name) + (functional ? "()" : "");
    if (is_procedural_operator(name)) {
      if (!options_.procedural &&
          (name == "has-text" || name == "-abp-contains" || name == "-abp-has")) {
        return "'" + shown + "' is an ad-blocker procedural operator, only valid in cosmetic filters";
      }
      return "unsupported procedural operator '" + shown + "'";
    }
    return "unsupported pseudo-class '" + shown + "'";
  }

  bool parse_pseudo(Compound& out) {
    size_t start = pos_;
    ++pos_;
    if (peek() == ':') return fail(start, "pseudo-elements are not supported");
    if (!starts_ident_at(pos_)) return fail(pos_, "expected a pseudo-class name");
    std::string name = to_lower_ascii(consume_ident());
    if (peek() == '(') {
      ++pos_;
      return parse_functional(name, start, out);
    }
    SimpleSelector s;
    if (name == "first-child") {
      s = nth(SimpleKind::kNthChild, 0, 1);
    } else if (name == "last-child") {
      s = nth(SimpleKind::kNthLastChild, 0, 1);
    } else if (name == "only-child") {
      s.kind = SimpleKind::kOnlyChild;
    } else if (name == "first-of-type") {
      s = nth(SimpleKind::kNthOfType, 0, 1);
    } else if (name == "last-of-type") {
      s = nth(SimpleKind::kNthLastOfType, 0, 1);
    } else if (name == "only-of-type") {
      s.kind = SimpleKind::kOnlyOfType;
    } else if (name == "empty") {
      s.kind = SimpleKind::kEmpty;
    } else if (name == "root") {
      s.kind = SimpleKind::kRoot;
    } else if (name == "scope") {
      s.kind = SimpleKind::kScope;
    } else {
      return fail(start, unsupported(name, false));
    }
    out.simples.push_back(std::move(s));
    return true;
  }

  bool expect_close_paren() {
    skip_ws();
    if (peek() != ')') return fail(pos_, at_end() ? "expected ')'" : unexpected_message() + ", expected ')'");
    ++pos_;
    return true;
  }

  // pos_ is just past '('.
  bool parse_functional(const std::string& name, size_t start, Compound& out) {
    if (depth_ >= kMaxSelectorNesting) return fail(start, "selectors nested too deeply");
    SimpleSelector s;
    if (name == "not" || name == "is" || name == "where" || name == "has" ||
        (options_.procedural && name == "-abp-has")) {
      bool relative = name == "has" || name == "-abp-has";
      s.kind = name == "not" ? SimpleKind::kNot : relative ? SimpleKind::kHas : SimpleKind::kIs;
      skip_ws();
      ++depth_;
      bool ok = parse_list(relative, s.list);
      --depth_;
      if (!ok || !expect_close_paren()) return false;
    } else if (name == "nth-child" || name == "nth-last-child" || name == "nth-of-type" ||
               name == "nth-last-of-type") {
      s.kind = name == "nth-child"        ? SimpleKind::kNthChild
               : name == "nth-last-child" ? SimpleKind::kNthLastChild
               : name == "nth-of-type"    ? SimpleKind::kNthOfType
                                          : SimpleKind::kNthLastOfType;
      skip_ws();
      if (!parse_an_plus_b(s.a, s.b)) return false;
      skip_ws();
      bool child_kind = s.kind == SimpleKind::kNthChild || s.kind == SimpleKind::kNthLastChild;
      if (child_kind && starts_ident_at(pos_)) {
        size_t of_at = pos_;
        if (to_lower_ascii(consume_ident()) != "of") return fail(of_at, "expected 'of' or ')'");
        skip_ws();
        ++depth_;
        bool ok = parse_list(/*relative=*/false, s.list);
        --depth_;
        if (!ok) return false;
      }
      if (!expect_close_paren()) return false;
    } else if (options_.procedural && (name == "has-text" || name == "-abp-contains")) {
      size_t arg_begin = pos_;
      size_t arg_end = 0;
      if (!scan_raw_argument(start, &arg_end)) return false;
      std::string why;
      s.kind = SimpleKind::kHasText;
      s.text = TextMatcher::parse(text_.substr(arg_begin, arg_end - arg_begin), &why);
      if (!s.text) return fail(arg_begin, ":" + name + "(): " + why);
      pos_ = arg_end + 1;
    } else {
      return fail(start, unsupported(name, true));
    }
    out.simples.push_back(std::move(s));
    return true;
  }

  // Raw argument of a procedural operator: up to the ')' that balances the
  // opening one, honouring backslash escapes and, in a /regex/, character
  // classes ("/[)]/" holds no closing parenthesis).
  bool scan_raw_argument(size_t start, size_t* end) {
    int depth = 1;
    size_t first = pos_;
    while (first < text_.size() && is_html_space(text_[first])) ++first;
    const bool regex = first < text_.size() && text_[first] == '/';
    bool in_class = false;
    for (size_t p = pos_; p < text_.size(); ++p) {
      char c = text_[p];
      if (c == '\\') {
        ++p;
      } else if (regex && in_class) {
        if (c == ']') in_class = false;
      } else if (regex && c == '[') {
        in_class = true;
      } else if (c == '(') {
        ++depth;
      } else if (c == ')' && --depth == 0) {
        *end = p;
        return true;
      }
    }
    return fail(start, "unterminated argument, expected ')'");
  }

  bool read_integer(int64_t* out) {
    if (!is_ascii_digit(peek())) return false;
    int64_t v = 0;
    while (is_ascii_digit(peek())) {
      v = std::min<int64_t>(v * 10 + (peek() - '0'), kMaxNthValue);
      ++pos_;
    }
    *out = v;
    return true;
  }

  // CSS Syntax §6 "The An+B microsyntax", read from characters: odd | even |
  // [+|-]? <integer>? n [ [+|-] <integer> ]? | [+|-]? <integer>.
  bool parse_an_plus_b(int64_t& a, int64_t& b) {
    size_t start = pos_;
    if (starts_ident_at(pos_)) {
      std::string word = to_lower_ascii(consume_ident());
      if (word == "odd" || word == "even") {
        a = 2;
        b = word == "odd" ? 1 : 0;
        return true;
      }
      pos_ = start;
    }
    int64_t sign = 1;
    if (peek() == '+' || peek() == '-') {
      sign = peek() == '-' ? -1 : 1;
      ++pos_;
    }
    int64_t number = 0;
    bool has_number = read_integer(&number);
    if (peek() == 'n' || peek() == 'N') {
      ++pos_;
      a = sign * (has_number ? number : 1);
      b = 0;
      size_t after_n = pos_;
      skip_ws();
      if (peek() == '+' || peek() == '-') {
        int64_t b_sign = peek() == '-' ? -1 : 1;
        ++pos_;
        skip_ws();
        int64_t value = 0;
        if (!read_integer(&value)) return fail(pos_, "expected an integer in An+B");
        b = b_sign * value;
      } else {
        pos_ = after_n;
      }
      return true;
    }
    if (!has_number) return fail(start, "expected An+B (e.g. 2n+1, odd, even)");
    a = 0;
    b = sign * number;
    return true;
  }

  std::string_view text_;
  SelectorParseOptions options_;
  size_t pos_ = 0;
  int depth_ = 0;
  bool failed_ = false;
  SelectorError error_;
};

}  // namespace

std::shared_ptr<const CompiledList> parse_selector_list(std::string_view text,
                                                        const SelectorParseOptions& options,
                                                        SelectorError* error) {
  auto out = std::make_shared<CompiledList>();
  Parser parser(text, options);
  if (!parser.parse(*out)) {
    if (error) *error = parser.error();
    return nullptr;
  }
  return out;
}

}  // namespace reader::css::detail
