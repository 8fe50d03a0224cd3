// The standalone reader-view page (`reader-clean --format html`): the
// extension's reader view without its controls. Same markup, the same
// stylesheet and labels (core/reader_page/reader.css, labels.json), no script
// at all and a Content-Security-Policy that forbids any.
#include <string>

#include "base/url.h"
#include "reader.h"
#include "reader_page/labels.h"
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

}  // namespace

std::string to_reader_page(const Result& r) {
  const Article& a = r.article;
  std::string out;
  out.reserve(a.content.size() + page::stylesheet().size() + 8192);
  std::string lang_dir;
  if (!a.lang.empty()) lang_dir += " lang=\"" + esc_attr(a.lang) + "\"";
  if (!a.dir.empty()) lang_dir += " dir=\"" + esc_attr(a.dir) + "\"";
  const std::string title = a.title.empty() ? page::text("untitled") : a.title;
  out += "<!DOCTYPE html>\n<html" + lang_dir + ">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "img-src https: http: data:; media-src https: http:; style-src 'unsafe-inline'\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<meta name=\"referrer\" content=\"no-referrer\">\n";
  out += "<title>" + esc(title) + "</title>\n";
  out += "<style>\n";
  out += page::stylesheet();
  // Standalone, the document scrolls (the extension's view scrolls its own box).
  out += "\nhtml, body { margin: 0; height: 100%; }\n"
         "body > .rm-root { height: auto; min-height: 100%; }\n"
         "body > .rm-root > .rm-scroll { overflow: visible; }\n</style>\n</head>\n<body>\n";
  out += "<div class=\"rm-root\" data-theme=\"auto\" data-font=\"serif\" data-align=\"start\">\n"
         "<div class=\"rm-scroll\">\n<main class=\"rm-page\"" + lang_dir + ">\n"
         "<article class=\"rm-article\" aria-labelledby=\"rm-title\">\n<header class=\"rm-header\">\n";
  if (!a.site_name.empty()) out += "<p class=\"rm-site\">" + esc(a.site_name) + "</p>\n";
  out += "<h1 class=\"rm-title\" id=\"rm-title\">" + esc(title) + "</h1>\n";
  std::string meta;
  if (!a.byline.empty()) meta += "<span class=\"rm-byline\">" + esc(a.byline) + "</span>";
  if (!a.published_time.empty()) {
    meta += "<time datetime=\"" + esc_attr(a.published_time) + "\">" +
            esc(human_date(a.published_time)) + "</time>";
  }
  if (a.reading_minutes > 0) {
    meta += "<span class=\"rm-reading-time\">" + esc(page::text("readingTime", a.reading_minutes)) +
            "</span>";
  }
  if (!meta.empty()) out += "<p class=\"rm-meta\">" + meta + "</p>\n";
  out += "</header>\n";
  const bool has_text = a.text_content.find_first_not_of(" \t\r\n") != std::string::npos;
  if (!has_text) {
    // Not an article (or nothing usable): say so politely, in place.
    out += "<section class=\"rm-not-article\"><h2>" + esc(page::text("notArticleTitle")) +
           "</h2><p>" + esc(page::text("noArticleText")) + "</p></section>\n";
  } else if (!a.readerable) {
    out += "<p class=\"rm-notice\">" + esc(page::text("mayNotBeArticle")) + "</p>\n";
  }
  if (!a.lead_image.empty() && !a.lead_image_in_content) {
    out += "<figure class=\"rm-lead\"><img src=\"" + esc_attr(a.lead_image) + "\" alt=\"\">";
    if (!a.lead_image_caption.empty()) {
      out += "<figcaption>" + esc(a.lead_image_caption) + "</figcaption>";
    }
    out += "</figure>\n";
  }
  if (has_text) out += "<div class=\"rm-content\">\n" + a.content + "\n</div>\n";
  out += "</article>\n<footer class=\"rm-footer\">\n";
  if (a.removed.empty()) {
    out += "<p class=\"rm-removed-none\">" + esc(page::removed_summary(0)) + "</p>\n";
  } else {
    out += "<details class=\"rm-removed\"><summary class=\"rm-removed-toggle\">"
           "<span class=\"rm-removed-count\">" + esc(page::removed_summary(a.removed.size())) +
           "</span><span class=\"rm-removed-cats\">" + esc(page::category_counts(a.removed)) +
           "</span></summary>\n<ul class=\"rm-removed-list\" aria-label=\"" +
           esc_attr(page::text("removedList")) + "\">\n";
    for (const Removal& rm : a.removed) {
      out += "<li class=\"rm-removed-item\"><span class=\"rm-cat\">" +
             esc(page::category_label(rm.category)) + "</span><span class=\"rm-preview\">" +
             esc(rm.text) + "</span></li>\n";
    }
    out += "</ul></details>\n";
  }
  if (!a.url.empty()) {
    std::string host = url_host(a.url).value_or("");
    out += "<p class=\"rm-source\">" + esc(page::text("source")) + " <a href=\"" + esc_attr(a.url) +
           "\" rel=\"noopener noreferrer\">" + esc(host.empty() ? a.url : host) + "</a></p>\n";
  }
  out += "</footer>\n</main>\n</div>\n</div>\n</body>\n</html>\n";
  return out;
}

}  // namespace reader
