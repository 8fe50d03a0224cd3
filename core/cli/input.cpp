#include "cli/input.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace reader::cli {
namespace {

// Bytes asked of read() at a time: large enough that a page takes a few calls.
constexpr size_t kReadChunk = 1 << 16;

std::string quoted(const std::string& path) { return "'" + path + "'"; }

// Reads `fd` to its end or to `max_bytes` + 1 bytes, whichever comes first.
// `expected`: the file's size when known (a regular file), read in one
// chunk of that size plus the byte that shows the end: a 64 KB chunk for a
// page of a few KB was zero-filled for nothing (6 % of a small page's process).
bool read_all(int fd, size_t max_bytes, std::string& out, int& err, size_t expected = 0) {
  const size_t limit = max_bytes + 1;
  while (out.size() < limit) {
    const size_t old_size = out.size();
    const size_t chunk = old_size == 0 && expected > 0 ? expected + 1 : kReadChunk;
    out.resize(old_size + std::min(chunk, limit - old_size));
    const ssize_t n = ::read(fd, &out[old_size], out.size() - old_size);
    if (n < 0) {
      out.resize(old_size);
      if (errno == EINTR) continue;
      err = errno;
      return false;
    }
    out.resize(old_size + static_cast<size_t>(n));
    if (n == 0) break;
  }
  return true;
}

}  // namespace

std::string display_name(const std::string& path) { return path == "-" ? "stdin" : path; }

bool read_input(const std::string& path, size_t max_bytes, std::string& out, std::string& error) {
  out.clear();
  int err = 0;
  if (path == "-") {
    if (!read_all(STDIN_FILENO, max_bytes, out, err)) {
      error = std::string("cannot read standard input: ") + std::strerror(err);
      return false;
    }
    return true;
  }
  // O_NONBLOCK: opening a FIFO must not wait for a writer that may never come.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    error = "cannot open " + quoted(path) + ": " + std::strerror(errno);
    return false;
  }
  struct stat st {};
  bool ok = ::fstat(fd, &st) == 0;
  if (!ok) {
    error = "cannot read " + quoted(path) + ": " + std::strerror(errno);
  } else if (S_ISDIR(st.st_mode)) {
    ok = false;
    error = quoted(path) + " is a directory, not a page (give its files: " + path + "/*.html)";
  } else {
    // Blocking reads from here on: a FIFO with a writer is read to its end;
    // with none, read() returns end of file at once.
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    size_t expected = 0;
    if (S_ISREG(st.st_mode)) {
      expected = std::min(static_cast<size_t>(st.st_size), max_bytes);
      out.reserve(expected + 1);
    }
    ok = read_all(fd, max_bytes, out, err, expected);
    if (!ok) {
      error = "cannot read " + quoted(path) + ": " + std::strerror(err);
    } else if (out.empty() && S_ISFIFO(st.st_mode)) {
      ok = false;
      error = quoted(path) + " is a FIFO and nothing was written to it (no writer had it open)";
    }
  }
  ::close(fd);
  if (!ok) out.clear();
  return ok;
}

}  // namespace reader::cli
