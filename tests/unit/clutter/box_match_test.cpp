// Reductions of the seed set's kinds (seed_pages.h) for the rules that judge
// a prompt by what it asks for (core/clutter/box_match.cpp) and the text
// rules added with them, each beside the article text it must leave alone.
#include <doctest/doctest.h>

#include <string>

#include "catalogue_articles.h"
#include "clutter_page.h"

namespace {

using reader::testing::clean;
using reader::testing::CleanedPage;
using reader::testing::kCatalogueArticles;

// The catalogue's English article, `box` between its paragraphs.
std::string article_with(const std::string& box) {
  const auto& a = kCatalogueArticles[0];
  return std::string("<div><h1>") + a.title + "</h1>" + a.opening + box + a.closing + "</div>";
}

bool article_whole(const CleanedPage& p) {
  return p.has("The committee met on Tuesday") && p.has("Officials said the first phase");
}

// `text` went, filed under `category`.
void check_gone(const CleanedPage& p, const char* text, const char* category) {
  CAPTURE(text);
  CHECK_FALSE(p.has(text));
  CHECK(p.removed(category));
}

// `box` placed in the article goes, and `text` with it, filed under `category`.
void check_gone_from(const std::string& box, const char* text, const char* category) {
  CleanedPage p;
  clean(p, article_with(box));
  check_gone(p, text, category);
  CHECK(article_whole(p));
}

// `html` placed in the article is the article's: `text` stays, nothing goes.
void check_untouched(const std::string& html, const char* text) {
  CleanedPage p;
  clean(p, article_with(html));
  CAPTURE(text);
  CHECK(p.has(text));
  CHECK(p.log.size() == 0);
}

}  // namespace

TEST_CASE("box: a pitch box goes whole by its offer link, a link in a sentence stays") {
  CleanedPage p;
  clean(p, article_with("<div class='x1'><strong>Spring offer</strong><p>Every story for 1 € the "
                        "first month, then 9.99 € a month.</p><a href='/offres/printemps'>I'm in"
                        "</a></div>"));
  CHECK_FALSE(p.has("Spring offer"));
  CHECK_FALSE(p.has("for 1 € the first month"));
  CHECK(p.removed_by("structure.cta-link"));
  CHECK(article_whole(p));
  CleanedPage cited;
  clean(cited, article_with("<p>The paper said its <a href='/offres'>spring offer</a> had drawn "
                            "more readers than any campaign since the paper went online.</p>"));
  CHECK(cited.has("spring offer had drawn more readers"));
}

TEST_CASE("box: a donation box is a pitch to pay; beside a log-in link a pitch is a wall") {
  CleanedPage p;
  clean(p, article_with("<div><h3>Journalism costs money</h3><p>We rely on readers who chip in: "
                        "a one-off gift keeps our reporting free for everyone.</p><a "
                        "href='https://contribute.example.com/'>Chip in</a></div>"));
  CHECK_FALSE(p.has("Journalism costs money"));
  CHECK(p.removed("subscription"));
  CleanedPage wall;
  clean(wall, article_with("<div><p>2 free articles left. <a href='/connexion'>Log in</a> or <a "
                           "href='/abonnement/offre'>subscribe</a> to read on.</p></div>"));
  CHECK_FALSE(wall.has("2 free articles left"));
  CHECK(wall.removed("paywall"));
  CHECK(article_whole(wall));
}

TEST_CASE("box: an e-mail field outside a form is a sign-up box, whatever its class") {
  CleanedPage p;
  clean(p, article_with("<div class='promo-box'><h4>The Morning Edit</h4><p>Five stories before "
                        "breakfast.</p><input type='text' placeholder='Your e-mail'><button>Count "
                        "me in</button></div>"));
  CHECK_FALSE(p.has("The Morning Edit"));
  CHECK(p.removed("newsletter"));
  CHECK_FALSE(p.removed("promo"));
  CHECK(article_whole(p));
}

TEST_CASE("box: a sidebar widget goes alone, not with its neighbours") {
  CleanedPage p;
  clean(p, article_with("") +
               "<aside><section><h2>Stay informed</h2><p>Our letter, every other Thursday.</p>"
               "<form><input type='email'><input type='submit' value='Go'></form></section>"
               "<section><h2>Opening hours</h2><p>The museum is open daily from 10 to 6.</p>"
               "</section></aside>");
  CHECK_FALSE(p.has("Stay informed"));
  CHECK(p.has("The museum is open daily"));
}

TEST_CASE("box: a row of share buttons goes, follow links to profiles stay") {
  CleanedPage p;
  clean(p, article_with("<div><button aria-label='Share on Facebook'>Facebook</button><button>"
                        "WhatsApp</button><button>Copy link</button></div>"));
  CHECK_FALSE(p.has("WhatsApp"));
  CHECK(p.removed("social"));
  CleanedPage follow;
  clean(follow, article_with("<p>Follow the author: <a href='https://twitter.com/jane'>Twitter</a>"
                             " <a href='https://facebook.com/jane'>Facebook</a></p>"));
  CHECK(follow.has("Twitter"));
}

TEST_CASE("box: a cookie notice with its choices goes, a recipe card of cookies stays") {
  CleanedPage p;
  clean(p, article_with("<div><p>We store cookies to measure our audience and show relevant ads."
                        "</p><span role='button'>Accept all</span><span role='button'>Settings"
                        "</span></div>"));
  CHECK_FALSE(p.has("We store cookies"));
  CHECK(p.removed("consent"));
  CleanedPage recipe;
  clean(recipe, article_with("<div><p>Makes 24 cookies. Bake for 12 minutes at 180 °C.</p>"
                             "<button>Print</button><button>Pin</button></div>"));
  CHECK(recipe.has("Makes 24 cookies"));
}

TEST_CASE("text: a podcast plug goes with its heading, a news paragraph about a podcast stays") {
  CleanedPage p;
  clean(p, article_with("<aside><h3>On the pod</h3><p>New episodes every Wednesday, wherever you "
                        "get your podcasts.</p></aside>"));
  CHECK_FALSE(p.has("On the pod"));
  CHECK_FALSE(p.has("New episodes every Wednesday"));
  CleanedPage news;
  clean(news, article_with("<p>The podcast, which streams on Spotify, topped the charts in "
                           "March.</p>"));
  CHECK(news.has("The podcast, which streams on Spotify"));
}

