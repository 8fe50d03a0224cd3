// Counts the bytes live on the heap, so that both parsers' peak memory is
// measured the same way: our parser through the replaced global operator
// new/delete (heap_counter.cpp), gumbo through its GumboOptions allocator
// hooks. Sizes are malloc_usable_size(), i.e. what the allocator really holds
// for each block (glibc), not the requested size.
#pragma once
#include <cstddef>

namespace reader::bench {

struct HeapCounter {
  long long live = 0;  // bytes currently allocated while counting
  long long peak = 0;  // highest `live` since reset()

  void reset() { live = peak = 0; }
  void add(size_t n) {
    live += static_cast<long long>(n);
    if (live > peak) peak = live;
  }
  void sub(size_t n) { live -= static_cast<long long>(n); }
};

// C++ allocations (operator new) are counted while this is non-null.
void set_global_counter(HeapCounter* counter);

// GumboOptions::allocator / deallocator with `userdata` a HeapCounter*.
void* gumbo_counting_alloc(void* userdata, size_t size);
void gumbo_counting_free(void* userdata, void* ptr);

}  // namespace reader::bench
