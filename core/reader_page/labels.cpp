#include "reader_page/labels.h"

#include <utility>

#include "base/json.h"

namespace reader::page {

extern const unsigned char kEmbeddedReaderCss[];
extern const unsigned long kEmbeddedReaderCss_size;
extern const unsigned char kEmbeddedReaderLabels[];
extern const unsigned long kEmbeddedReaderLabels_size;

namespace {

// Parsed once per process. The file is checked by labels_test.cpp; were it
// ever malformed, every label falls back to the category's own name.
const json::Value& labels() {
  static const json::Value j = [] {
    json::Value parsed;
    json::parse({reinterpret_cast<const char*>(kEmbeddedReaderLabels), kEmbeddedReaderLabels_size},
                parsed);
    return parsed.is_object() ? parsed : json::Value::object();
  }();
  return j;
}

std::string lookup(std::string_view table, std::string_view key) {
  const json::Value* t = labels().find(table);
  const json::Value* v = t ? t->find(key) : nullptr;
  return v && v->is_string() ? v->string() : std::string();
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
  const json::Value* cats = labels().find("categories");
  const json::Value* c = cats ? cats->find(category) : nullptr;
  const json::Value* form = c ? c->find(count == 1 ? "one" : "other") : nullptr;
  if (form && form->is_string()) return form->string();
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
  const json::Value* cats = labels().find("categories");
  if (!cats) return out;
  json::Value sorted;  // the keys sorted and unique (operator[] keeps them so)
  for (const json::Member& m : cats->members()) sorted[m.key];
  for (const json::Member& m : sorted.members()) out.push_back(m.key);
  return out;
}

}  // namespace reader::page
