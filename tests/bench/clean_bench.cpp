// clean-bench: the whole public pipeline, reader::clean(), over real pages.
//
//   clean-bench [--reps N] [--top K] [--corpus DIR]... [--shared DIR] [FILE ...]
//
// Default input: the Readability test pages and, when present, the
// trafilatura-dev pages under READER_SHARED_DIR/corpora; each --corpus DIR
// replaces them (see bench_corpus.h for the options each page is cleaned
// with: those of the corpus tests, clutter pass on as the extension runs it).
// Every page is cleaned N times from its raw bytes; a page's latency is the
// median of its N runs. Per corpus it prints throughput, latency median / p90
// / p99 / max with the slowest page, and the peak live heap of one clean()
// relative to the page's size, counted as parse-bench counts it (replaced
// operator new, heap_counter.h).
//
// Stage split: reader.h exposes no per-stage timing and core/ is not changed
// for a benchmark, so only what can be timed from outside is split off:
// decode_to_utf8() and one parse_document() of the page, the same calls with
// the same defaults clean() starts with, timed separately right after it.
// "rest" is clean() minus those two (metadata, readerable check, prep,
// clutter pass, extraction including any retry's re-parse, post-process,
// sanitize, article serialization). to_json(), which the WASM binding calls
// after clean(), is timed too and shown on top of clean(). The one public
// switch, Options::remove_clutter, gives the clutter pass's cost: each page is
// also cleaned with it off ("off"); the difference is an estimate, not a stage
// time, since extraction then works on a page with the clutter still in.
//
// Figures only: nothing here passes or fails on speed. With no corpus found it
// prints why and exits 0. The last line is one summary line over all pages:
//   clean-bench: pages=N MB/s=X median_ms=Y p99_ms=Z peak_heap_x=W
// (peak_heap_x: median over pages of peak heap / input bytes).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "../read_file.h"
#include "base/encoding.h"
#include "bench_corpus.h"
#include "bench_stats.h"
#include "dom/document.h"
#include "heap_counter.h"
#include "machine.h"
#include "html/parser.h"
#include "reader.h"

using reader::bench::BenchCorpus;
using reader::bench::BenchPage;
using reader::bench::HeapCounter;
using reader::bench::median_of;
using reader::bench::percentile_of;

namespace {

// Repetitions per page; the median is kept.
constexpr int kDefaultReps = 5;
// Slowest pages listed per corpus, with the figures that hint at why.
constexpr int kDefaultTop = 5;
// MB = 10^6 bytes, as throughput figures usually are (parse-bench too).
constexpr double kMB = 1e6;
// Small pages' heap ratio is dominated by fixed costs (arena blocks, rule
// tables' working sets), so the worst ratio is also given for pages of at
// least this size, as parse-bench does.
constexpr size_t kLargePage = 64 * 1024;

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

struct Measured {
  const BenchPage* page = nullptr;
  std::string bytes;           // raw page bytes, what clean() is given
  std::vector<double> clean;   // ms per repetition
  std::vector<double> decode;  // decode_to_utf8()
  std::vector<double> parse;   // one parse_document() of the decoded page
  std::vector<double> json;    // to_json() of the result
  std::vector<double> off;     // clean() with remove_clutter = false
  size_t heap_peak = 0;        // peak live heap bytes during one clean()
  size_t text_chars = 0;       // Article::length
  size_t removed = 0;          // Article::removed.size()
  bool usable = true;
  reader::Status status = reader::Status::kOk;

