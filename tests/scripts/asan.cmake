# The sanitizer preset: an initial cache for a whole-suite ASan + UBSan build.
#   cmake -C tests/scripts/asan.cmake -S . -B build-asan && cmake --build build-asan
#   ctest --test-dir build-asan -L sanitize
# (tests/scripts/sanitize.sh does exactly this, with the runtime options below.)
# A cache file rather than a top-level CMakePresets.json: the top level holds
# CMakeLists.txt, core, wasm, extension, tests and README.md only, and -C works
# with the cmake_minimum_required (3.16) that presets (3.19+) would raise.
#
# -O1: fast enough for the whole suite, keeps frames readable; no -DNDEBUG,
# so assert()s run too. -fno-sanitize-recover=all: the first UB report ends
# the process with an error, like ASan's (halt_on_error).
set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "")
set(CMAKE_CXX_FLAGS_RELWITHDEBINFO "-O1 -g" CACHE STRING "")
set(CMAKE_CXX_FLAGS
    "-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all"
    CACHE STRING "")
set(CMAKE_EXE_LINKER_FLAGS "-fsanitize=address,undefined" CACHE STRING "")
# The sanitizer runtimes cannot be linked into a static executable
# ("cannot specify -static with -fsanitize=address").
set(READER_STATIC_CLI OFF CACHE BOOL "")
