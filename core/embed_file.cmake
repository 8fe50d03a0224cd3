# Turns file IN into a C++ source OUT defining, in namespace NAMESPACE
# (default reader::clutter),
#   extern const unsigned char SYMBOL[]; extern const unsigned long SYMBOL_size;
if(NOT DEFINED NAMESPACE)
  set(NAMESPACE reader::clutter)
endif()
file(READ ${IN} hex HEX)
string(LENGTH "${hex}" hex_len)
math(EXPR size "${hex_len} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
get_filename_component(dir ${OUT} DIRECTORY)
file(MAKE_DIRECTORY ${dir})
file(WRITE ${OUT} "// Generated from ${IN}. Do not edit.\n"
  "namespace ${NAMESPACE} {\n"
  "extern const unsigned char ${SYMBOL}[] = {${bytes}0};\n"
  "extern const unsigned long ${SYMBOL}_size = ${size};\n"
  "}\n")
