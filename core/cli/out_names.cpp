#include "cli/out_names.h"

#include <set>

namespace reader::cli {

std::string stem_of(const std::string& input) {
  if (input == "-") return "stdin";
  std::string name = input;
  while (name.size() > 1 && name.back() == '/') name.pop_back();
  const size_t slash = name.find_last_of('/');
  if (slash != std::string::npos) name = name.substr(slash + 1);
  const size_t dot = name.find_last_of('.');
  if (dot != std::string::npos && dot > 0) name = name.substr(0, dot);
  // "..", "/" and the like name no file of their own.
  if (name.empty() || name == "." || name == "/") return "page";
  return name;
}

std::vector<std::string> unique_stems(const std::vector<std::string>& inputs) {
  std::vector<std::string> stems;
  stems.reserve(inputs.size());
  // Every natural stem is reserved up front, so a suffixed name never takes
  // the name a later input would have had ("index", "index", "index-2").
  std::set<std::string> natural;
  for (const std::string& input : inputs) natural.insert(stem_of(input));
  std::set<std::string> taken;
  for (const std::string& input : inputs) {
    const std::string stem = stem_of(input);
    std::string name = stem;
    if (taken.count(name)) {
      for (int k = 2;; ++k) {
        name = stem + "-" + std::to_string(k);
        if (!taken.count(name) && !natural.count(name)) break;
      }
    }
    taken.insert(name);
    stems.push_back(name);
  }
  return stems;
}

}  // namespace reader::cli