// Reductions of the readability pages that 53db54c fixed: royal-road's "Create
// a support ticket" and ehow-2's heading linked to AdSense's "/adsense/support/"
// were filed as funding appeals; cnet's topic box holding the author's Twitter
// "follow" intent was removed as a share row.
TEST_CASE("box: a help-desk '/support' link is no funding appeal") {
  CleanedPage p;
  clean(p, article_with("<div><a href='/support'>Create a support ticket</a></div>"
                        "<h2><a href='https://www.google.com/adsense/support/bin/request.py?"
                        "contact=abg_afc'>Related Searches</a></h2>"));
  CHECK_FALSE(p.removed("subscription"));
  CHECK(article_whole(p));
}

TEST_CASE("box: a follow intent is not a share button") {
  CleanedPage p;
  clean(p, article_with("<div><div><h6><a href='/topics/tech-industry/'>Tech Industry</a></h6><ul>"
                        "<li><a href='https://twitter.com/intent/user?screen_name=stevenmusil'>"
                        "@stevenmusil</a></li></ul></div></div>"));
  CHECK(p.has("@stevenmusil"));
  CHECK_FALSE(p.removed("social"));
  CleanedPage share;
  clean(share, article_with("<div><a href='https://twitter.com/intent/tweet?url=https%3A%2F%2F"
                            "example.com%2Fa'>Post this story</a></div>"));
  CHECK_FALSE(share.has("Post this story"));
  CHECK(share.removed("social"));
  CHECK(article_whole(share));
}

// Reduction of wcxb-dev service pages (e5d07de): on a page without an article
// a call to action is the page's own content (a pricing card's "Start free
// trial"); it takes its short block only (the line it stands on), never the card
// around it.
TEST_CASE("box: on a page without an article a call to action does not climb") {
  CleanedPage p;
  clean(p, "<div><h1>Plans for every team</h1><p>Pick the plan that fits how your team works "
           "today; you can change it at any time.</p><section><h2>Team</h2><p>Shared boards, "
           "unlimited projects and priority help for up to fifty people, with history kept "
           "for as long as the account lives and exports to every common format.</p><p>12 € per "
           "person and month, billed yearly; the first fourteen days cost nothing.</p><p><a "
           "href='/checkout/team'>Start free trial</a></p></section>"
           "<section><h2>Enterprise</h2><p>Single sign-on, audit logs and a named contact for "
           "larger organisations.</p></section></div>");
  CHECK(p.has("Shared boards, unlimited projects"));
  CHECK(p.has("12 € per person"));
  CHECK(p.has("Single sign-on, audit logs"));
}

TEST_CASE("box: a sign-up link routed in the fragment is a newsletter box when the box names the site's mail") {
  // A membership box whose sign-up page is routed in the fragment
  // ("#/portal/signup"), with its class hashed: the site's mail named is a
  // newsletter.
  CleanedPage p;
  clean(p, article_with("<div class='x9'><p>You're reading a reader-supported paper. To get every "
                        "story and our weekly digest, become a free member.</p><a "
                        "href='#/portal/signup'>Join for free</a></div>"));
  CHECK_FALSE(p.has("our weekly digest"));
  check_gone(p, "Join for free", "newsletter");
  CHECK(article_whole(p));
  // A sign-up link without the site's mail is a product's button (wcxb-dev
  // service pages: "Get started", "Sign Up for Free"): not a prompt by its
  // address alone.
  CleanedPage account;
  clean(account, article_with("<div class='x9'><p>Deploy your first app in minutes with our "
                              "platform.</p><a href='/signup'>Get started for free</a></div>"));
  CHECK(account.has("Deploy your first app"));
  CHECK_FALSE(account.removed_by("structure.cta-link"));
}

TEST_CASE("text: a comment gate asks to sign in, a sentence about commenting stays") {
  CleanedPage p;
  clean(p, article_with("<section class='x2'><p>Want to join the conversation? <a "
                        "href='#/portal/signin'>Sign in</a> or become a member to leave a "
                        "comment.</p></section>"));
  check_gone(p, "Want to join the conversation", "signin");
  CHECK_FALSE(p.removed("comments"));
  CleanedPage de;
  clean(de, article_with("<div><p>Sie müssen angemeldet sein, um einen Kommentar abzugeben.</p></div>"));
  check_gone(de, "Sie müssen angemeldet sein", "signin");
  // The comment section's own class says where it sits; its only line asks
  // to sign in.
  CleanedPage classed;
  clean(classed, article_with("<section class='article-comments'><p>Want to join? <a "
                              "href='/login'>Sign in</a> to leave a comment.</p></section>"));
  CHECK(classed.removed("signin"));
  CleanedPage news;
  clean(news, article_with("<p>Residents who want to comment on the plan can register at the "
                           "town hall until Friday.</p>"));
  CHECK(news.has("Residents who want to comment on the plan"));
  CleanedPage portal;
  clean(portal, article_with("<p>Residents can log in to the council portal to comment on the "
                             "plan.</p>"));
  CHECK(portal.has("Residents can log in to the council portal"));
}

TEST_CASE("text: prompt phrases read leftmost-longest: a pitch for unlimited access is no wall") {
  CleanedPage p;
  clean(p, article_with("<div class='x3' role='dialog'><h2>Get unlimited access to every story "
                        "for less than $1/week.</h2><a href='/plans'>Get full access</a></div>"));
  check_gone(p, "Get unlimited access", "subscription");
  CHECK_FALSE(p.removed("paywall"));
  CleanedPage wall;
  clean(wall, article_with("<div class='x3' role='dialog'><h2>You've reached your limit of free "
                           "articles.</h2><p>Subscribe for unlimited access.</p></div>"));
  CHECK(wall.removed("paywall"));
}

TEST_CASE("text: an ad-blocker plea goes by what it asks of the reader, news about ad blockers stays") {
  CleanedPage fr;
  clean(fr, article_with("<x-notice><p>Il semble qu'un module anti-publicités soit activé sur "
                         "votre navigateur. Merci de le couper sur notre site.</p><button>OK"
                         "</button></x-notice>"));
  CHECK_FALSE(fr.has("module anti-publicités"));
  CHECK(fr.removed_by("ad.blocker-plea"));
  CleanedPage funded;
  clean(funded, article_with("<div role='alert'>This site is funded by advertising. Please allow "
                             "ads or support us with a subscription.</div>"));
  check_gone(funded, "funded by advertising", "ad");
  CleanedPage news;
  clean(news, article_with("<p>Publishers have asked readers who use ad blockers to whitelist "
                           "their sites, the report found.</p>"));
  CHECK(news.has("Publishers have asked readers who use ad blockers"));
  CHECK(article_whole(news));
}

TEST_CASE("text: a share button that sends by e-mail goes, a sentence about e-mail stays") {
  CleanedPage p;
  clean(p, article_with("<amp-social-share type='email'>Enviar por correo</amp-social-share>"));
  check_gone(p, "Enviar por correo", "social");
  CleanedPage news;
  clean(news, article_with("<p>The council will send by email a summary of the plan to every "
                           "household that asks for one before the end of the month.</p>"));
  CHECK(news.has("send by email a summary"));
}

