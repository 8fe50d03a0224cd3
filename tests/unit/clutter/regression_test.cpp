// Regressions from real pages, each a minimal reduction of the page it is
// named after (trafilatura-dev or readability test-pages): what the clutter
// pass must remove there, and what it must leave alone.
#include <doctest/doctest.h>

#include <string>

#include "clutter_page.h"

namespace {

using reader::dom::Document;
using reader::dom::RemovalLog;

using Page = reader::testing::CleanedPage;
using reader::testing::clean;

// Four paragraphs of article prose (each over the prose thresholds).
std::string prose(const std::string& tag = "p") {
  std::string out;
  const char* sentences[] = {
      "The committee met on Tuesday to discuss the proposal in detail, and members from both "
      "parties raised questions about the cost of the programme and its timetable for delivery.",
      "Officials said the first phase would begin next spring, with a review scheduled after "
      "twelve months to decide whether the scheme should be extended to other regions.",
      "Critics argued that the plan lacked detail on funding, while supporters pointed to the "
      "success of similar schemes abroad that had reduced waiting times by a third.",
      "The minister is expected to publish the final version before the summer recess, after a "
      "consultation with councils, unions and the representatives of the affected industries."};
  for (const char* s : sentences) out += "<" + tag + ">" + s + "</" + tag + ">";
  return out;
}

}  // namespace

TEST_CASE("taz.de.siemens: an article whose class says 'commentary' is not a comment thread") {
  Page p;
  clean(p, "<div class='full news subjective commentary article' itemscope "
           "itemtype='http://schema.org/NewsArticle'><h1>Siemens und die Kohlemine</h1>" +
               prose() + "</div><div class='comments'><p>Toller Artikel!</p></div>");
  CHECK(p.has("The committee met"));
  CHECK(p.has("The minister is expected"));
  CHECK_FALSE(p.has("Toller Artikel"));  // the real thread still goes
}

TEST_CASE("guard: a comment-classed wrapper holding the <article> stays") {
  Page p;
  clean(p, "<div class='comments-enabled'><article>" + prose() + "</article></div>");
  CHECK(p.has("The committee met"));
  CHECK(p.log.size() == 0);
}

TEST_CASE("heise.de.lithium: a subheading with an id starting 'nav_' stays") {
  Page p;
  clean(p, prose() + "<h3 class='subheading' id='nav_nur_die_folie__1'>Nur die Folie bleibt "
                     "zurück</h3>" + prose());
  CHECK(p.has("Nur die Folie bleibt zurück"));
}

TEST_CASE("reuters.com.parasite: '/about-us' is not a subscription link ('/abo')") {
  Page p;
  clean(p, prose() +
               "<div><div class='Attribution'><p>Additional reporting by Steve Gorman; Editing by "
               "Nick Zieminski</p></div><div class='TrustBadge-badge'><p>Our Standards: <a "
               "href='http://thomsonreuters.com/en/about-us/trust-principles.html'>The Thomson "
               "Reuters Trust Principles.</a></p></div></div>"
               "<div><p><a href='https://www.example.de/abo/angebote'>Jetzt testen</a></p></div>");
  CHECK(p.has("Additional reporting by"));
  CHECK(p.has("Trust Principles"));
  CHECK_FALSE(p.has("Jetzt testen"));
  CHECK(p.removed_by("structure.cta-link"));
}

TEST_CASE("newrepublic.com: a copyright line goes without taking the paragraph beside it") {
  Page p;
  // The closing paragraph is not a <p> on the page, so it does not count as prose.
  clean(p, prose() +
               "<div class='article-text-grid'><div>In 1982, as the neoliberal curtain was rising, "
               "Colorado Governor Richard Lamm remarked that the cutting edge of the Democratic "
               "Party is to recognize that the world of the 1930s has changed and that a new set "
               "of public policy responses is appropriate. Today, people around the world have "
               "recognized that the world of the 1980s has changed. The central question of our "
               "time is what comes next.</div><p><i>From the book The Great Democracy. Copyright "
               "2019 by Ganesh Sitaraman. All rights reserved.</i></p></div>");
  CHECK(p.has("The central question of our time"));
  CHECK_FALSE(p.has("All rights reserved"));
  CHECK(p.removed_by("copyright.text"));
}

