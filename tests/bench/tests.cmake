# parse-bench: parsing throughput and peak memory, ours against gumbo
# (libgumbo-dev). It prints figures; no test asserts a timing. The one ctest
# below only checks that the benchmark runs on three small pages.
add_executable(parse-bench ${CMAKE_CURRENT_LIST_DIR}/parse_bench.cpp
                           ${CMAKE_CURRENT_LIST_DIR}/heap_counter.cpp)
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
if(EXISTS ${bench_pages}/001/source.html)
  add_test(NAME parse_bench_smoke
           COMMAND parse-bench --reps 1 ${bench_pages}/001/source.html
                   ${bench_pages}/002/source.html ${bench_pages}/aclu/source.html)
  set_tests_properties(parse_bench_smoke PROPERTIES PASS_REGULAR_EXPRESSION "parse-bench: ours")
endif()