TEST_CASE("text: an author box titled 'Written by' the byline's author goes after the article only") {
  const auto& a = kCatalogueArticles[0];
  reader::clutter::PageHints hints;
  hints.author = "Lucas Brennan";
  CleanedPage p;
  clean(p, std::string("<div><h1>") + a.title + "</h1>" + a.opening + a.closing +
               "</div><div class='bm'><h2>Written by Lucas Brennan</h2><p>512 Followers</p><p>Former "
               "food bank coordinator. I write about poverty and volunteering.</p></div>",
        hints);
  CHECK_FALSE(p.has("Written by Lucas Brennan"));
  check_gone(p, "Former food bank coordinator", "author-bio");
  CHECK(article_whole(p));
  // Above the article the same words are the byline.
  CleanedPage byline;
  clean(byline, std::string("<div><h1>") + a.title + "</h1><p>Written by Lucas Brennan</p>" +
                    a.opening + a.closing + "</div>",
        hints);
  CHECK(byline.has("Written by Lucas Brennan"));
  // Another person's name is no author box.
  CleanedPage other;
  clean(other, std::string("<div><h1>") + a.title + "</h1>" + a.opening + a.closing +
                   "</div><div><h2>Written by Jane Roe</h2><p>A guest essay.</p></div>",
        hints);
  CHECK(other.has("Written by Jane Roe"));
}

TEST_CASE("text: rails titled 'More from ...' or 'most viewed' go with their links") {
  CleanedPage p;
  clean(p, article_with("") + "<div class='bo'><h2>More from Medium</h2><div><a href='/s/1'>The "
                              "Quiet Collapse of the High Street</a></div><div><a href='/s/2'>A Year "
                              "of Volunteering</a></div></div>");
  check_gone(p, "The Quiet Collapse", "related");
  CleanedPage fr;
  clean(fr, article_with("") + "<div class='card'><div class='card-header'>Les articles les plus "
                               "consultés</div><ul><li><a href='/r/1'>Brest : le pont fermé</a></li>"
                               "<li><a href='/r/2'>Tempête sur les îles</a></li></ul></div>");
  check_gone(fr, "le pont fermé", "related");
  CHECK(article_whole(fr));
}

TEST_CASE("text: a push-notification opt-in and its 'Later' button go, news about notifications stays") {
  CleanedPage p;
  clean(p, article_with("<div class='x4'><p>Vuoi ricevere le notifiche sulle notizie più "
                        "importanti?</p><div><button>Più tardi</button><button>Sì</button></div></div>"));
  CHECK_FALSE(p.has("Vuoi ricevere le notifiche"));
  check_gone(p, "Più tardi", "promo");
  CHECK(article_whole(p));
  CleanedPage news;
  clean(news, article_with("<p>Users can switch off push notifications in the settings menu, "
                           "the company said later.</p>"));
  CHECK(news.has("Users can switch off push notifications"));
}

TEST_CASE("iab-1: an article paragraph about an ad-blocking working group is no ad-blocker plea") {
  CleanedPage p;
  clean(p, article_with("<p>IAB Tech Lab Members can join the IAB Tech Lab Ad Blocking Working "
                        "Group, please email adblocking@iabtechlab.com to get involved.</p>"));
  CHECK(p.has("IAB Tech Lab Members can join"));
  CHECK_FALSE(p.removed("ad"));
}

TEST_CASE("box: an offer link under a meter is the wall's, under a pitch it is a pitch to pay") {
  CleanedPage meter;
  clean(meter, article_with("<div class='x5'><p>Noch 1 kostenloser Artikel in diesem Monat.</p><a "
                            "href='/angebote'>Zu den Angeboten</a></div>"));
  check_gone(meter, "Noch 1 kostenloser Artikel", "paywall");
  CHECK_FALSE(meter.removed("subscription"));
  CHECK(article_whole(meter));
  CleanedPage pitch;
  clean(pitch, article_with("<div class='x5'><strong>Spring offer</strong><p>Every story for 1 € "
                            "the first month. Subscribe today.</p><a href='/offers'>I'm in</a></div>"));
  CHECK(pitch.removed("subscription"));
  CHECK_FALSE(pitch.removed("paywall"));
}

TEST_CASE("wcxb-dev 0275: 'More from <name>' opening a line that leads into the article's list stays") {
  CleanedPage p;
  clean(p, article_with("<p><span class='s1'>More from Cornell</span> on climate change and "
                        "gardening:</p><ul><li><a href='/a'>Gardening with a changing climate</a>"
                        "</li><li><a href='/b'>Soil and carbon</a></li></ul>"));
  CHECK(p.has("More from Cornell"));
  CHECK(p.has("Gardening with a changing climate"));
  CHECK_FALSE(p.removed("related"));
}

TEST_CASE("wcxb-dev 4472, 4263, 4485: a 'later' link in a sentence, a product's notifications and its 'AI Inbox' stay") {
  CleanedPage later;
  clean(later, article_with("<p>Hubs connect over Thread, Zigbee or Z-Wave (more on those <a "
                            "href='#anchor'>later</a>), and some can also play music.</p>"));
  CHECK(later.has("more on those later"));
  CleanedPage product;
  clean(product, article_with("<p>The camera can tell people from passing cars, so you'll only "
                              "get notifications that matter to you.</p>"));
  CHECK(product.has("only get notifications that matter"));
  CleanedPage inbox;
  clean(inbox, article_with("<div><p>Use our AI tools like AI Inbox manager and AI Content "
                            "Writer.</p><a href='/signup'>Start for free</a></div>"));
  CHECK(inbox.has("AI Inbox manager"));
}

TEST_CASE("text: meters, walls and account prompts in other words; a beat is a career") {
  CleanedPage meter;
  clean(meter, article_with("<div class='a2'><p>This is one of your 3 free stories this month.</p>"
                            "<a href='/subscribe'>Subscribe for unlimited reading</a></div>"));
  check_gone(meter, "3 free stories", "paywall");
  CleanedPage wall;
  clean(wall, article_with("<div class='a2' role='dialog'><h2>Continue reading with a free "
                           "account</h2><p>Register to read 5 more articles.</p><a "
                           "href='/register'>Register</a></div>"));
  check_gone(wall, "Continue reading with a free account", "paywall");
  CleanedPage account;
  clean(account, article_with("<div class='a6'><p>Crea una cuenta gratuita para guardar tus "
                              "noticias.</p><a href='/registro'>Crear cuenta</a></div>"));
  check_gone(account, "cuenta gratuita", "signin");
  const auto& a = kCatalogueArticles[0];
  reader::clutter::PageHints hints;
  hints.author = "Jane Doe";
  CleanedPage bio;
  clean(bio, std::string("<div><h1>") + a.title + "</h1>" + a.opening + a.closing +
                 "<div class='a7'><p>Jane Doe covers city hall and housing for the paper. She "
                 "previously worked at the Daily Courier.</p></div></div>",
        hints);
  check_gone(bio, "covers city hall", "author-bio");
}

