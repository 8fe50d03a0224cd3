// reader-clean: the native command-line front end of the core.
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>

#include "base/encoding.h"
#include "cli/args.h"
#include "reader.h"

namespace {

using reader::cli::Args;
using reader::cli::Format;

bool read_input(const std::string& path, std::string& out, std::string& error) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    out = ss.str();
    return true;
  }
  std::ifstream f(path, std::ios::binary);
  if (!f) {
    error = "cannot open '" + path + "'";
    return false;
  }
  out.assign(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
  if (f.bad()) {
    error = "cannot read '" + path + "'";
    return false;
  }
  return true;
}

std::string render(const reader::Result& r, const Args& args) {
  switch (args.format) {
    case Format::kJson: return reader::to_json(r, args.pretty ? 2 : -1) + "\n";
    case Format::kText: return reader::to_text(r);
    case Format::kMarkdown: return reader::to_markdown(r);
    case Format::kHtml: break;
  }
  return reader::to_reader_page(r);
}

std::string base_name(const std::string& path) {
  size_t slash = path.find_last_of('/');
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  size_t dot = name.find_last_of('.');
  if (dot != std::string::npos && dot > 0) name = name.substr(0, dot);
  return name.empty() || path == "-" ? "stdin" : name;
}

void progress(size_t done, size_t total) {
  constexpr int kWidth = 30;
  int filled = static_cast<int>(kWidth * done / (total ? total : 1));
  std::fprintf(stderr, "\r[%.*s%*s] %zu/%zu", filled, "##############################",
               kWidth - filled, "", done, total);
  if (done == total) std::fputc('\n', stderr);
  std::fflush(stderr);
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  std::string error;
  if (!reader::cli::parse_args(argc, argv, args, error)) {
    std::fprintf(stderr, "reader-clean: %s\n%s", error.c_str(), reader::cli::usage());
    return 2;
  }
  if (args.help) {
    std::fputs(reader::cli::usage(), stdout);
    return 0;
  }
  if (args.version) {
    std::puts("reader-clean 0.1.0");
    return 0;
  }
  reader::Options options;
  options.url = args.url;
  options.remove_clutter = args.clutter;
  if (!args.charset.empty()) {
    if (reader::encoding_for_label(args.charset).empty()) {
      std::fprintf(stderr, "reader-clean: unknown or unsupported charset '%s'\n", args.charset.c_str());
      return 2;
    }
    options.charset = args.charset;
  }
  if (!args.rules_file.empty()) {
    if (!read_input(args.rules_file, options.user_rules, error)) {
      std::fprintf(stderr, "reader-clean: rules: %s\n", error.c_str());
      return 2;
    }
  }

  bool many = !args.out_dir.empty();
  bool show_progress = many && args.inputs.size() > 1 && isatty(STDERR_FILENO);
  int status = 0;
  size_t done = 0;
  bool rules_reported = false;
  for (const std::string& input : args.inputs) {
    std::string bytes;
    if (!read_input(input, bytes, error)) {
      std::fprintf(stderr, "reader-clean: %s\n", error.c_str());
      status = 1;
      continue;
    }
    reader::Result r = reader::clean(bytes, options);
    if (!rules_reported) {
      for (const std::string& e : r.rule_errors) {
        std::fprintf(stderr, "reader-clean: %s: %s\n", args.rules_file.c_str(), e.c_str());
      }
      rules_reported = true;
    }
    if (!r.usable) {
      std::fprintf(stderr, "reader-clean: %s: %s\n", input == "-" ? "stdin" : input.c_str(),
                   r.error.c_str());
      status = 1;
      if (show_progress) progress(++done, args.inputs.size());
      continue;
    }
    std::string out = render(r, args);
    if (many) {
      std::string path = args.out_dir + "/" + base_name(input) + "." +
                         reader::cli::format_extension(args.format);
      std::ofstream f(path, std::ios::binary);
      if (!f || !f.write(out.data(), static_cast<std::streamsize>(out.size()))) {
        std::fprintf(stderr, "reader-clean: cannot write '%s'\n", path.c_str());
        status = 1;
      }
    } else {
      std::fwrite(out.data(), 1, out.size(), stdout);
    }
    if (show_progress) progress(++done, args.inputs.size());
  }
  return status;
}
