// Candidate containers for the learned container choice (container_model.h):
// every block element of the page that holds a fair share of its text, each
// described by one row of numbers (its share of the page's text, links,
// markup, place, and how it relates to the container the rules chose). The
// row layout is a contract with the trained model: tests/learn/train.py
// reads the names from the CLI's diagnostic dump (--blocks) and the
// generated model names the layout it was trained on.
#pragma once
#include <array>
#include <cstdint>
#include <vector>

#include "dom/document.h"

namespace reader::extract {

enum ContainerFeature : int {
  kCfShare,            // the candidate's text / the page's text
  kCfChars,            // the candidate's text (non-space bytes)
  kCfLinkShare,        // text inside <a> / text
  kCfDepth,            // elements between <body> and the candidate
  kCfParagraphs,       // <p> per 1,000 bytes of text
  kCfHeadings,         // <h1>-<h6> per 1,000 bytes
  kCfListItems,        // <li> per 1,000 bytes
  kCfCells,            // <td>/<th> per 1,000 bytes
  kCfFormControls,     // <input>/<button>/<select>/<textarea> per 1,000 bytes
  kCfImages,           // <img> per 1,000 bytes
  kCfCode,             // <pre>/<code> per 1,000 bytes
  kCfChildren,         // element children
  kCfRepetition,       // largest share of element children sharing tag and class
  kCfTag,              // tag class (see the .cpp)
  kCfIsMain,           // <main> or role=main
  kCfHoldsMain,        // a <main> lies inside
  kCfInMain,           // lies inside <main>
  kCfHoldsH1,          // an <h1> lies inside
  kCfClassWeight,      // Readability class weight
  kCfPageType,         // meta::PageType as a number
  kCfRelation,         // to the rules' container: 0 unknown, 1 same, 2 holds it, 3 inside it, 4 apart
  kCfCharsPerChosen,   // the candidate's text / the rules' extracted text
  kCfChosenShare,      // the rules' extracted text / the page's text
  kCfStartShare,       // text before the candidate / the page's text
  kCfEndShare,         // text after the candidate / the page's text
  kCfChromeShare,      // text inside header/footer/nav/aside / text
  kCfSiblings,         // candidates sharing its parent
  kCfChosenChars,      // the rules' extracted text (prose_length: CJK weighs more)
  kContainerFeatureCount
};

using ContainerRow = std::array<float, kContainerFeatureCount>;

const char* container_feature_name(int feature);

struct ContainerCandidate {
  dom::NodeId node = dom::kNoNode;
  size_t text_begin = 0, text_end = 0;  // its text nodes: ContainerSet::texts[begin, end)
  ContainerRow row{};
};

struct ContainerSet {
  std::vector<ContainerCandidate> candidates;  // in document order
  std::vector<dom::NodeId> texts;              // the visible text nodes of <body>, in order
  size_t page_chars = 0;
  // Preorder position and end of every node's subtree (for the relation to
  // the rules' container); UINT32_MAX for nodes outside the walk.
  std::vector<uint32_t> pre, end;
};

// The candidates of a page before extraction (the extractor changes its DOM).
ContainerSet container_candidates(const dom::Document& doc, int page_type);

// Fills the features that depend on the rules' choice: `chosen` is the
// rules' top candidate (a node id of the same prepared page), `chosen_chars`
// the length of the text they extracted (prose_length, prose.h).
void set_choice_features(ContainerSet& set, dom::NodeId chosen, size_t chosen_chars);

}  // namespace reader::extract
