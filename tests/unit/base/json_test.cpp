// base/json: the core's JSON parser and writer, checked against nlohmann/json,
// whose behaviour they replace (the JSON clean() prints must not change by a
// byte, and JSON-LD the core read before must read the same).
#include "base/json.h"

#include <doctest/doctest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace {

using reader::json::Value;

bool ours_parses(std::string_view text) {
  Value v;
  return reader::json::parse(text, v);
}

bool nlohmann_parses(std::string_view text) {
  return !nlohmann::json::parse(text.begin(), text.end(), nullptr, false).is_discarded();
}

std::string ours_dump(const Value& v, int indent = -1) {
  std::string out;
  reader::json::dump(v, indent, out);
  return out;
}

// A parsed value as nlohmann holds it: objects sorted by key, the last of
// equal keys kept (operator[] replaces and keeps the order).
Value canonical(const Value& v) {
  if (v.is_array()) {
    Value out = Value::array();
    for (const Value& e : v.items()) out.push_back(canonical(e));
    return out;
  }
  if (v.is_object()) {
    Value out = Value::object();
    for (const reader::json::Member& m : v.members()) out[m.key] = canonical(m.value);
    return out;
  }
  return v;
}

std::string nlohmann_dump(const nlohmann::json& j, int indent = -1) {
  return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Parses `text` with both; they must agree on accepting it and, when they do,
// on the re-serialized document (strings, nesting, member order, duplicate
// keys) in compact and pretty form. Numbers are compared only where their
// text cannot differ (integers): ours keeps a number's literal.
void check_same(std::string_view text, bool compare_dump = true) {
  INFO("input: " << std::string(text));
  const bool ours = ours_parses(text);
  CHECK(ours == nlohmann_parses(text));
  if (!ours || !compare_dump) return;
  Value v;
  reader::json::parse(text, v);
  const nlohmann::json j = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  const Value c = canonical(v);
  CHECK(ours_dump(c) == nlohmann_dump(j));
  CHECK(ours_dump(c, 2) == nlohmann_dump(j, 2));
  CHECK(ours_dump(c, 0) == nlohmann_dump(j, 0));
}

}  // namespace

TEST_CASE("json parse: accepts and rejects what nlohmann accepts and rejects") {
  SUBCASE("documents") {
    for (const char* text : {
             "{}", "[]", "null", "true", "false", "\"s\"", "0", "12", " [1, 2 ,3 ] ",
             "{\"a\":1,\"b\":[true,false,null],\"c\":{\"d\":\"e\"}}", "\xEF\xBB\xBF{\"bom\":1}",
             "{\"k\":1,\"k\":2}", "{\"b\":1,\"a\":2,\"c\":3,\"a\":4}", "[[[[[]]]]]", "\t\r\n[\n]\n",
         }) {
      check_same(text);
    }
  }
  SUBCASE("malformed") {
    for (const char* text : {
             "", " ", "{", "[", "]", "{]", "[1,]", "[,1]", "{\"a\"}", "{\"a\":}", "{a:1}", "{'a':1}",
             "[1 2]", "tru", "truex", "nul", "[01]", "01", "-", "1.", ".5", "1e", "1e+", "+1",
             "[1]x", "{} {}", "\"unterminated", "[\"a\"b]", "\xEF\xBB", "[NaN]", "[Infinity]",
             "{\"a\":1,}", "// c\n{}", "/* c */{}",
         }) {
      check_same(text);
    }
  }
  SUBCASE("strings: escapes, control characters, UTF-8") {
    for (const std::string& text : std::vector<std::string>{
             R"(["\" \\ \/ \b \f \n \r \t"])", R"(["\u0041\u00e9\u20AC\ud83d\ude00"])",
             R"(["\u0000"])", R"(["\ud83d"])", R"(["\ude00"])", R"(["\ud83d\u0041"])",
             R"(["\ud83dx"])", R"(["\u12"])", R"(["\u12g4"])", R"(["\x"])", R"(["\'"])",
             std::string("[\"a\x01\"]"), std::string("[\"tab\there\"]"), std::string("[\"\x7f\"]"),
             "[\"caf\xC3\xA9\"]", "[\"\xC3\"]", "[\"\xC3(\"]", "[\"\xE0\x80\x80\"]", "[\"\xED\xA0\x80\"]",
             "[\"\xF4\x90\x80\x80\"]", "[\"\xF0\x9F\x98\x80\"]", "[\"\xFF\"]", "[\"\xC0\xAF\"]",
             "[\"\xE2\x82\"]", std::string("[\"\0\"]", 5),
         }) {
      check_same(text);
    }
  }
  SUBCASE("numbers, including the double overflow nlohmann rejects") {
    for (const char* text : {
             "[0]", "-0", "[-1]", "[1.5]", "[-0.0]", "[1e3]", "[1E+3]", "[1e-3]", "[123456789012345678901234567890]",
             "[-123456789012345678901234567890]", "[18446744073709551615]", "[18446744073709551616]",
             "[1e308]", "[1.7976931348623157e308]", "[1.7976931348623158e308]",
             "[1.797693134862315807e308]", "[1.797693134862315808e308]", "[1e309]", "[-1e309]",
             "[0.1e310]", "[0e999999999999]", "[1e-999999]", "[0.0000001e315]", "[10e307]", "[100e307]",
             "[179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017"
             "977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273"
             "854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704"
             "342711559699508093042880177904174497792]",
             "[179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017"
             "977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273"
             "854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704"
             "342711559699508093042880177904174497791.999]",
             "[1e99999999999999999999]",
         }) {
      // Float literals re-serialize differently (nlohmann re-prints the double):
      // compare acceptance only.
      check_same(text, /*compare_dump=*/false);
    }
  }
  SUBCASE("nesting up to the depth limit parses, past it fails") {
    const size_t n = reader::json::kMaxParseDepth;
    CHECK(ours_parses(std::string(n, '[') + std::string(n, ']')));
    CHECK_FALSE(ours_parses(std::string(n + 1, '[') + std::string(n + 1, ']')));
    CHECK_FALSE(ours_parses(std::string(100000, '[')));  // no stack overflow either
  }
}

