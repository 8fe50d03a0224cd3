// Replaces the global (non-aligned) operator new/delete of the benchmark
// binary with malloc/free plus optional counting; see heap_counter.h.
#include "heap_counter.h"

#include <malloc.h>

#include <cstdlib>
#include <new>

namespace reader::bench {

namespace {
HeapCounter* g_counter = nullptr;

void* counted_malloc(size_t size) {
  void* p = std::malloc(size == 0 ? 1 : size);
  if (p == nullptr) throw std::bad_alloc();
  if (g_counter) g_counter->add(malloc_usable_size(p));
  return p;
}

void counted_free(void* p) {
  if (p == nullptr) return;
  if (g_counter) g_counter->sub(malloc_usable_size(p));
  std::free(p);
}
}  // namespace

void set_global_counter(HeapCounter* counter) { g_counter = counter; }

void* gumbo_counting_alloc(void* userdata, size_t size) {
  void* p = std::malloc(size == 0 ? 1 : size);
  if (p) static_cast<HeapCounter*>(userdata)->add(malloc_usable_size(p));
  return p;
}

void gumbo_counting_free(void* userdata, void* ptr) {
  if (ptr == nullptr) return;
  static_cast<HeapCounter*>(userdata)->sub(malloc_usable_size(ptr));
  std::free(ptr);
}

}  // namespace reader::bench

void* operator new(size_t size) { return reader::bench::counted_malloc(size); }
void* operator new[](size_t size) { return reader::bench::counted_malloc(size); }
void* operator new(size_t size, const std::nothrow_t&) noexcept {
  try {
    return reader::bench::counted_malloc(size);
  } catch (...) {
    return nullptr;
  }
}
void* operator new[](size_t size, const std::nothrow_t&) noexcept {
  return operator new(size, std::nothrow);
}
void operator delete(void* p) noexcept { reader::bench::counted_free(p); }
void operator delete[](void* p) noexcept { reader::bench::counted_free(p); }
void operator delete(void* p, size_t) noexcept { reader::bench::counted_free(p); }
void operator delete[](void* p, size_t) noexcept { reader::bench::counted_free(p); }
