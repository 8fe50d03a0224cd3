#include "meta/json_ld.h"

#include <unordered_map>

#include "base/json.h"
#include "base/text.h"
#include "base/utf8.h"
#include "meta/text.h"
#include "meta/title.h"
#include "meta/url.h"

namespace reader::meta {
namespace {

using Json = json::Value;

// Nesting past this is not metadata; such a script is skipped rather than
// handed to the parser (bounded work on hostile input).
constexpr size_t kMaxJsonDepth = 200;
// Authors listed past this are dropped from the byline (a 300-name author
// array is a data dump, not a byline).
constexpr size_t kMaxAuthors = 20;
// Readability takes `name` over `headline` unless only the headline is this
// similar to the document title.
constexpr double kTitleSimilarityThreshold = 0.75;

// --- script text -> JSON values ----------------------------------------------

bool strip_prefix(std::string_view& s, std::string_view p) {
  if (s.substr(0, p.size()) != p) return false;
  s.remove_prefix(p.size());
  s = trim(s);
  return true;
}
bool strip_suffix(std::string_view& s, std::string_view p) {
  if (s.size() < p.size() || s.substr(s.size() - p.size()) != p) return false;
  s.remove_suffix(p.size());
  s = trim(s);
  return true;
}

// Removes "<!--", "<![CDATA[" (also behind "//" or "/*...*/") wrappers.
std::string_view strip_wrappers(std::string_view s) {
  s = trim(s);
  bool changed = true;
  while (changed) {
    changed = strip_prefix(s, "<!--") || strip_prefix(s, "//<![CDATA[") ||
              strip_prefix(s, "/*<![CDATA[*/") || strip_prefix(s, "<![CDATA[") ||
              strip_suffix(s, "-->") || strip_suffix(s, "//]]>") || strip_suffix(s, "/*]]>*/") ||
              strip_suffix(s, "]]>");
  }
  return s;
}

// Splits `s` into its top-level JSON objects/arrays (skipping junk between
// them), replacing raw control characters inside strings by spaces (a common
// authoring error browsers' JSON.parse rejects too, but the data is fine).
// Returns false when nesting exceeds kMaxJsonDepth.
bool split_json_values(std::string_view s, std::vector<std::string>& out) {
  std::string cur;
  size_t depth = 0;
  bool in_string = false;
  bool escaped = false;
  for (const char c : s) {
    if (depth == 0) {
      if (c != '{' && c != '[') continue;  // junk between values
      cur.clear();
    }
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
      cur.push_back(static_cast<unsigned char>(c) < 0x20 ? ' ' : c);
      continue;
    }
    cur.push_back(c);
    if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth > kMaxJsonDepth) return false;
    } else if (c == '}' || c == ']') {
      if (--depth == 0) out.push_back(std::move(cur));
    }
  }
  return true;
}

void parse_script(std::string_view text, std::vector<Json>& roots) {
  std::string repaired;
  if (!is_valid_utf8(text)) {
    repaired = repair_utf8(text);
    text = repaired;
  }
  text = strip_wrappers(text);
  std::vector<std::string> values;
  if (!split_json_values(text, values)) return;
  for (const std::string& v : values) {
    Json parsed;
    if (json::parse(v, parsed)) roots.push_back(std::move(parsed));
  }
}

bool is_ld_json_type(std::string_view type) {
  type = trim(type);
  const size_t semicolon = type.find(';');  // "application/ld+json; charset=utf-8"
  if (semicolon != std::string_view::npos) type = trim(type.substr(0, semicolon));
  return equals_ignore_case(type, "application/ld+json");
}

// --- schema.org entities ------------------------------------------------------

struct Entity {
  const Json* node;
  const Json* context;  // @context in effect (own or the enclosing root's)
};

const Json* member(const Json& o, const char* key) {
  return o.find(key);
}

