#include "reader_page/labels.h"

#include <utility>

#include <nlohmann/json.hpp>

namespace reader::page {

extern const unsigned char kEmbeddedReaderCss[];
extern const unsigned long kEmbeddedReaderCss_size;
extern const unsigned char kEmbeddedReaderLabels[];
extern const unsigned long kEmbeddedReaderLabels_size;

namespace {

// Parsed once per process. The file is checked by labels_test.cpp; were it
// ever malformed, every label falls back to the category's own name.
const nlohmann::json& labels() {
  static const nlohmann::json j = [] {
    const char* begin = reinterpret_cast<const char*>(kEmbeddedReaderLabels);
    nlohmann::json parsed =
        nlohmann::json::parse(begin, begin + kEmbeddedReaderLabels_size, nullptr, false);
    return parsed.is_object() ? parsed : nlohmann::json::object();
  }();
  return j;
}

std::string lookup(std::string_view table, std::string_view key) {
  const nlohmann::json& j = labels();
  auto t = j.find(std::string(table));
  if (t == j.end() || !t->is_object()) return {};
  auto v = t->find(std::string(key));
  if (v == t->end()) return {};
  return v->is_string() ? v->get<std::string>() : std::string();
}

std::string replace_count(std::string s, size_t n) {
  const std::string number = std::to_string(n);
  for (size_t at = s.find("{n}"); at != std::string::npos; at = s.find("{n}", at + number.size())) {
    s.replace(at, 3, number);
  }
  return s;
}

}  // namespace

std::string_view stylesheet() {
  return {reinterpret_cast<const char*>(kEmbeddedReaderCss), kEmbeddedReaderCss_size};
}

std::string category_label(std::string_view category, size_t count) {
  const nlohmann::json& j = labels();
  auto cats = j.find("categories");
  if (cats != j.end() && cats->is_object()) {
    auto c = cats->find(std::string(category));
    if (c != cats->end() && c->is_object()) {
      auto form = c->find(count == 1 ? "one" : "other");
      if (form != c->end() && form->is_string()) return form->get<std::string>();
    }
  }
  return category.empty() ? std::string("other") : std::string(category);
}

std::string text(std::string_view key, size_t n) { return replace_count(lookup("text", key), n); }

std::string removed_summary(size_t count) {
  if (count == 0) return text("removedNone");
  return text(count == 1 ? "removedOne" : "removedOther", count);
}

std::string category_counts(const std::vector<Removal>& removed) {
  std::vector<std::pair<std::string, size_t>> counts;
  for (const Removal& rm : removed) {
    auto it = counts.begin();
    while (it != counts.end() && it->first != rm.category) ++it;
    if (it == counts.end()) counts.emplace_back(rm.category, 1); else ++it->second;
  }
  std::string out;
  for (const auto& [category, n] : counts) {
    if (!out.empty()) out += ", ";
    out += std::to_string(n) + " " + category_label(category, n);
  }
  return out;
}

std::vector<std::string> labelled_categories() {
  std::vector<std::string> out;
  const nlohmann::json& j = labels();
  auto cats = j.find("categories");
  if (cats == j.end() || !cats->is_object()) return out;
  for (auto it = cats->begin(); it != cats->end(); ++it) out.push_back(it.key());
  return out;
}

}  // namespace reader::page
