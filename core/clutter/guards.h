// Guard constants of the clutter pass, each with the reason for its value.
#pragma once
#include <cstddef>
#include <cstdint>

namespace reader::clutter {

// A paragraph this long (bytes of collapsed text) is prose, not a prompt:
// the longest prompt block in the theweek fixture is 120 chars; article
// paragraphs there are 150-400.
inline constexpr size_t kProseParagraphChars = 200;
// Paragraphs at least this long count towards the page's prose when judging
// whether a whole pass went too far (short articles have 100-200 char
// paragraphs, e.g. the theweek fixture).
inline constexpr size_t kMeasuredParagraphChars = 80;
// A block with this many prose paragraphs is article text whatever its class
// says (author bios have one; comment threads are exempt).
inline constexpr int kMaxProseParagraphs = 2;
// A single removal may take at most this share of the page's text, unless
// the block is small (below kSmallBlockChars): catches "cookie" on <body>-like
// wrappers (trafilatura's evidence: bare 'cookie' deleted 97% of a page).
inline constexpr double kMaxPageShare = 0.25;
inline constexpr double kMaxPageShareComments = 0.6;
inline constexpr size_t kSmallBlockChars = 700;
// A pass whose removals hold more than this share of the page's prose is
// reverted whole: it has mistaken the article for clutter.
inline constexpr double kMaxRemovedProseShare = 0.6;
// ... but only when it took at least this much: one notice of a page whose
// article is not in <p>s is no article (dziennik.pl: the copyright line was
// the page's only 80+ char paragraph, so 100% of its "prose").
inline constexpr size_t kMinRevertedProseChars = 2 * kProseParagraphChars;
// Climbing from a matched prompt to its box stops at boxes larger than this
// or more than kClimbGrowth times (+kClimbSlack) the matched block.
inline constexpr size_t kMaxClimbChars = 800;
inline constexpr size_t kClimbGrowth = 3;
inline constexpr size_t kClimbSlack = 150;
// ... and never adds more than this much text to the match: a box is its
// prompt plus a form, buttons or a short list, not another run of article
// (newrepublic.com: a 444-char paragraph beside a copyright line).
inline constexpr size_t kMaxClimbExtraChars = 400;
// Text rules judge blocks of at most this many nodes: a prompt is a heading,
// a sentence, a form and some buttons (the largest box removed in the theweek
// fixture has 35 nodes; climbing may still reach a bigger box). The bound
// keeps the pass linear on deep, nearly empty trees.
inline constexpr uint32_t kMaxTextBlockNodes = 500;
// A call-to-action link is at most this long and makes up at least half of
// its block, which is at most kCtaBlockChars.
inline constexpr size_t kCtaLinkChars = 40;
// A link to the site's newsletter page may say a sentence ("Apúntate gratis
// a nuestro boletín de cultura", 45 bytes; "Elke vrijdag het Gentse nieuws in
// je mailbox? Schrijf je in", 60: blind seed set 1), still most of its line.
inline constexpr size_t kMailLinkChars = 100;
inline constexpr size_t kCtaBlockChars = 200;
// A short block that opens with a prompt phrase is a call to action
// ("Subscribe now to our eNATION edition for the full story.", nationnews).
inline constexpr size_t kCtaSentenceChars = 160;
// A heading this short that holds a prompt phrase is the prompt's title
// ("Already a subscriber?", "Sign up for our newsletter").
inline constexpr size_t kHeadingChars = 120;

// Climbing may take in a short pitch beside the prompt (under a "Become a
// member" heading: "Our journalism is funded by readers like you. Join
// today ...", 87 chars), never a paragraph of kProseParagraphChars.
inline constexpr size_t kMaxClimbPitchChars = 200;
// Two prompt phrases make a prompt in a block of at most this many chars
// (the paywall box of a German news site: 95 chars; article paragraphs that
// mention subscribing twice are longer and hold no sign-in link).
inline constexpr size_t kMaxPromptPhrasesBlockChars = 300;

// ... and in a box of at most this many chars when the box opens with a
// heading or a prompt phrase (a reader-funding appeal: a heading, two short
// paragraphs of pitch and a link, 330 chars in prompt_catalogue's
// funding-en; the theweek fixture's paywall box is 330 chars), holding at
// most this many paragraphs of prose.
inline constexpr size_t kMaxPromptBoxChars = 700;
inline constexpr int kMaxPromptBoxProseParagraphs = 1;

// A prompt's box climbed to from its control (box_match.cpp) holds at most
// this many paragraphs of kMeasuredParagraphChars (a reader-funding appeal:
// a heading, two short paragraphs of pitch and a link), none of
// kProseParagraphChars, in at most kMaxPromptBoxChars.
inline constexpr int kMaxBoxPitchParagraphs = 2;
// A call to action climbs to its box only on a page of at least this many
// paragraphs of kMeasuredParagraphChars (an article; the catalogue's and the
// seed set's shortest have 6): elsewhere boxes with a "Start free trial"
// button are the page (wcxb-dev's service and product pages).
inline constexpr int kMinArticlePageParagraphs = 5;
// A row of share buttons is at most this long, and its text beyond the
// buttons' labels at most a label of kShareRowLabelChars ("Compartir").
inline constexpr size_t kMaxShareRowChars = 160;
inline constexpr size_t kShareRowLabelChars = 24;
// A cookie notice with its buttons is at most this long (the longest in the
// catalogue and the seed set: 190 chars; consent texts run to a paragraph).
inline constexpr size_t kMaxConsentBoxChars = 600;
// ... and says it in a sentence: a text run of at least this many chars
// (the shortest notice in the catalogue and the seed set: 58).
inline constexpr size_t kMinNoticeRunChars = 40;

// A block repeated on the page is judged between these lengths: shorter
// repeats are labels ("Share", "Reply"), longer ones are not furniture.
inline constexpr size_t kMinRepeatedChars = 15;
inline constexpr size_t kMaxRepeatedChars = 200;
// At most this many blocks are compared for repeats (the most on any page of
// both corpora: 326): bounds the memory a hostile page can make the
// comparison take.
inline constexpr size_t kMaxRepeatedCandidates = 20000;

// Hidden elements (hidden, aria-hidden, display:none) with at least this
// much text are removed and reported by the pass; see match_hidden.
inline constexpr size_t kMinReportedHiddenChars = 15;

// An author-bio box found by its byline/contributor class holds a run of
// text this long: its shortest bio in the corpora and the catalogue is a
// sentence ("Jane Doe is a senior reporter covering health policy.", 55
// chars of its 104 after the <strong> name); a byline's runs are a name,
// a date and share labels.
inline constexpr size_t kMinBioRunChars = 40;

// A byline name shorter than this is no name to recognise a bio by.
inline constexpr size_t kMinAuthorNameChars = 5;
// Whether prose follows a candidate bio is looked up over at most this many
// nodes (a bio sits at the article's end, before the page's furniture).
inline constexpr size_t kMaxBioLookaheadNodes = 5000;

// The page's own schema.org paywall selectors are matched at most this many
// (each is a scan of the page; the corpora's pages declare one or two).
inline constexpr size_t kMaxPaywallSelectors = 8;

}  // namespace reader::clutter
