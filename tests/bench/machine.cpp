#include "machine.h"

#include <unistd.h>

#include <fstream>
#include <sstream>

namespace reader::bench {
namespace {

// The first "model name" of /proc/cpuinfo (x86); other architectures name
// the line differently ("Model", "cpu model"), tried in turn.
std::string cpu_model() {
  std::ifstream in("/proc/cpuinfo");
  const char* const kKeys[] = {"model name", "Model", "cpu model", "Hardware"};
  std::string line;
  while (std::getline(in, line)) {
    for (const char* key : kKeys) {
      if (line.compare(0, std::string(key).size(), key) != 0) continue;
      const size_t colon = line.find(':');
      if (colon == std::string::npos) continue;
      const size_t start = line.find_first_not_of(" \t", colon + 1);
      if (start != std::string::npos) return line.substr(start);
    }
  }
  return "unknown CPU";
}

std::string load_average() {
  std::ifstream in("/proc/loadavg");
  std::string one, five, fifteen;
  if (!(in >> one >> five >> fifteen)) return "unknown";
  return one + " " + five + " " + fifteen;
}

}  // namespace

std::string machine_line() {
  const long cores = sysconf(_SC_NPROCESSORS_ONLN);
  std::ostringstream out;
  out << "machine: " << cpu_model() << ", "
      << (cores > 0 ? std::to_string(cores) : std::string("unknown")) << " cores online, load average "
      << load_average() << " (1, 5, 15 min)";
  return out.str();
}

}  // namespace reader::bench