TEST_CASE("breakingbelizenews.com-paho: an ad pitch in Cyrillic look-alikes and the copyright") {
  Page p;
  // "Аdvеrtіѕе wіth" and "Yоur соntеnt" mix Cyrillic А е і ѕ о с into Latin words.
  clean(p, prose() +
               "<p><em>\xD0\x90" "dv\xD0\xB5rt\xD1\x96\xD1\x95\xD0\xB5 w\xD1\x96th the most "
               "visited news site in Belize ~ We offer digital marketing packages. Y\xD0\xBEur "
               "\xD1\x81\xD0\xBEnt\xD0\xB5nt is delivered instantly!</em></p>"
               "<p class='desktoponly'>\xC2\xA9 2022, BreakingBelizeNews.com. <em>This article is "
               "the copyrighted property of Breaking Belize News. Written permission must be "
               "obtained before reprint in online or print media.</em></p>");
  CHECK(p.removed_by("ad.pitch"));
  CHECK(p.removed_by("copyright.notice"));
  CHECK_FALSE(p.has("visited news site"));
  CHECK_FALSE(p.has("copyrighted property"));
  CHECK(p.has("The minister is expected"));
}

TEST_CASE("baumev.de: a 'Kontakt:' box goes with its heading") {
  Page p;
  clean(p, prose() + "<div><div>Kontakt:</div><div>Antonia Thiele, Telefon 040 / 49 07 11 "
                     "05</div></div>");
  CHECK(p.removed_by("contact.text"));
  CHECK_FALSE(p.has("Kontakt:"));
  CHECK_FALSE(p.has("Antonia Thiele"));
}

TEST_CASE("related-link headings in seven languages, the heading only") {
  const char* headings[] = {"Related links", "Weiterführende Links", "Auch interessant",
                            "Heute empfehlen wir:", "Pour aller plus loin", "Artículos relacionados",
                            "Articoli correlati", "Leia também", "Lees ook"};
  for (const char* h : headings) {
    INFO(std::string(h));
    Page p;
    clean(p, prose() + "<div><h3>" + std::string(h) +
                 "</h3><ul><li><a href='/a'>Erster Beitrag</a></li><li><a href='/b'>Zweiter "
                 "Beitrag</a></li></ul></div>");
    CHECK(p.removed_by("related.text"));
    CHECK_FALSE(p.has("Erster Beitrag"));
    CHECK(p.has("The committee met"));
  }
}

TEST_CASE("iab-1: a closing sentence that starts 'Read more' stays") {
  Page p;
  clean(p, prose() + "<p>Read more about ad blocking <a href='/x'>here</a>.</p>");
  CHECK(p.has("Read more about ad blocking"));
}

TEST_CASE("msn: a lone 'Feedback' link and a make-homepage dialog go") {
  Page p;
  clean(p, "<main><article>" + prose() +
               "</article><a href='#' id='footer_link'>Feedback</a></main>"
               "<div id='makehomepagecontainer'><div><button>Close</button><h2>Make MSN my "
               "homepage</h2><ul><li><img alt='On the toolbar, click Firefox'></li></ul></div>"
               "</div>");
  CHECK(p.removed_by("feedback.whole"));
  CHECK(p.removed_by("promo.text"));
  CHECK_FALSE(p.has("Feedback"));
  CHECK_FALSE(p.has("my homepage"));
}

TEST_CASE("feedback prompts in seven languages") {
  const char* prompts[] = {"Was this article helpful?", "War dieser Artikel hilfreich?",
                           "Cet article vous a-t-il été utile ?", "¿Te ha resultado útil?",
                           "Questo articolo ti è stato utile?", "Este artigo foi útil?",
                           "Was dit artikel nuttig?",
                           "We want to hear what you think about this article."};
  for (const char* t : prompts) {
    INFO(std::string(t));
    Page p;
    clean(p, prose() + "<div><p>" + std::string(t) + "</p><button>Ja</button></div>");
    CHECK(p.removed_by("feedback.text"));
    CHECK(p.has("Officials said"));
  }
}

TEST_CASE("theverge: a byline that is a biography goes, a plain byline stays") {
  Page p;
  clean(p, "<p class='duet--article--article-byline'>By Alex Heath, a deputy editor and author "
           "of the Command Line newsletter. He has covered the tech industry for over a decade.</p>"
           "<div class='byline'>By Jane Doe</div>" + prose());
  CHECK(p.removed_by("author-bio.byline"));
  CHECK_FALSE(p.has("deputy editor"));
  CHECK(p.has("By Jane Doe"));
}

