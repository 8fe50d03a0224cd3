// A catalogue of prompts as news sites write them, in the project's seven
// languages, each placed inside the article between paragraphs of prose: the
// clutter pass must remove every one and leave the article whole. The
// markup is written from the prompts' usual shapes (a heading and a pitch, a
// paywall line with a log-in link, a form with an e-mail field, a bare
// button), with class names stripped where a site's own names would make
// the rule too easy: these check the text and structure rules generalise
// beyond the pages in ../shared.
#include <doctest/doctest.h>

#include <string>

#include "clutter_page.h"

namespace {

using Page = reader::testing::CleanedPage;
using reader::testing::clean;

const char* kBefore =
    "<article><h1>Council votes</h1><p>The committee met on Tuesday to discuss the proposal in "
    "detail, and members from both parties raised questions about the cost of the programme and "
    "its timetable for delivery.</p><p>Officials said the first phase would begin next spring, "
    "with a review scheduled after twelve months to decide whether the scheme should be extended "
    "to other regions.</p><p>Critics argued that the plan lacked detail on funding, while "
    "supporters pointed to the success of similar schemes abroad that had reduced waiting times "
    "by a third.</p>";
const char* kAfter =
    "<p>The minister is expected to publish the final version before the summer recess, after a "
    "consultation with councils, unions and the representatives of the affected industries.</p>"
    "<p>Opposition leaders said they would table amendments once the bill reaches the committee "
    "stage, and several backbenchers have signalled that they might support them.</p></article>";

struct Prompt {
  const char* name;
  const char* markup;
  const char* probe;  // words of the prompt that must be gone
};

const Prompt kPrompts[] = {
    {"guardian-epic",
     "<div class='contributions__epic'><h2>A small favour to ask</h2><p>Millions are turning to the Guardian for open, independent, quality news every day. Readers in 180 countries now support us financially.</p><a href='/support'>Support the Guardian</a></div>",
     "A small favour to"},
    {"guardian-epic-noclass",
     "<div><h2>... we have a small favour to ask.</h2><p>You've read 5 articles in the last year. Unlike many others, we have no paywall.</p><p><a href='https://support.example.com/contribute'>Support us</a></p></div>",
     "... we have a"},
    {"spiegel-plus",
     "<div><p>Jetzt weiterlesen mit SPIEGEL+. Sie haben bereits ein Digital-Abonnement? <a href='/login'>Hier anmelden</a></p></div>",
     "Jetzt weiterlesen mit SPIEGEL+."},
    {"lemonde",
     "<div><p class='x'>Il vous reste 80.42% de cet article à lire. La suite est réservée aux abonnés.</p><a href='/abonnement'>Découvrir les offres</a></div>",
     "Il vous reste 80.42%"},
    {"lemonde-2",
     "<div><p>Déjà abonné ? <a href='/connexion'>Se connecter</a></p><p>Accédez à tous nos contenus. <a href='/abo'>S'abonner</a></p></div>",
     "Déjà abonné ? Se"},
    {"elpais",
     "<div><p>Suscríbete para seguir leyendo</p><p>Lee sin límites</p><a href='/suscripcion'>Suscríbete</a></div>",
     "Suscríbete para seguir leyendo"},
    {"corriere",
     "<div><p>Iscriviti alla newsletter di Corriere della Sera per ricevere ogni giorno le notizie più importanti.</p><form><input type='email' placeholder='La tua email'><button>Iscriviti</button></form></div>",
     "Iscriviti alla newsletter di"},
    {"folha",
     "<div><p>Assine a Folha por R$ 1,90 no primeiro mês e tenha acesso ilimitado.</p><a href='/assine'>Assine</a></div>",
     "Assine a Folha por"},
    {"nrc",
     "<div><p>Dit artikel is exclusief voor abonnees. Word abonnee en lees onbeperkt.</p><a href='/abonnement'>Bekijk abonnementen</a></div>",
     "Dit artikel is exclusief"},
    {"nyt-gateway",
     "<div id='gateway-content'><h2>You have been granted a limited number of free articles.</h2><p>Subscribe for $1 a week. Cancel anytime.</p><a href='/subscription'>Subscribe now</a><a href='/login'>Log in</a></div>",
     "You have been granted"},
    {"wapo-newsletter",
     "<div><p><strong>Sign up</strong> for The Morning Mix newsletter to get the day's top stories.</p></div>",
     "Sign up for The"},
    {"generic-nl-box",
     "<aside><h3>Get the best of the week</h3><p>Our editors pick the stories you shouldn't miss, every Friday.</p><form><input type='email' name='email' placeholder='Your email'><button type='submit'>Sign me up</button></form><small>By signing up you agree to our privacy policy.</small></aside>",
     "Get the best of"},
    {"bbc-share",
     "<div><ul><li><a href='https://www.facebook.com/sharer/sharer.php?u=x'>Share on Facebook</a></li><li><a href='https://twitter.com/intent/tweet?url=x'>Share on Twitter</a></li><li><a href='mailto:?subject=x'>Email</a></li></ul></div>",
     "Share on Facebook Share"},
    {"cookie",
     "<div role='dialog' aria-modal='true'><p>We use cookies to personalise content and ads and to analyse our traffic.</p><button>Accept all</button><button>Manage preferences</button></div>",
     "We use cookies to"},
    {"cookie-nomodal",
     "<div class='x9f'><p>This website uses cookies to ensure you get the best experience on our website.</p><a href='/privacy'>Learn more</a><button>Got it!</button></div>",
     "This website uses cookies"},
    {"de-cookie",
     "<div><p>Wir verwenden Cookies, um Ihnen ein optimales Webseiten-Erlebnis zu bieten.</p><button>Alle akzeptieren</button><button>Einstellungen</button></div>",
     "Wir verwenden Cookies, um"},
    {"related-read-more",
     "<div><h3>Read more</h3><ul><li><a href='/a'>Council approves new budget after long debate</a></li><li><a href='/b'>Transport strike called off at last minute</a></li></ul></div>",
     "Read more Council approves"},
    {"de-related",
     "<div><h3>Mehr zum Thema</h3><ul><li><a href='/a'>Bundestag beschließt neues Gesetz</a></li><li><a href='/b'>Streik abgesagt</a></li></ul></div>",
     "Mehr zum Thema Bundestag"},
    {"app-promo",
     "<div><p>Get the app: read the news on the go with our free app for iOS and Android.</p><a href='https://apps.apple.com/x'>Download on the App Store</a></div>",
     "Get the app: read"},
    {"podcast-promo",
     "<p><em>Listen to our daily podcast, The Briefing, on Apple Podcasts or Spotify.</em></p>",
     "Listen to our daily"},
    {"bio-end",
     "<div class='contributor'><p><strong>Jane Doe</strong> is a senior reporter covering health policy. She previously worked at the Daily Post.</p></div>",
     "Jane Doe is a"},
    {"follow-us",
     "<p>Follow us on Twitter, Facebook and Instagram for the latest news.</p>",
     "Follow us on Twitter,"},
    {"membership",
     "<div><h4>Become a member</h4><p>Our journalism is funded by readers like you. Join today and get exclusive benefits.</p><a href='/join'>Join now</a></div>",
     "Become a member Our"},
    {"de-abo-box",
     "<div><p><strong>Lesen Sie jetzt weiter</strong> – mit dem Abo für 0,99 € im ersten Monat. Jederzeit kündbar.</p><a href='/abo'>Jetzt abonnieren</a></div>",
     "Lesen Sie jetzt weiter"},
    {"fr-newsletter",
     "<div><p>Recevez chaque matin l'essentiel de l'actualité. Inscrivez-vous à notre newsletter.</p><form><input type='email'><button>OK</button></form></div>",
     "Recevez chaque matin l'essentiel"},
    {"es-newsletter",
     "<div><p>Recibe cada mañana nuestra newsletter, una guía para entender las noticias del día.</p><a href='/newsletter'>Apúntate</a></div>",
     "Recibe cada mañana nuestra"},
    {"it-paywall",
     "<div><p>Per continuare a leggere questo articolo abbonati a Corriere.it</p><a href='/abbonati'>Abbonati</a></div>",
     "Per continuare a leggere"},
    {"pt-newsletter",
     "<div><p>Receba no seu email as principais notícias do dia. Inscreva-se na nossa newsletter.</p></div>",
     "Receba no seu email"},
    {"nl-newsletter",
     "<div><p>Ontvang elke ochtend het belangrijkste nieuws in je mailbox. Meld je aan voor de nieuwsbrief.</p></div>",
     "Ontvang elke ochtend het"},
    {"donate",
     "<div><p>If you value this article, please consider making a donation. Every contribution, big or small, helps.</p><a href='/donate'>Donate</a></div>",
     "If you value this"},
    {"comments-cta",
     "<div><a href='#comments'>View 125 comments</a></div>",
     "View 125 comments"},
    {"advert-label",
     "<div><span>Advertisement</span></div>",
     "Advertisement"},
    {"story-continues",
     "<div><p>Story continues below advertisement</p></div>",
     "Story continues below advertisement"},
    {"recommended",
     "<section><h2>Recommended for you</h2><a href='/x'>Ten ways to save energy this winter</a><a href='/y'>How to fix a leaking tap</a></section>",
     "Recommended for you Ten"},
    {"affiliate-disclosure",
     "<p><em>When you buy a book using a link on this page, we receive a commission. Thank you for supporting us.</em></p>",
     "we receive a commission"},
    {"affiliate-review",
     "<p>If you buy something from a link in this story, we may earn a commission.</p>",
     "we may earn a commission"},
    {"follow-me",
     "<p><em>Follow me on <a href='https://twitter.com/x'>Twitter</a>. Check out my <a href='https://x.example'>website</a>.</em></p>",
     "Check out my"},
    {"syndication",
     "<p><a href='https://www.businessinsider.com/x'>Read the original article on Business Insider</a></p>",
     "Read the original article"},
    {"de-support",
     "<div><h1>Unterstütze RosaMag bereits mit 2,50!</h1><p>Wusstest du, dass es drei Magazine über Weihnachtsbäume gibt? Mit deinem Beitrag hilfst du uns.</p><a href='/support'>Jetzt unterstützen</a></div>",
     "Unterstütze RosaMag"},
    {"de-newsletter-section",
     "<div class='news-letter-section'><div class='title'>NEWS<br>LETTERS</div><form action='#'><input type='text' name='email' placeholder='E-Mail-Adresse hier eintippen*'><button type='submit'>Go</button></form><div class='text-holder'><span>News, Tipps und Trends... wir haben viele spannende Themen für dich!</span></div></div>",
     "wir haben viele spannende Themen"},
    {"de-comment-login",
     "<div><p>Sie müssen sich einloggen, um sich an einer Diskussion beteiligen zu können.</p></div>",
     "Sie müssen sich einloggen"},
};

}  // namespace

