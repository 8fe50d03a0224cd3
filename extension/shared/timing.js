// Milliseconds since the Unix epoch with sub-millisecond precision: comparable
// across the extension's contexts and the page (each context's clock starts at
// its own timeOrigin). The click -> view timings (tests/bench/browser_bench.mjs)
// are built from these.
export const now = () => performance.timeOrigin + performance.now();
