# html5lib conformance: the html5lib-check runner (tokenizer + tree
# construction suites) and its ctest registrations. Included from
# tests/CMakeLists.txt, which sets READER_SHARED_DIR and READER_TESTS_DIR.

file(GLOB html5lib_check_srcs CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*.cpp)
add_executable(html5lib-check ${html5lib_check_srcs})
target_include_directories(html5lib-check PRIVATE ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(html5lib-check PRIVATE reader_html nlohmann_json_headers)

# The vendored, pinned subset always runs.
add_test(NAME html5lib_subset
         COMMAND html5lib-check ${CMAKE_CURRENT_LIST_DIR}/html5lib-subset)
set_tests_properties(html5lib_subset PROPERTIES LABELS "conformance;sanitize")

# The full upstream suite from the shared corpora; Skipped without them.
add_test(NAME html5lib_full
         COMMAND bash ${READER_SKIP_UNLESS} --exists ${READER_SHARED_DIR}/corpora/html5lib-tests
                 -- $<TARGET_FILE:html5lib-check> ${READER_SHARED_DIR}/corpora/html5lib-tests)
set_tests_properties(html5lib_full PROPERTIES SKIP_RETURN_CODE 77 LABELS "conformance;sanitize")
