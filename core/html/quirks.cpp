#include "html/quirks.h"

#include <string>
#include <string_view>

#include "base/ascii.h"
#include "base/text.h"

namespace reader::html {
namespace {

// Public identifiers that start one of these put the document in quirks mode.
constexpr std::string_view kQuirksPublicIdPrefixes[] = {
    "+//silmaril//dtd html pro v0r11 19970101//",
    "-//as//dtd html 3.0 aswedit + extensions//",
    "-//advasoft ltd//dtd html 3.0 aswedit + extensions//",
    "-//ietf//dtd html 2.0 level 1//",
    "-//ietf//dtd html 2.0 level 2//",
    "-//ietf//dtd html 2.0 strict level 1//",
    "-//ietf//dtd html 2.0 strict level 2//",
    "-//ietf//dtd html 2.0 strict//",
    "-//ietf//dtd html 2.0//",
    "-//ietf//dtd html 2.1e//",
    "-//ietf//dtd html 3.0//",
    "-//ietf//dtd html 3.2 final//",
    "-//ietf//dtd html 3.2//",
    "-//ietf//dtd html 3//",
    "-//ietf//dtd html level 0//",
    "-//ietf//dtd html level 1//",
    "-//ietf//dtd html level 2//",
    "-//ietf//dtd html level 3//",
    "-//ietf//dtd html strict level 0//",
    "-//ietf//dtd html strict level 1//",
    "-//ietf//dtd html strict level 2//",
    "-//ietf//dtd html strict level 3//",
    "-//ietf//dtd html strict//",
    "-//ietf//dtd html//",
    "-//metrius//dtd metrius presentational//",
    "-//microsoft//dtd internet explorer 2.0 html strict//",
    "-//microsoft//dtd internet explorer 2.0 html//",
    "-//microsoft//dtd internet explorer 2.0 tables//",
    "-//microsoft//dtd internet explorer 3.0 html strict//",
    "-//microsoft//dtd internet explorer 3.0 html//",
    "-//microsoft//dtd internet explorer 3.0 tables//",
    "-//netscape comm. corp.//dtd html//",
    "-//netscape comm. corp.//dtd strict html//",
    "-//o'reilly and associates//dtd html 2.0//",
    "-//o'reilly and associates//dtd html extended 1.0//",
    "-//o'reilly and associates//dtd html extended relaxed 1.0//",
    "-//sq//dtd html 2.0 hotmetal + extensions//",
    "-//softquad software//dtd hotmetal pro 6.0::19990601::extensions to html 4.0//",
    "-//softquad//dtd hotmetal pro 4.0::19971010::extensions to html 4.0//",
    "-//spyglass//dtd html 2.0 extended//",
    "-//sun microsystems corp.//dtd hotjava html//",
    "-//sun microsystems corp.//dtd hotjava strict html//",
    "-//w3c//dtd html 3 1995-03-24//",
    "-//w3c//dtd html 3.2 draft//",
    "-//w3c//dtd html 3.2 final//",
    "-//w3c//dtd html 3.2//",
    "-//w3c//dtd html 3.2s draft//",
    "-//w3c//dtd html 4.0 frameset//",
    "-//w3c//dtd html 4.0 transitional//",
    "-//w3c//dtd html experimental 19960712//",
    "-//w3c//dtd html experimental 970421//",
    "-//w3c//dtd w3 html//",
    "-//w3o//dtd w3 html 3.0//",
    "-//webtechs//dtd mozilla html 2.0//",
    "-//webtechs//dtd mozilla html//",
};

}  // namespace

dom::QuirksMode quirks_mode_for_doctype(const Token& t) {
  if (t.force_quirks || t.name != "html") return dom::QuirksMode::kQuirks;
  std::string pub = to_lower_ascii(t.public_id);
  std::string sys = to_lower_ascii(t.system_id);
  if (t.has_public_id) {
    if (pub == "-//w3o//dtd w3 html strict 3.0//en//" || pub == "-/w3c/dtd html 4.0 transitional/en" ||
        pub == "html") {
      return dom::QuirksMode::kQuirks;
    }
    for (std::string_view p : kQuirksPublicIdPrefixes) {
      if (starts_with(pub, p)) return dom::QuirksMode::kQuirks;
    }
  }
  if (t.has_system_id && sys == "http://www.ibm.com/data/dtd/v11/ibmxhtml1-transitional.dtd") {
    return dom::QuirksMode::kQuirks;
  }
  bool html401 = t.has_public_id && (starts_with(pub, "-//w3c//dtd html 4.01 frameset//") ||
                                     starts_with(pub, "-//w3c//dtd html 4.01 transitional//"));
  if (html401 && !t.has_system_id) return dom::QuirksMode::kQuirks;
  if (t.has_public_id && (starts_with(pub, "-//w3c//dtd xhtml 1.0 frameset//") ||
                          starts_with(pub, "-//w3c//dtd xhtml 1.0 transitional//"))) {
    return dom::QuirksMode::kLimitedQuirks;
  }
  if (html401) return dom::QuirksMode::kLimitedQuirks;
  return dom::QuirksMode::kNoQuirks;
}

}  // namespace reader::html
