#include "bench_corpus.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <system_error>

#include <nlohmann/json.hpp>

#include "../read_file.h"

namespace reader::bench {

namespace fs = std::filesystem;

namespace {

// Readability's own tests run every page at this URL, and its harness hands
// jsdom the file as a UTF-8 string (tests/corpus/corpus_readability.py).
constexpr const char* kReadabilityUrl = "http://fakehost/test/page.html";
constexpr const char* kReadabilityCharset = "utf-8";

// evaldata.json ([{file, url, ...}]) next to or above `dir`: file name -> URL.
std::map<std::string, std::string> evaldata_urls(const fs::path& dir) {
  std::map<std::string, std::string> urls;
  for (const fs::path& candidate : {dir / "evaldata.json", dir.parent_path() / "evaldata.json"}) {
    std::string text;
    if (!reader::testing::read_file(candidate.string(), text)) continue;
    nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (!j.is_array()) continue;
    for (const nlohmann::json& e : j) {
      if (!e.is_object() || !e.contains("file") || !e["file"].is_string()) continue;
      if (!e.contains("url") || !e["url"].is_string()) continue;
      urls[fs::path(e["file"].get<std::string>()).filename().string()] = e["url"].get<std::string>();
    }
    break;
  }
  return urls;
}

}  // namespace

BenchCorpus load_corpus(const std::string& name, const std::string& dir) {
  BenchCorpus c;
  c.name = name;
  c.dir = dir;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return c;
  std::vector<fs::path> sources, html;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    const fs::path& f = it->path();
    if (f.filename() == "source.html") sources.push_back(f);
    std::string ext = f.extension().string();
    if (ext == ".html" || ext == ".htm") html.push_back(f);
  }
  bool readability = !sources.empty();
  std::vector<fs::path>& chosen = readability ? sources : html;
  std::sort(chosen.begin(), chosen.end());
  std::map<std::string, std::string> urls;
  if (!readability) {
    fs::path root = fs::path(dir).lexically_normal();
    if (root.filename().empty()) root = root.parent_path();  // "pages/" -> "pages"
    urls = evaldata_urls(root);
  }
  for (const fs::path& f : chosen) {
    BenchPage p;
    p.path = f.string();
    if (readability) {
      p.name = f.parent_path().filename().string();
      p.url = kReadabilityUrl;
      p.charset = kReadabilityCharset;
    } else {
      p.name = f.filename().string();
      auto u = urls.find(p.name);
      if (u != urls.end()) p.url = u->second;
    }
    c.pages.push_back(std::move(p));
  }
  return c;
}

BenchCorpus files_corpus(const std::vector<std::string>& paths) {
  BenchCorpus c;
  c.name = "files";
  for (const std::string& path : paths) {
    BenchPage p;
    p.path = path;
    fs::path f(path);
    if (f.filename() == "source.html") {
      p.name = f.parent_path().filename().string();
      p.url = kReadabilityUrl;
      p.charset = kReadabilityCharset;
    } else {
      p.name = f.filename().string();
    }
    c.pages.push_back(std::move(p));
  }
  return c;
}

}  // namespace reader::bench