  double clean_ms() const { return median_of(clean); }
  double off_ms() const { return median_of(off); }
  double heap_x() const {
    return static_cast<double>(heap_peak) / static_cast<double>(std::max<size_t>(bytes.size(), 1));
  }
};

reader::Options options_for(const BenchPage& p) {
  reader::Options o;  // remove_clutter = true: the clutter pass runs, as in the extension
  o.url = p.url;
  o.charset = p.charset;
  return o;
}

// One timed repetition of a page: clean(), then its to_json(), then clean()
// with the clutter pass off, then the decode and parse clean() starts with,
// each on its own clock.
void time_page(Measured& m) {
  reader::Options o = options_for(*m.page);
  {
    Clock::time_point t0 = Clock::now();
    reader::Result r = reader::clean(m.bytes, o);
    m.clean.push_back(ms_since(t0));
    Clock::time_point t1 = Clock::now();
    std::string json = reader::to_json(r);
    m.json.push_back(ms_since(t1));
  }
  {
    reader::Options off = o;
    off.remove_clutter = false;
    Clock::time_point t0 = Clock::now();
    reader::Result r = reader::clean(m.bytes, off);
    m.off.push_back(ms_since(t0));
  }
  Clock::time_point t2 = Clock::now();
  reader::DecodeResult d = reader::decode_to_utf8(m.bytes, o.charset);
  m.decode.push_back(ms_since(t2));
  reader::dom::Document doc;
  reader::html::ParseOptions po;
  po.limits = o.limits;
  Clock::time_point t3 = Clock::now();
  reader::html::parse_document(d.utf8, doc, po);
  m.parse.push_back(ms_since(t3));
}

// Untimed: the peak of live heap bytes from the start of clean() until its
// Result is destroyed (the input bytes are allocated before and not counted).
void measure_memory(Measured& m) {
  reader::Options o = options_for(*m.page);
  HeapCounter c;
  reader::bench::set_global_counter(&c);
  {
    reader::Result r = reader::clean(m.bytes, o);
    m.usable = r.usable;
    m.status = r.status;
    m.text_chars = r.article.length;
    m.removed = r.article.removed.size();
  }
  reader::bench::set_global_counter(nullptr);
  m.heap_peak = static_cast<size_t>(c.peak);
}

struct Summary {
  size_t pages = 0;
  double mb = 0;
  double mb_per_s = 0;
  double median_ms = 0, p90_ms = 0, p99_ms = 0, max_ms = 0;
  std::string slowest;
  double heap_median_x = 0, heap_max_x = 0, heap_large_max_x = 0;
  std::string heap_max_page, heap_large_max_page;
};

Summary summarize(const std::vector<const Measured*>& pages) {
  Summary s;
  s.pages = pages.size();
  if (pages.empty()) return s;
  std::vector<double> ms, heap;
  double total_ms = 0, bytes = 0;
  for (const Measured* m : pages) {
    double t = m->clean_ms();
    ms.push_back(t);
    total_ms += t;
    bytes += static_cast<double>(m->bytes.size());
    heap.push_back(m->heap_x());
    if (t >= s.max_ms) s.max_ms = t, s.slowest = m->page->name;
    if (m->heap_x() >= s.heap_max_x) s.heap_max_x = m->heap_x(), s.heap_max_page = m->page->name;
    if (m->bytes.size() >= kLargePage && m->heap_x() >= s.heap_large_max_x) {
      s.heap_large_max_x = m->heap_x();
      s.heap_large_max_page = m->page->name;
    }
  }
  s.mb = bytes / kMB;
  s.mb_per_s = s.mb / std::max(total_ms / 1000, 1e-9);
  s.median_ms = median_of(ms);
  s.p90_ms = percentile_of(ms, 0.90);
  s.p99_ms = percentile_of(ms, 0.99);
  s.heap_median_x = median_of(heap);
  return s;
}

void report_corpus(const BenchCorpus& corpus, const std::vector<Measured>& measured, int top) {
  std::vector<const Measured*> all;
  for (const Measured& m : measured) all.push_back(&m);
  Summary s = summarize(all);
  std::printf("\n%s (%s): %zu pages, %.2f MB\n", corpus.name.c_str(),
              corpus.dir.empty() ? "command line" : corpus.dir.c_str(), s.pages, s.mb);
  std::printf("  throughput       %.1f MB/s (input bytes / sum of per-page median times)\n",
              s.mb_per_s);
  std::printf("  latency ms       median %.2f  p90 %.2f  p99 %.2f  max %.2f (%s)\n", s.median_ms,
              s.p90_ms, s.p99_ms, s.max_ms, s.slowest.c_str());
  std::printf("  peak heap/input  median %.2fx  max %.2fx (%s);  pages >= %zu KB: max %.2fx (%s)\n",
              s.heap_median_x, s.heap_max_x, s.heap_max_page.c_str(), kLargePage / 1024,
              s.heap_large_max_x, s.heap_large_max_page.empty() ? "-" : s.heap_large_max_page.c_str());

  double clean = 0, decode = 0, parse = 0, json = 0, off = 0;
  size_t unusable = 0, not_ok = 0;
  for (const Measured& m : measured) {
    clean += m.clean_ms();
    decode += median_of(m.decode);
    parse += median_of(m.parse);
    json += median_of(m.json);
    off += m.off_ms();
    unusable += !m.usable;
    not_ok += m.status != reader::Status::kOk;
  }
  double rest = std::max(0.0, clean - decode - parse);
  auto pct = [&](double part) { return 100 * part / std::max(clean, 1e-9); };
  std::printf("  stages (of clean) decode %.1f%%  parse %.1f%%  rest %.1f%%;  to_json after it "
              "+%.1f%%\n",
              pct(decode), pct(parse), pct(rest), pct(json));
  std::printf("  clutter pass     clean() with it off: %.1f MB/s, %.1f%% less time than on\n",
              s.mb / std::max(off / 1000, 1e-9), pct(clean - off));
  if (unusable || not_ok) {
    std::printf("  %zu pages unusable, %zu with a non-ok status\n", unusable, not_ok);
  }

  std::vector<const Measured*> by_time = all;
  std::sort(by_time.begin(), by_time.end(), [](const Measured* a, const Measured* b) {
    return a->clean_ms() > b->clean_ms();
  });
  size_t shown = std::min(by_time.size(), static_cast<size_t>(std::max(top, 0)));
  if (shown == 0) return;
  std::printf("  slowest pages:\n  %-44s %8s %9s %7s %9s %9s %9s %7s %8s %7s\n", "page", "KB",
              "ms", "MB/s", "parse ms", "rest ms", "off ms", "heap x", "text KB", "removed");
  for (size_t i = 0; i < shown; ++i) {
    const Measured& m = *by_time[i];
    double ms = m.clean_ms();
    double dp = median_of(m.decode) + median_of(m.parse);
    std::string name = m.page->name.size() > 44 ? m.page->name.substr(0, 41) + "..." : m.page->name;
    std::printf("  %-44s %8.1f %9.2f %7.1f %9.2f %9.2f %9.2f %6.2fx %8.1f %7zu\n", name.c_str(),
                static_cast<double>(m.bytes.size()) / 1024, ms,
                static_cast<double>(m.bytes.size()) / kMB / std::max(ms / 1000, 1e-9),
                dp, std::max(0.0, ms - dp), m.off_ms(), m.heap_x(),
                static_cast<double>(m.text_chars) / 1024, m.removed);
  }
}

void usage(FILE* out) {
  std::fprintf(out,
               "usage: clean-bench [--reps N] [--top K] [--corpus DIR]... [--shared DIR] [FILE ...]\n"
               "  --reps N      runs per page, the median is kept (default %d)\n"
               "  --top K       slowest pages listed per corpus (default %d)\n"
               "  --corpus DIR  pages to run instead of the default corpora (repeatable)\n"
               "  --shared DIR  where the default corpora live (default %s)\n"
               "  default corpora: DIR/corpora/readability/test-pages, DIR/corpora/trafilatura-dev/pages\n",
               kDefaultReps, kDefaultTop, READER_SHARED_DIR);
}

}  // namespace

