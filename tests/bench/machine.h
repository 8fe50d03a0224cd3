// The machine a benchmark ran on, printed beside its figures: throughput on a
// shared 2-core box under load means something else than on an idle desktop.
#pragma once
#include <string>

namespace reader::bench {

// One line: "machine: <CPU model> (/proc/cpuinfo), <n> cores online, load
// average 1.52 1.20 0.98 (/proc/loadavg: 1, 5, 15 min)". Parts that cannot be
// read are given as "unknown".
std::string machine_line();

// Exit status of a benchmark that has nothing to measure (no corpus): the
// SKIP_RETURN_CODE of its ctest registrations.
constexpr int kExitSkipped = 77;

}  // namespace reader::bench