TEST_CASE("wcxb-dev 2907: a whole label ('Later') counts as a prompt phrase only as the whole block") {
  CleanedPage p;
  clean(p, article_with("<div><p>Fans can subscribe to news of 28 Years Later on the studio's "
                        "page.</p><a href='/films/28-years-later'>The film</a></div>"));
  CHECK(p.has("Fans can subscribe to news of 28 Years Later"));
  CHECK_FALSE(p.removed_by("structure.prompt-phrases"));
}

TEST_CASE("text: 'About <byline author>' boxes after the article and 'Already have an account?' lines go") {
  const auto& a = kCatalogueArticles[0];
  reader::clutter::PageHints hints;
  hints.author = "Jane Doe";
  CleanedPage bio;
  clean(bio, std::string("<div><h1>") + a.title + "</h1>" + a.opening + a.closing +
                 "</div><div><h3>About Jane Doe</h3><p>Jane is a housing reporter based in "
                 "Leeds.</p></div>",
        hints);
  check_gone(bio, "housing reporter based in Leeds", "author-bio");
  CHECK(article_whole(bio));
  // Another person, or the article's own heading about someone, stays.
  CleanedPage other;
  clean(other, std::string("<div><h1>") + a.title + "</h1>" + a.opening + a.closing +
                   "</div><div><h3>About John Roe</h3><p>John is a guest.</p></div>",
        hints);
  CHECK(other.has("John is a guest"));
  CleanedPage account;
  clean(account, article_with("<div><p>Already have an account? <a href='/login'>Sign in</a></p></div>"));
  check_gone(account, "Already have an account", "signin");
}

TEST_CASE("wcxb-dev 0179: 'if you already have an account with a bank' is the article's own line") {
  CleanedPage p;
  clean(p, article_with("<h3>If you already have an account with a bank or credit union</h3>"));
  CHECK(p.has("If you already have an account with a bank"));
  CHECK_FALSE(p.removed("signin"));
}

TEST_CASE("box: a comment count on its own line goes as comments, a count in a sentence stays") {
  // Blind seed set 1's teasers: a count and a comments noun, in any dress.
  const char* teasers[] = {"<p><a href='/c'>Leggi i 14 commenti</a></p>",
                           "<h3>Comentarios (37)</h3>",
                           "<div><button>Voir les 23 réactions</button></div>",
                           "<p><a href='/p/x'>View 1,204 comments</a></p>",
                           "<div><span>8 reacties</span></div>"};
  for (const char* teaser : teasers) {
    CAPTURE(teaser);
    CleanedPage p;
    clean(p, article_with(teaser));
    CHECK(article_whole(p));
    CHECK(p.removed("comments"));
  }
  CleanedPage p;
  clean(p, article_with("<p>By noon the council's notice had drawn <a href='/notice'>214 "
                        "comments</a>, most of them from residents of the northern "
                        "districts.</p>"));
  CHECK(article_whole(p));
  CHECK(p.has("214 comments"));
  CHECK(p.has("most of them from residents"));
}

TEST_CASE("box: an imperative notifications opt-in with a dismiss button goes, a how-to step stays") {
  CleanedPage p;
  clean(p, article_with("<div class='x9'><p>Ative as notificações para saber quando publicarmos "
                        "uma nova reportagem.</p><a href='#ativar'>Ativar</a> "
                        "<a href='#fechar'>Agora não</a></div>"));
  CHECK(article_whole(p));
  check_gone(p, "Ative as notificações", "promo");
  CleanedPage q;
  clean(q, article_with("<div><p>Turn on notifications for the app in Settings, then choose "
                        "which alerts you want.</p><a href='/help/settings'>Settings guide</a>"
                        "</div>"));
  CHECK(article_whole(q));
  CHECK(q.has("Turn on notifications for the app in Settings"));
}

TEST_CASE("text: a meter counts the reader's free articles, a story about free articles stays") {
  CleanedPage fr;
  clean(fr, article_with("<div class='q1'>Cet article vous est offert. Il vous reste 2 articles "
                         "gratuits ce mois-ci. <a href='/offres'>Voir les offres</a></div>"));
  CHECK(article_whole(fr));
  check_gone(fr, "Il vous reste 2 articles gratuits", "paywall");
  CleanedPage de;
  clean(de, article_with("<div><p>Sie haben noch 3 kostenlose Artikel in diesem Monat.</p></div>"));
  check_gone(de, "kostenlose Artikel", "paywall");
  CleanedPage news;
  clean(news, article_with("<p>The paper now offers 5 free articles a month before it asks "
                           "readers to pay.</p>"));
  CHECK(news.has("offers 5 free articles a month"));
  CHECK(article_whole(news));
}

TEST_CASE("text: an ad-blocker plea takes its button along") {
  CleanedPage en;
  clean(en, article_with("<blocker-notice><p>We noticed you are blocking ads. Ads help pay for "
                         "the journalism you are reading. Please add us to your allowlist.</p>"
                         "<button>I have allowed ads</button></blocker-notice>"));
  CHECK(article_whole(en));
  check_gone(en, "you are blocking ads", "ad");
  CHECK_FALSE(en.has("I have allowed ads"));
  CleanedPage de;
  clean(de, article_with("<div><p>Wir sehen, dass Sie einen Adblocker verwenden. Bitte setzen Sie "
                         "uns auf Ihre Ausnahmeliste.</p></div>"));
  check_gone(de, "einen Adblocker verwenden", "ad");
}

TEST_CASE("box: a pop-up or card that states a price per month is a pitch to pay") {
  CleanedPage modal;
  clean(modal, article_with("<div class='modal' role='dialog'><p>Suscríbete a El Diario por solo 1 "
                            "euro al mes durante seis meses.</p><a href='/suscripciones'>Quiero "
                            "suscribirme</a></div>"));
  CHECK(article_whole(modal));
  check_gone(modal, "por solo 1 euro al mes", "subscription");
  CleanedPage card;
  clean(card, article_with("<div class='cta-card'><p>Werde Mitglied für 6 Euro im Monat.</p>"
                           "<a href='/signup/paid'>Mitglied werden</a></div>"));
  check_gone(card, "Werde Mitglied", "subscription");
  // The price is the article's when it is news: it stays.
  CleanedPage news;
  clean(news, article_with("<p>The club charges members 25 euros a month, and its waiting list "
                           "reached 300 names in the spring.</p>"));
  CHECK(news.has("25 euros a month"));
}

