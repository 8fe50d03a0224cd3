// The clutter pass: finds subscription/newsletter/paywall/... blocks in a
// document and removes them, recording each removal (category + rule) in a
// RemovalLog. Guards keep prose; a pass that takes too much prose is undone.
#pragma once
#include <string>

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

// Removes clutter below `scope` (usually <body>) using `rules`.
ClutterStats remove_clutter(dom::Document& doc, dom::NodeId scope, const RuleSet& rules,
                            dom::RemovalLog& log);

}  // namespace reader::clutter
