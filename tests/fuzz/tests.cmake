# Fuzz targets, one per module (lexbor style). With a compiler that has
# libFuzzer (clang: -fsanitize=fuzzer) they are real fuzzers; otherwise (g++,
# the default) each is a plain executable whose main (standalone_main.cpp)
# runs the files given as arguments, and ctest runs it over its seeds in
# tests/fuzz/seeds/<target>/. See tests/fuzz/README.md for real fuzzing.
include(CheckCXXSourceCompiles)
set(CMAKE_REQUIRED_FLAGS "-fsanitize=fuzzer")
check_cxx_source_compiles(
  "#include <cstddef>\n#include <cstdint>\nextern \"C\" int LLVMFuzzerTestOneInput(const uint8_t*, size_t) { return 0; }"
  READER_HAS_LIBFUZZER)
unset(CMAKE_REQUIRED_FLAGS)

set(fuzz_dir ${CMAKE_CURRENT_LIST_DIR})
add_library(reader_fuzz_support STATIC ${fuzz_dir}/fuzz_input.cpp)
target_link_libraries(reader_fuzz_support PUBLIC reader_dom)
target_include_directories(reader_fuzz_support PUBLIC ${fuzz_dir})

# reader_fuzz_target(<name> <libraries...>): builds fuzz_<name> from
# fuzz_<name>.cpp and runs it over seeds/<name>/ in ctest.
function(reader_fuzz_target name)
  set(target fuzz_${name})
  if(READER_HAS_LIBFUZZER)
    add_executable(${target} ${fuzz_dir}/${target}.cpp)
    target_compile_options(${target} PRIVATE -fsanitize=fuzzer)
    target_link_options(${target} PRIVATE -fsanitize=fuzzer)
  else()
    add_executable(${target} ${fuzz_dir}/${target}.cpp ${fuzz_dir}/standalone_main.cpp)
  endif()
  target_link_libraries(${target} PRIVATE reader_fuzz_support ${ARGN})
  # Individual files: libFuzzer runs files once, but would fuzz a directory.
  file(GLOB seeds CONFIGURE_DEPENDS ${fuzz_dir}/seeds/${name}/*)
  if(seeds)
    add_test(NAME ${target}_seeds COMMAND ${target} ${seeds})
    set_tests_properties(${target}_seeds PROPERTIES LABELS "fuzz;sanitize")
  endif()
endfunction()

reader_fuzz_target(tokenizer reader_html)
reader_fuzz_target(tree_builder reader_html)
reader_fuzz_target(encoding reader_base)
# Differential against nlohmann/json, the parser the core's replaced.
reader_fuzz_target(json reader_base nlohmann_json_headers)
reader_fuzz_target(selector reader_css reader_html)
reader_fuzz_target(pipeline reader_core)
