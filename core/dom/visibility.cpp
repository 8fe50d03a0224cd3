#include "dom/visibility.h"

#include <string>
#include <string_view>

#include "base/ascii.h"

namespace reader::dom {
namespace {


// display:none / visibility:hidden in an inline style, tolerant of spaces and case.
bool style_hides(std::string_view style) {
  std::string s;
  for (char c : style) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') s.push_back(ascii_lower(c));
  }
  return s.find("display:none") != std::string::npos ||
         s.find("visibility:hidden") != std::string::npos;
}


}  // namespace

bool is_hidden(const Document& doc, NodeId id) {
  if (!doc.is_element(id)) return false;
  // Most elements carry no attribute: three lookups saved (is_hidden runs
  // on every element of several passes).
  if (doc.attrs(id).empty()) return false;
  if (style_hides(doc.attr(id, "style"))) return true;
  if (doc.has_attr(id, "hidden")) return true;
  FoundAttr aria = doc.find_attr(id, "aria-hidden");
  if (aria && aria->value == "true") return !contains_ci(doc.attr(id, "class"), "fallback-image");
  return false;
}

}  // namespace reader::dom
