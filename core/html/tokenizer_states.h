// Internal tokenizer states: every state of WHATWG HTML 13.2.5, in spec
// order. The first six match Tokenizer::State so set_state() is a cast.
#pragma once
#include <cstdint>

namespace reader::html {

enum class TokState : uint8_t {
  kData,                                      // 13.2.5.1
  kRcdata,                                    // 13.2.5.2
  kRawtext,                                   // 13.2.5.3
  kScriptData,                                // 13.2.5.4
  kPlaintext,                                 // 13.2.5.5
  kCdataSection,                              // 13.2.5.69
  kTagOpen,                                   // 13.2.5.6
  kEndTagOpen,                                // 13.2.5.7
  kTagName,                                   // 13.2.5.8
  kRcdataLessThanSign,                        // 13.2.5.9
  kRcdataEndTagOpen,                          // 13.2.5.10
  kRcdataEndTagName,                          // 13.2.5.11
  kRawtextLessThanSign,                       // 13.2.5.12
  kRawtextEndTagOpen,                         // 13.2.5.13
  kRawtextEndTagName,                         // 13.2.5.14
  kScriptDataLessThanSign,                    // 13.2.5.15
  kScriptDataEndTagOpen,                      // 13.2.5.16
  kScriptDataEndTagName,                      // 13.2.5.17
  kScriptDataEscapeStart,                     // 13.2.5.18
  kScriptDataEscapeStartDash,                 // 13.2.5.19
  kScriptDataEscaped,                         // 13.2.5.20
  kScriptDataEscapedDash,                     // 13.2.5.21
  kScriptDataEscapedDashDash,                 // 13.2.5.22
  kScriptDataEscapedLessThanSign,             // 13.2.5.23
  kScriptDataEscapedEndTagOpen,               // 13.2.5.24
  kScriptDataEscapedEndTagName,               // 13.2.5.25
  kScriptDataDoubleEscapeStart,               // 13.2.5.26
  kScriptDataDoubleEscaped,                   // 13.2.5.27
  kScriptDataDoubleEscapedDash,               // 13.2.5.28
  kScriptDataDoubleEscapedDashDash,           // 13.2.5.29
  kScriptDataDoubleEscapedLessThanSign,       // 13.2.5.30
  kScriptDataDoubleEscapeEnd,                 // 13.2.5.31
  kBeforeAttributeName,                       // 13.2.5.32
  kAttributeName,                             // 13.2.5.33
  kAfterAttributeName,                        // 13.2.5.34
  kBeforeAttributeValue,                      // 13.2.5.35
  kAttributeValueDoubleQuoted,                // 13.2.5.36
  kAttributeValueSingleQuoted,                // 13.2.5.37
  kAttributeValueUnquoted,                    // 13.2.5.38
  kAfterAttributeValueQuoted,                 // 13.2.5.39
  kSelfClosingStartTag,                       // 13.2.5.40
  kBogusComment,                              // 13.2.5.41
  kMarkupDeclarationOpen,                     // 13.2.5.42
  kCommentStart,                              // 13.2.5.43
  kCommentStartDash,                          // 13.2.5.44
  kComment,                                   // 13.2.5.45
  kCommentLessThanSign,                       // 13.2.5.46
  kCommentLessThanSignBang,                   // 13.2.5.47
  kCommentLessThanSignBangDash,               // 13.2.5.48
  kCommentLessThanSignBangDashDash,           // 13.2.5.49
  kCommentEndDash,                            // 13.2.5.50
  kCommentEnd,                                // 13.2.5.51
  kCommentEndBang,                            // 13.2.5.52
  kDoctype,                                   // 13.2.5.53
  kBeforeDoctypeName,                         // 13.2.5.54
  kDoctypeName,                               // 13.2.5.55
  kAfterDoctypeName,                          // 13.2.5.56
  kAfterDoctypePublicKeyword,                 // 13.2.5.57
  kBeforeDoctypePublicIdentifier,             // 13.2.5.58
  kDoctypePublicIdentifierDoubleQuoted,       // 13.2.5.59
  kDoctypePublicIdentifierSingleQuoted,       // 13.2.5.60
  kAfterDoctypePublicIdentifier,              // 13.2.5.61
  kBetweenDoctypePublicAndSystemIdentifiers,  // 13.2.5.62
  kAfterDoctypeSystemKeyword,                 // 13.2.5.63
  kBeforeDoctypeSystemIdentifier,             // 13.2.5.64
  kDoctypeSystemIdentifierDoubleQuoted,       // 13.2.5.65
  kDoctypeSystemIdentifierSingleQuoted,       // 13.2.5.66
  kAfterDoctypeSystemIdentifier,              // 13.2.5.67
  kBogusDoctype,                              // 13.2.5.68
  kCdataSectionBracket,                       // 13.2.5.70
  kCdataSectionEnd,                           // 13.2.5.71
  kCharacterReference,                        // 13.2.5.72
  kNamedCharacterReference,                   // 13.2.5.73
  kAmbiguousAmpersand,                        // 13.2.5.74
  kNumericCharacterReference,                 // 13.2.5.75
  kHexadecimalCharacterReferenceStart,        // 13.2.5.76
  kDecimalCharacterReferenceStart,            // 13.2.5.77
  kHexadecimalCharacterReference,             // 13.2.5.78
  kDecimalCharacterReference,                 // 13.2.5.79
  kNumericCharacterReferenceEnd,              // 13.2.5.80
};

}  // namespace reader::html