bool is_schema_org_context(const Json* c) {
  if (c == nullptr) return false;
  if (c->is_string()) return contains_ignore_case(c->string(), "schema.org");
  if (c->is_object()) {
    const Json* vocab = member(*c, "@vocab");
    return vocab != nullptr && vocab->is_string() &&
           contains_ignore_case(vocab->string(), "schema.org");
  }
  if (c->is_array()) {
    for (const Json& e : c->items()) {
      if (is_schema_org_context(&e)) return true;
    }
  }
  return false;
}

// "http://schema.org/NewsArticle" and "schema:NewsArticle" name the type
// "NewsArticle" (compact IRIs and full IRIs are valid JSON-LD).
std::string_view local_type_name(std::string_view type) {
  const size_t cut = type.find_last_of("/:#");
  return cut == std::string_view::npos ? type : type.substr(cut + 1);
}

template <typename Pred>
bool type_matches(const Json& o, Pred pred) {
  const Json* t = member(o, "@type");
  if (t == nullptr) return false;
  if (t->is_string()) return pred(local_type_name(t->string()));
  if (t->is_array()) {
    for (const Json& e : t->items()) {
      if (e.is_string() && pred(local_type_name(e.string()))) return true;
    }
  }
  return false;
}

bool is_page_type(std::string_view type) {
  return type.size() >= 4 && type.substr(type.size() - 4) == "Page";
}

// "Organization", "NewsMediaOrganization", "EducationalOrganization"...
bool is_organization_type(std::string_view type) {
  constexpr std::string_view kOrganization = "Organization";
  return type.size() >= kOrganization.size() &&
         type.substr(type.size() - kOrganization.size()) == kOrganization;
}

// Roots, their @graph members and their mainEntity, in document order.
std::vector<Entity> collect_entities(const std::vector<Json>& roots) {
  std::vector<Entity> out;
  const auto add = [&out](const Json& node, const Json* context) {
    if (!node.is_object()) return;
    const Json* own = member(node, "@context");
    const Json* ctx = own != nullptr ? own : context;
    out.push_back({&node, ctx});
    if (const Json* main = member(node, "mainEntity")) {
      if (main->is_object()) out.push_back({main, ctx});
    }
  };
  const auto add_with_graph = [&add](const Json& node, const Json* context) {
    add(node, context);
    const Json* graph = member(node, "@graph");
    if (graph == nullptr || !graph->is_array()) return;
    const Json* own = member(node, "@context");
    for (const Json& g : graph->items()) add(g, own != nullptr ? own : context);
  };
  for (const Json& root : roots) {
    if (root.is_array()) {
      for (const Json& e : root.items()) add_with_graph(e, nullptr);
    } else {
      add_with_graph(root, nullptr);
    }
  }
  return out;
}

class Reader {
 public:
  explicit Reader(const std::vector<Entity>& entities) {
    for (const Entity& e : entities) {
      const Json* id = member(*e.node, "@id");
      if (id != nullptr && id->is_string()) ids_.emplace(id->string(), e.node);
    }
  }

  // An object that is only a reference ({"@id": ...}) stands for the entity
  // with that @id, when the document defines one.
  const Json& resolve(const Json& v) const {
    if (!v.is_object()) return v;
    const Json* id = member(v, "@id");
    if (id == nullptr || !id->is_string() || member(v, "name") != nullptr) return v;
    const auto it = ids_.find(id->string());
    return it == ids_.end() ? v : *it->second;
  }

  static std::string text(const Json& o, const char* key) {
    const Json* v = member(o, key);
    if (v == nullptr || !v->is_string()) return {};
    return clean_text(v->string());
  }

  // Name of a Person/Organization value: string, {name}, {givenName,
  // familyName}, or a reference to one.
  std::string name_of(const Json& v) const {
    if (v.is_string()) {
      std::string s = clean_text(v.string());
      return is_absolute_url(s) ? std::string() : s;
    }
    const Json& o = resolve(v);
    std::string name = text(o, "name");
    if (name.empty()) {
      const std::string given = text(o, "givenName");
      const std::string family = text(o, "familyName");
      name = clean_text(given + " " + family);
    }
    return name;
  }

