// The pipeline, top to bottom (Readability.js parse() order):
// bytes -> decode -> parse -> metadata (JSON-LD before scripts go) ->
// readerable check -> [per attempt: prep page, clutter pass, user rules,
// extraction] -> post-process -> sanitize -> serialize.
#include "reader.h"

#include <algorithm>
#include <cmath>
#include <type_traits>


#include "base/encoding.h"
#include "base/json.h"
#include "base/text.h"
#include "base/url.h"
#include "base/utf8.h"
#include "classify/page_features.h"
#include "classify/page_model.h"
#include "clutter/detector.h"
#include "clutter/rules.h"
#include "clutter/user_rules.h"
#include "extract/clean_article.h"
#include "extract/block_features.h"
#include "extract/container_features.h"
#include "extract/extractor.h"
#include "extract/prose.h"
#include "html/parser.h"
#include "meta/byline.h"
#include "meta/metadata.h"
#include "meta/site_title.h"
#include "meta/url.h"
#include "sanitize/sanitizer.h"
#include "serialize/html_serializer.h"
#include "serialize/markdown_escape.h"
#include "serialize/markdown_serializer.h"
#include "serialize/text_serializer.h"

namespace reader {

struct ArticleDom {
  std::unique_ptr<dom::Document> doc;
  dom::NodeId content = dom::kNoNode;
};

namespace {

using dom::Document;
using dom::kNoNode;
using dom::NodeId;

// A collection or listing page (a shop category, an index of posts) is a
// page for browsing: readerable only when what was extracted still holds
// this much prose (weighted chars, extract/prose.h), i.e. an essay above
// the grid of cards. About three paragraphs.
constexpr size_t kMinBrowsingPageProse = 1000;

// Reading speed for the "N min read" estimate: ~230 words per minute for
// alphabetic scripts, ~500 characters per minute for CJK text.
constexpr double kWordsPerMinute = 230;
constexpr double kCjkCharsPerMinute = 500;
// Preview length of a removed block's text.
constexpr size_t kRemovalPreviewChars = 200;
// Readability's excerpt falls back to the first paragraph, whole; this cap
// only bounds pathological single-paragraph pages.
constexpr size_t kMaxExcerptChars = 5000;


// Magic numbers of formats that are certainly not HTML.
const char* binary_kind(std::string_view b) {
  auto starts = [&](std::string_view m) { return b.substr(0, m.size()) == m; };
  if (starts("\x89PNG")) return "a PNG image";
  if (starts("\xFF\xD8\xFF")) return "a JPEG image";
  if (starts("GIF87a") || starts("GIF89a")) return "a GIF image";
  if (starts("%PDF-")) return "a PDF document";
  if (starts("PK\x03\x04")) return "a ZIP archive";
  if (starts("\x1F\x8B")) return "gzip-compressed data";
  if (starts(std::string_view("\0asm", 4))) return "a WebAssembly module";
  if (b.size() >= 12 && b.substr(0, 4) == "RIFF" && b.substr(8, 4) == "WEBP") return "a WebP image";
  // Many NUL bytes in a page that has no UTF-16 BOM: binary.
  if (starts("\xFF\xFE") || starts("\xFE\xFF")) return nullptr;
  size_t sample = std::min<size_t>(b.size(), 4096), nul = 0;
  for (size_t i = 0; i < sample; ++i) nul += b[i] == '\0';
  if (sample >= 64 && nul * 10 > sample) return "binary data";
  return nullptr;
}

bool is_blank(std::string_view s) {
  for (char c : s) {
    if (!(c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f')) return false;
  }
  return true;
}

bool is_cjk(uint32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) ||
         (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF);
}

int reading_minutes(std::string_view text) {
  size_t words = 0, cjk = 0;
  bool in_word = false;
  for (size_t i = 0; i < text.size();) {
    uint32_t cp = next_code_point(text, i);
    if (is_cjk(cp)) {
      ++cjk;
      in_word = false;
    } else if (cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r') {
      in_word = false;
    } else if (!in_word) {
      ++words;
      in_word = true;
    }
  }
  double minutes = words / kWordsPerMinute + cjk / kCjkCharsPerMinute;
  if (words + cjk == 0) return 0;
  return std::max(1, static_cast<int>(std::lround(minutes)));
}

std::string first_paragraph(const Document& doc, NodeId content) {
  for (NodeId n = content; n != kNoNode; n = doc.next_in_tree(n, content)) {
    if (doc.is_html(n, dom::Tag::kP)) {
      std::string t = collapse_whitespace(doc.text_content(n), SpaceSet::kHtmlAndNbsp);
      if (!t.empty()) return std::string(utf8_truncate(t, kMaxExcerptChars));
    }
  }
  return {};
}

// Whether the serialized `content` shows `image` already: its URL (as
// serialized, with & escaped) or its file name appears there. The file name
// catches the same picture at another size or through a resizing proxy
// (theweek: og:image ".../kim-putin-vladivostok-1200-80.jpg" vs a srcset entry);
// names of 4 characters or fewer ("1.jpg") are too common to tell.
constexpr size_t kMinImageFileNameChars = 5;
bool shows_image(std::string_view content, std::string_view image) {
  if (image.empty()) return false;
  std::string escaped;
  serialize::escape_attribute(image, escaped);
  if (content.find(image) != std::string_view::npos || content.find(escaped) != std::string_view::npos) {
    return true;
  }
  std::string_view path = image.substr(0, image.find_first_of("?#"));
  std::string_view file = path.substr(path.rfind('/') == std::string_view::npos ? 0 : path.rfind('/') + 1);
  return file.size() >= kMinImageFileNameChars && content.find(file) != std::string_view::npos;
}

// Index of the first top-level block of `content` that came after `order`
// in the page (-1: after the last one). Node ids grow in document order.
int anchor_for(const Document& doc, NodeId content, uint32_t order) {
  int index = 0;
  for (NodeId c = doc.first_child(content); c != kNoNode; c = doc.next_sibling(c), ++index) {
    NodeId first = c;
    // A wrapper made during extraction has a new id: judge it by its first child.
    while (doc.first_child(first) != kNoNode && first > order && doc.is_element(first) &&
           doc.first_child(first) < first) {
      first = doc.first_child(first);
    }
    if (first > order) return index;
  }
  return -1;
}

}  // namespace

const char* version() { return READER_VERSION; }

std::string_view charset_for_label(std::string_view label) { return encoding_for_label(label); }

bool is_web_url(std::string_view url) {
  auto has_scheme = [&](std::string_view scheme) {
    // "scheme://": WHATWG also reads "http:host" as absolute; a command line
    // that means a page address spells the slashes.
    if (url.size() < scheme.size() + 3 || url.substr(scheme.size(), 3) != "://") return false;
    for (size_t i = 0; i < scheme.size(); ++i) {
      if ((url[i] | 0x20) != scheme[i]) return false;
    }
    return true;
  };
  return (has_scheme("http") || has_scheme("https")) && reader::is_absolute_url(url);
}

Options options_from_json(std::string_view text, std::string_view url) {
  Options o;
  o.url = std::string(url);
  json::Value j;
  if (!json::parse(text, j) || !j.is_object()) return o;
  const json::Value* v = j.find("url");
  if (v && v->is_string() && o.url.empty()) o.url = v->string();
  if ((v = j.find("charset")) && v->is_string()) o.charset = v->string();
  if ((v = j.find("userRules")) && v->is_string()) o.user_rules = v->string();
  if ((v = j.find("removeClutter")) && v->is_boolean()) o.remove_clutter = v->boolean();
  if ((v = j.find("formats")) && v->is_array()) {
    for (const json::Value& f : v->items()) {
      if (!f.is_string()) continue;
      if (f.string() == "markdown") o.with_markdown = true;
      if (f.string() == "readerPage") o.with_reader_page = true;
    }
  }
  return o;
}

namespace {

// clean() of `bytes`; `owned`, when given, holds them and is emptied once they
// are decoded (the page then lives on as UTF-8 and as a DOM only).
Result clean_page(std::string_view bytes, std::string* owned, const Options& options) {
  Result r;
  r.article.url = options.url;
  r.with_markdown = options.with_markdown;
  r.with_reader_page = options.with_reader_page;
  if (is_blank(bytes)) {
    r.usable = false;
    r.status = Status::kEmptyInput;
    r.error = "empty input: no HTML to read";
    return r;
  }
  if (const char* kind = binary_kind(bytes)) {
    r.usable = false;
    r.status = Status::kBinaryInput;
    r.error = std::string("input is ") + kind + ", not an HTML page";
    return r;
  }
  if (bytes.size() > options.limits.max_input_bytes) {
    bytes = bytes.substr(0, options.limits.max_input_bytes);
    r.status = Status::kInputTooLarge;
  }
  DecodeResult decoded = decode_to_utf8(bytes, options.charset);
  r.charset = decoded.encoding;
  bytes = {};
  if (owned) std::string().swap(*owned);

  html::ParseOptions parse_options;
  parse_options.limits = options.limits;
  auto parse = [&](Status* status) {
    auto doc = std::make_unique<Document>();
    html::ParseResult pr = html::parse_document(decoded.utf8, *doc, parse_options);
    if (status && pr.status != Status::kOk && r.status == Status::kOk) *status = pr.status;
    return doc;
  };

  std::unique_ptr<Document> first = parse(&r.status);
  meta::Metadata md = meta::extract_metadata(*first, options.url);
  // The page's type as the result reports it (pageType, and whether a
  // collection or listing is for reading): the learned classifier over the
  // rules' votes and the page's markup (classify/page_model.h). The
  // extraction still goes by the rules' type (md.page_type): the block
  // scorer and the container choice were trained on it, and retrained on
  // the learned type they gained on wcxb-dev held-out (0.835 -> 0.838) but
  // lost product pages (held-out 0.546 -> 0.539, under their floor).
  meta::PageType page_type = md.page_type;
  {
    const classify::PageRow page_row = classify::page_features(*first, md.page_signals);
    page_type = classify::classify_page_learned(page_row, md.page_type);
    if (options.with_blocks) r.page_features.assign(page_row.begin(), page_row.end());
  }
  r.article.readerable = extract::is_probably_readerable(*first);
  std::string base_url = meta::document_base_url(*first, options.url);
  const std::string host = url_host(options.url).value_or("");

  clutter::UserRules user_rules = clutter::parse_user_rules(options.user_rules);
  r.rule_errors = user_rules.errors;
  const clutter::RuleSet& rules = clutter::builtin_rules();

  extract::PageFactory make_page = [&]() {
    extract::PreparedPage page;
    page.doc = first ? std::move(first) : parse(nullptr);
    extract::prep_document(*page.doc);
    NodeId body = page.doc->body();
    if (body != kNoNode) {
      if (options.remove_clutter) {
        clutter::remove_clutter(*page.doc, body, rules, page.log,
                                clutter::PageHints{md.paywall_selectors, md.byline});
      }
      clutter::apply_user_rules(*page.doc, body, user_rules, host, page.log);
    }
    return page;
  };
  extract::ExtractOptions eo;
  // Headings are compared with the title as Readability has it (a site
  // suffix included): its header-duplicate checks are tuned to that.
  eo.title = md.source_title;
  eo.thread = md.page_type == meta::PageType::kForum;
  eo.whole_main = md.page_type == meta::PageType::kProduct ||
                  md.page_type == meta::PageType::kCollection ||
                  md.page_type == meta::PageType::kListing;
  eo.base_url = base_url;
  eo.record_blocks = options.with_blocks;
  eo.page_type = static_cast<int>(md.page_type);
  extract::Extraction ex = extract::extract_article(make_page, eo);
  // The decoded page is only re-parsed by the extractor's attempts: free it
  // before serializing (heap peak, issue 12).
  std::string().swap(decoded.utf8);

  auto article_dom = std::make_shared<ArticleDom>();
  if (!ex.page.doc) return r;
  for (extract::ScoredBlock& b : ex.blocks) {
    r.blocks.push_back({std::move(b.text), std::move(b.features), b.log_odds, b.removed});
  }
  for (extract::ScoredContainer& c : ex.containers) {
    r.containers.push_back({std::move(c.features), c.text_begin, c.text_end, c.gain, c.chosen});
  }
  r.candidate_texts = std::move(ex.candidate_texts);
  Document& doc = *ex.page.doc;
  NodeId content = ex.content;
  if (content == kNoNode) {
    content = doc.create_element(dom::Tag::kDiv);
  }
  extract::post_process(doc, content, base_url);
  sanitize::sanitize(doc, content);

  Article& a = r.article;
  a.title = md.title;
  a.document_title = md.document_title;
  // The extractor's byline is page text ("Von Maria Müller"): cleaned the
  // way the metadata's is, unless nothing would be left (seattletimes-1: a
  // dateline, which Readability reports as the byline too).
  // The raw text only stands in for a dateline; a byline naming the site
  // (the publisher) is none.
  std::string cleaned_byline = meta::clean_byline(ex.byline);
  std::string raw_byline = collapse_whitespace(ex.byline, SpaceSet::kHtmlAndNbsp);
  if (meta::find_date_start(raw_byline) == std::string::npos) raw_byline.clear();
  if (meta::names_site(raw_byline, md.site_names) ||
      meta::names_site(cleaned_byline, md.site_names)) {
    cleaned_byline.clear();
    raw_byline.clear();
  }
  a.byline = !md.byline.empty()          ? md.byline
             : !cleaned_byline.empty() ? cleaned_byline
                                       : raw_byline;
  a.dir = md.dir;
  a.lang = md.lang;
  a.site_name = md.site_name;
  a.published_time = md.published_time;
  a.lead_image = md.lead_image;
  a.lead_image_caption = md.lead_image_caption;
  a.content = serialize::outer_html(doc, content);
  a.lead_image_in_content = shows_image(a.content, a.lead_image);
  a.text_content = serialize::to_plain_text(doc, content);
  a.length = utf8_length(a.text_content);
  a.excerpt = !md.excerpt.empty() ? md.excerpt : first_paragraph(doc, content);
  a.reading_minutes = reading_minutes(a.text_content);
  a.page_type = std::string(meta::page_type_name(page_type));
  if ((page_type == meta::PageType::kCollection || page_type == meta::PageType::kListing) &&
      extract::prose_chars(doc, content) < kMinBrowsingPageProse) {
    a.readerable = false;
  }

  int index = 0;
  for (const dom::RemovalEntry& e : ex.page.log.entries()) {
    // Block-aware text: the links of a menu read "News Politics World", not
    // "NewsPoliticsWorld".
    std::string text =
        collapse_whitespace(serialize::to_plain_text(doc, e.node), SpaceSet::kHtmlAndNbsp);
    bool has_image = false;
    for (NodeId n = e.node; n != kNoNode && !has_image; n = doc.next_in_tree(n, e.node)) {
      has_image = doc.is_html(n, dom::Tag::kImg);
    }
    if (text.empty() && !has_image) continue;  // empty ad slots and spacers: nothing to show
    Removal rm;
    rm.index = index++;
    rm.category = e.category;
    rm.rule = e.rule;
    rm.text = std::string(utf8_truncate(text, kRemovalPreviewChars));
    rm.anchor = anchor_for(doc, content, e.order);
    NodeId wrapper = doc.create_element(dom::Tag::kDiv);
    doc.append_child(wrapper, e.node);
    extract::post_process(doc, wrapper, base_url);
    sanitize::sanitize(doc, wrapper);
    rm.html = serialize::inner_html(doc, wrapper);
    a.removed.push_back(std::move(rm));
  }
  article_dom->content = content;
  article_dom->doc = std::move(ex.page.doc);
  r.article_dom = std::move(article_dom);
  return r;
}

}  // namespace

Result clean(std::string_view page_bytes, const Options& options) {
  return clean_page(page_bytes, nullptr, options);
}

Result clean_owned(std::string&& page_bytes, const Options& options) {
  return clean_page(page_bytes, &page_bytes, options);
}

namespace {

// Upper bound of a string's length once escaped by json::dump():
// '"' and '\\' take two bytes, other control characters at most six.
size_t escaped_size_bound(const std::string& s) {
  size_t n = s.size() + 2;
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') n += 1;
    else if (c < 0x20) n += 5;
  }
  return n;
}

// The names of a learned model's features, in feature order (the header of
// the --blocks diagnostics' block, page and container tables).
json::Value feature_names(int count, const char* (*name)(int)) {
  json::Value names = json::Value::array();
  for (int f = 0; f < count; ++f) names.push_back(name(f));
  return names;
}

// The JSON of a Result. From a non-const Result (consume), the Result's strings are moved into
// the JSON and its DOM is released before the text is written, so the page is
// never held as DOM, strings and JSON text at once (the WASM heap's peak,
// issue 12); the text is written into a buffer reserved at its final size.
template <typename ResultRef>
std::string json_of(ResultRef& r, int indent) {
  constexpr bool consume = !std::is_const_v<ResultRef>;
  std::string markdown = r.with_markdown ? to_markdown(r) : std::string();
  std::string reader_page = r.with_reader_page ? to_reader_page(r) : std::string();
  if constexpr (consume) r.article_dom.reset();
  auto& a = r.article;
  size_t bound = 4096 + escaped_size_bound(a.content) + escaped_size_bound(a.text_content) +
                 escaped_size_bound(a.title) + escaped_size_bound(a.byline) +
                 escaped_size_bound(a.excerpt) + escaped_size_bound(a.url) +
                 escaped_size_bound(a.lead_image) + escaped_size_bound(a.lead_image_caption) +
                 escaped_size_bound(markdown) + escaped_size_bound(reader_page);
  for (const Removal& rm : a.removed) {
    bound += 256 + escaped_size_bound(rm.html) + escaped_size_bound(rm.text) +
             escaped_size_bound(rm.category) + escaped_size_bound(rm.rule);
  }
  for (const std::string& e : r.rule_errors) bound += 16 + escaped_size_bound(e);
  bound += escaped_size_bound(a.document_title);
  // Block scores (the learned scorer's debug output): text and ~24 bytes a number.
  for (const auto& b : r.blocks) bound += 64 + escaped_size_bound(b.text) + 24 * b.features.size();
  for (const auto& c : r.containers) bound += 64 + 24 * c.features.size();
  for (const auto& t : r.candidate_texts) bound += 4 + escaped_size_bound(t);
  bound += 64 + 48 * r.page_features.size();  // a name and a number each
  // Pretty printing: a line break and indentation per value.
  if (indent > 0) {
    bound += (64 + 8 * static_cast<size_t>(indent)) * (32 + 8 * a.removed.size());
    for (const auto& b : r.blocks) bound += (8 + 4 * static_cast<size_t>(indent)) * (8 + b.features.size());
    for (const auto& c : r.containers) bound += (8 + 4 * static_cast<size_t>(indent)) * (8 + c.features.size());
    bound += (8 + 4 * static_cast<size_t>(indent)) * r.candidate_texts.size();
    bound += (8 + 4 * static_cast<size_t>(indent)) * 2 * (8 + r.page_features.size());
  }
  auto take = [](auto& s) {
    if constexpr (consume) return json::Value(std::move(s)); else return json::Value(s);
  };
  auto string_or_null = [&](auto& s) { return s.empty() ? json::Value(nullptr) : take(s); };

  json::Value j;
  j["title"] = string_or_null(a.title);
  j["documentTitle"] = string_or_null(a.document_title);
  j["byline"] = string_or_null(a.byline);
  j["dir"] = string_or_null(a.dir);
  j["lang"] = string_or_null(a.lang);
  j["content"] = take(a.content);
  j["textContent"] = take(a.text_content);
  j["length"] = a.length;
  j["excerpt"] = string_or_null(a.excerpt);
  j["siteName"] = string_or_null(a.site_name);
  j["publishedTime"] = string_or_null(a.published_time);
  j["leadImage"] = string_or_null(a.lead_image);
  j["leadImageCaption"] = string_or_null(a.lead_image_caption);
  j["leadImageInContent"] = a.lead_image_in_content;
  j["readerable"] = a.readerable;
  j["pageType"] = take(a.page_type);
  j["readingMinutes"] = a.reading_minutes;
  j["url"] = string_or_null(a.url);
  j["status"] = status_name(r.status);
  j["charset"] = take(r.charset);
  json::Value removed = json::Value::array();
  for (auto& rm : a.removed) {
    json::Value e;
    e["index"] = rm.index;
    e["category"] = take(rm.category);
    e["rule"] = take(rm.rule);
    e["text"] = take(rm.text);
    e["html"] = take(rm.html);
    e["anchor"] = rm.anchor;
    removed.push_back(std::move(e));
  }
  if constexpr (consume) a.removed.clear();
  j["removed"] = std::move(removed);
  j["ruleErrors"] = r.rule_errors;
  if (!r.usable) j["error"] = take(r.error);
  if (r.with_markdown) j["markdown"] = std::move(markdown);
  if (r.with_reader_page) j["readerPage"] = std::move(reader_page);
  if (!r.blocks.empty()) {
    json::Value rows = json::Value::array();
    for (auto& b : r.blocks) {
      json::Value row;
      row["text"] = take(b.text);
      row["features"] = b.features;
      row["logOdds"] = b.log_odds;
      row["removed"] = b.removed;
      rows.push_back(std::move(row));
    }
    json::Value& blocks = j["blocks"];
    blocks["features"] = feature_names(extract::kBlockFeatureCount, extract::block_feature_name);
    blocks["rows"] = std::move(rows);
  }
  if (!r.page_features.empty()) {
    json::Value& page = j["page"];
    page["features"] = feature_names(classify::kPageFeatureCount, classify::page_feature_name);
    page["row"] = r.page_features;
  }
  if (!r.containers.empty()) {
    json::Value rows = json::Value::array();
    for (auto& c : r.containers) {
      json::Value row;
      row["features"] = c.features;
      row["begin"] = c.text_begin;
      row["end"] = c.text_end;
      row["gain"] = c.gain;
      row["chosen"] = c.chosen;
      rows.push_back(std::move(row));
    }
    json::Value& containers = j["containers"];
    containers["features"] = feature_names(extract::kContainerFeatureCount, extract::container_feature_name);
    containers["rows"] = std::move(rows);
    containers["texts"] = take(r.candidate_texts);
  }

  // Written into a buffer reserved up front.
  std::string out;
  out.reserve(bound);
  json::dump(j, indent, out);
  return out;
}

}  // namespace

std::string to_json(const Result& r, int indent) { return json_of(r, indent); }

std::string to_json(Result&& r, int indent) { return json_of(r, indent); }

std::string to_text(const Result& r) {
  std::string out;
  if (!r.article.title.empty()) out += r.article.title + "\n\n";
  out += r.article.text_content;
  if (!out.empty() && out.back() != '\n') out.push_back('\n');
  return out;
}

std::string to_markdown(const Result& r) {
  std::string out;
  if (!r.article.title.empty()) {
    out += "# ";
    serialize::markdown::append_escaped_text(r.article.title, ' ', out);
    out += "\n\n";
  }
  std::vector<std::string> meta_line;
  if (!r.article.byline.empty()) meta_line.push_back(r.article.byline);
  if (!r.article.site_name.empty()) meta_line.push_back(r.article.site_name);
  if (!r.article.published_time.empty()) meta_line.push_back(r.article.published_time);
  for (size_t i = 0; i < meta_line.size(); ++i) {
    out += i ? " · " : "*";
    serialize::markdown::append_escaped_text(meta_line[i], i ? ' ' : '*', out);
  }
  if (!meta_line.empty()) out += "*\n\n";
  if (const ArticleDom* d = r.article_dom.get(); d && d->doc) {
    out += serialize::to_markdown(*d->doc, d->content);
  }
  if (!out.empty() && out.back() != '\n') out.push_back('\n');
  return out;
}

}  // namespace reader
