#include "css/text_matcher.h"

#include "base/text.h"

namespace reader::css::detail {
std::shared_ptr<const TextMatcher> TextMatcher::parse(std::string_view arg, std::string* error) {
  arg = trim_html_space(arg);
  if (arg.empty()) {
    *error = "empty text argument";
    return nullptr;
  }
  auto m = std::make_shared<TextMatcher>();
  size_t last_slash = arg.rfind('/');
  if (arg.size() >= 2 && arg.front() == '/' && last_slash > 0) {
    std::string_view pattern = arg.substr(1, last_slash - 1);
    std::string_view flags = arg.substr(last_slash + 1);
    bool ignore_case = false;
    for (char f : flags) {
      if (f == 'i') {
        ignore_case = true;
      } else if (f == 'g') {
        // "global" means nothing for a yes/no test
      } else {
        *error = std::string("unsupported regex flag '") + f + "'";
        return nullptr;
      }
    }
    std::string reason;
    m->regex_ = TextRegex::compile(pattern, ignore_case, &reason);
    if (!m->regex_) {
      *error = "regex rejected: " + reason;
      return nullptr;
    }
    m->is_regex_ = true;
    return m;
  }
  m->needle_ = std::string(arg);
  return m;
}

bool TextMatcher::matches(std::string_view text) const {
  if (!is_regex_) return text.find(needle_) != std::string_view::npos;
  if (text.size() > kMaxRegexInputBytes) text = text.substr(0, kMaxRegexInputBytes);
  return regex_->search(text);
}

void collapsed_text(const dom::Document& doc, dom::NodeId element, size_t cap, std::string& out) {
  out.clear();
  bool pending_space = false;
  auto append = [&](std::string_view data) {
    for (char c : data) {
      if (is_html_space(c)) {
        pending_space = !out.empty();
        continue;
      }
      if (pending_space) {
        out.push_back(' ');
        pending_space = false;
      }
      out.push_back(c);
    }
  };
  if (doc.is_text(element)) {
    append(doc.data(element));
    return;
  }
  for (dom::NodeId n = doc.first_child(element); n != dom::kNoNode; n = doc.next_in_tree(n, element)) {
    if (!doc.is_text(n)) continue;
    append(doc.data(n));
    if (cap != 0 && out.size() >= cap) {
      out.resize(cap);
      return;
    }
  }
}

}  // namespace reader::css::detail