  std::string authors(const Json& article) const {
    // Not `creator`: it names accounts ("CC7567" on wikia) more often than
    // the writer Readability finds in the page.
    const Json* a = member(article, "author");
    if (a == nullptr) return {};
    std::vector<std::string> names;
    const auto add = [&names](std::string name) {
      if (name.empty() || names.size() >= kMaxAuthors) return;
      for (const std::string& n : names) {
        if (n == name) return;
      }
      names.push_back(std::move(name));
    };
    if (a->is_array()) {
      for (const Json& e : a->items()) add(name_of(e));
    } else {
      add(name_of(*a));
    }
    std::string out;
    for (const std::string& n : names) {
      if (!out.empty()) out += ", ";
      out += n;
    }
    return out;
  }

  std::string publisher_name(const Json& article) const {
    const Json* p = member(article, "publisher");
    if (p == nullptr) return {};
    if (p->is_array()) {
      for (const Json& e : p->items()) {
        std::string n = name_of(e);
        if (!n.empty()) return n;
      }
      return {};
    }
    return name_of(*p);
  }

  // image: URL string, ImageObject {url | contentUrl}, or an array of either.
  void image(const Json& article, JsonLdFields& f) const {
    const Json* img = member(article, "image");
    if (img != nullptr) {
      const Json* first = img;
      if (img->is_array()) {
        first = nullptr;
        for (const Json& e : img->items()) {
          if (!image_url(e).empty()) {
            first = &e;
            break;
          }
        }
      }
      if (first != nullptr) {
        f.image = image_url(*first);
        f.image_caption = text(resolve(*first), "caption");
      }
    }
    if (f.image.empty()) f.image = text(article, "thumbnailUrl");
  }

  std::string image_url(const Json& v) const {
    if (v.is_string()) return std::string(trim(v.string()));
    const Json& o = resolve(v);
    std::string url = text(o, "url");
    if (url.empty()) url = text(o, "contentUrl");
    return url;
  }

  static std::string page_url(const Json& article) {
    std::string url = text(article, "url");
    if (!url.empty()) return url;
    const Json* main = member(article, "mainEntityOfPage");
    if (main == nullptr) return {};
    if (main->is_string()) return clean_text(main->string());
    url = text(*main, "@id");
    return url.empty() ? text(*main, "url") : url;
  }

  static std::string language(const Json& o) {
    const Json* v = member(o, "inLanguage");
    if (v == nullptr) return {};
    if (v->is_string()) return clean_text(v->string());
    return text(*v, "alternateName");
  }

  JsonLdFields fields(const Json& o, const dom::Document* doc_for_title) const {
    JsonLdFields f;
    // Readability _getJSONLD: when name and headline differ, take the one
    // that resembles the document title, preferring name.
    const std::string name = text(o, "name");
    const std::string headline = text(o, "headline");
    if (!name.empty() && !headline.empty() && name != headline && doc_for_title != nullptr) {
      const std::string title = article_title(*doc_for_title);
      const bool name_matches = text_similarity(name, title) > kTitleSimilarityThreshold;
      const bool headline_matches = text_similarity(headline, title) > kTitleSimilarityThreshold;
      f.title = headline_matches && !name_matches ? headline : name;
    } else {
      f.title = name.empty() ? headline : name;
    }
    f.byline = authors(o);
    f.excerpt = text(o, "description");
    f.site_name = publisher_name(o);
    f.published_time = text(o, "datePublished");
    image(o, f);
    f.lang = language(o);
    f.url = page_url(o);
    f.article_body = text(o, "articleBody");
    return f;
  }

 private:
  std::unordered_map<std::string, const Json*> ids_;
};

