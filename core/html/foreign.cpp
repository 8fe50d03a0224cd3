#include "html/foreign.h"

#include <algorithm>
#include <iterator>

namespace reader::html {
namespace {

struct NamePair {
  std::string_view from;
  std::string_view to;
};

// https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-inforeign
// (the table in "any other start tag"), sorted by `from` for binary search.
constexpr NamePair kSvgTagNames[] = {
    {"altglyph", "altGlyph"},
    {"altglyphdef", "altGlyphDef"},
    {"altglyphitem", "altGlyphItem"},
    {"animatecolor", "animateColor"},
    {"animatemotion", "animateMotion"},
    {"animatetransform", "animateTransform"},
    {"clippath", "clipPath"},
    {"feblend", "feBlend"},
    {"fecolormatrix", "feColorMatrix"},
    {"fecomponenttransfer", "feComponentTransfer"},
    {"fecomposite", "feComposite"},
    {"feconvolvematrix", "feConvolveMatrix"},
    {"fediffuselighting", "feDiffuseLighting"},
    {"fedisplacementmap", "feDisplacementMap"},
    {"fedistantlight", "feDistantLight"},
    {"fedropshadow", "feDropShadow"},
    {"feflood", "feFlood"},
    {"fefunca", "feFuncA"},
    {"fefuncb", "feFuncB"},
    {"fefuncg", "feFuncG"},
    {"fefuncr", "feFuncR"},
    {"fegaussianblur", "feGaussianBlur"},
    {"feimage", "feImage"},
    {"femerge", "feMerge"},
    {"femergenode", "feMergeNode"},
    {"femorphology", "feMorphology"},
    {"feoffset", "feOffset"},
    {"fepointlight", "fePointLight"},
    {"fespecularlighting", "feSpecularLighting"},
    {"fespotlight", "feSpotLight"},
    {"fetile", "feTile"},
    {"feturbulence", "feTurbulence"},
    {"foreignobject", "foreignObject"},
    {"glyphref", "glyphRef"},
    {"lineargradient", "linearGradient"},
    {"radialgradient", "radialGradient"},
    {"textpath", "textPath"},
};

// https://html.spec.whatwg.org/multipage/parsing.html#adjust-svg-attributes
constexpr NamePair kSvgAttributeNames[] = {
    {"attributename", "attributeName"},
    {"attributetype", "attributeType"},
    {"basefrequency", "baseFrequency"},
    {"baseprofile", "baseProfile"},
    {"calcmode", "calcMode"},
    {"clippathunits", "clipPathUnits"},
    {"diffuseconstant", "diffuseConstant"},
    {"edgemode", "edgeMode"},
    {"filterunits", "filterUnits"},
    {"glyphref", "glyphRef"},
    {"gradienttransform", "gradientTransform"},
    {"gradientunits", "gradientUnits"},
    {"kernelmatrix", "kernelMatrix"},
    {"kernelunitlength", "kernelUnitLength"},
    {"keypoints", "keyPoints"},
    {"keysplines", "keySplines"},
    {"keytimes", "keyTimes"},
    {"lengthadjust", "lengthAdjust"},
    {"limitingconeangle", "limitingConeAngle"},
    {"markerheight", "markerHeight"},
    {"markerunits", "markerUnits"},
    {"markerwidth", "markerWidth"},
    {"maskcontentunits", "maskContentUnits"},
    {"maskunits", "maskUnits"},
    {"numoctaves", "numOctaves"},
    {"pathlength", "pathLength"},
    {"patterncontentunits", "patternContentUnits"},
    {"patterntransform", "patternTransform"},
    {"patternunits", "patternUnits"},
    {"pointsatx", "pointsAtX"},
    {"pointsaty", "pointsAtY"},
    {"pointsatz", "pointsAtZ"},
    {"preservealpha", "preserveAlpha"},
    {"preserveaspectratio", "preserveAspectRatio"},
    {"primitiveunits", "primitiveUnits"},
    {"refx", "refX"},
    {"refy", "refY"},
    {"repeatcount", "repeatCount"},
    {"repeatdur", "repeatDur"},
    {"requiredextensions", "requiredExtensions"},
    {"requiredfeatures", "requiredFeatures"},
    {"specularconstant", "specularConstant"},
    {"specularexponent", "specularExponent"},
    {"spreadmethod", "spreadMethod"},
    {"startoffset", "startOffset"},
    {"stddeviation", "stdDeviation"},
    {"stitchtiles", "stitchTiles"},
    {"surfacescale", "surfaceScale"},
    {"systemlanguage", "systemLanguage"},
    {"tablevalues", "tableValues"},
    {"targetx", "targetX"},
    {"targety", "targetY"},
    {"textlength", "textLength"},
    {"viewbox", "viewBox"},
    {"viewtarget", "viewTarget"},
    {"xchannelselector", "xChannelSelector"},
    {"ychannelselector", "yChannelSelector"},
    {"zoomandpan", "zoomAndPan"},
};

struct ForeignAttr {
  std::string_view qualified;
  dom::AttrNs ns;
  std::string_view local;
};

// https://html.spec.whatwg.org/multipage/parsing.html#adjust-foreign-attributes
constexpr ForeignAttr kForeignAttributes[] = {
    {"xlink:actuate", dom::AttrNs::kXlink, "actuate"},
    {"xlink:arcrole", dom::AttrNs::kXlink, "arcrole"},
    {"xlink:href", dom::AttrNs::kXlink, "href"},
    {"xlink:role", dom::AttrNs::kXlink, "role"},
    {"xlink:show", dom::AttrNs::kXlink, "show"},
    {"xlink:title", dom::AttrNs::kXlink, "title"},
    {"xlink:type", dom::AttrNs::kXlink, "type"},
    {"xml:lang", dom::AttrNs::kXml, "lang"},
    {"xml:space", dom::AttrNs::kXml, "space"},
    {"xmlns", dom::AttrNs::kXmlns, "xmlns"},
    {"xmlns:xlink", dom::AttrNs::kXmlns, "xlink"},
};

template <size_t N>
std::string_view lookup(const NamePair (&table)[N], std::string_view name) {
  auto it = std::lower_bound(std::begin(table), std::end(table), name,
                             [](const NamePair& p, std::string_view n) { return p.from < n; });
  if (it != std::end(table) && it->from == name) return it->to;
  return name;
}

}  // namespace

std::string_view adjust_svg_tag_name(std::string_view name) { return lookup(kSvgTagNames, name); }

std::string_view adjust_svg_attribute_name(std::string_view name) {
  return lookup(kSvgAttributeNames, name);
}

std::string_view adjust_mathml_attribute_name(std::string_view name) {
  return name == "definitionurl" ? std::string_view("definitionURL") : name;
}

ForeignAttrName adjust_foreign_attribute_name(std::string_view name) {
  for (const ForeignAttr& a : kForeignAttributes) {
    if (a.qualified == name) return {a.ns, a.local};
  }
  return {dom::AttrNs::kNone, name};
}

}  // namespace reader::html