TEST_CASE("wapo-1: an inline '[Read: ...]' paragraph marked interstitial-link stays") {
  Page p;
  clean(p, prose() + "<p channel='wp.com' class='interstitial-link'><i><a href='/why'>[Read: Why "
                     "Tunisia suffers from Islamist violence]</a></i></p>" + prose());
  CHECK(p.has("[Read: Why Tunisia"));
}

TEST_CASE("topicseed-1: a tag 'digital advertising' stays, an 'Advertisement' label goes") {
  Page p;
  clean(p, prose() + "<div><a href='/tag/digital-advertising'>digital advertising</a></div>"
                     "<div><span>Advertisement:</span></div>");
  CHECK(p.has("digital advertising"));
  CHECK_FALSE(p.has("Advertisement"));
}

TEST_CASE("image credits: a standalone line goes, a caption in a figure stays") {
  Page p;
  clean(p, prose() + "<p>Foto: Instagram</p><div>iStock.com</div>" +
               "<figure><img src='a.jpg'><figcaption>Foto: Sascha Klahn</figcaption></figure>" +
               prose());
  CHECK(p.removed_by("credit.prefix"));
  CHECK(p.removed_by("credit.whole"));
  CHECK_FALSE(p.has("Instagram"));
  CHECK_FALSE(p.has("iStock"));
  CHECK(p.has("Sascha Klahn"));
}

TEST_CASE("phrases match whole words: 'log in' is not in 'blog in'") {
  Page p;
  clean(p, prose() + "<div><p>My blog in pictures</p></div>");
  CHECK(p.has("My blog in pictures"));
}

TEST_CASE("firefox-nightly-blog: comment threads that outweigh the article come back") {
  Page p;
  std::string comment =
      "<li class='comment'><article class='comment-body'><p>I have been following these updates "
      "for a while and the new profiler changes look great, thank you to everyone who worked on "
      "them over the holidays and the weeks before.</p></article></li>";
  std::string thread;
  for (int i = 0; i < 6; ++i) thread += comment;
  clean(p, "<article><p>Short post body with enough words to be measured as a paragraph of "
           "prose by the clutter pass guards here.</p></article>"
           "<div class='share-buttons'><a href='/s'>Share</a></div>"
           "<ol class='comment-list'>" + thread + "</ol>");
  // Only the threads go back: the share bar beside them stays out.
  CHECK_FALSE(p.stats.reverted);
  CHECK(p.has("profiler changes"));
  CHECK_FALSE(p.has("Share"));
  CHECK(p.log.size() == 1);
  CHECK(p.removed("social"));
  CHECK(p.log.size() == p.stats.removed);
}

TEST_CASE("foxyfolksy.com.buttercream: a long comment thread no longer undoes the whole pass") {
  Page p;
  // Before: 40 comments under a short recipe tipped the revert guard, and the
  // newsletter plug and author box came back with them.
  std::string comment =
      "<li class='comment'><div class='comment-body'><p>I tried this recipe for my daughter's "
      "birthday cake and it was the best frosting I have ever made, smooth and not too sweet at "
      "all, thank you so much for sharing it.</p></div></li>";
  std::string thread;
  for (int i = 0; i < 8; ++i) thread += comment;
  clean(p, "<article><p>This ermine frosting is cooked on the stove first, then whipped with "
           "butter until it turns light and fluffy like a mousse.</p>"
           "<p class='wprm-recipe-cta'><span>WANT MORE RECIPES?</span> Subscribe to our "
           "<a href='/nl'>newsletter</a> and follow us on <a href='/fb'>Facebook</a>.</p>"
           "</article><ol class='comment-list'>" + thread + "</ol>");
  CHECK(p.has("ermine frosting"));
  CHECK(p.has("best frosting I have ever made"));  // the thread is back
  CHECK_FALSE(p.has("WANT MORE RECIPES"));         // the plug is not
  CHECK_FALSE(p.stats.reverted);
  CHECK(p.log.size() == p.stats.removed);
}

