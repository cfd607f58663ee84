/* The memory of zlib's streams. A deflate stream with node's defaults (windowBits 15,
 * memLevel 8) takes four 64 KiB blocks and its 6 KiB state; an inflate stream its
 * 7 KiB state and a 32 KiB window. Straight from malloc, a program that makes one
 * stream per small message (deflateSync in a loop, a gzip stream per HTTP response)
 * pays for that memory in the kernel each time: glibc hands the blocks out from the
 * top of the heap and, once they are freed, gives the space back with brk (more than
 * its 128 KiB trim threshold is free at the top), so every stream grows the heap
 * again and faults its pages in anew: 100k deflateSync calls of 100 bytes made 200k
 * brk calls and 1.9M page faults, 1.2 s of system time against 1.6 s of user time.
 *
 * So freed blocks are kept, up to kMaxBlocks of them and kMaxBytes in all, and a
 * later request of the same size takes the most recently freed one. The cache is
 * shared by the whole process, behind a mutex, because a stream's memory is not tied
 * to one thread: inflate takes its window during its first write (on the thread pool
 * for the async forms) and the loop thread frees it, and worker threads make streams
 * of their own. Blocks carry their size in a 16-byte header (zfree is not told it),
 * which keeps the address given to zlib aligned as malloc's. */
#include "zlib_alloc.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>

#include "../util/check.h"

enum { kHeader = 16, kMaxBlocks = 16 };
static const size_t kMaxBytes = 1u << 20; /* about three default deflate streams */

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static struct {
  void* block; /* the block's start (its header) */
  size_t size; /* the size zlib asked for */
} cache[kMaxBlocks];
static int cached;
static size_t cached_bytes;

voidpf eddy__zlib_alloc(voidpf opaque, uInt items, uInt size) {
  (void)opaque;
  size_t n = (size_t)items * size;
  void* block = NULL;
  pthread_mutex_lock(&lock);
  for (int i = cached - 1; i >= 0; i--) {
    if (cache[i].size != n) continue;
    block = cache[i].block;
    cached_bytes -= n;
    cache[i] = cache[--cached];
    break;
  }
  pthread_mutex_unlock(&lock);
  if (!block) {
    block = eddy_malloc(kHeader + n);
    *(size_t*)block = n;
  }
  return (char*)block + kHeader;
}

void eddy__zlib_free(voidpf opaque, voidpf address) {
  (void)opaque;
  void* block = (char*)address - kHeader;
  size_t n = *(size_t*)block;
  pthread_mutex_lock(&lock);
  bool kept = cached < kMaxBlocks && cached_bytes + n <= kMaxBytes;
  if (kept) {
    cache[cached].block = block;
    cache[cached].size = n;
    cached++;
    cached_bytes += n;
  }
  pthread_mutex_unlock(&lock);
  if (!kept) free(block);
}
