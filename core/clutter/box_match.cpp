// Prompt boxes recognised by what they ask the reader to do, not by their
// class names (issue 10): a call-to-action link or button whose target is a
// subscription, donation, sign-in, app-store or share address; an e-mail
// field outside a form; a row of share buttons; a cookie notice with its
// buttons. From the control the match climbs to the prompt's box: the
// heading, the short pitch and the controls around it, never a run of
// article paragraphs.
#include <initializer_list>
#include <string_view>

#include "clutter/guards.h"
#include "clutter/pass.h"
#include "clutter/text_fold.h"
#include "clutter/words.h"

namespace reader::clutter::detail {
namespace {

// A segment of the path of `href` (lowercase) equals one of `segments`.
bool has_path_segment(std::string_view href, std::initializer_list<std::string_view> segments) {
  size_t scheme = href.find("://");
  size_t path = scheme == std::string_view::npos ? 0 : href.find('/', scheme + 3);
  if (path == std::string_view::npos) return false;
  std::string_view rest = href.substr(path);
  // An app routed in the fragment keeps its path there (Ghost's
  // "#/portal/signup", "#/portal/signin"): that path names the page.
  size_t route = rest.find("#/");
  rest = route != std::string_view::npos ? rest.substr(route + 1) : rest;
  rest = rest.substr(0, rest.find_first_of(route != std::string_view::npos ? "?" : "?#"));
  while (!rest.empty()) {
    size_t slash = rest.find('/');
    std::string_view segment = rest.substr(0, slash);
    for (std::string_view s : segments) {
      if (segment == s) return true;
    }
    if (slash == std::string_view::npos) break;
    rest.remove_prefix(slash + 1);
  }
  return false;
}

// The host of an absolute `href` (lowercase), "" for a relative one.
std::string_view host_of(std::string_view href) {
  size_t scheme = href.find("://");
  if (scheme == std::string_view::npos) return {};
  std::string_view rest = href.substr(scheme + 3);
  return rest.substr(0, rest.find_first_of("/?#:"));
}

bool host_is(std::string_view host, std::initializer_list<std::string_view> hosts) {
  for (std::string_view h : hosts) {
    if (host == h) return true;
    if (host.size() > h.size() && host.substr(host.size() - h.size()) == h &&
        host[host.size() - h.size() - 1] == '.') {
      return true;
    }
  }
  return false;
}

bool any_part(std::string_view href, std::initializer_list<std::string_view> parts) {
  for (std::string_view p : parts) {
    if (has_part(href, p)) return true;
  }
  return false;
}

// App stores: a link there is an app plug ("Download on the App Store",
// "Bei Google Play herunterladen").
bool is_app_store(std::string_view host) {
  return host_is(host, {"apps.apple.com", "itunes.apple.com", "play.google.com",
                        "appgallery.huawei.com", "app.adjust.com", "onelink.me"});
}

// Share intents of the networks: the address of a share button.
bool is_share_intent(std::string_view href) {
  if (href.substr(0, 8) == "mailto:?") return true;
  // The page's own share endpoint, a "share" query parameter (WordPress's
  // "?share=facebook", blind seed set 1).
  if (href.find("?share=") != std::string_view::npos || href.find("&share=") != std::string_view::npos)
    return true;
  // ... or a share page of the site's platform ("/share", "/sharer.php",
  // Blogger's "/share-post.g?...&target=twitter", blind seed set 1).
  if (has_path_segment(href, {"share", "sharer", "sharer.php", "share.php", "share-post.g",
                              "share-post", "share-article"})) {
    return true;
  }
  std::string_view host = host_of(href);
  if (host.empty()) return false;
  if (host_is(host, {"wa.me"})) return true;
  if (host_is(host, {"facebook.com"}) && (href.find("/sharer") != std::string_view::npos ||
                                          href.find("/share") != std::string_view::npos)) {
    return true;
  }
  // Posting intents, not following ones (cnet: "@stevenmusil" in the
  // byline links to twitter.com/intent/user).
  if (host_is(host, {"twitter.com", "x.com"}) &&
      (href.find("/intent/tweet") != std::string_view::npos ||
       href.find("/intent/post") != std::string_view::npos ||
       href.find("/share") != std::string_view::npos)) {
    return true;
  }
  if (host_is(host, {"bsky.app"}) && href.find("/intent/compose") != std::string_view::npos) {
    return true;
  }
  if (host_is(host, {"linkedin.com"}) && href.find("/share") != std::string_view::npos) return true;
  if (host_is(host, {"api.whatsapp.com", "whatsapp.com"}) &&
      href.find("/send") != std::string_view::npos) {
    return true;
  }
  if (host_is(host, {"t.me", "telegram.me"}) && href.find("/share") != std::string_view::npos) {
    return true;
  }
  if (host_is(host, {"reddit.com"}) && href.find("/submit") != std::string_view::npos) return true;
  if (host_is(host, {"pinterest.com"}) && href.find("/pin/create") != std::string_view::npos) {
    return true;
  }
  return false;
}

// What a control's label says when it is a share button: a network's name
// or a verb of sharing, in the project's languages ("WhatsApp", "Copy link",
// "Compartilhar no Facebook" is caught by social.text).
bool is_share_label(std::string_view said) {
  static constexpr std::string_view kLabels[] = {
      "facebook", "x", "twitter", "whatsapp", "telegram", "linkedin", "reddit", "bluesky",
      "pinterest", "threads", "mastodon", "flipboard", "xing", "email", "e-mail", "mail",
      "share", "teilen", "partager", "compartir", "condividi", "compartilhar", "partilhar",
      "delen", "copy link", "copy the link", "link kopieren", "link copiëren", "copier le lien",
      "copiar link", "copiar enlace", "copiar o link", "copia link", "kopieer link",
      // The address in other words, and the networks' own verbs of sharing
      // ("Copier l'adresse", "Restack": blind seed sets 1 and 2).
      "copy address", "adresse kopieren", "copier l'adresse", "copiar dirección",
      "copia indirizzo", "copiar endereço", "adres kopiëren", "restack", "repost", "retweet"};
  for (std::string_view l : kLabels) {
    if (said == l) return true;
  }
  // A short label that opens with a verb of sharing or sending, or names a
  // network ("Compartir en X", "Compartir con Facebook", "Enviar por correo
  // electrónico": Blogger's share buttons, blind seed set 1).
  constexpr size_t kShareLabelChars = 32;
  if (said.size() > kShareLabelChars) return false;
  static constexpr std::string_view kVerbs[] = {
      "share", "teilen", "partager", "compartir", "condividi", "compartilhar", "partilhar",
      "delen", "deel", "send", "senden", "envoyer", "enviar", "invia", "verstuur", "email",
      "e-mail", "mail"};
  static constexpr std::string_view kNetworks[] = {
      "facebook", "twitter", "whatsapp", "telegram", "linkedin", "reddit", "bluesky",
      "pinterest", "mastodon", "flipboard", "xing", "threads"};
  std::string_view first = said.substr(0, said.find(' '));
  for (std::string_view v : kVerbs) {
    if (first == v && said.size() > first.size()) return true;
  }
  for (std::string_view n : kNetworks) {
    if (find_words(said, n) != std::string_view::npos) return true;
  }
  return false;
}

// Labels of the tools beside share buttons in an article's toolbar.
bool is_tool_label(std::string_view said) {
  static constexpr std::string_view kLabels[] = {"save",      "bookmark", "clap",   "responses",
                                                 "merken",    "speichern", "enregistrer",
                                                 "guardar",   "salva",    "salvar", "opslaan",
                                                 // Print beside the share buttons ("Share this:
                                                 // Facebook X Email Print", blind seed set 1).
                                                 "print", "drucken", "imprimer", "imprimir",
                                                 "stampa", "afdrukken"};
  for (std::string_view l : kLabels) {
    if (said == l) return true;
  }
  return false;
}

bool is_control(const dom::Document& doc, NodeId n) {
  return doc.is_html(n, Tag::kA) || doc.is_html(n, Tag::kButton) || doc.attr(n, "role") == "button";
}

// A custom element (its name holds a '-', HTML's rule for them): a widget
// of the page's script, such as a <share-button network="bluesky"> in a
// <share-bar> (blind seed set 2). In a row of share buttons it is one of
// the controls; what its label says decides.
bool is_custom_element(const dom::Document& doc, NodeId n) {
  return doc.is_element(n) && doc.name(n).find('-') != std::string_view::npos;
}

// A like or clap count on its own: a button that says only a number ("312").
bool is_count_label(std::string_view said) {
  return !said.empty() && said.find_first_not_of("0123456789.,k ") == std::string_view::npos &&
         said.find_first_of("0123456789") != std::string_view::npos;
}

// The categories a call to action's address names.
const char* href_category(std::string_view href) {
  std::string_view host = host_of(href);
  if (is_app_store(host)) return "promo";
  // Podcast apps: a link there is a podcast plug ("Luister in Apple
  // Podcasts", blind seed set 2; "Listen on Spotify").
  if (host_is(host, {"podcasts.apple.com", "podcasts.google.com", "overcast.fm", "pca.st",
                     "castbox.fm", "podcastaddict.com", "castro.fm"}) ||
      (host_is(host, {"open.spotify.com"}) && (href.find("/show/") != std::string_view::npos ||
                                               href.find("/episode/") != std::string_view::npos))) {
    return "promo";
  }
  if (is_share_intent(href)) return "social";
  // The site's newsletter pages, as whole path segments ("/newsletter/morgen",
  // "/newsletters/besancon", "/nieuwsbrief", "/boletines/cultura", blind
  // seed set 1): a link there signs up for the site's mail, whatever its
  // text says ("Je m'inscris", "Schrijf je in", "Jetzt abonnieren"); before
  // the subscription words, so "/newsletter/subscribe" is a sign-up.
  if (has_path_segment(href, {"newsletter", "newsletters", "nieuwsbrief", "nieuwsbrieven",
                              "infolettre", "infolettres", "boletin", "boletines", "newsletter-anmeldung"})) {
    return "newsletter";
  }
  // Whole parts of the address: "/abo" is a German subscription page, but
  // "/about-us" is not (reuters.com.parasite: the "Trust Principles" link).
  if (any_part(href, {"subscribe", "subscription", "subscriptions", "offer", "offers", "checkout",
                      "abonnement", "abonnements", "abonnieren", "abo", "abos", "suscripcion",
                      "suscripciones", "abbonamento", "abbonamenti", "assinatura", "assine"})) {
    return "subscription";
  }
  // Offer and subscription pages in the project's languages, as whole path
  // segments only: a headline's slug ("/travel-plans-for-summer") says
  // these words as parts.
  if (has_path_segment(href, {"offre", "offres", "angebot", "angebote", "oferta", "ofertas",
                              "offerta", "offerte", "aanbod", "plans", "pricing", "bestellen",
                              "abonneren", "abonnementen", "assinaturas", "assinar", "abbonati",
                              "abbonarsi", "suscribirse", "suscribete", "s-abonner", "sabonner",
                              "membership", "join"})) {
    return "subscription";
  }
  // Reader-funding appeals are a pitch to pay (rules.json,
  // subscription.funding): donation and contribution pages, and the hosts
  // sites run them on ("contribute.", "donate.", "give."). Not "/support":
  // a help desk (royal-road: "Create a support ticket"; ehow-2: AdSense's
  // "/adsense/support/").
  if (any_part(href, {"donate", "donation", "donations", "contribute", "contribution",
                      "contributions", "faire-un-don", "helloasso"}) ||
      has_path_segment(href, {"spenden", "spende", "unterstuetzen", "don", "dons", "donar", "donativo",
                              "doacao", "doar", "apoie", "apoia", "apoya", "apoyar", "colabora",
                              "contributo", "sostienici", "sostieni", "doneren", "doneer", "steun",
                              "soutenir", "give"})) {
    return "subscription";
  }
  // Tip jars and membership platforms: a link there asks for money ("Offrir
  // un café" -> ko-fi.com, "Invítame a un café", blind seed sets 1 and 2).
  if (host_is(host, {"ko-fi.com", "buymeacoffee.com", "patreon.com", "liberapay.com", "paypal.me",
                     "tipeee.com", "steadyhq.com", "opencollective.com", "buymeacoff.ee"})) {
    return "subscription";
  }
  // Not "support.": a help centre (wikipedia, mozilla-1: support.mozilla.org).
  for (std::string_view label : {"contribute.", "donate.", "give."}) {
    if (host.substr(0, label.size()) == label) return "subscription";
  }
  // Whole path segments: "/art/Chozo-Account-119685313" (lazy-image-2) is
  // a picture, https://login.persona.org/ (wikipedia) a cited site.
  if (has_path_segment(href, {"login", "signin", "sign-in", "log-in", "register", "registration",
                              "anmelden", "einloggen", "connexion", "account", "myaccount",
                              "my-account", "inloggen", "acceso", "accedi", "entrar",
                              "registrieren", "registrierung", "inscription", "registro",
                              "registrarse", "registrati", "registrazione", "cadastro",
                              "cadastre-se", "registreren"})) {
    return "signin";
  }
  // Sign-up pages: an account, or a free membership that brings the site's
  // mail (Ghost's "#/portal/signup" under "become a free or paying
  // member"); match_cta files the box by what it offers.
  if (has_path_segment(href, {"signup", "sign-up", "sign_up"})) {
    return "signup";
  }
  // Print editions and reprints ("Order Reprints | Today's Paper").
  if (any_part(href, {"reprints", "reprint", "todayspaper", "epaper", "e-paper", "reproduction",
                      "reproducao", "herdruk", "edicion-impresa", "edizione-digitale", "sfoglia",
                      "print-edition", "droits-reproduction"})) {
    return "promo";
  }
  // The digital newsstand of the print edition ("Sfoglia l'edizione" ->
  // "/edicola", blind seed set 1), whole path segments in each language.
  if (has_path_segment(href, {"edicola", "kiosk", "kiosque", "kiosko", "quiosque", "e-kiosk",
                              "zeitungskiosk", "krantenkiosk", "newsstand"})) {
    return "promo";
  }
  return nullptr;
}

}  // namespace

// The length of the line a control stands in: the run of inline siblings and
// text around it (around its inline ancestors), up to the next block.
size_t Pass::inline_run_len(NodeId id) const {
  NodeId c = id;
  while (doc_.parent(c) != kNoNode && doc_.parent(c) != scope_ && is_inline(doc_.tag(doc_.parent(c))))
    c = doc_.parent(c);
  size_t run = len(c);
  auto part_of_run = [&](NodeId s) { return doc_.is_text(s) || (doc_.is_element(s) && is_inline(doc_.tag(s))); };
  for (NodeId s = doc_.prev_sibling(c); s != kNoNode && part_of_run(s); s = doc_.prev_sibling(s))
    run += len(s);
  for (NodeId s = doc_.next_sibling(c); s != kNoNode && part_of_run(s); s = doc_.next_sibling(s))
    run += len(s);
  return run;
}

bool Pass::beside_paragraphs(NodeId id) const {
  NodeId parent = doc_.parent(id);
  if (parent == kNoNode) return false;
  for (NodeId c = doc_.first_child(parent); c != kNoNode; c = doc_.next_sibling(c)) {
    if (c != id && doc_.is_html(c, Tag::kP) && len(c) >= kMeasuredParagraphChars) return true;
  }
  return false;
}

bool Pass::in_row_of_controls(NodeId id) const {
  NodeId parent = doc_.parent(id);
  if (parent == kNoNode || is_inline(doc_.tag(parent))) return false;
  int controls = 0;
  size_t between = 0;
  for (NodeId s = doc_.first_child(parent); s != kNoNode; s = doc_.next_sibling(s)) {
    if (doc_.is_text(s)) {
      between += len(s);
    } else if (doc_.is_element(s) && is_control(doc_, s)) {
      ++controls;
    } else if (doc_.is_element(s) && len(s) > 0) {
      return false;
    }
  }
  // Separators: a space, a bar or a bullet between two controls.
  constexpr size_t kSeparatorChars = 3;
  return controls >= 2 && between <= kSeparatorChars * static_cast<size_t>(controls);
}

NodeId Pass::climb_box(NodeId from) const {
  NodeId c = from;
  for (;;) {
    NodeId p = doc_.parent(c);
    if (p == kNoNode || p == scope_ || is_protected(doc_, p)) break;
    Tag t = doc_.tag(p);
    if (t == Tag::kMain || t == Tag::kArticle || t == Tag::kBody) break;
    if (len(p) > kMaxPromptBoxChars || holds_article(p)) break;
    // A box holds a pitch of a paragraph or two, never a paragraph of prose
    // or a run of the article's paragraphs.
    if (prose_paras_[p] > 0 || measured_paras_[p] > kMaxBoxPitchParagraphs) break;
    if (measured_paras_[p] > measured_paras_[c] && own_text_len(p) >= kMeasuredParagraphChars) break;
    if (holds_h1(p) && !holds_h1(c)) break;
    if (holds_titled_sibling(p, c)) break;
    // A site header holds the menu beside its "Subscribe | Log in" buttons.
    if (holds_navigation(p) && !holds_navigation(c)) break;
    if (!authors_.empty() && names_author(lower_text(doc_, p)) && !names_author(lower_text(doc_, c)))
      break;
    c = p;
  }
  return c;
}

int Pass::headings_below(NodeId id) const {
  int n = 0;
  for (NodeId d = id; d != kNoNode; d = doc_.next_in_tree(d, id)) {
    if (doc_.is_element(d) && is_heading(doc_.tag(d))) ++n;
  }
  return n;
}

int Pass::titles_below(NodeId id) const {
  int n = 0;
  for (NodeId d = id; d != kNoNode;) {
    // A heading inside a link is a headline of a card in a rail, not the
    // title of a box ("Recommandé par Medium" over <a><h3>...</h3></a>).
    if (doc_.is_html(d, Tag::kA)) {
      d = doc_.next_skipping_children(d, id);
      continue;
    }
    if (doc_.is_element(d) && is_heading(doc_.tag(d))) {
      // So is one whose text is all a link's (<h4><a>Library book sale
      // returns</a></h4> in a related-posts list, blind seed set 1).
      size_t linked = 0;
      for (NodeId a = d; a != kNoNode; a = doc_.next_in_tree(a, d)) {
        if (doc_.is_html(a, Tag::kA)) linked += len(a);
      }
      if (linked < len(d)) ++n;
      d = doc_.next_skipping_children(d, id);
      continue;
    }
    d = doc_.next_in_tree(d, id);
  }
  return n;
}

bool Pass::holds_titled_boxes(NodeId id) const {
  int titled = 0;
  for (NodeId c = doc_.first_child(id); c != kNoNode; c = doc_.next_sibling(c)) {
    if (doc_.is_element(c) && !is_heading(doc_.tag(c)) && len(c) > 0 && titles_below(c) > 0 &&
        ++titled >= 2) {
      return true;
    }
  }
  return false;
}

bool Pass::holds_titled_sibling(NodeId p, NodeId c) const {
  for (NodeId s = doc_.first_child(p); s != kNoNode; s = doc_.next_sibling(s)) {
    if (s == c || !doc_.is_element(s) || is_heading(doc_.tag(s)) || len(s) == 0) continue;
    if (titles_below(s) > 0) return true;
  }
  return false;
}

NodeId Pass::titled_box(NodeId id) const {
  NodeId p = doc_.parent(id);
  if (p == kNoNode || p == scope_ || is_protected(doc_, p) || len(p) > kMaxPromptBoxChars) return id;
  Tag t = doc_.tag(p);
  if (t == Tag::kMain || t == Tag::kArticle || t == Tag::kBody) return id;
  for (NodeId c = doc_.first_child(p); c != kNoNode; c = doc_.next_sibling(c)) {
    if (c == id) continue;
    if (doc_.is_text(c)) {
      if (len(c) > 0) return id;
      continue;
    }
    if (!doc_.is_element(c)) continue;
    // Beside the prompt: its heading, or a short call to action.
    if (is_heading(doc_.tag(c)) ? len(c) > kHeadingChars : len(c) > kCtaLinkChars) return id;
    if (prose_paras_[c] > 0 || measured_paras_[c] > 0) return id;
  }
  return p;
}

bool Pass::has_link_to(NodeId id, std::string_view category) const {
  for (NodeId n = id; n != kNoNode; n = doc_.next_in_tree(n, id)) {
    if (!doc_.is_html(n, Tag::kA)) continue;
    const char* c = href_category(to_lower_ascii(doc_.attr(n, "href")));
    if (c != nullptr && std::string_view(c) == category) return true;
  }
  return false;
}

bool says_newsletter(std::string_view text) {
  // The names sites give their mail, in the project's languages ("our
  // weekly digest", "the morning briefing", "in your inbox").
  // The generic words only with what makes them mail ("your inbox", not an
  // "AI Inbox manager": wcxb-dev 4485).
  static constexpr std::string_view kWords[] = {
      "newsletter", "newsletters", "weekly digest", "daily digest", "our digest", "your inbox",
      "daily briefing", "morning briefing", "evening briefing", "ihr postfach", "dein postfach",
      "infolettre", "lettre d'information", "votre boîte mail", "votre boîte de réception",
      "boletín", "boletines", "tu bandeja de entrada", "su bandeja de entrada",
      "la tua casella", "sua caixa de entrada", "seu e-mail", "nieuwsbrief", "nieuwsbrieven",
      "je inbox", "your mailbox", "je mailbox", "uw mailbox", "ta boîte mail", "par courriel",
      "par e-mail", "per e-mail", "por correo", "por e-mail", "por email", "per email",
      "via e-mail", "by email", "by e-mail"};
  for (std::string_view w : kWords) {
    if (find_words(text, w) != std::string_view::npos) return true;
  }
  // The site's own mail in other words: "our" and within two words a
  // briefing, digest, round-up or e-mail ("get our Friday briefing", "unsere
  // wöchentliche Mail", "notre lettre du jeudi", blind seed set 2).
  static constexpr std::string_view kOur[] = {"our", "unser", "unsere", "unseren", "notre",
                                              "nos", "nuestro", "nuestra", "nostro", "nostra",
                                              "nosso", "nossa", "onze", "ons"};
  static constexpr std::string_view kMail[] = {"briefing", "digest", "roundup", "round-up",
                                               "email", "e-mail", "mail", "courriel", "lettre", "correo",
                                               "resumen", "boletim", "overzicht"};
  for (std::string_view our : kOur) {
    for (size_t pos = find_words(text, our); pos != std::string_view::npos;
         pos = find_words(text, our, pos + 1)) {
      std::string_view rest = text.substr(pos + our.size());
      for (int word = 0; word < 3 && !rest.empty(); ++word) {
        size_t start = rest.find_first_not_of(' ');
        if (start == std::string_view::npos) break;
        rest.remove_prefix(start);
        size_t end = rest.find_first_of(" .,;:!?");
        std::string_view w = rest.substr(0, end);
        for (std::string_view m : kMail) {
          if (w == m) return true;
        }
        if (end == std::string_view::npos || rest[end] != ' ') break;
        rest.remove_prefix(end);
      }
    }
  }
  return false;
}

bool states_price(std::string_view text) {
  // An amount: a number beside a currency ("1 euro", "2,50 euro", "6 Euro",
  // "£1", "$7", "9,99 €", "R$ 1,90"), then within a few words the period it
  // pays for ("al mes", "im Monat", "par mois", "per week", "a year",
  // "/month"): what a pitch to pay states, in the project's languages.
  static constexpr std::string_view kCurrencies[] = {
      "# euro", "# euros", "# eur", "# €", "#€", "€#", "€ #", "$#", "$ #", "£#", "£ #",
      "# dollar", "# dollars", "# pound", "# pounds", "# chf", "# franken", "r$ #", "r$#"};
  static constexpr std::string_view kPeriods[] = {
      "month", "months", "monthly", "week", "weekly", "year", "yearly", "monat", "monats",
      "monatlich", "woche", "jahr", "mois", "semaine", "par an", "mes", "meses", "semana",
      "año", "mese", "mesi", "settimana", "anno", "mês", "ano", "maand", "jaar", "/mo", "/yr"};
  constexpr size_t kPeriodWithin = 40;  // bytes after the amount: "für 6 Euro im Monat"
  const std::string counted = with_counts(text);
  for (std::string_view cur : kCurrencies) {
    for (size_t pos = find_words(counted, cur); pos != std::string_view::npos;
         pos = find_words(counted, cur, pos + 1)) {
      std::string_view after = std::string_view(counted).substr(pos + cur.size());
      after = after.substr(0, kPeriodWithin);
      for (std::string_view period : kPeriods) {
        if (period[0] == '/' ? after.find(period) != std::string_view::npos
                             : find_words(after, period) != std::string_view::npos) {
          return true;
        }
      }
    }
  }
  return false;
}

bool Pass::has_other_cta(NodeId id, NodeId except) const {
  for (NodeId n = id; n != kNoNode; n = doc_.next_in_tree(n, id)) {
    if (n == except || !is_control(doc_, n)) continue;
    const char* c = href_category(to_lower_ascii(doc_.attr(n, "href")));
    if (c != nullptr && std::string_view(c) == "subscription") return true;
  }
  return false;
}

NodeId Pass::cta_block(NodeId id) const {
  size_t l = len(id);
  NodeId block = id;
  for (NodeId p = doc_.parent(id); p != kNoNode && p != scope_; p = doc_.parent(p)) {
    if (len(p) > kCtaBlockChars || is_protected(doc_, p)) break;
    block = p;
    if (len(p) > 2 * l) break;
  }
  return block;
}

bool Pass::match_cta(NodeId id, Match& m) {
  if (!(doc_.is_html(id, Tag::kA) || doc_.is_html(id, Tag::kButton))) return false;
  size_t l = len(id);
  if (l == 0 || l > kMailLinkChars) return false;
  // A button that navigates by script says where in data-href.
  std::string_view raw_href = doc_.attr(id, "href");
  if (raw_href.empty()) raw_href = doc_.attr(id, "data-href");
  const std::string href = to_lower_ascii(raw_href);
  const char* category = href_category(href);
  if (!category) return false;
  if (l > kCtaLinkChars && std::string_view(category) != "newsletter") return false;
  // A link inside a line of running text is a citation, not a call to
  // action: the control must be most of its line.
  // A row of share buttons with only separators between them (" | ") is no
  // sentence, though the button is not most of it. (Other rows are menus:
  // wcxb-dev 4554's "Contractor Registration" among section links.)
  if (inline_run_len(id) > 2 * l + 2 &&
      !(std::string_view(category) == "social" && in_row_of_controls(id))) {
    return false;
  }
  // A table or list of apps links each to its store page (links-in-tables):
  // data, not a plug.
  // So does a menu (a "Newsletters" item in a footer list).
  if ((std::string_view(category) == "promo" || std::string_view(category) == "newsletter") &&
      in_caption_or_list(id)) {
    return false;
  }
  // Its box: the prompt around it, on a page that holds an article. A
  // sign-in or share link, or any call to action on a page without an article (a
  // product's pricing cards, a service's "Try free" sections, wcxb-dev),
  // takes only the short block it makes up.
  std::string cat = category;
  // A lone share link takes its block only: its box is the byline's
  // (cnet: a Twitter handle beside "By Steven Musil, January 18").
  bool article_page = measured_paras_[scope_] >= kMinArticlePageParagraphs;
  // A sign-up link is a product page's every button ("Sign Up for Free",
  // "Get started", wcxb-dev service pages 2832, 2836, 2839, 4874): only on
  // an article page, and then the short block it makes up.
  if ((cat == "signup" || cat == "newsletter") && !article_page) return false;
  NodeId box = cat != "signin" && cat != "social" && cat != "signup" && article_page
                   ? climb_box(enclosing_block(id))
                   : cta_block(id);
  // ... and only for the site's mail, which its block names: an account
  // alone is what the product sells.
  // A paid sign-up between the article's paragraphs ("Werde Mitglied für 6
  // Euro im Monat" over Ghost's "#/portal/signup/paid", blind seed set 1) is
  // a pitch to pay; a product's pricing cards are its page (wcxb-dev 0692,
  // 2847: "Pro $20 per month ... Get started").
  if (cat == "signup") {
    std::string said = lower_text(doc_, box);
    if (says_newsletter(said)) {
      cat = "newsletter";
    } else if (states_price(said) && beside_paragraphs(box)) {
      cat = "subscription";
    } else {
      return false;
    }
  }
  // "Already a subscriber? Log in" beside a pitch to pay is a wall.
  if (cat == "signin" && has_other_cta(box, id)) cat = "paywall";
  if (cat == "subscription" && has_sign_in_link(box)) cat = "paywall";
  // An offer under a meter or a wall ("Noch 1 kostenloser Artikel ... Zu
  // den Angeboten") is the wall's: the box's first prompt phrase says which.
  if (cat == "subscription" && box != id) {
    std::string text = lower_text(doc_, box);
    std::vector<PhraseRef> candidates;
    index_.candidates(text, candidates);
    const Rule* first = nullptr;
    if (prompt_phrases(text, candidates, 1, &first) > 0 && first && first->category == "paywall")
      cat = "paywall";
  }
  m = {nullptr, cat, "structure.cta-link", box};
  return true;
}

bool Pass::match_email_field(NodeId id, Match& m) {
  if (!is_email_input(doc_, id)) return false;
  NodeId box = climb_box(enclosing_block(id));
  if (has_password_field(box)) return false;
  m = {nullptr, "newsletter", "structure.email-field", box};
  return true;
}

bool Pass::match_share_row(NodeId id, Match& m) {
  if (is_inline(doc_.tag(id)) || len(id) > kMaxShareRowChars ||
      !(has_link_[id] || has_controls_[id] || is_custom_element(doc_, id)))
    return false;
  int controls = 0, share = 0, tools = 0;
  size_t control_text = 0;
  for (NodeId n = doc_.first_child(id); n != kNoNode;) {
    if (doc_.is_element(n) && (is_control(doc_, n) || is_custom_element(doc_, n))) {
      ++controls;
      control_text += len(n);
      std::string said(lower_text(doc_, n));
      std::string label = fold_text(std::string(doc_.attr(n, "aria-label")));
      std::string_view href = doc_.attr(n, "href");
      // A network's name on a link to a profile is a follow link
      // (keep-images: "Follow Backchannel: Twitter | Facebook"), kept as
      // the reference keeps it; on a button or a share address it shares.
      bool follow = doc_.is_html(n, Tag::kA) && !href.empty() && href[0] != '#' &&
                    href.substr(0, 11) != "javascript:";
      if (is_share_intent(to_lower_ascii(href)) ||
          (!follow && (is_share_label(said) || label.find("share") != std::string::npos))) {
        ++share;
      } else if (is_tool_label(said) || is_tool_label(label) || is_count_label(said)) {
        ++tools;
      }
      n = doc_.next_skipping_children(n, id);
      continue;
    }
    n = doc_.next_in_tree(n, id);
  }
  if (controls < 2 || share == 0 || share + tools < controls) return false;
  // Beside the buttons at most a label ("Compartir", "Share this").
  if (len(id) > control_text + kShareRowLabelChars) return false;
  m = {nullptr, "social", "structure.share-row", id};
  return true;
}

bool Pass::match_consent_box(NodeId id, Match& m) {
  if (is_inline(doc_.tag(id)) || len(id) > kMaxConsentBoxChars || len(id) == 0 ||
      prose_paras_[id] > 0 || subtree_nodes_[id] > kMaxTextBlockNodes || holds_article(id)) {
    return false;
  }
  // The notice asks for a choice: two controls at least (accept, reject or
  // settings), buttons or in-page links.
  int controls = 0;
  for (NodeId n = id; n != kNoNode && controls < 2; n = doc_.next_in_tree(n, id)) {
    if (!doc_.is_element(n)) continue;
    std::string_view href = doc_.attr(n, "href");
    if (doc_.is_html(n, Tag::kButton) || doc_.attr(n, "role") == "button" ||
        (doc_.is_html(n, Tag::kA) && (href.empty() || href[0] == '#'))) {
      ++controls;
    }
  }
  if (controls < 2) return false;
  std::string text = lower_text(doc_, id);
  // The notice names cookies, or the partners it shares the reader's data
  // with ("we and our 214 partners store and access information on your
  // device", the IAB consent text).
  bool cookies = find_words(text, "cookies") != std::string::npos ||
                 find_words(text, "cookie") != std::string::npos;
  bool partners = (find_words(text, "partners") != std::string::npos ||
                   find_words(text, "partner") != std::string::npos ||
                   find_words(text, "partenaires") != std::string::npos ||
                   find_words(text, "socios") != std::string::npos ||
                   find_words(text, "parceiros") != std::string::npos) &&
                  (text.find("device") != std::string::npos || text.find("gerät") != std::string::npos ||
                   text.find("appareil") != std::string::npos ||
                   text.find("dispositivo") != std::string::npos ||
                   text.find("apparaat") != std::string::npos);
  if (!cookies && !partners) return false;
  // A notice is a sentence; a footer's "Cookie settings" link among short
  // links is the footer (wcxb-dev 0543).
  if (!has_text_run(id, kMinNoticeRunChars)) return false;
  // ... and asks for consent: a recipe's card of cookies has buttons too.
  static constexpr std::string_view kConsentStems[] = {
      "accept", "akzept", "acept", "accett", "aceit", "agree", "einverstanden", "zustimm",
      "consent", "consenso", "einwillig", "toestemming", "privacy", "datenschutz", "privacidad",
      "privacidade", "vie privée", "rifiut", "rechaz", "refus", "ablehn", "weiger", "rejeit",
      "notwendig", "necessar", "nécessaire", "noodzakelijk", "partners", "partenaires"};
  bool asks = false;
  for (std::string_view stem : kConsentStems) asks = asks || text.find(stem) != std::string::npos;
  if (!asks) return false;
  m = {nullptr, "consent", "structure.consent-box", id};
  return true;
}

bool Pass::match_asks(NodeId id, Match& m) {
  return match_cta(id, m) || match_email_field(id, m) || match_share_row(id, m) ||
         match_consent_box(id, m);
}

}  // namespace reader::clutter::detail
