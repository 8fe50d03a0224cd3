# Copies the extension manifest IN to OUT with its top-level "version" set to
# VERSION (project(VERSION) in the top-level CMakeLists.txt), so the extension,
# reader-clean --version and the WASM binding's version() cannot disagree.
#   cmake -DIN=manifest.json -DOUT=build/manifest.json -DVERSION=0.1.0 -P stamp_version.cmake
file(READ ${IN} text)
string(REGEX MATCH "\n  \"version\": \"[^\"]*\"" found "${text}")
if(NOT found)
  message(FATAL_ERROR "${IN}: no top-level \"version\" line to stamp")
endif()
string(REPLACE "${found}" "\n  \"version\": \"${VERSION}\"" text "${text}")
file(WRITE ${OUT} "${text}")
