#!/usr/bin/env python3
"""Generates core/dom/tags.def and core/dom/tag_properties.def: the HTML, SVG
and MathML tag names the core knows by id, and the one table of what each
(HTML) tag is: heading, void, phrasing, the parser's "special" category, how
text output boxes it, and the sets the extractor and clutter pass key on.
Every module asks dom::has_property() instead of keeping its own set.
Names are lowercase (the tokenizer lowercases tag names); the tree builder
restores SVG camel case in the node's name. Run from the repo root."""
TAGS = """a abbr acronym address applet area article aside audio b base basefont bdi
bdo bgsound big blink blockquote body br button canvas caption center cite code col
colgroup data datalist dd del desc details dfn dialog dir div dl dt em embed fieldset
figcaption figure font footer foreignobject form frame frameset h1 h2 h3 h4 h5 h6 head
header hgroup hr html i iframe image img input ins isindex kbd keygen label legend li
link listing main malignmark map mark marquee math menu menuitem meta meter mglyph mi mn
mo ms mtext nav nobr noembed noframes noscript object ol optgroup option output p param
picture plaintext pre progress q rb rp rt rtc ruby s samp script search section select
slot small source spacer span strike strong style sub summary sup svg table tbody td
template textarea tfoot th thead time title tr track tt u ul var video wbr xmp
annotation-xml""".split()

# (property, what it means and where the set comes from, member tags). The
# properties describe HTML-namespace elements; callers check the namespace.
PROPERTIES = [
    ("kHeading", "h1-h6 (HTML 4.3.6 \"heading content\" without hgroup)",
     "h1 h2 h3 h4 h5 h6"),
    ("kVoid", "void elements: no end tag, no children (HTML 13.1.2), with the legacy "
     "basefont, bgsound, frame, keygen and param the serializer spec also lists",
     "area base basefont bgsound br col embed frame hr img input keygen link meta param "
     "source track wbr"),
    ("kPhrasing", "Readability's PHRASING_ELEMS plus the legacy inline s, u, font, big, tt, "
     "strike and picture (a, del, ins are phrasing only when their children are)",
     "abbr audio b bdo br button cite code data datalist dfn em embed i img input kbd label "
     "mark math meter noscript object output progress q ruby samp script select small span "
     "strong sub sup textarea time var wbr s u font big tt strike picture"),
    ("kSpecial", "the tree builder's \"special\" category, HTML members "
     "(https://html.spec.whatwg.org/multipage/parsing.html#special); select left out "
     "since the customizable <select> change",
     "address applet area article aside base basefont bgsound blockquote body br button "
     "caption center col colgroup dd details dir div dl dt embed fieldset figcaption figure "
     "footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe img "
     "input keygen li link listing main marquee menu meta nav noembed noframes noscript "
     "object ol p param plaintext pre script search section source style summary table "
     "tbody td template textarea tfoot th thead title tr track ul wbr xmp"),
    ("kTextHidden", "text and Markdown output: content never rendered as text",
     "script style template noscript head title meta link base iframe noembed noframes "
     "select datalist textarea param source track"),
    ("kTextParagraph", "text and Markdown output: a block set off by a blank line",
     "p h1 h2 h3 h4 h5 h6 blockquote pre listing plaintext xmp ul ol dl menu dir table "
     "figure hr section article header footer aside nav main address details fieldset form "
     "hgroup center search"),
    ("kTextLine", "text and Markdown output: a box that starts and ends a line",
     "div li dt dd tr figcaption caption summary legend thead tbody tfoot body html option "
     "video audio dialog"),
    ("kStyling", "inline elements whose class describes styling, not a block's role: the "
     "clutter pass judges them by text and links only (clean-links page: <a class=\"popup\"> "
     "inside prose)",
     "a span b i em strong small img code sub sup abbr cite q time mark u s font br wbr"),
    ("kProseBlock", "the extractor's prose paragraphs are text in one of these blocks",
     "p div section article li h1 h2 h3 h4 h5 h6 td th dd dt blockquote pre figcaption "
     "figure ul ol dl header footer aside nav main address caption table tr form fieldset"),
    ("kDivToPBlock", "Readability's DIV_TO_P_ELEMS: a <div> holding none of these becomes a <p>",
     "blockquote dl div img ol p pre table ul select"),
]


def ident(name):
    return "k" + "".join(p[:1].upper() + p[1:] for p in name.split("-"))


def main():
    names = sorted(set(TAGS))
    props = {n: [] for n in names}
    for prop, _, members in PROPERTIES:
        for m in members.split():
            assert m in props, f"{prop}: unknown tag {m}"
            assert prop not in props[m], f"{prop}: {m} twice"
            props[m].append(prop)
    lines = ["// Generated by core/dom/gen_tags.py. Do not edit.",
             "// X(identifier, \"name\", properties), sorted by name for binary search."]
    lines += [f'X({ident(n)}, "{n}", {" | ".join(props[n]) or "0"})' for n in names]
    with open("core/dom/tags.def", "w") as f:
        f.write("\n".join(lines) + "\n")
    assert len(PROPERTIES) <= 16, "TagProperty is 16 bits"
    lines = ["// Generated by core/dom/gen_tags.py. Do not edit.",
             "// P(identifier, bit): what each property means is in gen_tags.py and tag.h."]
    lines += [f"P({prop}, {bit})  // {doc}" for bit, (prop, doc, _) in enumerate(PROPERTIES)]
    with open("core/dom/tag_properties.def", "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
