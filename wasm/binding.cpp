// Embind glue: the one coarse call the extension and Node make into the core.
// No logic lives here; the result is the same JSON the CLI prints with
// `reader-clean --format json`.
//
//   const core = await factory({wasmBinary});
//   const json = JSON.parse(core.clean(html, url, '{"userRules": "...", "removeClutter": true}'));
//
// `html` may be a JS string (passed as UTF-8: say so with `"charset": "utf-8"`
// in the options, or a <meta charset> in the page may be believed) or a
// Uint8Array of the raw page bytes (the encoding is then detected, as the CLI
// does for a file).
#include <emscripten/bind.h>
#include <malloc.h>

#include <string>
#include <utility>

#include "reader.h"

namespace {

std::string clean(std::string html, std::string url, std::string options_json) {
  reader::Options options = reader::options_from_json(options_json, url);
  // The page's bytes are freed once decoded, the Result's strings and DOM as
  // the JSON is written: the page is never held in several forms at once
  // (peak heap, tests/bench/wasm_memory.js).
  return reader::to_json(reader::clean_owned(std::move(html), options));
}

std::string version() { return reader::version(); }

}  // namespace

// dlmalloc's footprint counters (Emscripten's default allocator).
extern "C" size_t malloc_footprint(void);
extern "C" size_t malloc_max_footprint(void);

namespace {

// Heap figures for the memory benchmark (tests/bench/wasm_memory.js), as
// JSON: bytes allocated now, bytes the allocator holds from the WebAssembly
// memory, and the most it ever held (its peak, which never goes down).
std::string memory_stats() {
  struct mallinfo info = mallinfo();
  return "{\"inUse\":" + std::to_string(info.uordblks) +
         ",\"footprint\":" + std::to_string(malloc_footprint()) +
         ",\"maxFootprint\":" + std::to_string(malloc_max_footprint()) + "}";
}

}  // namespace

EMSCRIPTEN_BINDINGS(reader_core) {
  emscripten::function("clean", &clean);
  emscripten::function("version", &version);
  emscripten::function("memoryStats", &memory_stats);
}