TEST_CASE("box: a link or button to the site's newsletter page signs up for it, a menu item stays") {
  CleanedPage fr;
  clean(fr, article_with("<aside><h2>La lettre de Besançon</h2><p>Tous les vendredis, "
                         "l'essentiel de l'actualité locale.</p><button type='button' "
                         "data-href='/newsletters/besancon'>Je m'inscris</button></aside>"));
  CHECK(article_whole(fr));
  check_gone(fr, "La lettre de Besançon", "newsletter");
  CleanedPage nl;
  clean(nl, article_with("<div class='b4f3a'><p>Elke vrijdag het nieuws van de stad.</p><p><a "
                         "href='/nieuwsbrief'>Schrijf je in</a></p></div>"));
  check_gone(nl, "Elke vrijdag het nieuws", "newsletter");
  CleanedPage menu;
  clean(menu, article_with("<ul><li><a href='/newsletters'>Newsletters</a></li><li><a "
                           "href='/podcasts'>Podcasts</a></li></ul>"));
  CHECK(menu.has("Newsletters"));
}

TEST_CASE("box: app and newsstand plugs go, a sentence about an app stays") {
  CleanedPage app;
  clean(app, article_with("<div class='b1'><p>Keep reading in the app, where new posts arrive as "
                          "notifications.</p><a class='button' href='https://example.com/app'>Open "
                          "in app</a></div>"));
  CHECK(article_whole(app));
  check_gone(app, "Keep reading in the app", "promo");
  CleanedPage kiosk;
  clean(kiosk, article_with("<div class='b2'><p>Il giornale di oggi in edicola digitale.</p><a "
                            "href='/edicola'>Sfoglia l'edizione</a></div>"));
  check_gone(kiosk, "Sfoglia l'edizione", "promo");
  CleanedPage news;
  clean(news, article_with("<p>Residents can report potholes in the council's new app, which "
                           "the mayor said had drawn 4,000 reports in its first month.</p>"));
  CHECK(news.has("report potholes in the council's new app"));
}

TEST_CASE("box: a rail heading takes its list of headlines, however long, not a section of text") {
  CleanedPage rail;
  clean(rail, article_with("<app-most-read><h2>Lo más leído</h2><ol><li><a href='/n/1'>El "
                           "Ayuntamiento aprueba la ampliación de la zona de bajas emisiones</a>"
                           "</li><li><a href='/n/2'>Cortes de tráfico en la avenida del Puerto por "
                           "las obras del colector</a></li><li><a href='/n/3'>Una pareja de "
                           "Benimaclet gana el concurso de paellas de Sueca</a></li><li><a href='/n/5'>"
                           "La Generalitat licita el nuevo tranvía al puerto</a></li></ol>"
                           "</app-most-read>"));
  CHECK(article_whole(rail));
  check_gone(rail, "concurso de paellas", "related");
  CleanedPage section;
  clean(section, article_with("<section><h2>Lo más leído</h2><p>Los vecinos leyeron sobre todo la "
                              "crónica del pleno, <a href='/n/4'>que aprobó el presupuesto</a>, "
                              "y la del mercado.</p></section>"));
  CHECK(section.has("Los vecinos leyeron sobre todo la crónica del pleno"));
}

TEST_CASE("box: a comment section titled with its count is comments, though it asks to sign in") {
  CleanedPage p;
  clean(p, article_with("<section class='f9'><h2>8 reacties</h2><p><a href='/user/login'>Log in"
                        "</a> of <a href='/user/register'>registreer</a> om te reageren</p>"
                        "</section>"));
  CHECK(article_whole(p));
  check_gone(p, "om te reageren", "comments");
  CHECK_FALSE(p.removed("signin"));
}

TEST_CASE("box: 'Already a subscriber?' alone asks to sign in; beside a wall or an offer link it is the wall's") {
  // On its own, in other words than the blind sets' ("Sie sind bereits
  // Abonnent?", "Déjà abonné ?"): a log-in prompt.
  CleanedPage alone;
  clean(alone, article_with("<div class='q7'><p>Ben je al abonnee?</p><a href='/inloggen'>Log hier "
                            "in</a></div>"));
  check_gone(alone, "Ben je al abonnee?", "signin");
  CHECK_FALSE(alone.removed("paywall"));
  CHECK(article_whole(alone));
  CleanedPage it;
  clean(it, article_with("<div><span>Sei già abbonato?</span> <a href='/login'>Entra</a></div>"));
  check_gone(it, "Sei già abbonato?", "signin");
  // Under a wall's words it is the wall's.
  CleanedPage wall;
  clean(wall, article_with("<div><p>Este conteúdo é exclusivo para assinantes.</p><p>Já é "
                           "assinante? <a href='/entrar'>Entre</a></p></div>"));
  check_gone(wall, "exclusivo para assinantes", "paywall");
  CHECK_FALSE(wall.removed("signin"));
  // Beside a link to subscribe, too.
  check_gone_from("<div><p>Already subscribed? <a href='/account/login'>Sign in</a></p>"
                  "<p><a href='/subscribe/digital'>See our plans</a></p></div>",
                  "Already subscribed?", "paywall");
  // A sentence about subscribers who log in is the article's.
  check_untouched("<p>Readers who are already subscribers can log in to the new archive "
                  "from next week, the paper said, and pay nothing extra for it.</p>",
                  "already subscribers can log in");
}

TEST_CASE("text: a pitch that promises unlimited reading for a price is no wall; 'read on' makes one") {
  CleanedPage de;
  clean(de, article_with("<div class='k2'><p>Unbegrenzt lesen: das Digital-Abo für 4,99 Euro im "
                         "Monat, jederzeit kündbar.</p><a href='/digital'>Zum Angebot</a></div>"));
  check_gone(de, "Unbegrenzt lesen", "subscription");
  CHECK_FALSE(de.removed("paywall"));
  CleanedPage es;
  clean(es, article_with("<div><p>Lectura ilimitada por 2 euros al mes. Cancela cuando quieras.</p>"
                         "<a href='/planes'>Ver planes</a></div>"));
  check_gone(es, "Lectura ilimitada", "subscription");
  CHECK_FALSE(es.removed("paywall"));
  // A wall's words first: the same offer is the wall's.
  check_gone_from("<div><p>Pour lire la suite de cet article, abonnez-vous : accès "
                  "illimité pour 1 € par mois.</p><a href='/offres'>S'abonner</a></div>",
                  "Pour lire la suite", "paywall");
  // News about unlimited plans stays.
  check_untouched("<p>The operator now sells unlimited access to its trains for 49 euros "
                  "a month, and says riders can cancel anytime without a fee.</p>",
                  "unlimited access to its trains");
}