TEST_CASE("newsletter.plug: a short paragraph pairing a newsletter and a call to action goes") {
  const char* plugs[] = {
      "Wenn du keinen Artikel mehr zu Bahnreisen in Deutschland verpassen willst, dann hol dir "
      "jetzt meinen gratis Newsletter!",                          // 0a4a8ab61c05...
      "[Alle wichtigen Updates des Tages zum Coronavirus finden Sie im kostenlosen "
      "Tagesspiegel-Newsletter \"Fragen des Tages\".]",        // tagesspiegel.de
      "Nie mehr die wichtigsten News aus Österreichs Industrie verpassen? Abonnieren Sie unser "
      "Daily Briefing: Was in der Industrie wichtig wird.",     // industriemagazin.at
      "[What you need to know to start the day: Get New York Today in your inbox.]",  // nytimes-3
  };
  for (const char* plug : plugs) {
    CAPTURE(plug);
    Page p;
    clean(p, prose() + "<p><em>" + plug + "</em></p>" + prose());
    CHECK_FALSE(p.has(plug));
    CHECK(p.removed_by("newsletter.plug"));
    CHECK(p.has("The committee met"));
  }
}

TEST_CASE("newsletter.plug: the word alone, a long paragraph, or a list item stays") {
  const char* kept[] = {
      // no call to action: an article sentence about a newsletter
      "The newsletter, founded in 2009, reaches two million readers each week.",
      // "get" after a word in another script does not open a sentence
      "Подписчики get the newsletter from the city council every Monday.",
      // a call to action in a paragraph too long to be a plug
      "The company said its free newsletter had become the main source of new readers, and the "
      "editors plan to double its frequency next year after a survey showed that most readers "
      "open it on their phones before breakfast, while the print edition keeps losing "
      "subscribers in every region of the country, including the cities where it was founded "
      "and where it still sells most copies.",
  };
  for (const char* text : kept) {
    CAPTURE(text);
    Page p;
    clean(p, prose() + "<p>" + text + "</p>" + prose());
    CHECK(p.has(text));
  }
  Page list;
  clean(list, prose() + "<ul><li>Sign up for the free newsletter of the city council</li>"
                        "<li>Vote in the local election</li></ul>");
  CHECK(list.has("Sign up for the free newsletter"));
}

TEST_CASE("wapo-1: a div.post-body-bio after the article is an author box") {
  Page p;
  clean(p, "<article>" + prose() + "</article><div class='post-body-sig-line'>"
           "<div class='post-body-bio'>Erin Cunningham is an Egypt-based correspondent for The "
           "Post. She previously covered conflicts in the Middle East.</div></div>");
  CHECK_FALSE(p.has("Egypt-based correspondent"));
  CHECK(p.removed_by("author-bio.attr"));
  Page biology;  // 'bio' is a whole part only
  clean(biology, "<div class='biology-notes'><p>Cells divide.</p></div>" + prose());
  CHECK(biology.has("Cells divide."));
}

TEST_CASE("dziennik.pl: one notice that is all of the page's <p> prose is no article") {
  Page p;
  clean(p, "<div>Pod koniec stycznia TK tak odpowiadał na pytania, a sprawa czekała na "
           "rozpoznanie przez wiele miesięcy.</div><div class='licenceInfo'><p>Materiał chroniony "
           "prawem autorskim - wszelkie prawa zastrzeżone. Dalsze rozpowszechnianie artykułu za "
           "zgodą wydawcy INFOR Biznes.</p></div>");
  CHECK_FALSE(p.stats.reverted);
  CHECK(p.removed_by("copyright.text"));
}

TEST_CASE("badische-zeitung.de: a 'non-paywall' section is the free part of the article") {
  Page p;
  clean(p, "<section class='row non-paywall'><div class='article__text'><p>Gesine aus Tübingen "
           "läuft die Zeit davon. Die 18-Jährige hat sich an der Uni Freiburg für ein "
           "Jurastudium eingeschrieben.</p></div></section>"
           "<section class='row paywall' id='regWalli'><p>Bereits Abonnent/in? Anmelden</p>"
           "</section>");
  CHECK(p.has("Gesine aus Tübingen"));
  CHECK_FALSE(p.has("Bereits Abonnent"));
}

