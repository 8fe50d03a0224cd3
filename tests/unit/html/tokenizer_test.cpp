// Tokenizer unit tests (WHATWG HTML 13.2.5). The html5lib tokenizer suite
// (tests/conformance) covers the state machine exhaustively; these pin the
// behaviour the tree builder relies on, the fast paths and hostile input.
#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <vector>

#include "html/char_ref.h"
#include "html/tokenizer.h"

namespace reader::html {
namespace {

struct Tokens {
  std::vector<Token> tokens;  // without the final EOF
  std::vector<ParseError> errors;
};

Tokens tokenize(std::string_view input, Tokenizer::State state = Tokenizer::State::kData,
                std::string_view last_start_tag = {}, bool allow_cdata = false) {
  Tokens out;
  Tokenizer tokenizer(input, &out.errors);
  tokenizer.set_state(state);
  if (!last_start_tag.empty()) tokenizer.set_last_start_tag(last_start_tag);
  tokenizer.set_allow_cdata(allow_cdata);
  Token t;
  while (tokenizer.next(t) && t.type != TokenType::kEof) out.tokens.push_back(t);
  return out;
}

// The text of an input that must tokenize to exactly one Character token.
std::string text_of(std::string_view input, Tokenizer::State state = Tokenizer::State::kData) {
  const Tokens r = tokenize(input, state);
  REQUIRE(r.tokens.size() == 1);
  REQUIRE(r.tokens[0].type == TokenType::kCharacter);
  return r.tokens[0].data;
}

// The value of the first attribute of `<a x=...>`-style input.
std::string attr_of(std::string_view input) {
  const Tokens r = tokenize(input);
  REQUIRE(!r.tokens.empty());
  REQUIRE(r.tokens[0].type == TokenType::kStartTag);
  REQUIRE(!r.tokens[0].attrs.empty());
  return r.tokens[0].attrs[0].value;
}

bool has_error(const Tokens& r, std::string_view code) {
  for (const auto& e : r.errors) {
    if (e.code == code) return true;
  }
  return false;
}

TEST_CASE("data runs are one Character token") {
  SUBCASE("plain text") { CHECK(text_of("hello, world") == "hello, world"); }
  SUBCASE("text split by a tag gives two runs") {
    const Tokens r = tokenize("ab<br>cd");
    REQUIRE(r.tokens.size() == 3);
    CHECK(r.tokens[0].data == "ab");
    CHECK(r.tokens[1].type == TokenType::kStartTag);
    CHECK(r.tokens[1].name == "br");
    CHECK(r.tokens[2].data == "cd");
  }
  SUBCASE("references, stray '<' and NUL stay in the same run") {
    CHECK(text_of("a &amp; b < c") == "a & b < c");
    CHECK(text_of(std::string_view("x\0y", 3)) == std::string("x\0y", 3));
  }
  SUBCASE("non-ASCII passes through") {
    CHECK(text_of("caf\xC3\xA9 \xE2\x82\xAC") == "caf\xC3\xA9 \xE2\x82\xAC");
  }
}

TEST_CASE("EOF is returned once, then next() is false") {
  Tokenizer tokenizer("x");
  Token t;
  REQUIRE(tokenizer.next(t));
  CHECK(t.type == TokenType::kCharacter);
  REQUIRE(tokenizer.next(t));
  CHECK(t.type == TokenType::kEof);
  CHECK_FALSE(tokenizer.next(t));
  CHECK_FALSE(tokenizer.next(t));
}

TEST_CASE("named character references") {
  SUBCASE("longest prefix: &notit; is &not + it;") { CHECK(text_of("&notit;") == "\xC2\xACit;"); }
  SUBCASE("&notin; is its own reference") { CHECK(text_of("&notin;") == "\xE2\x88\x89"); }
  SUBCASE("legacy name without ';' decodes with an error") {
    const Tokens r = tokenize("&copy 2024");
    CHECK(r.tokens[0].data == "\xC2\xA9 2024");
    CHECK(has_error(r, "missing-semicolon-after-character-reference"));
  }
  SUBCASE("two-code-point values") { CHECK(text_of("&NotEqualTilde;") == "\xE2\x89\x82\xCC\xB8"); }
  SUBCASE("longest name in the table") {
    CHECK(text_of("&CounterClockwiseContourIntegral;") == "\xE2\x88\xB3");
  }
  SUBCASE("unknown name: ambiguous ampersand") {
    const Tokens r = tokenize("&foo; &x");
    CHECK(r.tokens[0].data == "&foo; &x");
    CHECK(has_error(r, "unknown-named-character-reference"));
  }
  SUBCASE("names without ';' that are not legacy stay literal") {
    CHECK(text_of("&hellip") == "&hellip");
  }
  SUBCASE("bare ampersands") { CHECK(text_of("a & b &") == "a & b &"); }
}

TEST_CASE("character references in attribute values (historical rule)") {
  SUBCASE("'=' after a legacy name without ';' keeps it literal") {
    CHECK(attr_of("<a href='?x=1&copy=2'>") == "?x=1&copy=2");
  }
  SUBCASE("alphanumeric after it keeps it literal") {
    CHECK(attr_of("<a href=\"?a&notx\">") == "?a&notx");
  }
  SUBCASE("other characters decode") { CHECK(attr_of("<a title=\"&copy 1\">") == "\xC2\xA9 1"); }
  SUBCASE("with ';' always decodes") { CHECK(attr_of("<a title=&copy;=>") == "\xC2\xA9="); }
  SUBCASE("unquoted value") { CHECK(attr_of("<a b=x&amp;y>") == "x&y"); }
  SUBCASE("outside attributes the rule does not apply") {
    CHECK(text_of("&copy=2") == "\xC2\xA9=2");
  }
}

TEST_CASE("numeric character references") {
  SUBCASE("decimal and hex") {
    CHECK(text_of("&#65;&#x42;&#X43;") == "ABC");
    CHECK(text_of("&#x1F600;") == "\xF0\x9F\x98\x80");
  }
  SUBCASE("0 becomes U+FFFD") {
    const Tokens r = tokenize("&#0;");
    CHECK(r.tokens[0].data == "\xEF\xBF\xBD");
    CHECK(has_error(r, "null-character-reference"));
  }
  SUBCASE("beyond U+10FFFF and huge numbers become U+FFFD") {
    CHECK(text_of("&#x110000;") == "\xEF\xBF\xBD");
    CHECK(text_of("&#99999999999999999999;") == "\xEF\xBF\xBD");
  }
  SUBCASE("surrogates become U+FFFD") {
    const Tokens r = tokenize("&#xD800;");
    CHECK(r.tokens[0].data == "\xEF\xBF\xBD");
    CHECK(has_error(r, "surrogate-character-reference"));
  }
  SUBCASE("C1 numbers use the windows-1252 table") {
    CHECK(text_of("&#x80;") == "\xE2\x82\xAC");  // EURO SIGN
    CHECK(text_of("&#150;") == "\xE2\x80\x93");  // EN DASH
    CHECK(text_of("&#x9F;") == "\xC5\xB8");      // Y WITH DIAERESIS
    CHECK(text_of("&#x81;") == "\xC2\x81");      // no mapping: kept
  }
  SUBCASE("noncharacters are kept with an error") {
    const Tokens r = tokenize("&#xFFFF;");
    CHECK(r.tokens[0].data == "\xEF\xBF\xBF");
    CHECK(has_error(r, "noncharacter-character-reference"));
  }
  SUBCASE("missing ';' still decodes") {
    const Tokens r = tokenize("&#65x");
    CHECK(r.tokens[0].data == "Ax");
    CHECK(has_error(r, "missing-semicolon-after-character-reference"));
  }
  SUBCASE("no digits: the text stays") {
    const Tokens r = tokenize("&#; &#x;");
    CHECK(r.tokens[0].data == "&#; &#x;");
    CHECK(has_error(r, "absence-of-digits-in-numeric-character-reference"));
  }
  SUBCASE("CR by reference is not newline-normalized") { CHECK(text_of("&#13;") == "\r"); }
}

TEST_CASE("input preprocessing: CR LF and lone CR become LF") {
  CHECK(text_of("a\r\nb\rc\n\rd") == "a\nb\nc\n\nd");
  CHECK(attr_of("<a b='1\r\n2\r3'>") == "1\n2\n3");
  SUBCASE("a CR right before '<' and at EOF") {
    const Tokens r = tokenize("x\r<p>\r");
    REQUIRE(r.tokens.size() == 3);
    CHECK(r.tokens[0].data == "x\n");
    CHECK(r.tokens[2].data == "\n");
  }
  SUBCASE("comments") {
    const Tokens r = tokenize("<!--a\r\nb-->");
    CHECK(r.tokens[0].data == "a\nb");
  }
}

TEST_CASE("token positions") {
  const Tokens r = tokenize("ab\r\ncd\n  <p x>\n\xC3\xA9<i>");
  REQUIRE(r.tokens.size() == 4);
  CHECK(r.tokens[0].line == 1);
  CHECK(r.tokens[0].column == 1);
  CHECK(r.tokens[1].line == 3);  // <p>
  CHECK(r.tokens[1].column == 3);
  CHECK(r.tokens[3].line == 4);  // <i> after a two-byte character
  CHECK(r.tokens[3].column == 2);
}

TEST_CASE("text that starts with a reference or a failed tag is positioned at its '&' or '<'") {
  for (const char* input : {"<p>&amp;x", "<p><3", "<p></", "<p>&#65;"}) {
    const Tokens r = tokenize(input);
    REQUIRE(r.tokens.size() == 2);
    CHECK(r.tokens[1].type == TokenType::kCharacter);
    CHECK(r.tokens[1].column == 4);
  }
  const Tokens raw = tokenize("ab</x>", Tokenizer::State::kRawtext, "style");
  REQUIRE(raw.tokens.size() == 1);
  CHECK(raw.tokens[0].column == 1);
}

TEST_CASE("positions count UTF-16 columns across long lines") {
  // 20 plain bytes, a tab, 2-byte and 4-byte characters, then a tag: the
  // word-at-a-time position walk must agree with counting by hand.
  const std::string line =
      std::string(20, 'a') + "\t\xC3\xA9\xF0\x9F\x98\x80" + std::string(9, 'b');
  const Tokens r = tokenize("x\n" + line + "<p>");
  REQUIRE(r.tokens.size() == 2);
  CHECK(r.tokens[1].line == 2);
  CHECK(r.tokens[1].column == 20 + 1 + 1 + 2 + 9 + 1);
}

TEST_CASE("input stream errors (13.2.3.5) are reported with positions") {
  auto first_error = [](std::string_view input) {
    const Tokens r = tokenize(input);
    REQUIRE(r.errors.size() == 1);
    return r.errors[0];
  };
  const std::string pad(30, ' ');
  ParseError e = first_error(pad + "\x01");
  CHECK(e.code == "control-character-in-input-stream");
  CHECK(e.column == 31);
  CHECK(first_error(pad + "\xC2\x80").code == "control-character-in-input-stream");
  CHECK(first_error(pad + "\x7F").code == "control-character-in-input-stream");
  CHECK(first_error(pad + "\xEF\xBF\xBE").code == "noncharacter-in-input-stream");
  CHECK(first_error(pad + "\xEF\xB7\x90").code == "noncharacter-in-input-stream");
  CHECK(first_error(pad + "\xF0\x9F\xBF\xBF").code == "noncharacter-in-input-stream");
  e = first_error("\n" + pad + "\xED\xA0\x80");  // a lone surrogate (WTF-8)
  CHECK(e.code == "surrogate-in-input-stream");
  CHECK(e.line == 2);
  CHECK(e.column == 31);
  SUBCASE("whitespace, NUL-free text and ordinary non-ASCII are clean") {
    CHECK(tokenize(pad + "\t\f\r\n\xC2\xA0\xEF\xBC\x81\xF0\x9F\x98\x80" + pad).errors.empty());
  }
}

TEST_CASE("tags and attributes") {
  SUBCASE("names are lowercased, values are not") {
    const Tokens r = tokenize("<DIV Class='Big' ID=x DATA-Y>");
    REQUIRE(r.tokens.size() == 1);
    const Token& t = r.tokens[0];
    CHECK(t.name == "div");
    REQUIRE(t.attrs.size() == 3);
    CHECK(t.attrs[0].name == "class");
    CHECK(t.attrs[0].value == "Big");
    CHECK(t.attrs[1].name == "id");
    CHECK(t.attrs[2].name == "data-y");
    CHECK(t.attrs[2].value == "");
  }
  SUBCASE("duplicate attributes: first wins, with an error") {
    const Tokens r = tokenize("<a href=1 HREF=2 x=3 href>");
    REQUIRE(r.tokens[0].attrs.size() == 2);
    CHECK(r.tokens[0].attrs[0].value == "1");
    CHECK(r.tokens[0].attrs[1].name == "x");
    CHECK(has_error(r, "duplicate-attribute"));
  }
  SUBCASE("self-closing") {
    const Tokens r = tokenize("<br/><img src=a />");
    CHECK(r.tokens[0].self_closing);
    CHECK(r.tokens[1].self_closing);
    CHECK(r.tokens[1].attrs[0].value == "a");
  }
  SUBCASE("end tags drop attributes with an error") {
    const Tokens r = tokenize("</p class=x>");
    REQUIRE(r.tokens.size() == 1);
    CHECK(r.tokens[0].type == TokenType::kEndTag);
    CHECK(r.tokens[0].attrs.empty());
    CHECK(has_error(r, "end-tag-with-attributes"));
  }
  SUBCASE("NUL in a tag name becomes U+FFFD") {
    CHECK(tokenize(std::string_view("<a\0>", 4)).tokens[0].name == "a\xEF\xBF\xBD");
  }
  SUBCASE("'<' not followed by a letter is text") {
    CHECK(text_of("1 < 2 <= 3 </>") == "1 < 2 <= 3 ");
  }
  SUBCASE("EOF inside a tag drops it") { CHECK(tokenize("x<a href='y").tokens.size() == 1); }
}

TEST_CASE("RAWTEXT, RCDATA and script data end at the appropriate end tag") {
  SUBCASE("RAWTEXT") {
    const Tokens r = tokenize("a</b><i>&amp;</STYLE >z", Tokenizer::State::kRawtext, "style");
    REQUIRE(r.tokens.size() == 3);
    CHECK(r.tokens[0].data == "a</b><i>&amp;");
    CHECK(r.tokens[1].type == TokenType::kEndTag);
    CHECK(r.tokens[1].name == "style");
    CHECK(r.tokens[2].data == "z");
  }
  SUBCASE("RCDATA decodes references") {
    const Tokens r = tokenize("&lt;b&gt;</titlex></title>", Tokenizer::State::kRcdata, "title");
    REQUIRE(r.tokens.size() == 2);
    CHECK(r.tokens[0].data == "<b></titlex>");
    CHECK(r.tokens[1].name == "title");
  }
  SUBCASE("script data: double-escaped </script> does not end it") {
    const Tokens r =
        tokenize("<!--<script>x</script>--></script>", Tokenizer::State::kScriptData, "script");
    REQUIRE(r.tokens.size() == 2);
    CHECK(r.tokens[0].data == "<!--<script>x</script>-->");
    CHECK(r.tokens[1].type == TokenType::kEndTag);
  }
  SUBCASE("script data: NUL becomes U+FFFD") {
    CHECK(text_of(std::string_view("a\0", 2), Tokenizer::State::kScriptData) == "a\xEF\xBF\xBD");
  }
  SUBCASE("PLAINTEXT never ends") {
    CHECK(text_of("</plaintext><b>", Tokenizer::State::kPlaintext) == "</plaintext><b>");
  }
  SUBCASE("without a last start tag no end tag is appropriate") {
    CHECK(text_of("</style>", Tokenizer::State::kRawtext) == "</style>");
  }
}

TEST_CASE("comments") {
  auto comment = [](std::string_view input) {
    const Tokens r = tokenize(input);
    REQUIRE(!r.tokens.empty());
    REQUIRE(r.tokens[0].type == TokenType::kComment);
    return r.tokens[0].data;
  };
  CHECK(comment("<!-- x -->") == " x ");
  CHECK(comment("<!---->") == "");
  CHECK(comment("<!--->") == "");
  CHECK(comment("<!-- a --!>") == " a ");
  CHECK(comment("<!-- a - b -- c --->") == " a - b -- c -");
  CHECK(comment("<!--<!-- nested -->") == "<!-- nested ");
  CHECK(comment("<?xml version='1.0'?>") == "?xml version='1.0'?");
  CHECK(comment("<!x>") == "x");
  CHECK(comment("</ x>") == " x");
  CHECK(comment("<!-- unterminated") == " unterminated");
  SUBCASE("CDATA is a bogus comment in HTML content") {
    const Tokens r = tokenize("<![CDATA[x]]>");
    CHECK(r.tokens[0].data == "[CDATA[x]]");
    CHECK(has_error(r, "cdata-in-html-content"));
  }
  SUBCASE("CDATA is text in foreign content") {
    const Tokens r = tokenize("a<![CDATA[<b>&amp;]]]>c", Tokenizer::State::kData, {}, true);
    REQUIRE(r.tokens.size() == 1);
    CHECK(r.tokens[0].data == "a<b>&amp;]c");
  }
}

TEST_CASE("doctype") {
  SUBCASE("html5") {
    const Tokens r = tokenize("<!DOCTYPE html>");
    const Token& t = r.tokens[0];
    CHECK(t.type == TokenType::kDoctype);
    CHECK(t.has_name);
    CHECK(t.name == "html");
    CHECK_FALSE(t.has_public_id);
    CHECK_FALSE(t.force_quirks);
  }
  SUBCASE("public and system identifiers") {
    const Tokens r = tokenize(
        "<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\" "
        "'http://www.w3.org/TR/html4/strict.dtd'>");
    const Token& t = r.tokens[0];
    CHECK(t.name == "html");
    CHECK(t.public_id == "-//W3C//DTD HTML 4.01//EN");
    CHECK(t.system_id == "http://www.w3.org/TR/html4/strict.dtd");
    CHECK(t.has_system_id);
    CHECK_FALSE(t.force_quirks);
  }
  SUBCASE("missing name forces quirks") {
    const Tokens r = tokenize("<!DOCTYPE>");
    CHECK_FALSE(r.tokens[0].has_name);
    CHECK(r.tokens[0].force_quirks);
  }
  SUBCASE("garbage after the name forces quirks") {
    CHECK(tokenize("<!DOCTYPE html bogus>").tokens[0].force_quirks);
  }
  SUBCASE("EOF forces quirks") {
    CHECK(tokenize("<!DOCTYPE html PUBLIC \"x").tokens[0].force_quirks);
  }
}

TEST_CASE("parse errors are data, capped at max_errors") {
  std::vector<ParseError> errors;
  std::string input;
  for (int i = 0; i < 50; ++i) input += "</>";
  Tokenizer tokenizer(input, &errors, 10);
  Token t;
  while (tokenizer.next(t)) {
  }
  CHECK(errors.size() == 10);
  CHECK(errors[0].code == "missing-end-tag-name");
  CHECK(errors[0].line == 1);
  CHECK(errors[0].column == 3);
  SUBCASE("input stream errors count against the same cap") {
    // Regression (fuzzer): a state error right after input stream errors
    // went one past max_errors.
    std::vector<ParseError> capped;
    const std::string controls = std::string(60, '\x10') + "&#x";
    Tokenizer t2(controls, &capped, 50);
    while (t2.next(t)) {
    }
    CHECK(capped.size() == 50);
  }
}

TEST_CASE("a 1 MB text run is one token") {
  const std::string input(1 << 20, 'x');
  const auto start = std::chrono::steady_clock::now();
  const Tokens r = tokenize(input);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                      std::chrono::steady_clock::now() - start)
                      .count();
  REQUIRE(r.tokens.size() == 1);
  CHECK(r.tokens[0].data.size() == input.size());
  CHECK(ms < 1000);
}

TEST_CASE("100k nested tags") {
  std::string input;
  for (int i = 0; i < 100000; ++i) input += "<div class=a>";
  Tokenizer tokenizer(input);
  Token t;
  int start_tags = 0;
  while (tokenizer.next(t)) {
    if (t.type == TokenType::kStartTag && t.name == "div" && t.attrs.size() == 1) ++start_tags;
  }
  CHECK(start_tags == 100000);
}

TEST_CASE("hostile input: one tag with 100k attributes stays linear") {
  std::string input = "<a";
  for (int i = 0; i < 100000; ++i) input += " a" + std::to_string(i % 50000) + "=v";
  input += ">";
  const auto start = std::chrono::steady_clock::now();
  const Tokens r = tokenize(input);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                      std::chrono::steady_clock::now() - start)
                      .count();
  REQUIRE(r.tokens.size() == 1);
  CHECK(r.tokens[0].attrs.size() == 50000);
  CHECK(ms < 2000);
}