TEST_CASE("text: a print-edition plug asks the reader to order the paper; news about a print edition stays") {
  check_gone_from("<div class='z1'><p>Retrouvez ce reportage dans l'édition papier de samedi. "
                  "<a href='/boutique/numero'>Commandez le numéro</a></p></div>",
                  "dans l'édition papier de samedi", "promo");
  check_gone_from("<p>Wil je de papieren krant elke ochtend thuisbezorgd? Bekijk onze "
                  "proefabonnementen.</p>",
                  "papieren krant elke ochtend", "promo");
  // An HTML4 layout's table cell is judged too.
  check_gone_from("<table><tr><td><font size='2'><b>Ricevi il giornale a casa tua</b> "
                  "con l'edizione cartacea: 120 euro l'anno.</font></td></tr></table>",
                  "edizione cartacea", "promo");
  check_untouched("<p>The paper will stop its print edition in March, the publisher told "
                  "staff, and readers can order back issues from the archive until then.</p>",
                  "stop its print edition in March");
  check_untouched("<p>Leser können die gedruckte Ausgabe weiterhin am Kiosk kaufen, sagte der "
                  "Verlag, auch wenn die Auflage seit Jahren sinkt.</p>",
                  "die gedruckte Ausgabe weiterhin");
}

TEST_CASE("text: a reprint or licensing offer goes, a story about reproduction rights stays") {
  check_gone_from("<p>Would you like to republish this article? <a href='/licensing'>Request "
                  "permission</a></p>",
                  "republish this article", "promo");
  check_gone_from("<p class='n4'>Vous souhaitez reproduire cet article ? Demandez les droits "
                  "de reproduction.</p>",
                  "reproduire cet article", "promo");
  check_untouched("<p>The agency holds the reproduction rights to the photographs, and the "
                  "museum said it wants to buy them before the exhibition opens.</p>",
                  "holds the reproduction rights");
}

TEST_CASE("box: a tip jar is a donation appeal, by its words or its link; a coffee in a story stays") {
  check_gone_from("<div class='w9'><p>If these notes help you, you can buy me a coffee.</p>"
                  "<a href='https://www.buymeacoffee.com/x'>Buy me a coffee</a></div>",
                  "you can buy me a coffee", "subscription");
  check_gone_from("<div><p>Wenn dir der Blog gefällt, kannst du mir einen Kaffee "
                  "spendieren.</p><a href='https://www.paypal.me/x'>PayPal</a></div>",
                  "mir einen Kaffee", "subscription");
  // Its link alone, in other words.
  check_gone_from("<div><h4>Gefällt dir das?</h4><a href='https://ko-fi.com/x'>Unterstütze "
                  "mich</a></div>",
                  "Gefällt dir das?", "subscription");
  check_untouched("<p>At the café on the corner, regulars buy a coffee for strangers who "
                  "cannot afford one, a custom the owner brought back from Naples.</p>",
                  "regulars buy a coffee for strangers");
}

TEST_CASE("box: a sidebar's widgets go each under its own title, and rails of the section or the most commented go") {
  CleanedPage p;
  clean(p, article_with("<aside><div><h3>Vous aimez ce blog ?</h3><p>Si vous voulez m'aider, vous "
                        "pouvez m'offrir un café.</p><a href='https://ko-fi.com/y'>Un café</a></div>"
                        "<div><h3>Billets populaires</h3><ul><li><a href='/1'>Le marché de Noël "
                        "ouvre</a></li><li><a href='/2'>La piscine rouvre</a></li></ul></div>"
                        "</aside>"));
  check_gone(p, "m'offrir un café", "subscription");
  check_gone(p, "Le marché de Noël ouvre", "related");
  CHECK(article_whole(p));
  CleanedPage section;
  clean(section, article_with("<div><h3>Uit dezelfde rubriek</h3><ul><li><a href='/a'>Nieuwe brug "
                              "over de IJssel</a></li><li><a href='/b'>Markt verhuist</a></li></ul>"
                              "</div>"));
  check_gone(section, "Nieuwe brug over de IJssel", "related");
  check_gone_from("<div><h3>Los más comentados</h3><ul><li><a href='/a'>La feria "
                  "abre el lunes</a></li><li><a href='/b'>Obras en la plaza</a></li>"
                  "</ul></div>",
                  "La feria abre el lunes", "related");
  check_gone_from("<section><h2>Meer uit Zwolle</h2><ul><li><a href='/z/1'>Nieuw "
                  "fietspad langs de Vecht</a></li><li><a href='/z/2'>Zoo krijgt "
                  "okapi</a></li></ul></section>",
                  "Nieuw fietspad langs de Vecht", "related");
}

TEST_CASE("box: a text field whose placeholder is an address makes a sign-up box, a search field does not") {
  check_gone_from("<div style='border:1px solid'><div><b>Nichts verpassen</b></div><div>Jeden "
                  "Samstag eine kurze Mail aus dem Viertel.</div><input type='text' "
                  "placeholder='name@beispiel.de'> <span onclick='go()'>Kostenlos "
                  "eintragen</span></div>",
                  "Nichts verpassen", "newsletter");
  CleanedPage search;
  clean(search, article_with("<div><input type='text' placeholder='Search the archive'> <button>Go"
                             "</button></div>"));
  CHECK_FALSE(search.removed("newsletter"));
}

TEST_CASE("box: a newsletter link may say a sentence; an account link that brings the site's mail signs up for it") {
  check_gone_from("<p><strong>Lettre</strong> · <a href='/newsletters/quartiers'>Recevez "
                  "chaque jeudi l'essentiel de votre quartier, gratuitement</a></p>",
                  "l'essentiel de votre quartier", "newsletter");
  check_gone_from("<div><p>Ti è piaciuto? Ricevi ogni lunedì la nostra rassegna via e-mail: "
                  "crea un account gratuito.</p><a href='/registrazione'>Registrati</a></div>",
                  "Ti è piaciuto?", "newsletter");
  check_gone_from("<div><p>Like this? Get our weekend digest free.</p><a href='/account/"
                  "register'>Create a free account</a></div>",
                  "Get our weekend digest", "newsletter");
  // A log-in link alone is still a log-in prompt.
  CleanedPage login;
  clean(login, article_with("<div><p>Have an account?</p><a href='/login'>Sign in</a></div>"));
  CHECK_FALSE(login.removed("newsletter"));
}