TEST_CASE("schema.org paywalled parts: prose is kept whatever its class, a prompt goes") {
  SUBCASE("gazetadopovo.com.br: hasPart cssSelector '.paywall-google' is the article body") {
    Document doc;
    RemovalLog log;
    reader::html::parse_document("<body><div class='article-body paywall-google'>" + prose() +
                                     "</div></body>",
                                 doc);
    reader::clutter::PageHints hints;
    hints.paywall_selectors = {".paywall-google"};
    auto stats = reader::clutter::remove_clutter(doc, doc.body(),
                                                 reader::clutter::builtin_rules(), log, hints);
    CHECK(doc.text_content(doc.root()).find("The committee met") != std::string::npos);
    CHECK(stats.guarded >= 1);
  }
  SUBCASE("theweek fixture: cssSelector '.paywall' marks the prompt itself") {
    Document doc;
    RemovalLog log;
    reader::html::parse_document("<body>" + prose() + "<div class='box-x'><div class='p-x'>Read "
                                     "on for $1</div></div></body>",
                                 doc);
    reader::clutter::PageHints hints;
    hints.paywall_selectors = {".p-x", "div[", ""};  // bad selectors mark nothing
    reader::clutter::remove_clutter(doc, doc.body(), reader::clutter::builtin_rules(), log, hints);
    REQUIRE(log.size() == 1);
    CHECK(log.entries()[0].rule == "structure.paywall-ld");
    CHECK(doc.text_content(doc.root()).find("Read on") == std::string::npos);
  }
}

TEST_CASE("deep nesting: every level matching a rule stays linear and guarded") {
  // 20,000 levels, each a 'comment' block with a credit line and a prompt:
  // every level is a candidate for attr, text and standalone rules.
  constexpr int kDepth = 20000;
  std::string html = "<body>";
  html.reserve(kDepth * 80);
  for (int i = 0; i < kDepth; ++i) html += "<div class='comment'><p>Foto: x</p><section>";
  html += "<p>Sign up for our newsletter</p>";
  for (int i = 0; i < kDepth; ++i) html += "</section></div>";
  html += "</body>";
  Document doc;
  reader::html::ParseOptions options;
  options.limits.max_depth = 3 * kDepth;
  reader::html::parse_document(html, doc, options);
  RemovalLog log;
  auto stats =
      reader::clutter::remove_clutter(doc, doc.body(), reader::clutter::builtin_rules(), log);
  // The outer levels hold most of the page: guarded, not removed whole.
  CHECK(stats.guarded > 0);
  CHECK(log.size() > 0);
}

TEST_CASE("trafilatura-dev boilerplate lines, each after a page that kept it") {
  struct Case {
    const char* page;
    const char* html;
    const char* rule;
    const char* gone;
  } cases[] = {
      {"amnesty.de", "<div class='message'>Wir respektieren deine Privatsphäre und stellen "
                     "deshalb ohne dein Einverständnis keine Verbindung zu Twitter her. Hier kannst "
                     "du deine Einstellungen verwalten, und zwar jederzeit und ganz einfach über "
                     "die Seite mit den Datenschutzeinstellungen.</div>",
       "consent.embed", "Privatsphäre"},
      {"munich2022.com", "<div><p>Externer Inhalt</p></div>", "consent.embed", "Externer Inhalt"},
      {"heavenlynnhealthy.de", "<p>*Werbung. Dieser Beitrag enthält Werbung für MYMARINI.</p>",
       "ad.disclosure", "MYMARINI"},
      {"fluter.de", "<p>Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE. Die "
                    "Fotos dürfen nicht verwendet werden.</p>",
       "copyright.text", "Lizenz"},
      {"cbsnews.com", "<p>© 2020 CBS Interactive Inc. All Rights Reserved.</p>", "copyright.notice",
       "CBS Interactive"},
      {"buzzfeed-1", "<p><a href='/'><b>Check out more articles on BuzzFeed.com!</b></a></p>",
       "promo.text", "BuzzFeed.com"},
      {"sportnews.bz", "<div>AFP / MARCO BERTORELLO</div>", "credit.prefix", "BERTORELLO"},
      {"spektrum.de", "<p><u>Beitragsbild:</u> Titelseite der FAZ vom 2.4.2019, Ausriss.</p>",
       "credit.prefix", "Titelseite"},
      {"topagrar.com", "<div><div>Meistgelesene Artikel</div><ul><li><a href='/a'>Stromversorgung"
                       "</a></li></ul></div>",
       "related.text", "Stromversorgung"},
  };
  for (const Case& k : cases) {
    INFO(std::string(k.page));
    Page p;
    clean(p, prose() + k.html + prose());
    CHECK(p.removed_by(k.rule));
    CHECK_FALSE(p.has(k.gone));
    CHECK(p.has("The minister is expected"));
  }
}