bool is_false(const Json* v) {
  if (v == nullptr) return false;
  if (v->is_boolean()) return !v->boolean();
  if (v->is_string()) return equals_ignore_case(trim(v->string()), "false");
  return false;
}

void add_selector(std::vector<std::string>& out, std::string_view s) {
  const std::string sel(trim(s));
  if (sel.empty()) return;
  for (const std::string& e : out) {
    if (e == sel) return;
  }
  out.push_back(sel);
}

void read_paywall(const Reader& reader, const Json& entity, JsonLdMetadata& out) {
  if (is_false(member(entity, "isAccessibleForFree"))) out.is_paywalled = true;
  const Json* parts = member(entity, "hasPart");
  if (parts == nullptr) return;
  const auto visit = [&](const Json& part_ref) {
    const Json& part = reader.resolve(part_ref);
    if (!is_false(member(part, "isAccessibleForFree"))) return;
    out.is_paywalled = true;
    const Json* sel = member(part, "cssSelector");
    if (sel == nullptr) return;
    if (sel->is_string()) add_selector(out.paywall_selectors, sel->string());
    if (sel->is_array()) {
      for (const Json& e : sel->items()) {
        if (e.is_string()) add_selector(out.paywall_selectors, e.string());
      }
    }
  };
  if (parts->is_array()) {
    for (const Json& p : parts->items()) visit(p);
  } else {
    visit(*parts);
  }
}

}  // namespace

bool is_article_type(std::string_view type) {
  static const char* const kInner[] = {
      "AdvertiserContentArticle", "NewsArticle",       "AnalysisNewsArticle",
      "AskPublicNewsArticle",     "BackgroundNewsArticle", "OpinionNewsArticle",
      "ReportageNewsArticle",     "ReviewNewsArticle", "Report",
      "SatiricalArticle",         "ScholarlyArticle",  "MedicalScholarlyArticle",
      "SocialMediaPosting",       "BlogPosting",       "LiveBlogPosting",
      "DiscussionForumPosting",   "TechArticle"};
  if (type.substr(0, 7) == "Article") return true;
  if (type.size() >= 12 && type.substr(type.size() - 12) == "APIReference") return true;
  for (const char* inner : kInner) {
    if (type.find(inner) != std::string_view::npos) return true;
  }
  return false;
}

JsonLdMetadata read_json_ld(const dom::Document& doc) {
  std::vector<Json> roots;
  for (dom::NodeId id = doc.first_child(dom::Document::root()); id != dom::kNoNode;
       id = doc.next_in_tree(id, dom::Document::root())) {
    if (!doc.is_html(id, dom::Tag::kScript)) continue;
    if (!is_ld_json_type(doc.attr(id, "type"))) continue;
    parse_script(doc.text_content(id), roots);
  }
  JsonLdMetadata out;
  if (roots.empty()) return out;

  const std::vector<Entity> entities = collect_entities(roots);
  const Reader reader(entities);
  const Json* page = nullptr;
  for (const Entity& e : entities) {
    type_matches(*e.node, [&out](std::string_view t) {
      out.types.emplace_back(t);
      return false;  // visit every type
    });
    read_paywall(reader, *e.node, out);
    if (!is_schema_org_context(e.context)) continue;
    if (!out.has_article && type_matches(*e.node, is_article_type)) {
      out.has_article = true;
      out.article = reader.fields(*e.node, &doc);
    } else if (page == nullptr && type_matches(*e.node, is_page_type)) {
      page = e.node;
    } else if (out.website_name.empty() &&
               type_matches(*e.node, [](std::string_view t) { return t == "WebSite"; })) {
      out.website_name = Reader::text(*e.node, "name");
    } else if (out.organization_name.empty() && type_matches(*e.node, is_organization_type)) {
      out.organization_name = Reader::text(*e.node, "name");
    }
  }
  if (page != nullptr) out.page = reader.fields(*page, nullptr);
  return out;
}

}  // namespace reader::meta
