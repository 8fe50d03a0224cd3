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
  # The corpus samples (Readability pages, wcxb-dev pages where the learned
  # models act): skipped, visibly, without ../shared or the Emscripten build.
  add_test(NAME wasm_parity_corpus
           COMMAND ${CMAKE_COMMAND} -E env
                   READER_WASM_BUILD_DIR=${READER_WASM_BUILD_DIR}
                   READER_CLI=$<TARGET_FILE:reader-clean>
                   READER_SHARED_DIR=${READER_SHARED_DIR}
                   bash ${READER_SKIP_UNLESS} --exists ${READER_WASM_BUILD_DIR}/bin/reader-core.js
                   --exists ${READER_SHARED_DIR}/corpora/readability/test-pages
                   --exists ${READER_SHARED_DIR}/corpora/wcxb-dev/ground-truth.json --
                   ${READER_NODE} --test ${CMAKE_CURRENT_LIST_DIR}/parity_corpus.test.js)
  set_tests_properties(wasm_parity_corpus PROPERTIES TIMEOUT 300 LABELS "wasm;node;corpus" SKIP_RETURN_CODE 77)
endif()

# WASM memory benchmark smoke run (tests/bench/wasm_memory.js): three small
# pages, six cleans in one instance. It checks that the benchmark runs and
# prints its summary line; no figure is asserted. Skipped without the
# Emscripten build (it failed instead before).
if(READER_NODE)
  add_test(NAME wasm_memory_smoke
           COMMAND ${CMAKE_COMMAND} -E env
                   READER_WASM_BUILD_DIR=${READER_WASM_BUILD_DIR}
                   READER_SHARED_DIR=${READER_SHARED_DIR}
                   bash ${READER_SKIP_UNLESS} --exists ${READER_WASM_BUILD_DIR}/bin/reader-core.js --
                   ${READER_NODE} ${CMAKE_SOURCE_DIR}/tests/bench/wasm_memory.js
                   --limit 3 --cleans 6 --max-bytes 65536)
  set_tests_properties(wasm_memory_smoke PROPERTIES
    TIMEOUT 120 LABELS "wasm;node" SKIP_RETURN_CODE 77
    PASS_REGULAR_EXPRESSION "wasm-memory: pages=3 peak_x_median=[0-9.]+ peak_x_max=[0-9.]+ cleans=6 in_use_growth_bytes=-?[0-9]+ memory_growth_bytes=-?[0-9]+"
    SKIP_REGULAR_EXPRESSION "wasm-memory: skipped;skipped: .* not found")
endif()
