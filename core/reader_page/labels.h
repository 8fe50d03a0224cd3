// The reader page's words and stylesheet, from core/reader_page/labels.json
// and reader.css (embedded at build time; the extension's reader view reads
// the same two files).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "reader.h"

namespace reader::page {

// The stylesheet text (core/reader_page/reader.css).
std::string_view stylesheet();

// "cookie notice" / "cookie notices" for "consent"; an unknown category is
// shown as is.
std::string category_label(std::string_view category, size_t count = 1);

// A text of labels.json's "text" table with {n} replaced by `n`; "" for an
// unknown key.
std::string text(std::string_view key, size_t n = 0);

// "Nothing removed", "1 item removed", "7 items removed".
std::string removed_summary(size_t count);

// "2 cookie notices, 1 newsletter sign-up", categories in first-seen order.
std::string category_counts(const std::vector<Removal>& removed);

// Every category labels.json names (for the coverage test).
std::vector<std::string> labelled_categories();

}  // namespace reader::page
