# reader-clean's command-line contract: exit codes, formats, stdin, --out-dir,
# unusable inputs (directory, FIFO, unreadable), output failures, usage errors.
add_test(NAME cli_contract
  COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/cli_test.sh $<TARGET_FILE:reader-clean>
          ${READER_TESTS_DIR}/fixtures/theweek-north-korea.html ${PROJECT_VERSION})
set_tests_properties(cli_contract PROPERTIES LABELS "cli;sanitize")
