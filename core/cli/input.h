// Reading a page (or a rules file) from a path or standard input.
//
// What an input may be, and what happens:
//   regular file        read whole (up to the byte limit, see below)
//   "-"                 standard input, read to its end
//   pipe, FIFO, device  read like standard input, to its end; a named FIFO
//                       that no writer holds open when it is opened reads as
//                       empty (it is opened without waiting for a writer), so
//                       nothing waits forever on a FIFO nobody feeds
//   directory           an error ("is a directory"), nothing is read
//   unreadable          an error with the system's reason ("Permission denied",
//                       "Input/output error"), also when a file vanishes first
// Reading stops one byte past `max_bytes` (Limits::max_input_bytes): the core
// truncates there and says so (status input-too-large), and an endless source
// (/dev/zero, `yes |`) cannot fill memory.
#pragma once
#include <cstddef>
#include <string>

namespace reader::cli {

// Reads `path` ("-" = standard input) into `out`. On failure returns false
// with a one-line reason in `error` ("cannot open 'x': No such file or
// directory").
bool read_input(const std::string& path, size_t max_bytes, std::string& out, std::string& error);

// How an input is named in messages: the path, or "stdin" for "-".
std::string display_name(const std::string& path);

}  // namespace reader::cli
