# Browser end to end, run by ctest in the NATIVE build: Chromium with the
# unpacked extension from the Emscripten build dir. Needs tests/node_modules
# (`npm ci` in tests/): the test fails with that instruction when it is missing.
set(READER_WASM_BUILD_DIR ${CMAKE_SOURCE_DIR}/build-wasm CACHE PATH
    "Emscripten build dir (bin/reader-core.js, extension/) used by the Node and browser tests")
find_program(READER_NODE node)
if(READER_NODE)
  add_test(NAME e2e_reader
           COMMAND ${CMAKE_COMMAND} -E env
                   READER_WASM_BUILD_DIR=${READER_WASM_BUILD_DIR}
                   READER_E2E_OUT=${CMAKE_BINARY_DIR}/e2e-out
                   ${READER_NODE} --test ${CMAKE_CURRENT_LIST_DIR}/reader.e2e.test.js)
  set_tests_properties(e2e_reader PROPERTIES TIMEOUT 300 RUN_SERIAL TRUE LABELS "e2e;browser")
endif()
