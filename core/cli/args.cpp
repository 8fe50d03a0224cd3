#include "cli/args.h"

#include <cstring>

#include "reader.h"

namespace reader::cli {

const char* usage() {
  return "usage: reader-clean [--url URL] [--format html|json|text|markdown] [--rules FILE]\n"
         "                    [--charset LABEL] [--no-clutter] [--pretty] [--out-dir DIR]\n"
         "                    [--blocks]\n"
         "                    [FILE|-]...\n"
         "\n"
         "Turns a web page into a clean reader view of its article.\n"
         "\n"
         "  --url URL        the page's address: resolves relative links and images,\n"
         "                   selects site-specific user rules\n"
         "  --format F       html (a standalone reader page, default), json (Readability's\n"
         "                   fields plus leadImage, readerable, removed[]), text, markdown\n"
         "  --rules FILE     user rules in ad-blocker cosmetic filter syntax\n"
         "                   (##selector, example.com##selector, #@#, :has-text())\n"
         "  --charset LABEL  decode the input with this encoding (default: BOM, <meta>,\n"
         "                   then UTF-8 if valid, else windows-1252)\n"
         "  --no-clutter     skip the clutter pass (extraction only)\n"
         "  --pretty         indent JSON output\n"
         "  --blocks         with --format json: add blocks, the learned block scorer's\n"
         "                   features, score and decision per text block, and\n"
         "                   containers, the learned container choice's candidates\n"
         "                   (diagnostics: the article stays the rules' choice)\n"
         "  --out-dir DIR    clean many files at once: DIR/<name>.<format extension>;\n"
         "                   DIR is created if missing, a name two inputs share gets\n"
         "                   a -2, -3... suffix (reported on stderr)\n"
         "  --version        print the version\n"
         "  FILE | -         the page; '-' or nothing reads standard input (a pipe or\n"
         "                   FIFO reads like it; a directory is an error)\n"
         "\n"
         "Exit status: 0 result written (also for pages that are not articles:\n"
         "readerable=false); 1 an input or output failed (one line on stderr per\n"
         "failure; with --out-dir the other inputs are still written, then a summary\n"
         "line); 2 bad usage.\n";
}

const char* format_extension(Format f) {
  switch (f) {
    case Format::kHtml: return "html";
    case Format::kJson: return "json";
    case Format::kText: return "txt";
    case Format::kMarkdown: return "md";
  }
  return "out";
}

bool parse_args(int argc, char** argv, Args& args, std::string& error) {
  auto value = [&](int& i, const char* name, std::string& out) {
    const char* arg = argv[i];
    size_t n = std::strlen(name);
    if (std::strncmp(arg, name, n) == 0 && arg[n] == '=') {
      out = arg + n + 1;
      return true;
    }
    if (i + 1 >= argc) {
      error = std::string(name) + " needs a value";
      return false;
    }
    out = argv[++i];
    return true;
  };
  auto is = [&](const char* arg, const char* name) {
    size_t n = std::strlen(name);
    return std::strncmp(arg, name, n) == 0 && (arg[n] == '\0' || arg[n] == '=');
  };
  bool options_done = false;
  for (int i = 1; i < argc; ++i) {
    const char* a = argv[i];
    if (options_done || a[0] != '-' || std::strcmp(a, "-") == 0) {
      args.inputs.push_back(a);
      continue;
    }
    std::string v;
    if (std::strcmp(a, "--") == 0) {
      options_done = true;
    } else if (std::strcmp(a, "--help") == 0 || std::strcmp(a, "-h") == 0) {
      args.help = true;
    } else if (std::strcmp(a, "--version") == 0) {
      args.version = true;
    } else if (std::strcmp(a, "--no-clutter") == 0) {
      args.clutter = false;
    } else if (std::strcmp(a, "--pretty") == 0) {
      args.pretty = true;
    } else if (std::strcmp(a, "--blocks") == 0) {
      args.blocks = true;
    } else if (is(a, "--url")) {
      if (!value(i, "--url", args.url)) return false;
      if (!reader::is_web_url(args.url)) {
        error = "--url needs an absolute http(s) address, like https://example.com/page (got '" +
                args.url + "')";
        return false;
      }
    } else if (is(a, "--rules")) {
      if (!value(i, "--rules", args.rules_file)) return false;
    } else if (is(a, "--charset")) {
      if (!value(i, "--charset", args.charset)) return false;
      if (reader::charset_for_label(args.charset).empty()) {
        error = "unknown or unsupported charset '" + args.charset + "'";
        return false;
      }
    } else if (is(a, "--out-dir")) {
      if (!value(i, "--out-dir", args.out_dir)) return false;
    } else if (is(a, "--format")) {
      if (!value(i, "--format", v)) return false;
      if (v == "html") args.format = Format::kHtml;
      else if (v == "json") args.format = Format::kJson;
      else if (v == "text" || v == "txt") args.format = Format::kText;
      else if (v == "markdown" || v == "md") args.format = Format::kMarkdown;
      else {
        error = "unknown format '" + v + "' (html, json, text, markdown)";
        return false;
      }
    } else {
      error = std::string("unknown option '") + a + "'";
      return false;
    }
  }
  if (args.inputs.empty()) args.inputs.push_back("-");
  if (args.inputs.size() > 1 && args.out_dir.empty()) {
    error = "several inputs need --out-dir DIR";
    return false;
  }
  return true;
}

}  // namespace reader::cli
