// JSON values, a strict parser and a writer: what the core reads (clean()'s
// options, JSON-LD metadata, the reader page's labels) and writes (to_json).
//
// The core's own, in place of nlohmann/json's basic_json, for the size of the
// WebAssembly module (issue 12): basic_json's parser, serializer and std::map
// objects, with the snprintf and strtod they call, were 10.6 KB of the
// gzipped .wasm more than this (347,667 -> 337,072 B). The behaviour is
// nlohmann's where the core can observe it, so output is byte for byte what
// it was:
//  - parse() accepts exactly RFC 8259 JSON (nlohmann's strict mode): a UTF-8
//    byte order mark is skipped, strings must be well-formed UTF-8 without raw
//    control characters, \u escapes must pair surrogates, and a number whose
//    value overflows a double fails the document (nlohmann's "number
//    overflow"). Duplicate keys: the last one wins. Unlike nlohmann, nesting
//    deeper than kMaxParseDepth fails (bounded stack on hostile input).
//  - Numbers are kept as their literal text (nothing in the core reads a
//    parsed number's value, so no strtod).
//  - Objects built with operator[] keep their members sorted by key
//    (bytewise) and unique, as nlohmann's std::map did, and dump() writes
//    them in that order. Parsed objects keep document order, duplicate keys
//    included (no sort in the parser); find() returns the last of equal keys,
//    the one nlohmann's parser kept.
//  - dump() writes what nlohmann's dump() wrote with error_handler replace and
//    ensure_ascii off: control characters escaped (\b \t \n \f \r, else
//    \u00xx), invalid UTF-8 replaced by U+FFFD per maximal subpart, doubles in
//    nlohmann's shortest round-trip form (its Grisu2 to_chars), NaN and
//    infinities as null; indent < 0 compact, else pretty-printed.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace reader::json {

enum class Type : uint8_t { kNull, kBoolean, kInteger, kUnsigned, kFloat, kNumberText, kString, kArray, kObject };

// Parsed documents nested deeper than this fail to parse.
constexpr size_t kMaxParseDepth = 512;

struct Member;

class Value {
 public:
  Value() = default;
  Value(std::nullptr_t) {}
  Value(bool b) : type_(Type::kBoolean), boolean_(b) {}
  Value(int n) : Value(static_cast<long long>(n)) {}
  Value(long n) : Value(static_cast<long long>(n)) {}
  Value(long long n) : type_(Type::kInteger), integer_(n) {}
  Value(unsigned n) : Value(static_cast<unsigned long long>(n)) {}
  Value(unsigned long n) : Value(static_cast<unsigned long long>(n)) {}
  Value(unsigned long long n) : type_(Type::kUnsigned), unsigned_(n) {}
  Value(double d) : type_(Type::kFloat), float_(d) {}
  Value(float f) : Value(static_cast<double>(f)) {}
  Value(std::string s) : type_(Type::kString), string_(std::move(s)) {}
  Value(const char* s) : Value(std::string(s)) {}
  Value(std::string_view s) : Value(std::string(s)) {}
  // Arrays of strings or numbers (moved from when given an rvalue).
  template <typename T>
  Value(const std::vector<T>& items) : type_(Type::kArray) {
    items_.reserve(items.size());
    for (const T& e : items) items_.emplace_back(e);
  }
  template <typename T>
  Value(std::vector<T>&& items) : type_(Type::kArray) {
    items_.reserve(items.size());
    for (T& e : items) items_.emplace_back(std::move(e));
  }

  static Value array() { Value v; v.type_ = Type::kArray; return v; }
  static Value object() { Value v; v.type_ = Type::kObject; return v; }
  // A number kept as its JSON literal (what parse() gives numbers).
  static Value number_text(std::string literal) {
    Value v(std::move(literal));
    v.type_ = Type::kNumberText;
    return v;
  }

  Type type() const { return type_; }
  bool is_null() const { return type_ == Type::kNull; }
  bool is_boolean() const { return type_ == Type::kBoolean; }
  bool is_string() const { return type_ == Type::kString; }
  bool is_array() const { return type_ == Type::kArray; }
  bool is_object() const { return type_ == Type::kObject; }

  bool boolean() const { return boolean_; }
  // The string of a string value (the literal of a number), "" otherwise.
  const std::string& string() const { return string_; }
  // An array's elements (empty for anything else).
  const std::vector<Value>& items() const { return items_; }
  // An object's members: sorted and unique if built with operator[], in
  // document order if parsed (empty for anything else).
  const std::vector<Member>& members() const { return members_; }

  // The member named `key` of an object (the last one of that name), or null.
  const Value* find(std::string_view key) const;
  // The member named `key`, added (as null) at its sorted place if missing;
  // makes a null value an object first.
  Value& operator[](std::string_view key);
  // Appends to an array; makes a null value an array first.
  void push_back(Value v);

 private:
  friend class Parser;
  Type type_ = Type::kNull;
  bool boolean_ = false;
  union {
    long long integer_;
    unsigned long long unsigned_;
    double float_ = 0;
  };
  std::string string_;
  std::vector<Value> items_;
  std::vector<Member> members_;

  friend void dump_value(const Value& v, int indent, size_t level, std::string& out);
};

struct Member {
  std::string key;
  Value value;
};

// The document in `text`, or false (and `out` untouched) if it is not JSON.
bool parse(std::string_view text, Value& out);

// Appends `v` as JSON text to `out`: compact when indent < 0, else one value
// per line indented by `indent` spaces a level.
void dump(const Value& v, int indent, std::string& out);

// Appends `s` as a JSON string's contents (without the quotes), escaped as
// dump() escapes it.
void append_escaped(std::string_view s, std::string& out);

}  // namespace reader::json
