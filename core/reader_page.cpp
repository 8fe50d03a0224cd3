// The standalone reader-view page (`reader-clean --format html`): the same
// calm layout as the extension's reader view, with no script at all and a
// Content-Security-Policy that forbids any.
#include <map>
#include <string>

#include "reader.h"
#include "serialize/html_serializer.h"

namespace reader {
namespace {

std::string esc(std::string_view s) {
  std::string out;
  serialize::escape_text(s, out);
  return out;
}

std::string esc_attr(std::string_view s) {
  std::string out;
  serialize::escape_attribute(s, out);
  return out;
}

// "2023-09-06T11:42:18Z" -> "6 September 2023"; anything else is shown as given.
std::string human_date(std::string_view iso) {
  static constexpr const char* kMonths[] = {"January", "February", "March", "April", "May",
                                            "June", "July", "August", "September", "October",
                                            "November", "December"};
  auto digits = [&](size_t pos, size_t n) {
    if (iso.size() < pos + n) return -1;
    int v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
      if (iso[i] < '0' || iso[i] > '9') return -1;
      v = v * 10 + (iso[i] - '0');
    }
    return v;
  };
  int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31 || iso[4] != '-' || iso[7] != '-') {
    return std::string(iso);
  }
  return std::to_string(d) + " " + kMonths[m - 1] + " " + std::to_string(y);
}

constexpr const char* kStyle = R"css(
:root { color-scheme: light dark; --bg: #fbf8f1; --fg: #26231e; --muted: #6f675c;
  --rule: #e4ddd0; --link: #1f5fa8; --accent: #9a5b13; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #1c1b19; --fg: #e7e2d8; --muted: #a39a8c; --rule: #39352f;
    --link: #8ab8f0; --accent: #e0a45a; } }
* { box-sizing: border-box; }
html { background: var(--bg); color: var(--fg); }
body { margin: 0; padding: 3rem 1.25rem 5rem;
  font: 1.1875rem/1.65 Charter, "Bitstream Charter", "Iowan Old Style", Georgia, Cambria, serif;
  text-rendering: optimizeLegibility; -webkit-font-smoothing: antialiased; }
main { max-width: 38rem; margin: 0 auto; }
header.reader-header { margin-bottom: 2rem; border-bottom: 1px solid var(--rule); padding-bottom: 1.5rem; }
.reader-site { font: 600 0.8rem/1.4 system-ui, sans-serif; letter-spacing: .08em;
  text-transform: uppercase; color: var(--accent); margin: 0 0 .75rem; }
h1.reader-title { font-size: 2.2rem; line-height: 1.2; margin: 0 0 1rem; letter-spacing: -.01em; }
.reader-meta { font: .9rem/1.5 system-ui, sans-serif; color: var(--muted); margin: 0; }
.reader-meta span + span::before { content: " · "; }
figure.reader-lead { margin: 0 0 2rem; }
img, video { max-width: 100%; height: auto; border-radius: 2px; }
figure { margin: 2rem 0; }
figcaption, .reader-lead figcaption { font: .85rem/1.5 system-ui, sans-serif; color: var(--muted); margin-top: .5rem; }
h2, h3, h4, h5, h6 { line-height: 1.3; margin: 2.2rem 0 .8rem; }
h2 { font-size: 1.5rem; } h3 { font-size: 1.25rem; } h4, h5, h6 { font-size: 1.05rem; }
p { margin: 0 0 1.2rem; }
a { color: var(--link); text-decoration-thickness: 1px; text-underline-offset: 2px; }
blockquote { margin: 1.5rem 0; padding: 0 0 0 1.2rem; border-left: 3px solid var(--rule); color: var(--muted); font-style: italic; }
pre, code { font: .88em/1.5 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
pre { overflow-x: auto; padding: 1rem; background: color-mix(in srgb, var(--fg) 6%, transparent); border-radius: 4px; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; margin: 1.5rem 0; display: block; overflow-x: auto; }
th, td { border-bottom: 1px solid var(--rule); padding: .4rem .6rem; text-align: left; vertical-align: top; }
hr { border: 0; border-top: 1px solid var(--rule); margin: 2rem 0; }
ul, ol { padding-left: 1.4rem; } li { margin: .3rem 0; }
footer.reader-footer { margin-top: 3rem; border-top: 1px solid var(--rule); padding-top: 1rem;
  font: .85rem/1.5 system-ui, sans-serif; color: var(--muted); }
footer.reader-footer summary { cursor: pointer; }
footer.reader-footer li { margin: .5rem 0; }
.reader-category { display: inline-block; min-width: 7.5rem; font-weight: 600; color: var(--accent); }
)css";

}  // namespace

std::string to_reader_page(const Result& r) {
  const Article& a = r.article;
  std::string out;
  out.reserve(a.content.size() + 8192);
  out += "<!DOCTYPE html>\n<html";
  if (!a.lang.empty()) out += " lang=\"" + esc_attr(a.lang) + "\"";
  if (!a.dir.empty()) out += " dir=\"" + esc_attr(a.dir) + "\"";
  out += ">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "img-src https: http: data:; media-src https: http:; style-src 'unsafe-inline'\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<meta name=\"referrer\" content=\"no-referrer\">\n";
  out += "<title>" + esc(a.title.empty() ? "Reader view" : a.title) + "</title>\n";
  out += "<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n<main>\n";
  out += "<header class=\"reader-header\">\n";
  if (!a.site_name.empty()) out += "<p class=\"reader-site\">" + esc(a.site_name) + "</p>\n";
  out += "<h1 class=\"reader-title\">" + esc(a.title) + "</h1>\n<p class=\"reader-meta\">";
  if (!a.byline.empty()) out += "<span class=\"reader-byline\">" + esc(a.byline) + "</span>";
  if (!a.published_time.empty()) {
    out += "<span><time datetime=\"" + esc_attr(a.published_time) + "\">" +
           esc(human_date(a.published_time)) + "</time></span>";
  }
  if (a.reading_minutes > 0) {
    out += "<span class=\"reader-time\">" + std::to_string(a.reading_minutes) + " min read</span>";
  }
  out += "</p>\n</header>\n";
  // The lead image, unless the article shows it already.
  if (!a.lead_image.empty() && a.content.find(a.lead_image) == std::string::npos) {
    out += "<figure class=\"reader-lead\"><img src=\"" + esc_attr(a.lead_image) + "\" alt=\"\">";
    if (!a.lead_image_caption.empty()) out += "<figcaption>" + esc(a.lead_image_caption) + "</figcaption>";
    out += "</figure>\n";
  }
  out += "<article class=\"reader-content\">\n" + a.content + "\n</article>\n";
  if (!a.removed.empty()) {
    std::map<std::string, int> counts;
    for (const Removal& rm : a.removed) counts[rm.category]++;
    out += "<footer class=\"reader-footer\"><details><summary>" + std::to_string(a.removed.size()) +
           (a.removed.size() == 1 ? " item" : " items") + " removed (";
    bool first = true;
    for (auto& [cat, n] : counts) {
      out += (first ? "" : ", ") + std::to_string(n) + " " + esc(cat);
      first = false;
    }
    out += ")</summary>\n<ul>\n";
    for (const Removal& rm : a.removed) {
      out += "<li><span class=\"reader-category\">" + esc(rm.category) + "</span> " +
             esc(rm.text) + "</li>\n";
    }
    out += "</ul></details></footer>\n";
  }
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace reader