TEST_CASE("every prefix of tricky input tokenizes to EOF") {
  const std::string input =
      "<!DOCTYPE html PUBLIC \"a\" 'b'><html lang=en><!-- c --!><p a='&amp' b=\"&#x41\" c=d&e>"
      "&notit; &#128; \r\n<![CDATA[x]]><script><!--<script></script>--></script><?pi?></p x>";
  for (size_t n = 0; n <= input.size(); ++n) {
    for (bool cdata : {false, true}) {
      std::vector<ParseError> errors;
      Tokenizer tokenizer(std::string_view(input.data(), n), &errors);
      tokenizer.set_allow_cdata(cdata);
      Token t;
      int count = 0;
      bool saw_eof = false;
      while (tokenizer.next(t) && count < 1000) {
        ++count;
        if (t.type == TokenType::kEof) saw_eof = true;
      }
      CHECK(saw_eof);
    }
  }
}

TEST_CASE("match_named_ref reports the longest match") {
  const NamedRefMatch m = match_named_ref("notin;x");
  CHECK(m.length == 6);
  CHECK(m.ends_with_semicolon);
  CHECK(m.value == "\xE2\x88\x89");
  const NamedRefMatch legacy = match_named_ref("ampere");
  CHECK(legacy.length == 3);
  CHECK_FALSE(legacy.ends_with_semicolon);
  CHECK(match_named_ref("zzz").length == 0);
  CHECK(match_named_ref("").length == 0);
}

}  // namespace
}  // namespace reader::html
