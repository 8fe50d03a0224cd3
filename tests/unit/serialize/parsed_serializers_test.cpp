// Text and Markdown serializers on markup parsed by the real parser, and a
// robustness pass over the Readability corpus's expected articles.
#include <doctest/doctest.h>

#include <dirent.h>

#include <string>
#include <vector>

#include "dom/document.h"
#include "markup.h"
#include "serialize/markdown_serializer.h"
#include "serialize/text_serializer.h"
#include "test_paths.h"

using reader::dom::Document;
using reader::dom::NodeId;
using reader::serialize::to_markdown;
using reader::serialize::to_plain_text;

namespace {

std::string text_of(std::string_view html) {
  Document doc;
  return to_plain_text(doc, reader::testing::parse_into_div(doc, html));
}

std::string md_of(std::string_view html) {
  Document doc;
  return to_markdown(doc, reader::testing::parse_into_div(doc, html));
}

bool has_trailing_space(const std::string& s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if ((s[i] == ' ' || s[i] == '\t') && (i + 1 == s.size() || s[i + 1] == '\n')) return true;
  }
  return false;
}

// Markdown with its markup removed: marker characters and link destinations
// (words glued to a link in the source, "<a>x</a>y", must still be found).
std::string strip_markdown(const std::string& md) {
  std::string out;
  for (size_t i = 0; i < md.size(); ++i) {
    if (md[i] == ']' && i + 1 < md.size() && md[i + 1] == '(') {
      size_t end = md.find(')', i);
      if (end != std::string::npos) {
        i = end;
        continue;
      }
    }
    if (std::string_view("*`\\~[]_").find(md[i]) == std::string_view::npos) out.push_back(md[i]);
  }
  return out;
}

}  // namespace

TEST_CASE("parsed text: words of adjacent blocks never glue") {
  CHECK(text_of("foo</p><p>bar") == "foo\n\nbar");
  CHECK(text_of("<p>foo<p>bar") == "foo\n\nbar");
  CHECK(text_of("<div>a</div><div>b</div>") == "a\nb");
  CHECK(text_of("a<br>b") == "a\nb");
  CHECK(text_of("<table><tr><td>1<td>2<tr><td>3<td>4</table>") == "1\t2\n3\t4");
  CHECK(text_of("<ul><li>x<li>y</ul><p>z") == "x\ny\n\nz");
  CHECK(text_of("<h1>T</h1>body") == "T\n\nbody");
  CHECK(text_of("<p>a <script>var x = '<p>';</script> b</p>") == "a b");
  CHECK(text_of("<pre>  keep\n   this</pre>") == "  keep\n   this");
  CHECK(text_of("<p>x&nbsp;&amp;&lt;</p>") == "x\xC2\xA0&<");
}

TEST_CASE("parsed markdown: an article") {
  const char* html =
      "<h1>The Title</h1>"
      "<p>Intro with <a href='https://e.com/x' title='T'>a link</a>, <strong>bold</strong> and "
      "<em>em</em>.</p>"
      "<h2>Lists</h2>"
      "<ul><li>one<ul><li>one.a</li></ul></li><li>two</li></ul>"
      "<ol start=3><li>three</li><li>four</li></ol>"
      "<blockquote><p>quoted</p><blockquote><p>nested</p></blockquote></blockquote>"
      "<pre><code class='language-python'>def f():\n    return 1\n</code></pre>"
      "<figure><img src='a.png' alt='pic'><figcaption>Caption</figcaption></figure>"
      "<table><thead><tr><th>k</th><th>v</th></tr></thead>"
      "<tbody><tr><td>a|b</td><td>2</td></tr></tbody></table>"
      "<hr><p>end<br>line</p>";
  CHECK(md_of(html) ==
        "# The Title\n\n"
        "Intro with [a link](https://e.com/x \"T\"), **bold** and *em*.\n\n"
        "## Lists\n\n"
        "- one\n  - one.a\n- two\n\n"
        "3. three\n4. four\n\n"
        "> quoted\n>\n> > nested\n\n"
        "```python\ndef f():\n    return 1\n```\n\n"
        "![pic](a.png)\n\n*Caption*\n\n"
        "| k | v |\n| --- | --- |\n| a\\|b | 2 |\n\n"
        "---\n\n"
        "end\\\nline\n");
}

TEST_CASE("parsed markdown: code in a list item and a quote inside a list") {
  CHECK(md_of("<ol><li><p>step</p><pre>make\n\nrun</pre></li></ol>") ==
        "1. step\n\n   ```\n   make\n\n   run\n   ```\n");
  CHECK(md_of("<ul><li>a<blockquote>q</blockquote></li></ul>") == "- a\n\n  > q\n");
}

TEST_CASE("parsed markdown: inline code with backticks and escaping") {
  CHECK(md_of("<p>Use <code>a `b` c</code> here</p>") == "Use ``a `b` c`` here\n");
  CHECK(md_of("<p>*not em* and 3 * 4</p>") == "\\*not em\\* and 3 \\* 4\n");
  CHECK(md_of("<p>1. first</p>") == "1\\. first\n");
}

TEST_CASE("serializers over the Readability corpus: no crash, tidy output" * doctest::test_suite("corpus")) {
  const std::string dir = reader::testing::shared_dir() + "/corpora/readability/test-pages";
  DIR* d = opendir(dir.c_str());
  if (!d) {
    MESSAGE("skipped: Readability corpus not found at " << dir);
    return;
  }
  std::vector<std::string> slugs;
  while (dirent* e = readdir(d)) {
    if (e->d_name[0] != '.') slugs.push_back(e->d_name);
  }
  closedir(d);
  size_t pages = 0;
  for (const std::string& slug : slugs) {
    std::string html;
    if (!reader::testing::read_file(dir + "/" + slug + "/expected.html", html)) continue;
    CAPTURE(slug);
    Document doc;
    NodeId root = reader::testing::parse_into_div(doc, html);
    const std::string text = to_plain_text(doc, root);
    const std::string md = to_markdown(doc, root);
    const std::string md_words = strip_markdown(md);
    CHECK(text.find("\n\n\n") == std::string::npos);
    CHECK_FALSE(has_trailing_space(text));
    CHECK_FALSE(text.empty());
    CHECK_FALSE(md.empty());
    // Every word of the text survives into the Markdown (escapes aside).
    size_t words = 0, found = 0;
    for (size_t i = 0; i < text.size();) {
      while (i < text.size() && !std::isalnum(static_cast<unsigned char>(text[i]))) ++i;
      size_t j = i;
      while (j < text.size() && std::isalnum(static_cast<unsigned char>(text[j]))) ++j;
      if (j > i) {
        ++words;
        if (md_words.find(text.substr(i, j - i)) != std::string::npos) ++found;
      }
      i = j;
    }
    CHECK(found == words);
    ++pages;
  }
  MESSAGE("serialized " << pages << " Readability articles");
  CHECK(pages > 100);
}
