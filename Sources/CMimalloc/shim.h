#ifndef CXSITE_CMIMALLOC_SHIM_H
#define CXSITE_CMIMALLOC_SHIM_H
#include <mimalloc.h>

/* The executables link mimalloc, which takes over malloc and free for the whole process
   (Swift's runtime and Foundation included): a build spends about a third of its time
   allocating and freeing, and glibc's malloc made that part slower (docs/PERFORMANCE.md,
   "Allocator"). Freed memory goes back to the system at once rather than after mimalloc's
   default 25 ms, which keeps a build's peak memory where glibc's malloc had it. */
static inline void cxsite_configure_allocator(void) {
    mi_option_set(mi_option_decommit_delay, 0);
}
#endif
