#include "serialize/markdown_escape.h"

#include <algorithm>

namespace reader::serialize::markdown {
namespace {

bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Longest entity name we look for after '&' (the longest named reference,
// "&CounterClockwiseContourIntegral;", has 31 characters before ';').
constexpr size_t kMaxEntityLength = 32;

// True when s[i] == '&' starts "&name;" or "&#123;" (CommonMark 6.2).
bool starts_entity(std::string_view s, size_t i) {
  size_t j = i + 1;
  if (j < s.size() && s[j] == '#') ++j;
  size_t start = j;
  while (j < s.size() && j - start <= kMaxEntityLength && is_ascii_alnum(s[j])) ++j;
  return j > start && j < s.size() && s[j] == ';';
}

}  // namespace

size_t longest_run(std::string_view s, char c) {
  size_t best = 0, run = 0;
  for (char x : s) {
    run = (x == c) ? run + 1 : 0;
    best = std::max(best, run);
  }
  return best;
}

void append_escaped_text(std::string_view s, char prev, std::string& out) {
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const char next = i + 1 < s.size() ? s[i + 1] : 0;
    bool escape = false;
    switch (c) {
      case '\\': case '`': case '*': case '[': case ']': case '~':
        escape = true;
        break;
      case '_':  // intraword '_' never delimits emphasis (CommonMark 6.2)
        escape = !is_ascii_alnum(prev) || !is_ascii_alnum(next);
        break;
      case '<':  // raw HTML or autolink start (CommonMark 6.5, 6.6)
        escape = is_ascii_alpha(next) || next == '/' || next == '!' || next == '?';
        break;
      case '&':
        escape = starts_entity(s, i);
        break;
      default:
        break;
    }
    if (escape) out.push_back('\\');
    out.push_back(c);
    prev = c;
  }
}

void escape_line_start(std::string& line) {
  if (line.empty()) return;
  const char c = line[0];
  auto only = [&](char a) {
    return line.find_first_not_of(std::string{a, ' ', '\t'}) == std::string::npos;
  };
  switch (c) {
    case '#': case '>':
      line.insert(line.begin(), '\\');
      return;
    case '-': case '+':
      if (line.size() == 1 || line[1] == ' ' || line[1] == '\t' || (c == '-' && only('-'))) {
        line.insert(line.begin(), '\\');
      }
      return;
    case '=':
      if (only('=')) line.insert(line.begin(), '\\');
      return;
    default:
      break;
  }
  // Ordered list marker: 1-9 digits then '.' or ')' then space or end.
  constexpr size_t kMaxListDigits = 9;
  size_t digits = 0;
  while (digits < line.size() && digits <= kMaxListDigits && line[digits] >= '0' &&
         line[digits] <= '9') {
    ++digits;
  }
  if (digits == 0 || digits > kMaxListDigits || digits >= line.size()) return;
  if (line[digits] != '.' && line[digits] != ')') return;
  if (digits + 1 == line.size() || line[digits + 1] == ' ' || line[digits + 1] == '\t') {
    line.insert(line.begin() + static_cast<std::ptrdiff_t>(digits), '\\');
  }
}

void append_destination(std::string_view url, std::string& out) {
  static const char kHex[] = "0123456789ABCDEF";
  for (char c : url) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7F || c == '(' || c == ')' || c == '<' || c == '>' || c == '\\') {
      out.push_back('%');
      out.push_back(kHex[u >> 4]);
      out.push_back(kHex[u & 0xF]);
    } else {
      out.push_back(c);
    }
  }
}

void append_title(std::string_view title, std::string& out) {
  if (title.empty()) return;
  out.append(" \"");
  for (char c : title) {
    if (c == '"' || c == '\\') out.push_back('\\');
    out.push_back(c == '\n' || c == '\r' ? ' ' : c);
  }
  out.push_back('"');
}

void append_code_span(std::string_view code, std::string& out) {
  std::string content(code);
  for (char& c : content) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  if (content.empty()) return;
  const std::string fence(longest_run(content, '`') + 1, '`');
  const bool all_spaces = content.find_first_not_of(' ') == std::string::npos;
  // One space is stripped from each side when both sides have one, so pad
  // then; also pad when the content touches the fence with a backtick.
  const bool pad = content.front() == '`' || content.back() == '`' ||
                   (!all_spaces && content.front() == ' ' && content.back() == ' ');
  out.append(fence);
  if (pad) out.push_back(' ');
  out.append(content);
  if (pad) out.push_back(' ');
  out.append(fence);
}

std::string code_fence(std::string_view code) {
  constexpr size_t kMinFence = 3;  // CommonMark: a code fence is >= 3 backticks
  return std::string(std::max(kMinFence, longest_run(code, '`') + 1), '`');
}

}  // namespace reader::serialize::markdown