TEST_CASE("text: a newsletter plug that names the reader's mailbox goes, news about a mailbox stays") {
  check_gone_from("<p>Jeden Morgen das Wichtigste aus der Region in Ihr Postfach? Melden Sie "
                  "sich hier an.</p>",
                  "in Ihr Postfach", "newsletter");
  check_untouched("<p>The council said residents would find the new bin calendar in your "
                  "mailbox by Friday, along with a letter explaining the changes.</p>",
                  "the new bin calendar in your mailbox");
}

TEST_CASE("box: 'start your subscription' buttons and pitches that offer the article are pitches to pay") {
  check_gone_from("<div><h3>Frische Bohnen jeden Monat</h3><a href='/seiten/abo' "
                  "class='btn'>Starte dein Abo</a></div>",
                  "Starte dein Abo", "subscription");
  CleanedPage it;
  clean(it, article_with("<div><p>Questo articolo ti è offerto. Per leggere tutte le nostre "
                         "inchieste abbonati: 1 euro al mese per tre mesi.</p><a href='/abbonati'>"
                         "Abbonati</a></div>"));
  check_gone(it, "Questo articolo ti è offerto", "subscription");
  CHECK_FALSE(it.removed("paywall"));
  CHECK(article_whole(it));
}

TEST_CASE("box: a podcast app link is a podcast plug, an episode cited in a sentence stays") {
  check_gone_from("<div><p>Nieuw: onze stadspodcast, elke week een gesprek met een "
                  "Amsterdammer.</p><a href='https://open.spotify.com/show/abc'>Luister op "
                  "Spotify</a></div>",
                  "onze stadspodcast", "promo");
  check_gone_from("<div><p>O Mar da Palha, o podcast da redação.</p><a "
                  "href='https://podcasts.apple.com/pt/podcast/x'>Ouvir</a></div>",
                  "O Mar da Palha", "promo");
  check_untouched("<p>In <a href='https://podcasts.apple.com/us/podcast/y'>an episode "
                  "last spring</a>, the mayor said the bridge would be finished by "
                  "2026, a promise she has since repeated.</p>",
                  "an episode last spring");
}

TEST_CASE("box: a link to the comments' anchor in each language is a comment teaser") {
  check_gone_from("<div><a href='#comentarios'>Comentar (4)</a></div>",
                  "Comentar (4)", "comments");
  check_gone_from("<p><a href='/stad/brug#reacties'>Reageer (9)</a></p>",
                  "Reageer (9)", "comments");
}

TEST_CASE("text: two prompt phrases are judged in the smallest block that says both, not its cell") {
  CleanedPage p;
  clean(p, article_with("<div><div><div>Meistgelesen</div><ul><li><a href='/1'>Brücke gesperrt"
                        "</a></li><li><a href='/2'>Neuer Markt</a></li></ul></div><div><p>Die "
                        "gedruckte Zeitung gibt es auch im Abo. <a href='/abo'>Jetzt abonnieren"
                        "</a></p></div></div>"));
  CHECK_FALSE(p.has("Jetzt abonnieren"));
  CHECK(p.has("Brücke gesperrt") == false);  // the rail goes as a rail
  bool rail_as_related = false;
  for (const auto& e : p.log.entries()) {
    if (e.category == "related") rail_as_related = true;
  }
  CHECK(rail_as_related);
  CHECK(article_whole(p));
}

TEST_CASE("box: share rows of custom elements, reposts and like counts go; a list of networks in the text stays") {
  check_gone_from("<social-row><x-share kind='wa'>WhatsApp</x-share><x-share kind='x'>X"
                  "</x-share><x-share kind='copy'>Link kopieren</x-share></social-row>",
                  "Link kopieren", "social");
  check_gone_from("<div><button>48</button><button>Repost</button><button>Share"
                  "</button></div>",
                  "Repost", "social");
  CleanedPage listed;
  clean(listed, article_with("<p>The survey asked which networks people used most:</p><ul><li>"
                             "Facebook</li><li>WhatsApp</li><li>Telegram</li></ul>"));
  CHECK(listed.has("WhatsApp"));
  CHECK(listed.has("Telegram"));
}

TEST_CASE("text: 'what other readers are saying' beside a count goes, rails 'recommended by' go") {
  check_gone_from("<div><a href='/a#kommentare'>23 Kommentare</a> Lesen Sie, was andere "
                  "sagen</div>",
                  "was andere sagen", "comments");
  check_gone_from("<div><h2>Empfohlen von Steady</h2><div><a href='/p/1'><h3>Warum ich "
                  "aufs Land zog</h3></a><a href='/p/2'><h3>Ein Jahr ohne Auto</h3></a>"
                  "</div></div>",
                  "Warum ich aufs Land zog", "related");
  check_untouched("<p>Recommended by the council's planning officers, the scheme will add "
                  "forty homes and a small park beside the canal by 2027.</p>",
                  "Recommended by the council's planning officers");
}

TEST_CASE("box: an untitled <aside> of headline cards after the article is a rail; one before the article's end stays") {
  CleanedPage p;
  clean(p, article_with("") + "<aside><div><article><a href='/a'><h2>Neue Brücke über die Spree"
                              "</h2></a></article><article><a href='/b'><h2>Markt zieht um</h2>"
                              "</a></article></div></aside>");
  check_gone(p, "Neue Brücke über die Spree", "related");
  CHECK(article_whole(p));
  // Between the article's paragraphs it is not after the article.
  check_untouched("<aside><a href='/a'>Le pont rouvre</a> <a href='/b'>La gare "
                  "déménage</a></aside>",
                  "Le pont rouvre");
}

TEST_CASE("box: related-post lists whose items are linked headings go with their heading") {
  check_gone_from("<div><h3><em>Related</em></h3><div><div><h4><a href='/x'>Library "
                  "hours extended</a></h4></div><div><h4><a href='/y'>New bus route"
                  "</a></h4></div></div></div>",
                  "Library hours extended", "related");
  check_gone_from("<div><h2>Post correlati</h2><ul><li><a href='/1'>La sagra del "
                  "fungo</a></li><li><a href='/2'>Il nuovo ponte</a></li></ul></div>",
                  "La sagra del fungo", "related");
}

TEST_CASE("box: a paid sign-up link is a pitch to pay, a share row with Print and '?share=' links goes") {
  check_gone_from("<div><p>Ce journal vit grâce à vous : devenez membre pour 5 euros par "
                  "mois.</p><a href='#/portal/signup/paid'>Je rejoins</a></div>",
                  "devenez membre pour 5 euros", "subscription");
  check_gone_from("<div><h3>Compartir:</h3><ul><li><a href='?share=facebook'>Facebook"
                  "</a></li><li><a href='?share=email'>Email</a></li><li><a "
                  "href='#print'>Imprimir</a></li></ul></div>",
                  "Compartir:", "social");
}