TEST_CASE("an article paragraph (200+ chars) that mentions these phrases stays") {
  Page p;
  clean(p, prose() +
               "<p>The court heard that the firm had claimed all rights reserved on the design, "
               "although the original sketches, the witness said, had been published under "
               "another name years before the case was ever brought to the high court.</p>"
               "<p>Researchers said advertising with the most popular apps was common, and that "
               "the photo: a grey shed, was taken in 1998 by a local farmer near the border.</p>");
  CHECK(p.has("all rights reserved on the design"));
  CHECK(p.has("advertising with the most popular apps"));
}

TEST_CASE("msn, auto.oe24.at: an image credit opening with '©' is not a copyright notice") {
  Page p;
  clean(p, "<p><span>© Provided by Business Insider Inc</span> Nintendo and Apple shocked the "
           "world earlier this year by announcing Super Mario Run.</p>"
           "<div>| 05. November 2021 | 08:02 Uhr <span>©Volkswagen AG / Porsche Holding</span> "
           "des ET7 in Europa an.</div>" + prose());
  CHECK(p.has("Nintendo and Apple shocked"));
  CHECK(p.has("des ET7 in Europa an."));
}

TEST_CASE("lazy-image-2, wikipedia: sign-in links are whole path segments, not slugs or hosts") {
  Page p;
  clean(p, prose() +
               "<p>(<span><a href='http://3ihard.deviantart.com/art/Chozo-Account-119685313'>"
               "<em>Artist: 3ihard</em></a></span>)</p>"
               "<p><cite><a href='https://login.persona.org/'><i>Persona</i></a>, Mozilla</cite></p>"
               "<div><a href='https://www.example.com/account/login?next=/a'>Sign in</a></div>");
  CHECK(p.has("Artist: 3ihard"));
  CHECK(p.has("Persona, Mozilla"));
  CHECK_FALSE(p.has("Sign in"));
}

TEST_CASE("0a29620f (trafilatura-dev): paragraphs classed 'regwalled' are the article") {
  Page p;
  std::string para =
      "<p class='text regwalled'>Nirgends und überall ist das Gedicht, das Kinsun Chan zu seinem "
      "ersten Stück für die neu formierte Tanzkompanie des Theaters gewählt hat, und es trägt "
      "den ganzen Abend, der sich rund fünfundsiebzig Minuten lang dem Regen widmet.</p>";
  clean(p, "<main class='content__main'>" + prose() + para + para + "</main>"
           "<div class='regwall-prompt'><p>Jetzt registrieren und weiterlesen</p></div>");
  CHECK(p.has("Nirgends und überall"));
  CHECK_FALSE(p.has("Jetzt registrieren"));
  CHECK_FALSE(p.stats.reverted);
}

TEST_CASE("zdf.de: <main id='skip-main'> is never removed") {
  Page p;
  clean(p, "<main id='skip-main' class='main'><p>Sie sind hier: ZDF Sport</p>"
           "<p>New York ist das Epizentrum der Corona-Pandemie in den USA.</p></main>");
  CHECK(p.has("New York ist das Epizentrum"));
}

namespace {
// A sign-in dialog: a form with a password field and a lot of text.
std::string account_dialog() {
  return "<div class='account-dialog'><form><input type='email' name='email'>"
         "<input type='password' name='password'><h2>Mein Konto - Login</h2>" +
         prose() + "</form></div>";
}
}  // namespace

TEST_CASE("zdf.de.corona: sign-in dialogs do not count toward reverting the pass") {
  Page p;
  // Before: the dialog's prose made the pass take over 60% of the page's
  // prose, so it was reverted and the dialogs came back as the "article".
  clean(p, "<div class='promo-teaser'>" + prose() + "</div>" +
               "<p class='item-description'>New York ist das Epizentrum der Corona-Pandemie in "
               "den USA. Auch der Sport ist zum Stillstand gekommen.</p>" +
               prose("p") + account_dialog());
  CHECK_FALSE(p.stats.reverted);
  CHECK(p.has("New York ist das Epizentrum"));
  CHECK_FALSE(p.has("Mein Konto"));
  CHECK(p.removed_by("structure.password-form"));
}

TEST_CASE("zdf.de.corona: a reverted pass leaves sign-in dialogs out") {
  Page p;
  // Promo boxes hold most of the page's prose: the pass is undone, but the
  // dialog with a password field stays out (and in the log).
  std::string boxes;
  for (int i = 0; i < 2; ++i) boxes += "<div class='promo-teaser'>" + prose() + "</div>";
  clean(p, boxes + "<p>Kurz.</p>" + account_dialog() + "<p>Ende.</p>");
  CHECK(p.stats.reverted);
  CHECK(p.has("The committee met"));
  CHECK(p.has("Ende."));
  CHECK_FALSE(p.has("Mein Konto"));
  CHECK(p.removed_by("structure.password-form"));
  CHECK(p.log.size() == p.stats.removed);
}

