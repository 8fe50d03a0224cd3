// A catalogue of prompts as news sites write them, in the project's seven
// languages, each placed inside the article between paragraphs of prose: the
// clutter pass must remove every one and leave the article whole. The
// markup is written from the prompts' usual shapes (a heading and a pitch, a
// paywall line with a log-in link, a form with an e-mail field, a bare
// button), with class names stripped where a site's own names would make
// the rule too easy: these check the text and structure rules generalise
// beyond the pages in ../shared.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include "catalogue_run.h"

using namespace reader::testing;

TEST_CASE("prompt catalogue: figures (pages clean, sentences kept, prompts leaked, categories)") {
  CatalogueFigures f = measure_catalogue();
  std::printf("%s\n", f.summary().c_str());
  for (const std::string& name : f.failures) std::printf("  not clean: %s\n", name.c_str());
  CHECK(f.leaked_prompts == 0);
  CHECK(f.kept_sentences == f.sentences);
  // Issue 10: at least 95 % of the removals filed under the right category.
  CHECK(f.category_accuracy() >= 95.0);
  // The figures reached (a floor, as the seed set's): every page clean,
  // every category right. A change that files one box wrong fails here, not
  // only below 95 % (nl-box-signin-word: 'Already have an account? Log in'
  // under a newsletter form once filed the box as signin).
  CHECK(f.clean_pages == f.pages);
  CHECK(f.categories_right == f.prompts);
}

TEST_CASE("prompt catalogue: every prompt goes whole, the article stays") {
  for (const CatalogueEntry& e : kCatalogue) {
    std::string name = e.name;
    CAPTURE(name);
    CatalogueOutcome o = run_catalogue_entry(e);
    CHECK(o.leaked_probes == 0);
    CHECK(o.kept_sentences == o.sentences);
    CHECK_FALSE(o.reverted);
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
      "<p>Die Zeitung hat im vergangenen Jahr 40.000 neue Digital-Abonnenten gewonnen, teilte der "
      "Verlag mit.</p>",
      "<p>El periódico ganó 40.000 suscriptores digitales el año pasado, según la empresa.</p>",
      "<p>Il giornale ha guadagnato 40.000 abbonati digitali l'anno scorso, secondo l'editore.</p>",
      "<p>O jornal ganhou 40 mil assinantes digitais no ano passado, segundo a empresa.</p>",
      "<p>De krant won vorig jaar 40.000 digitale abonnees, meldt de uitgever.</p>",
      "<p>The author Jane Austen lives in the imagination of millions of readers two centuries "
      "after her death.</p>",
  };
  const CatalogueArticle& a = kCatalogueArticles[0];
  for (const char* s : sentences) {
    std::string sentence = s;
    CAPTURE(sentence);
    CleanedPage p;
    reader::clutter::PageHints hints;
    hints.author = a.author;
    clean(p, std::string("<article><h1>T</h1>") + a.opening + s + a.closing + "</article>",
          hints);
    std::string probe = sentence.substr(3, 30);
    CHECK(p.has(probe));
  }
}