TEST_CASE("json parse: random mutations of a JSON-LD document agree with nlohmann") {
  const std::string base =
      R"({"@context":"https://schema.org","@type":["NewsArticle"],"headline":"A \"quoted\" \u00e9 title",)"
      R"("author":[{"@type":"Person","name":"Ann"},{"@id":"#b"}],"n":[1,-2.5e3,true,null],)"
      R"("image":{"url":"https://x.test/a.jpg"},"x":{}, "y":[]})";
  check_same(base, /*compare_dump=*/false);
  std::mt19937 rng(12345);
  const std::string alphabet = "{}[]\":,\\u0123456789abcdefeE+-.tnr \t\xC3\xA9\x01";
  for (int round = 0; round < 20000; ++round) {
    std::string s = base;
    const int edits = 1 + static_cast<int>(rng() % 3);
    for (int e = 0; e < edits; ++e) {
      const size_t at = rng() % (s.size() + 1);
      switch (rng() % 3) {
        case 0: s.insert(at, 1, alphabet[rng() % alphabet.size()]); break;
        case 1: if (at < s.size()) s.erase(at, 1); break;
        default: if (at < s.size()) s[at] = alphabet[rng() % alphabet.size()]; break;
      }
    }
    // Dumps differ only in float literals; compare them when there are none.
    const bool has_float = s.find_first_of(".eE") != std::string::npos;
    check_same(s, !has_float);
  }
}

TEST_CASE("json dump: the text nlohmann's dump() wrote") {
  SUBCASE("strings: escapes and invalid UTF-8 replaced per maximal subpart") {
    for (const std::string& s : std::vector<std::string>{
             "", "plain", "quote \" backslash \\ slash /", "\b\f\n\r\t", std::string("\0\x01\x1f\x7f", 4),
             "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80", "\xC3", "\xC3(", "\xE0\x80\x80", "\xED\xA0\x80",
             "\xF4\x90\x80\x80", "\xFF\xFE", "\xC0\xAF", "a\xE2\x82", "\xE2\x82z\xF0\x9F\x98", "\x80\x80",
         }) {
      INFO("string: " << s);
      CHECK(ours_dump(Value(s)) == nlohmann_dump(nlohmann::json(s)));
    }
  }
  SUBCASE("numbers") {
    for (long long n : {0LL, 1LL, -1LL, 42LL, std::numeric_limits<long long>::min(),
                        std::numeric_limits<long long>::max()}) {
      CHECK(ours_dump(Value(n)) == nlohmann_dump(nlohmann::json(n)));
    }
    for (unsigned long long n : {0ULL, 7ULL, std::numeric_limits<unsigned long long>::max()}) {
      CHECK(ours_dump(Value(n)) == nlohmann_dump(nlohmann::json(n)));
    }
    std::mt19937_64 rng(7);
    std::vector<double> doubles = {0.0, -0.0, 0.5, 1.0, -1.0, 0.1, 1e-7, 1e21, 123456.789, 1e300,
                                   5e-324, std::numeric_limits<double>::max(),
                                   std::numeric_limits<double>::quiet_NaN(),
                                   std::numeric_limits<double>::infinity(),
                                   -std::numeric_limits<double>::infinity()};
    for (int k = 0; k < 2000; ++k) {
      uint64_t bits = rng();
      double d;
      std::memcpy(&d, &bits, sizeof d);
      doubles.push_back(d);
      doubles.push_back(static_cast<double>(static_cast<float>(k) / 7.0f));
    }
    for (double d : doubles) {
      INFO("double bits of " << d);
      CHECK(ours_dump(Value(d)) == nlohmann_dump(nlohmann::json(d)));
    }
    const std::vector<float> floats = {0.25f, 1.0f / 3.0f, 1e-3f, 12345.678f};
    CHECK(ours_dump(Value(floats)) == nlohmann_dump(nlohmann::json(floats)));
  }
  SUBCASE("objects sorted by key, built in any order; compact and pretty") {
    Value v;
    v["zeta"] = Value::array();
    v["alpha"] = true;
    v["mid"] = nullptr;
    v["mid"] = "replaced";
    v["nested"]["b"] = 2;
    v["nested"]["a"] = std::vector<std::string>{"x", "y"};
    v["empty"] = Value::object();
    v["\xC3\xA9"] = 1;
    v["Z"] = 0.5;
    nlohmann::json j;
    j["zeta"] = nlohmann::json::array();
    j["alpha"] = true;
    j["mid"] = "replaced";
    j["nested"]["b"] = 2;
    j["nested"]["a"] = std::vector<std::string>{"x", "y"};
    j["empty"] = nlohmann::json::object();
    j["\xC3\xA9"] = 1;
    j["Z"] = 0.5;
    for (int indent : {-1, 0, 2, 4}) CHECK(ours_dump(v, indent) == nlohmann_dump(j, indent));
    CHECK(v.find("mid")->string() == "replaced");
    CHECK(v.find("missing") == nullptr);
    CHECK(v.members().front().key == "Z");
  }
  SUBCASE("parsed objects: document order, the last of equal keys found") {
    Value v;
    REQUIRE(reader::json::parse(R"({"b":1,"a":2,"b":3})", v));
    REQUIRE(v.members().size() == 3);
    CHECK(v.members()[0].key == "b");
    CHECK(v.find("b")->string() == "3");
    CHECK(v.find("a")->string() == "2");
  }
}
