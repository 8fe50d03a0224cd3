# Browser end to end, run by ctest in the NATIVE build, against the unpacked
# extension of the Emscripten build dir. Need tests/node_modules (`npm ci` in
# tests/): a test fails with that instruction when they are missing. A test
# whose browser, extension build or corpus is absent is reported as Skipped
# (tests/scripts/skip_unless.sh, exit 77), never as passed.
#   e2e_reader           Chromium (/usr/bin/chromium) through playwright-core + CDP
#   e2e_firefox          firefox-esr through WebDriver BiDi: toggle, settings, options, export,
#                        print media, "always open" through the permission request; SKIPPED
#                        (exit 77) without Firefox, but FAILS then when CI=true
#   e2e_isolation        Chromium: another extension's content script highlights the view's text;
#                        the page's CSS, late nodes, keys and synthetic events do not reach it
#   e2e_sites            Chromium: "always open on this site", the options page's Sites section
#                        (review, delete, ask for the permission), bounded memory, restricted pages
#   e2e_fragment_dom     the view's defensive sanitizer on the DOMPurify corpus, in Chromium
#   e2e_extension_units  the extension's DOM-free helpers, in Node
#   e2e_reader_view      reading features in Chromium: settings kept, themes + axe-core,
#                        keyboard, read aloud, export, print, not-an-article, RTL, long articles,
#                        screenshots of the themes
#   e2e_reader_view_corpus  five Readability-corpus articles in the view at 1280x800,
#                        screenshots (Skipped without ../shared)
#   e2e_reader_view_units  settings, labels, read-aloud controller, export names, long-article
#                        deferral, in Node
set(READER_WASM_BUILD_DIR ${CMAKE_SOURCE_DIR}/build-wasm CACHE PATH
    "Emscripten build dir (bin/reader-core.js, extension/) used by the Node and browser tests")
set(READER_CHROMIUM /usr/bin/chromium CACHE FILEPATH "Chromium used by the browser tests")
set(READER_FIREFOX /usr/bin/firefox-esr CACHE FILEPATH "Firefox used by e2e_firefox")
set(extension_manifest ${READER_WASM_BUILD_DIR}/extension/manifest.json)
find_program(READER_NODE node)
if(READER_NODE)
  foreach(name reader isolation sites firefox fragment_dom extension_units reader_view reader_view_corpus
               reader_view_units)
    set(file ${name}.e2e.test.js)
    set(needs --exists ${READER_CHROMIUM} --exists ${extension_manifest})
    set(part)
    if(name STREQUAL "firefox")
      # Firefox's own absence is judged by the test: Skipped locally, a failure
      # in CI (CI=true), where setup.sh installs firefox-esr.
      set(needs --exists ${extension_manifest})
    elseif(name STREQUAL "fragment_dom")
      set(file fragment.dom.test.js)
      set(needs --exists ${READER_CHROMIUM} --exists ${READER_SHARED_DIR}/corpora/dompurify/expect.json)
    elseif(name STREQUAL "extension_units")
      set(file extension_units.test.js)
      set(needs)
    elseif(name STREQUAL "reader_view")
      set(file reader_view.e2e.test.js)
      set(part READER_E2E_PART=view)
    elseif(name STREQUAL "reader_view_corpus")
      set(file reader_view.e2e.test.js)
      set(part READER_E2E_PART=corpus)
      list(APPEND needs --exists ${READER_SHARED_DIR}/corpora/readability/test-pages)
    elseif(name STREQUAL "reader_view_units")
      set(file reader_view_units.test.js)
      set(needs)
    endif()
    # Run directly (not `node --test`) so that a file's own exit code (77:
    # skipped) reaches ctest.
    add_test(NAME e2e_${name}
             COMMAND ${CMAKE_COMMAND} -E env
                     READER_WASM_BUILD_DIR=${READER_WASM_BUILD_DIR}
                     READER_E2E_OUT=${CMAKE_BINARY_DIR}/e2e-out
                     READER_CHROMIUM=${READER_CHROMIUM} READER_FIREFOX=${READER_FIREFOX}
                     READER_SHARED_DIR=${READER_SHARED_DIR} ${part}
                     bash ${READER_SKIP_UNLESS} ${needs} --
                     ${READER_NODE} ${CMAKE_CURRENT_LIST_DIR}/${file})
    set_tests_properties(e2e_${name} PROPERTIES TIMEOUT 300 RUN_SERIAL TRUE LABELS "e2e;browser"
                         SKIP_RETURN_CODE 77)
  endforeach()
endif()
