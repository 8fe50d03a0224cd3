// The clutter pass: finds subscription/newsletter/paywall/... blocks in a
// document and removes them, recording each removal (category + rule) in a
// RemovalLog. Signals: the rules in rules.json (class/id vocabularies, CSS
// selectors, text phrases in folded text), structure (modal dialogs, e-mail
// and password forms, call-to-action links to subscribe/login pages,
// schema.org paywall markers via PageHints). Guards (guards.h) keep prose,
// <main> and the <article>; a pass that takes too much prose is undone.
// READER_TRACE=1 prints every removal, guarded match and revert to stderr.
#pragma once
#include <string>
#include <vector>

#include "clutter/rules.h"
#include "dom/document.h"
#include "dom/removal_log.h"

namespace reader::clutter {

struct ClutterStats {
  size_t removed = 0;          // blocks removed (after a possible revert)
  size_t removed_prose = 0;    // prose characters in removed blocks
  size_t page_prose = 0;       // prose characters in the page
  bool reverted = false;       // the pass took too much prose and was undone
  size_t guarded = 0;          // matches a guard refused
};

// What the page says about itself that the pass can use.
struct PageHints {
  // schema.org hasPart[].cssSelector of parts with isAccessibleForFree=false
  // (meta::Metadata::paywall_selectors). A marked part that holds prose is
  // the subscriber-only article text and is never removed, whatever its
  // class; one without prose is the site's paywall prompt (the theweek
  // fixture marks its div.paywall prompt) and goes as "paywall".
  std::vector<std::string> paywall_selectors;
  // The article's author as the metadata names it (meta::Metadata::byline):
  // a paragraph after the article that is about this person is an author
  // bio, whatever its markup ("Chas Newkey-Burden has been part of The Week
  // Digital team ...", the theweek fixture).
  std::string author;
};

// Removes clutter below `scope` (usually <body>) using `rules`.
ClutterStats remove_clutter(dom::Document& doc, dom::NodeId scope, const RuleSet& rules,
                            dom::RemovalLog& log, const PageHints& hints = {});

}  // namespace reader::clutter