TEST_CASE("prompt catalogue: every prompt inside the article is removed, the article stays") {
  for (const Prompt& prompt : kPrompts) {
    std::string name = prompt.name;
    CAPTURE(name);
    Page p;
    clean(p, std::string(kBefore) + prompt.markup + kAfter);
    CHECK_FALSE(p.has(prompt.probe));
    CHECK(p.has("The committee met on Tuesday"));
    CHECK(p.has("Opposition leaders said"));
    CHECK_FALSE(p.stats.reverted);
  }
}

TEST_CASE("prompt catalogue: article sentences about subscriptions and newsletters stay") {
  const char* sentences[] = {
      "<p>Readers who subscribe to the paper's newsletter were asked about the survey, which found "
      "that most of them read the news on their phones.</p>",
      "<p>The Times said readers who have already subscribed will keep unlimited access to the "
      "archive after the redesign.</p>",
      "<p>Il vous reste une semaine pour voter, a rappelé le maire lors du conseil municipal.</p>",
      "<p>The charity asked residents to donate blankets and tinned food to the shelter before "
      "the cold weekend.</p>",
  };
  for (const char* s : sentences) {
    std::string sentence = s;
    CAPTURE(sentence);
    Page p;
    clean(p, std::string(kBefore) + s + kAfter);
    std::string text(s);
    std::string probe = text.substr(3, 30);
    CHECK(p.has(probe));
  }
}