int main(int argc, char** argv) {
  int reps = kDefaultReps;
  int top = kDefaultTop;
  std::string shared = READER_SHARED_DIR;
  std::vector<std::string> corpus_dirs, files;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    bool has_value = i + 1 < argc;
    if (a == "--reps" && has_value) {
      reps = std::max(1, std::atoi(argv[++i]));
    } else if (a == "--top" && has_value) {
      top = std::max(0, std::atoi(argv[++i]));
    } else if (a == "--corpus" && has_value) {
      corpus_dirs.push_back(argv[++i]);
    } else if (a == "--shared" && has_value) {
      shared = argv[++i];
    } else if (a == "-h" || a == "--help") {
      usage(stdout);
      return 0;
    } else if (!a.empty() && a[0] == '-') {
      usage(stderr);
      return 2;
    } else {
      files.push_back(a);
    }
  }

  std::vector<BenchCorpus> corpora;
  bool explicit_input = !corpus_dirs.empty() || !files.empty();
  if (explicit_input) {
    for (const std::string& dir : corpus_dirs) {
      BenchCorpus c = reader::bench::load_corpus(dir, dir);
      if (c.pages.empty()) {
        std::fprintf(stderr, "clean-bench: no pages in %s\n", dir.c_str());
        return 1;
      }
      corpora.push_back(std::move(c));
    }
    if (!files.empty()) corpora.push_back(reader::bench::files_corpus(files));
  } else {
    const std::pair<const char*, const char*> kDefaults[] = {
        {"readability", "/corpora/readability/test-pages"},
        {"trafilatura-dev", "/corpora/trafilatura-dev/pages"},
    };
    std::vector<std::string> absent;
    for (const auto& d : kDefaults) {
      BenchCorpus c = reader::bench::load_corpus(d.first, shared + d.second);
      if (c.pages.empty()) {
        absent.push_back(std::string("clean-bench: ") + d.first + " absent (" + c.dir + "), skipped");
      } else {
        corpora.push_back(std::move(c));
      }
    }
    if (corpora.empty()) {  // one line: the reason ctest shows for the skip
      std::printf("clean-bench: skipped: no corpus found under %s/corpora\n", shared.c_str());
      return reader::bench::kExitSkipped;
    }
    for (const std::string& line : absent) std::printf("%s\n", line.c_str());
  }

  // Load everything first so that reading files is never timed.
  std::vector<std::vector<Measured>> measured(corpora.size());
  for (size_t c = 0; c < corpora.size(); ++c) {
    for (const BenchPage& p : corpora[c].pages) {
      Measured m;
      m.page = &p;
      if (!reader::testing::read_file(p.path, m.bytes)) {
        std::fprintf(stderr, "clean-bench: cannot read %s\n", p.path.c_str());
        return 1;
      }
      measured[c].push_back(std::move(m));
    }
  }

  // Whole passes over all pages per repetition, so that a burst of machine
  // load spreads over pages instead of hitting one page's every run.
  for (int r = 0; r < reps; ++r) {
    for (std::vector<Measured>& corpus : measured) {
      for (Measured& m : corpus) time_page(m);
    }
  }
  for (std::vector<Measured>& corpus : measured) {
    for (Measured& m : corpus) measure_memory(m);
  }

  std::printf("clean-bench: reader::clean() with the clutter pass on, %d reps, median per page\n",
              reps);
  std::printf("%s\n", reader::bench::machine_line().c_str());
  std::vector<const Measured*> everything;
  for (size_t c = 0; c < corpora.size(); ++c) {
    report_corpus(corpora[c], measured[c], top);
    for (const Measured& m : measured[c]) everything.push_back(&m);
  }
  std::printf("\n(MB = 10^6 input bytes as given to clean(); latency is the per-page median of the\n"
              " reps, p90/p99 nearest-rank over pages; heap is the peak of live bytes during one\n"
              " clean() over the page's input bytes; \"parse ms\" is decode + one parse timed\n"
              " apart, \"rest\" the remainder of clean())\n");
  Summary all = summarize(everything);
  std::printf("clean-bench: pages=%zu MB/s=%.1f median_ms=%.2f p99_ms=%.2f peak_heap_x=%.2f\n",
              all.pages, all.mb_per_s, all.median_ms, all.p99_ms, all.heap_median_x);
  return 0;
}
