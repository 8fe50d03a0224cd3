// Fuzz target: encoding sniffing and decoding (core/base/encoding.h). The
// output must always be well-formed UTF-8, whatever the bytes and label.
// Input: [label byte][bytes...]
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "base/encoding.h"
#include "base/utf8.h"
#include "fuzz_input.h"

namespace {

// Override labels: none (sniff), and one per decoder family.
const char* const kLabels[] = {
    "",          "utf-8",     "utf-16le", "utf-16be",    "windows-1252", "iso-8859-2",
    "koi8-r",    "gbk",       "gb18030",  "big5",        "euc-jp",       "iso-2022-jp",
    "shift_jis", "euc-kr",    "x-user-defined", "replacement", "macintosh", "bogus-label",
};
constexpr size_t kLabelCount = sizeof(kLabels) / sizeof(kLabels[0]);

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  reader::fuzz::FuzzInput in(data, size);
  std::string_view label = kLabels[in.take_byte() % kLabelCount];
  std::string_view bytes = in.rest();
  reader::DecodeResult r = reader::decode_to_utf8(bytes, label);
  if (!reader::is_valid_utf8(r.utf8)) std::abort();
  if (r.encoding.empty()) std::abort();
  std::string direct;
  if (reader::decode_with_encoding(r.encoding, bytes, direct) && !reader::is_valid_utf8(direct)) {
    std::abort();
  }
  return 0;
}
