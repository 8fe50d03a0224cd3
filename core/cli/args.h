// Command-line arguments of reader-clean.
#pragma once
#include <string>
#include <vector>

namespace reader::cli {

enum class Format { kHtml, kJson, kText, kMarkdown };

struct Args {
  std::string url;
  Format format = Format::kHtml;
  std::string rules_file;
  std::string charset;
  bool clutter = true;
  bool pretty = false;
  bool blocks = false;  // diagnostics: the learned block scorer's view (json)
  std::string out_dir;
  std::vector<std::string> inputs;  // "-" = stdin
  bool help = false;
  bool version = false;
};

// Parses argv. On bad usage returns false and sets `error`.
bool parse_args(int argc, char** argv, Args& args, std::string& error);
const char* usage();
const char* format_extension(Format f);

}  // namespace reader::cli