TEST_CASE("text: a German meter in the dative ('von 5 freien Artikeln') with its offer is a wall") {
  CleanedPage p;
  clean(p, article_with("<div><p>Sie haben noch 1 von 3 kostenlosen Artikeln.</p><p>Mit Plus "
                        "lesen Sie unbegrenzt weiter.</p><a href='/plus'>Testen</a></div>"));
  check_gone(p, "kostenlosen Artikeln", "paywall");
  CHECK_FALSE(p.has("lesen Sie unbegrenzt weiter"));
  check_untouched("<p>Die Bibliothek bietet ihren Lesern neben den kostenlosen Artikeln "
                  "aus dem Archiv auch Kurse an, sagte die Leiterin am Montag.</p>",
                  "neben den kostenlosen Artikeln");
}

TEST_CASE("structure: a dialog is a consent notice by its label or its tracker words, in each language") {
  check_gone_from("<div role='dialog' aria-label='Gestione dei cookie'><p>Usiamo "
                  "strumenti per misurare il pubblico.</p><button>Accetta</button>"
                  "<button>Rifiuta</button></div>",
                  "Usiamo strumenti", "consent");
  check_gone_from("<div role='dialog'><p>Wir setzen Tracker ein, um die Reichweite zu "
                  "messen.</p><button>Zustimmen</button><button>Ablehnen</button>"
                  "</div>",
                  "Wir setzen Tracker ein", "consent");
}

TEST_CASE("box: a <nav> titled as a rail is the rail; a sidebar of titled boxes is judged box by box") {
  CleanedPage nav;
  clean(nav, article_with("<nav><h3>Leia também</h3><ul><li><a href='/1'>Ponte reabre em "
                          "março</a></li><li><a href='/2'>Feira do livro começa</a></li></ul>"
                          "</nav>"));
  check_gone(nav, "Ponte reabre em março", "related");
  CleanedPage menu;
  clean(menu, article_with("<nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav>"));
  CHECK(menu.removed("navigation"));
  CleanedPage side;
  clean(side, article_with("<aside><div><h3>Onze app</h3><p>Al het nieuws uit de regio, gratis "
                           "voor iPhone en Android.</p><a href='https://apps.apple.com/nl/app/x'>"
                           "Download in de App Store</a></div><div><h3>Nieuwsbrief</h3><p>Elke week "
                           "het belangrijkste nieuws.</p><a href='/nieuwsbrief'>Schrijf je in</a>"
                           "</div></aside>"));
  check_gone(side, "Al het nieuws uit de regio", "promo");
  check_gone(side, "Elke week het belangrijkste nieuws", "newsletter");
}

TEST_CASE("box: a share row holding the comment count goes in parts, each filed for what it is") {
  CleanedPage p;
  clean(p, article_with("<div><a href='https://example.org/share-post?target=x'>Partager sur X"
                        "</a> <a href='https://example.org/share-post?target=fb'>Partager avec "
                        "Facebook</a> <a href='/billet#comments'>7 commentaires</a></div>"));
  check_gone(p, "Partager sur X", "social");
  check_gone(p, "7 commentaires", "comments");
  CHECK(article_whole(p));
  // A link named after a network to the site's own page is a follow link.
  check_untouched("<p>Follow the author: <a href='https://twitter.com/janedoe'>Twitter"
                  "</a> and <a href='https://www.facebook.com/janedoe'>Facebook</a>.</p>",
                  "Follow the author");
}

TEST_CASE("wcxb-dev 0692, 2847, 4554: a product's pricing cards and a section menu in an <aside> stay") {
  const std::string cards =
      "<div><div><h3>Pro</h3><p>$20 per month when billed annually</p><a href='/sign-up?plan=pro'>"
      "Get started</a></div><div><h3>Business</h3><p>$200 per month when billed annually</p><a "
      "href='/sign-up?plan=business'>Get started</a></div></div>";
  CleanedPage p;
  clean(p, article_with(cards));
  CHECK(p.has("$20 per month"));
  CHECK(p.has("$200 per month"));
  CleanedPage menu;
  clean(menu, article_with("") + "<aside><a href='/permits'>Commercial Permits</a> <a "
                                 "href='/registration'>Contractor Registration</a> <a href='/demo'>"
                                 "Demolition Assistance</a></aside>");
  CHECK(menu.has("Contractor Registration"));
}

TEST_CASE("text: a closing 'thanks for reading, pass it on' goes as social; popular-this-week rails go") {
  check_gone_from("<p>Thanks for reading! If you enjoyed this, forward it to a friend who "
                  "loves the river as much as we do.</p>",
                  "forward it to a friend", "social");
  check_gone_from("<p>¡Gracias por leer! Si te ha gustado, compártelo con quien quieras.</p>",
                  "compártelo con quien quieras", "social");
  check_untouched("<p>The charity asked volunteers to share it with neighbours who do not "
                  "use the internet, and printed 2,000 copies for the libraries.</p>",
                  "share it with neighbours");
  check_gone_from("<div><h2>Populair deze week</h2><ul><li><a href='/1'>Nieuwe brug "
                  "open</a></li><li><a href='/2'>Markt verhuist</a></li></ul></div>",
                  "Nieuwe brug open", "related");
}

TEST_CASE("text: a sign-up link's box is a newsletter when it names the site's own mail ('our' + its name), "
          "not for a generic word alone") {
  check_gone_from("<div><p>Recevez notre lettre du vendredi : le meilleur de la semaine, une fois "
                  "par semaine.</p><a href='/compte/signup'>Je m'inscris</a></div>",
                  "notre lettre du vendredi", "newsletter");
  check_gone_from("<div><p>Unsere wöchentliche Mail mit den besten Geschichten aus der Stadt.</p>"
                  "<a href='/signup'>Anmelden</a></div>",
                  "Unsere wöchentliche Mail", "newsletter");
  // "Lettre" alone is a letter: an open letter beside an account link stays
  // (the link alone goes, as a sign-in prompt).
  CleanedPage p;
  clean(p, article_with("<div><p>La lettre ouverte des maires au ministre est publiée en entier, "
                        "avec la liste des signataires.</p><a href='/signup'>Créer un compte</a></div>"));
  CHECK(p.has("La lettre ouverte des maires"));
  CHECK_FALSE(p.removed("newsletter"));
  CHECK(article_whole(p));
}
