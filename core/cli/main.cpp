// reader-clean: the native command-line front end of the core.
//
// Failures are one line each on stderr and never stop a batch: an input that
// cannot be read or is not a page, or an output that cannot be written, sets
// exit status 1 and the run goes on with the next input; a batch with a
// failure ends with a summary line. Bad usage is one line plus a pointer to
// --help, exit status 2, before anything is read.
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/args.h"
#include "cli/input.h"
#include "cli/out_names.h"
#include "reader.h"

namespace {

using reader::cli::Args;
using reader::cli::display_name;
using reader::cli::Format;

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;

std::string render(const reader::Result& r, const Args& args) {
  switch (args.format) {
    case Format::kJson: return reader::to_json(r, args.pretty ? 2 : -1) + "\n";
    case Format::kText: return reader::to_text(r);
    case Format::kMarkdown: return reader::to_markdown(r);
    case Format::kHtml: break;
  }
  return reader::to_reader_page(r);
}

// The progress bar of a batch on a terminal; messages clear it first.
class Progress {
 public:
  Progress(bool on, size_t total) : on_(on), total_(total) {}
  void step() {
    if (!on_) return;
    constexpr int kWidth = 30;
    ++done_;
    int filled = static_cast<int>(kWidth * done_ / (total_ ? total_ : 1));
    std::fprintf(stderr, "\r[%.*s%*s] %zu/%zu", filled, "##############################",
                 kWidth - filled, "", done_, total_);
    if (done_ == total_) std::fputc('\n', stderr);
    std::fflush(stderr);
  }
  void clear_line() const {
    if (on_ && done_ > 0 && done_ < total_) std::fputs("\r\033[K", stderr);
  }

 private:
  bool on_;
  size_t total_;
  size_t done_ = 0;
};

// Writes `data` to `path` (created or replaced). On failure returns false
// with the system's reason in `error` and leaves no partial file.
bool write_file(const std::string& path, const std::string& data, std::string& error) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) {
    error = "cannot write '" + path + "': " + std::strerror(errno);
    return false;
  }
  bool ok = std::fwrite(data.data(), 1, data.size(), f) == data.size();
  int err = ok ? 0 : errno;
  if (std::fclose(f) != 0 && ok) {
    ok = false;
    err = errno;
  }
  if (!ok) {
    error = "cannot write '" + path + "': " + std::strerror(err ? err : EIO);
    std::remove(path.c_str());
  }
  return ok;
}

bool write_stdout(const std::string& data, std::string& error) {
  if (std::fwrite(data.data(), 1, data.size(), stdout) == data.size() && std::fflush(stdout) == 0)
    return true;
  error = std::string("cannot write to standard output: ") + std::strerror(errno ? errno : EIO);
  return false;
}

// Creates `dir` and its parents when missing.
bool make_out_dir(const std::string& dir, std::string& error) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (std::filesystem::is_directory(dir)) return true;
  if (std::filesystem::exists(dir)) {
    error = "output directory '" + dir + "' exists and is not a directory";
  } else {
    error = "cannot create output directory '" + dir + "': " + ec.message();
  }
  return false;
}

int run(const Args& args) {
  reader::Options options;
  options.url = args.url;
  options.remove_clutter = args.clutter;
  options.charset = args.charset;
  options.with_blocks = args.blocks;
  std::string error;
  if (!args.rules_file.empty() &&
      !reader::cli::read_input(args.rules_file, options.limits.max_input_bytes,
                               options.user_rules, error)) {
    std::fprintf(stderr, "reader-clean: rules: %s\n", error.c_str());
    return kExitUsage;
  }

  const bool batch = !args.out_dir.empty();
  std::vector<std::string> stems;
  if (batch) {
    if (!make_out_dir(args.out_dir, error)) {
      std::fprintf(stderr, "reader-clean: %s\n", error.c_str());
      return kExitFailed;
    }
    stems = reader::cli::unique_stems(args.inputs);
  }
  const std::string ext = reader::cli::format_extension(args.format);
  Progress progress(batch && args.inputs.size() > 1 && isatty(STDERR_FILENO),
                    args.inputs.size());
  auto say = [&](const std::string& message) {
    progress.clear_line();
    std::fprintf(stderr, "reader-clean: %s\n", message.c_str());
  };

  size_t failed = 0, written = 0;
  bool rules_reported = false;
  for (size_t i = 0; i < args.inputs.size(); ++i) {
    const std::string& input = args.inputs[i];
    const std::string name = display_name(input);
    if (input == "-" && isatty(STDIN_FILENO)) {
      std::fputs("reader-clean: reading the page from standard input (end with Ctrl-D; "
                 "see reader-clean --help)\n", stderr);
    }
    std::string bytes;
    if (!reader::cli::read_input(input, options.limits.max_input_bytes, bytes, error)) {
      say(error);
      ++failed;
      progress.step();
      continue;
    }
    reader::Result r = reader::clean(bytes, options);
    if (!rules_reported) {
      for (const std::string& e : r.rule_errors) say(args.rules_file + ": " + e);
      rules_reported = true;
    }
    if (!r.usable) {
      say(name + ": " + r.error);
      ++failed;
      progress.step();
      continue;
    }
    const std::string out = render(r, args);
    bool ok;
    if (batch) {
      const std::string path = args.out_dir + "/" + stems[i] + "." + ext;
      if (stems[i] != reader::cli::stem_of(input)) {
        say(name + " -> " + path + " (another input already writes " +
             reader::cli::stem_of(input) + "." + ext + ")");
      }
      ok = write_file(path, out, error);
    } else {
      ok = write_stdout(out, error);
    }
    if (ok) {
      ++written;
    } else {
      say(error);
      ++failed;
    }
    progress.step();
  }
  if (batch && failed > 0) {
    say(std::to_string(failed) + " of " + std::to_string(args.inputs.size()) +
         " inputs failed, " + std::to_string(written) + " written to " + args.out_dir);
  }
  return failed > 0 ? kExitFailed : kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  std::string error;
  if (!reader::cli::parse_args(argc, argv, args, error)) {
    std::fprintf(stderr, "reader-clean: %s (see reader-clean --help)\n", error.c_str());
    return kExitUsage;
  }
  if (args.help) {
    std::fputs(reader::cli::usage(), stdout);
    return kExitOk;
  }
  if (args.version) {
    std::printf("reader-clean %s\n", reader::version());
    return kExitOk;
  }
  // Nothing below is expected to throw; if something does (out of memory),
  // it is one line and exit status 1, not an abort.
  try {
    return run(args);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "reader-clean: internal error: %s\n", e.what());
    return kExitFailed;
  }
}
