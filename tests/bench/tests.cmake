# parse-bench: parsing throughput and peak memory, ours against gumbo
# (libgumbo-dev). It prints figures; no test asserts a timing. The one ctest
# below only checks that the benchmark runs on three small pages.
# Both benchmarks print the machine they ran on (machine.cpp: CPU model,
# cores, load average) beside their figures.
add_executable(parse-bench ${CMAKE_CURRENT_LIST_DIR}/parse_bench.cpp
                           ${CMAKE_CURRENT_LIST_DIR}/heap_counter.cpp
                           ${CMAKE_CURRENT_LIST_DIR}/machine.cpp)
target_link_libraries(parse-bench PRIVATE reader_html)
target_compile_definitions(parse-bench PRIVATE READER_SHARED_DIR="${READER_SHARED_DIR}")

find_package(PkgConfig QUIET)
if(PKG_CONFIG_FOUND)
  pkg_check_modules(GUMBO QUIET gumbo)
endif()
if(GUMBO_FOUND)
  target_include_directories(parse-bench PRIVATE ${GUMBO_INCLUDE_DIRS})
  target_link_directories(parse-bench PRIVATE ${GUMBO_LIBRARY_DIRS})
  target_link_libraries(parse-bench PRIVATE ${GUMBO_LIBRARIES})
  target_compile_definitions(parse-bench PRIVATE READER_HAVE_GUMBO=1)
else()
  find_path(GUMBO_INCLUDE gumbo.h)
  find_library(GUMBO_LIBRARY gumbo)
  if(GUMBO_INCLUDE AND GUMBO_LIBRARY)
    target_include_directories(parse-bench PRIVATE ${GUMBO_INCLUDE})
    target_link_libraries(parse-bench PRIVATE ${GUMBO_LIBRARY})
    target_compile_definitions(parse-bench PRIVATE READER_HAVE_GUMBO=1)
  else()
    message(STATUS "gumbo not found: parse-bench reports our parser only")
  endif()
endif()

set(bench_pages ${READER_SHARED_DIR}/corpora/readability/test-pages)
add_test(NAME parse_bench_smoke
         COMMAND bash ${READER_SKIP_UNLESS} --exists ${bench_pages}/001/source.html --
                 $<TARGET_FILE:parse-bench> --reps 1 ${bench_pages}/001/source.html
                 ${bench_pages}/002/source.html ${bench_pages}/aclu/source.html)
set_tests_properties(parse_bench_smoke PROPERTIES PASS_REGULAR_EXPRESSION "machine: .* cores online, load average .*parse-bench: ours"
                     SKIP_RETURN_CODE 77)

# clean-bench: the whole pipeline (reader::clean, clutter pass on) over the
# Readability and trafilatura-dev pages: throughput, latency percentiles, peak
# heap. Figures only, like parse-bench; the ctests below check that it runs on
# three small pages and that it skips cleanly (exit 77, one line) when the
# corpora are absent.
add_executable(clean-bench ${CMAKE_CURRENT_LIST_DIR}/clean_bench.cpp
                           ${CMAKE_CURRENT_LIST_DIR}/bench_corpus.cpp
                           ${CMAKE_CURRENT_LIST_DIR}/heap_counter.cpp
                           ${CMAKE_CURRENT_LIST_DIR}/machine.cpp)
target_link_libraries(clean-bench PRIVATE reader_core nlohmann_json_headers)
target_compile_definitions(clean-bench PRIVATE READER_SHARED_DIR="${READER_SHARED_DIR}")

add_test(NAME clean_bench_smoke
         COMMAND bash ${READER_SKIP_UNLESS} --exists ${bench_pages}/001/source.html --
                 $<TARGET_FILE:clean-bench> --reps 1 ${bench_pages}/001/source.html
                 ${bench_pages}/002/source.html ${bench_pages}/aclu/source.html)
set_tests_properties(clean_bench_smoke PROPERTIES SKIP_RETURN_CODE 77
  PASS_REGULAR_EXPRESSION "clean-bench: pages=3 MB/s=[0-9.]+ median_ms=[0-9.]+ p99_ms=[0-9.]+ peak_heap_x=[0-9.]+\n?$")
add_test(NAME clean_bench_skips_without_corpora
         COMMAND clean-bench --shared ${CMAKE_CURRENT_BINARY_DIR}/no-such-shared-dir)
set_tests_properties(clean_bench_skips_without_corpora PROPERTIES
  PASS_REGULAR_EXPRESSION "clean-bench: skipped: no corpus found")
