// File names for --out-dir: one output per input, never the same twice.
//
// An input "a/b/story.html" writes "<stem>.<ext>" with stem "story"
// (standard input: "stdin"). When two inputs share a stem ("a/index.html",
// "b/index.html"), the first keeps it and each later one gets the first free
// "-2", "-3"... suffix ("index-2"), one no other input claims; the caller
// tells the user about each renamed output. Outputs are named in input order,
// so a run is repeatable.
#pragma once
#include <string>
#include <vector>

namespace reader::cli {

// "a/b/story.html" -> "story"; "-" -> "stdin"; a dot file keeps its name.
std::string stem_of(const std::string& input);

// One distinct stem per input, in input order.
std::vector<std::string> unique_stems(const std::vector<std::string>& inputs);

}  // namespace reader::cli
