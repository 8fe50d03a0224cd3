// meta/site_title.h: site and section parts of a title, learnt from the
// site's names and the page's headings (issue 10's title patterns).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "meta/site_title.h"
#include "meta_test_util.h"

namespace reader::meta {
namespace {

std::string strip(const std::string& title, std::vector<std::string> sites,
                  std::vector<std::string> headings = {}, bool home_page = false) {
  return strip_site_parts(title, TitleContext{std::move(sites), std::move(headings), home_page});
}

}  // namespace

TEST_CASE("site names at either end go") {
  SUBCASE("the fixture: '| The Week'") {
    CHECK(strip("Would North Korean weapons tilt the war Russia\xE2\x80\x99s way? | The Week",
                {"The Week"}) == "Would North Korean weapons tilt the war Russia\xE2\x80\x99s way?");
  }
  SUBCASE("'The Week: Title'") {
    CHECK(strip("The Week: Title of the piece", {"the week"}) == "Title of the piece");
  }
  SUBCASE("'\xE2\x80\x93 Blog Name' (fr), '\xE2\x80\x94' and case") {
    CHECK(strip("La r\xC3\xA9" "forme des retraites expliqu\xC3\xA9" "e \xE2\x80\x93 Le Blog de Marie",
                {"Le Blog de Marie"}) == "La r\xC3\xA9" "forme des retraites expliqu\xC3\xA9" "e");
    CHECK(strip("NEWS \xE2\x80\x94 Big story today", {"News"}) == "Big story today");
  }
  SUBCASE("'Title | by Name | Medium': the site, then the byline part") {
    CHECK(strip("Why reefs bleach | by Ana Costa | Medium", {"Medium"}) == "Why reefs bleach");
    CHECK(strip("Coral spawning season explained | by Reef Watch", {}) ==
          "Coral spawning season explained");
  }
  SUBCASE("dashes inside the headline are kept") {
    CHECK(strip("Title - with - dashes - Site", {"Site"}) == "Title - with - dashes");
  }
  SUBCASE("site names written as hosts, or holding a separator") {
    CHECK(strip("Mandarinen-Schmand-Kuchen von jesusfreak | Chefkoch", {"Chefkoch.de"}) ==
          "Mandarinen-Schmand-Kuchen von jesusfreak");
    CHECK(strip("Story here - example.com", {"www.Example.com"}) == "Story here");
    CHECK(strip("Anglertalk mit Stephan - Fischerh\xC3\xBCtte | hejfish.com",
                {"Fischerh\xC3\xBCtte | hejfish.com"}) == "Anglertalk mit Stephan");
    CHECK(strip("A - B: The real title", {"A - B"}) == "The real title");
  }
  SUBCASE("a piece of the site name, or a short part holding it as whole words") {
    CHECK(strip("Online Tuition and Financing | Liberty University",
                {"Liberty University Online"}) == "Online Tuition and Financing");
    CHECK(strip("How many watts does a laptop use? | EcoFlow ZA", {"EcoFlow"}) ==
          "How many watts does a laptop use?");
    CHECK(strip("Guida alle vacanze in Sicilia - la Repubblica", {host_label("www.repubblica.it")}) ==
          "Guida alle vacanze in Sicilia");
    CHECK(strip("Zo bespaar je op je energierekening | NOS", {host_label("nos.nl")}) ==
          "Zo bespaar je op je energierekening");
    CHECK(strip("What is a code editor? - Visual Studio Code", {host_label("code.visualstudio.com")}) ==
          "What is a code editor?");
  }
  SUBCASE("non-Latin scripts (readability page yahoo-4)") {
    CHECK(strip("\xE3\x83\x88\xE3\x83\xAC\xE3\x83\xB3\xE3\x83\x89\xE3\x81\xAE\xE8\xA8\x98\xE4\xBA"
                "\x8B \xE6\x9C\xAC\xE6\x96\x87 - Yahoo!\xE3\x83\x8B\xE3\x83\xA5\xE3\x83\xBC\xE3\x82\xB9",
                {"Yahoo!\xE3\x83\x8B\xE3\x83\xA5\xE3\x83\xBC\xE3\x82\xB9"}) ==
          "\xE3\x83\x88\xE3\x83\xAC\xE3\x83\xB3\xE3\x83\x89\xE3\x81\xAE\xE8\xA8\x98\xE4\xBA"
          "\x8B \xE6\x9C\xAC\xE6\x96\x87");
  }
  SUBCASE("entities and whitespace are cleaned first; a title quoted whole loses its quotes") {
    CHECK(strip("  Tom &amp; Jerry\n | Site ", {"Site"}) == "Tom & Jerry");
    CHECK(strip("\"What is Git and How Does Version Control Work?\"", {}) ==
          "What is Git and How Does Version Control Work?");
    CHECK(strip("\"Quoted\" words in a title", {}) == "\"Quoted\" words in a title");
  }
}

TEST_CASE("parts the heading does not hold go") {
  SUBCASE("section and site after the headline: '| World news | The Paper'") {
    CHECK(strip("Floods cut off three villages | World news | The Paper", {},
                {"Floods cut off three villages"}) == "Floods cut off three villages");
  }
  SUBCASE("'Title :: Section :: Site'") {
    CHECK(strip("Winter tyres tested :: Motoring :: Daily Post", {},
                {"Winter tyres tested"}) == "Winter tyres tested");
  }
  SUBCASE("de, es: a subtitle after ':' stays with the headline") {
    CHECK(strip("Neue Regeln f\xC3\xBCr E-Autos: Was sich \xC3\xA4ndert | Politik | DIE ZEIT", {},
                {"Neue Regeln f\xC3\xBCr E-Autos: Was sich \xC3\xA4ndert"}) ==
          "Neue Regeln f\xC3\xBCr E-Autos: Was sich \xC3\xA4ndert");
    CHECK(strip("C\xC3\xB3mo ahorrar energ\xC3\xAD" "a en casa | Consumo | EL PA\xC3\x8DS", {},
                {"C\xC3\xB3mo ahorrar energ\xC3\xAD" "a en casa"}) ==
          "C\xC3\xB3mo ahorrar energ\xC3\xAD" "a en casa");
  }
  SUBCASE("a short leading label") {
    CHECK(strip("SEO Checker | Test your website for free", {}, {"Test your website for free"}) ==
          "Test your website for free");
  }
  SUBCASE("the heading that holds most of the title counts, not a logo naming the site") {
    CHECK(strip("What is Cloud Computing? | Google Cloud", {"Google Cloud"},
                {"Google Cloud", "What is Cloud Computing?"}) == "What is Cloud Computing?");
  }
  SUBCASE("a subtitle goes when the heading is exactly what is left") {
    CHECK(strip("Hiking Boots: Shop Boots for Hiking & Backpacking | REI Co-op", {"REI"},
                {"Hiking Boots"}) == "Hiking Boots");
  }
  SUBCASE("another title holding the whole title says nothing (the <title> of a docs page)") {
    TitleContext c{{"Django Project"}, {"Models \xC2\xB6"}, false,
                   {"Models | Django documentation | Django"}};
    CHECK(strip_site_parts("Models | Django documentation", c) == "Models");
  }
  SUBCASE("one word is enough when a heading says exactly that (readability page wikipedia)") {
    CHECK(strip("Mozilla - Wikipedia", {}, {"Mozilla"}) == "Mozilla");
  }
}

TEST_CASE("what stays") {
  SUBCASE("a headline the heading holds whole: 'Batman - The Dark Knight review'") {
    CHECK(strip("Batman - The Dark Knight review", {"Film Weekly"},
                {"Batman - The Dark Knight review"}) == "Batman - The Dark Knight review");
    CHECK(strip("Batman - The Dark Knight review", {}, {"Batman - The Dark Knight review"}) ==
          "Batman - The Dark Knight review");
  }
  SUBCASE("without a site name or heading to say which part is the site") {
    CHECK(strip("Title | Other", {}) == "Title | Other");
    CHECK(strip("The Weekly Review | Books", {"The Week"}) == "The Weekly Review | Books");
    CHECK(strip("The Weekly Review | Books", {"Week"}) == "The Weekly Review | Books");
  }
  SUBCASE("a title that is only the site name, or would be left with one word") {
    CHECK(strip("The Week", {"The Week"}) == "The Week");
    CHECK(strip("Home | Example News", {"Example News"}) == "Home | Example News");
    CHECK(strip("Example News | Home", {}, {"Home"}) == "Example News | Home");
  }
  SUBCASE("a headline that mentions the site is not the site") {
    CHECK(strip("Apple unveils the new iPhone - Apple", {host_label("www.apple.com")}) ==
          "Apple unveils the new iPhone");
  }
  SUBCASE("a subtitle after ':' (readability page title-and-h1-discrepancy)") {
    CHECK(strip("This is a long title with a colon: Hello there", {},
                {"This is a long title with a colon: But the final text here is different"}) ==
          "This is a long title with a colon: Hello there");
  }
  SUBCASE("a long leading part is the headline's, not a label (wcxb-dev 4326)") {
    CHECK(strip("How to replace brake pads \xE2\x80\x93 From an ASE-Certified Mechanic", {},
                {"Brake Pad Replacement Guide - From An ASE-Certified Mechanic"}) ==
          "How to replace brake pads \xE2\x80\x93 From an ASE-Certified Mechanic");
  }
  SUBCASE("on a home page the site's name leads its title") {
    CHECK(strip("BetterHelp | Professional Therapy With A Licensed Therapist", {"BetterHelp"}, {},
                true) == "BetterHelp | Professional Therapy With A Licensed Therapist");
    CHECK(strip("BetterHelp | Professional Therapy With A Licensed Therapist", {"BetterHelp"}) ==
          "Professional Therapy With A Licensed Therapist");
  }
}

TEST_CASE("host_label: the registrable label") {
  CHECK(host_label("www.bbc.co.uk") == "bbc");
  CHECK(host_label("blog.example.com") == "example");
  CHECK(host_label("abc.net.au") == "abc");
  CHECK(host_label("example.co") == "example");
  CHECK(host_label("fakehost") == "fakehost");
  CHECK(host_label("127.0.0.1") == "");
  CHECK(host_label("[::1]") == "");
  CHECK(host_label("") == "");
}

TEST_CASE("is_home_page_url") {
  CHECK(is_home_page_url("https://www.betterhelp.com/"));
  CHECK(is_home_page_url("https://www.talkspace.com"));
  CHECK(is_home_page_url("https://example.com/en/"));
  CHECK(is_home_page_url("https://example.com/de-at"));
  CHECK(is_home_page_url("https://example.com/index.html#top"));
  CHECK_FALSE(is_home_page_url("https://example.com/about"));
  CHECK_FALSE(is_home_page_url("https://example.com/?p=12"));
  CHECK_FALSE(is_home_page_url("https://example.com/news/"));
  CHECK_FALSE(is_home_page_url("not a url"));
}

TEST_CASE("h1_texts: the page's <h1>s, cleaned, empty ones skipped") {
  const auto doc = parse_html(
      "<h1><a href=/>Logo</a></h1><h1>  The   headline\n</h1><h1> </h1><h2>Not this</h2>");
  CHECK(h1_texts(*doc) == std::vector<std::string>{"Logo", "The headline"});
}

}  // namespace reader::meta
