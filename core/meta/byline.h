// Byline clean-up: "By Jane Doe\n  March 25, 2015" -> "Jane Doe".
#pragma once
#include <string>
#include <string_view>

namespace reader::meta {

// Decodes entities, collapses whitespace, drops a leading "By" / "Written
// by" / "Posted by" / "Von" / "Par" / "Por" marker and a trailing date or
// "Updated ..." note. A value that is only a date, or a URL, yields "".
std::string clean_byline(std::string_view raw);

// `text` is a byline line: a marker ("By", "Von", "Par", "Por", "Di",
// "Door", any case) and then a name: one to five words, the first
// capitalised, the others capitalised or joining names ("and", "und", "et",
// "y", "e", "en", "&", "de", "van", "von", "der", "da", "del", "di", "le",
// "la"), optionally followed by a date ("By Jane Doe, March 3, 2024").
// "By the way, ..." and "Par ailleurs ..." are not.
bool is_byline_line(std::string_view text);

// Byte offset where a date starts in `s` ("March 25, 2015", "22 Dec 2016",
// "2015-03-25", "03/25/2015", "Updated ...", "Published ..."), or npos.
size_t find_date_start(std::string_view s);

}  // namespace reader::meta
