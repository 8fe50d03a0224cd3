# WASM parity, run by ctest in the NATIVE build: the Node build of the core
# (from the Emscripten build dir) against this build's reader-clean.
#   emcmake cmake -S . -B build-wasm -DCMAKE_BUILD_TYPE=Release && cmake --build build-wasm
set(READER_WASM_BUILD_DIR ${CMAKE_SOURCE_DIR}/build-wasm CACHE PATH
    "Emscripten build dir (bin/reader-core.js, extension/) used by the Node and browser tests")
find_program(READER_NODE node)
if(NOT READER_NODE)
  message(WARNING "node not found: wasm_parity and e2e_reader are not registered")
elseif(TARGET reader-clean)
  add_test(NAME wasm_parity
           COMMAND ${CMAKE_COMMAND} -E env
                   READER_WASM_BUILD_DIR=${READER_WASM_BUILD_DIR}
                   READER_CLI=$<TARGET_FILE:reader-clean>
                   READER_SHARED_DIR=${READER_SHARED_DIR}
                   bash ${READER_SKIP_UNLESS} --exists ${READER_WASM_BUILD_DIR}/bin/reader-core.js --
                   ${READER_NODE} --test ${CMAKE_CURRENT_LIST_DIR}/parity.test.js)
  # Skipped without the Emscripten build (tests/scripts/build.sh makes it).
  set_tests_properties(wasm_parity PROPERTIES TIMEOUT 300 LABELS "wasm;node" SKIP_RETURN_CODE 77)
endif()