TEST_CASE("chefkoch.de.mandarinen: a prompt beside the page's <h1> does not take the title") {
  Page p;
  clean(p, "<div class='intro'><h1>Mandarinen-Schmand-Kuchen</h1>"
           "<p class='recipe-text'>der cremigste Kuchen den ich kenne!</p>"
           "<div><a href='/x'>Rezept speichern</a> <a href='/y'>Anmelden</a></div></div>" +
               prose());
  CHECK(p.has("Mandarinen-Schmand-Kuchen"));
  CHECK(p.has("der cremigste Kuchen"));
  CHECK_FALSE(p.has("Anmelden"));
}

TEST_CASE("buzzfeed-1: a div.user-bio after the article is an author box") {
  Page p;
  clean(p, prose() + "<div class='user-bio'><div class='user-bio__main-text'>Mark di Stefano is "
                     "a breaking news reporter for BuzzFeed News and is based in Sydney.</div>"
                     "<div>Contact Mark at <a href='mailto:m@example.com'>m@example.com</a></div>"
                     "</div>");
  CHECK(p.has("The committee met"));
  CHECK_FALSE(p.has("breaking news reporter"));
  CHECK(p.removed_by("author-bio.attr"));
}

TEST_CASE("novalanalove.com.ear-candy: related posts may outgrow a short post") {
  // The rail is a third of the page's text (over the 25% a single removal
  // may take); like comment threads, related posts may take up to 60%.
  Page p;
  std::string teaser =
      "<div class='teaser'><h4>Die schönsten Maxikleider der Saison</h4><p>Happy Summertime "
      "Maxikleider – kein wirklich neuer Trend sondern eher ein fester Bestandteil der guten "
      "Sommer-Garderobe. Gerade bei Temperaturen über der 30-Grad-Marke ein angenehmer "
      "Wegbegleiter, wir haben euch die schönsten zusammengestellt […]</p></div>";
  // The rest of the page: a footer of links as long as the rail.
  std::string footer = "<ul class='site-links'>";
  for (int i = 0; i < 80; ++i) footer += "<li><a href='/k'>Kategorie Mode</a></li>";
  footer += "</ul>";
  clean(p, "<article><h1>Ear Candy!</h1><p>Earcuff: Zoeca, Kreole: Stella Hoops.</p>"
           "<p>Perfekt kombiniert mit längeren Ohrringen (:</p>" + prose() + "</article>"
           "<div class='related-posts'><h3>Related Posts</h3>" +
               teaser + teaser + teaser + "</div>" + footer);
  CHECK(p.has("Earcuff: Zoeca"));
  CHECK_FALSE(p.has("Happy Summertime"));
  CHECK(p.removed_by("related.attr"));
}

TEST_CASE("structure.hidden: hidden blocks are removed and reported, short bits are not") {
  Page p;
  clean(p, prose() + "<div hidden><p>Join our club for exclusive offers today</p></div>"
                     "<div style='display: NONE'>Sponsored offers from our partners</div>"
                     "<div aria-hidden='true'>Skip to the navigation of this site</div>"
                     "<span hidden>29</span>");
  CHECK_FALSE(p.has("exclusive offers"));
  CHECK_FALSE(p.has("Sponsored offers"));
  CHECK_FALSE(p.has("Skip to the navigation"));
  CHECK(p.has("29"));  // below the reporting threshold: left to extraction
  int hidden = 0;
  for (const auto& e : p.log.entries()) hidden += e.rule == "structure.hidden";
  CHECK(hidden == 3);
  Page math;  // Wikimedia's math fallback images are aria-hidden but shown
  clean(math, prose() + "<span class='mwe-math-fallback-image-inline' aria-hidden='true'>"
                        "<img alt='E = mc^2 fallback image text'>E equals m c squared</span>");
  CHECK(math.has("E equals m c squared"));
}

