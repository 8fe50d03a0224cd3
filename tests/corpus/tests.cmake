# Corpus quality gate (tests/corpus/evaluate.py, Python 3 standard library).
# corpus_eval runs reader-clean over the shared corpora and fails when a
# metric drops below its pinned floor in floors.json; corpus_scorer_selftest
# checks the scorer itself on hand-made cases, without the CLI or corpora.
find_program(READER_PYTHON3 python3)
if(READER_PYTHON3)
  add_test(NAME corpus_scorer_selftest
           COMMAND ${READER_PYTHON3} ${CMAKE_CURRENT_LIST_DIR}/test_scorer.py)
  if(TARGET reader-clean)
    add_test(NAME corpus_eval
             COMMAND ${READER_PYTHON3} ${CMAKE_CURRENT_LIST_DIR}/evaluate.py
                     --cli $<TARGET_FILE:reader-clean> --shared ${READER_SHARED_DIR})
    # ~930 reader-clean runs on 2 workers; the default 1500 s leaves no margin
    # for a debug build.
    # evaluate.py exits 77 without the shared corpora: Skipped.
    set_tests_properties(corpus_eval PROPERTIES TIMEOUT 3600 LABELS corpus SKIP_RETURN_CODE 77)
  endif()
else()
  message(STATUS "python3 not found: corpus tests not registered")
endif()