TEST_CASE("structure.repeated: a linked block stamped out twice goes, article text stays") {
  Page p;
  // wikia: the same promo box twice around the article (its link here goes
  // to a plain page: a sign-up address is a prompt by itself, box_match.cpp).
  std::string box = "<div class='x1'><a href='/fandom'>Don't miss a thing. Keep up with Fandom.</a></div>";
  clean(p, box + prose() + box);
  CHECK_FALSE(p.has("Don't miss a thing"));
  CHECK(p.removed_by("structure.repeated"));
  CHECK(p.has("The committee met"));

  Page once;  // the same box once is nothing special
  clean(once, prose() + box);
  CHECK(once.has("Don't miss a thing"));

  Page text;  // repeated text without a link or control is not furniture
  clean(text, prose() + "<div>The chorus goes round and round again</div>" + prose() +
                  "<div>The chorus goes round and round again</div>");
  CHECK(text.has("The chorus goes round"));
}

TEST_CASE("lazy-image-2: a credit repeated under several pictures stays") {
  Page p;
  std::string figure =
      "<figure><img src='a.jpg'></figure><div class='ad-unit'>Advertisement</div>"
      "<p><em>(</em><a href='http://artist.example/'><em>Artist: 3ihard</em></a><em>)</em></p>";
  clean(p, prose() + figure + prose() + figure);
  CHECK(p.has("Artist: 3ihard"));
  CHECK_FALSE(p.removed_by("structure.repeated"));
}

TEST_CASE("wikia: WordPress taxonomy classes (tag-*, category-*) do not name a block's role") {
  Page p;
  clean(p, prose() + "<div class='post tag-newsletter category-paywall tag-fan-contributor'>"
                     "<p>The studio confirmed the release date on Friday.</p></div>");
  CHECK(p.has("The studio confirmed the release date"));
  Page role;  // the same words as the block's own class still count
  clean(role, prose() + "<div class='newsletter'><p>The studio confirmed the release date on "
                        "Friday.</p></div>");
  CHECK_FALSE(role.has("The studio confirmed the release date"));
}

TEST_CASE("nytimes-4: a 'Subscribe' link does not take the print-edition note beside it") {
  Page p;
  clean(p, prose() + "<div>A version of this article appears in print on , on Page A1 of the New "
                     "York edition with the headline: What May Soon Exceed Cost of U.S. Military? "
                     "<span>. <a href='http://www.nytreprints.com/'>Order Reprints</a> | "
                     "<a href='/todayspaper'>Today's Paper</a> | "
                     "<a href='https://www.nytimes.com/subscriptions/x'>Subscribe</a></span></div>");
  CHECK(p.has("A version of this article appears in print"));
  CHECK_FALSE(p.has("Subscribe"));
}

TEST_CASE("nestle-marktplatz.de: a bare prompt heading does not take the page's own text below it") {
  Page p;
  clean(p, "<div><h2>Jetzt Produkttester werden</h2>"
           "<p>Auf unserem Marktplatz testen Verbraucherinnen und Verbraucher neue Produkte, "
           "bevor sie in den Handel kommen, und schreiben ihre ehrliche Meinung dazu auf. Wir "
           "sammeln diese Bewertungen und geben sie an die Hersteller weiter, damit Rezepturen "
           "und Verpackungen besser werden.</p>"
           "<p>Wenn Ihnen das gefällt, unterstützen Sie uns mit Ihren Erfahrungen: Sie können "
           "sich jederzeit registrieren und an der nächsten Testrunde teilnehmen, die im "
           "Frühjahr mit drei neuen Produkten beginnt.</p>"
           "<a href='/registrieren'>Registrieren</a></div>");
  CHECK(p.has("Auf unserem Marktplatz testen Verbraucherinnen"));
  CHECK(p.has("unterstützen Sie uns mit Ihren Erfahrungen"));
}

TEST_CASE("breitbart: a bio written as one of the article's own longer paragraphs stays") {
  // Article paragraphs of prose length (two sentences each) around it.
  std::string long_prose;
  for (int i = 0; i < 3; ++i) {
    long_prose += "<p>The committee met on Tuesday to discuss the proposal in detail, and members "
                  "from both parties raised questions about its cost. Officials said the first "
                  "phase would begin next spring, with a review scheduled after twelve months.</p>";
  }
  Page p;
  reader::clutter::PageHints hints;
  hints.author = "Jane Doe";
  clean(p, long_prose + "<p>Jane Doe, who has written for regional papers for twenty years, "
                        "spoke to the committee's chair after the vote, and he told her the "
                        "review would look again at the cost of the programme before any money "
                        "is committed to the second phase of the scheme.</p>" + long_prose,
        hints);
  CHECK(p.has("Jane Doe, who has written for regional papers"));
}
