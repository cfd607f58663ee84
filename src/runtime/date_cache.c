/* Resetting the engine's date cache after process.env.TZ changed.
 *
 * The cache (JSC::DateCache, a member of the VM) keeps the time zone and the UTC
 * offsets of its first use. The zone override eddy sets on a change of TZ
 * (engine.c) is read only when the cache is empty, and nothing this engine build
 * exports empties it except DateCache::resetIfNecessarySlow() itself, whose object's
 * place in the VM is not exported either. So the cache is found by its shape, once:
 * it holds two tables of 32 entries of 32 bytes, at +0x10 and +0x428, each followed
 * by a pointer to one of its own entries (+0x410 and +0x828). A word pointing into
 * the kilobyte just before it, twice at that distance, is a signature nothing else
 * in the VM has. When it is not found (another engine build), nothing is reset:
 * dates keep the zone the cache first saw, as before this existed. */
#include "date_cache.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "../util/js_lock.h"

enum {
  kTable1 = 0x10,
  kTable1Cursor = 0x410,
  kTable2 = 0x428,
  kTable2Cursor = 0x828,
  kTableBytes = 0x400,
  kEntryBytes = 0x20,
  kScanLimit = 0x40000, /* the VM is larger than this in the builds that have the cache there */
};

typedef void (*reset_fn)(void* cache);

static struct {
  reset_fn reset;
} engine;
static pthread_once_t symbols_once = PTHREAD_ONCE_INIT;

static void resolve_symbols(void) {
  engine.reset = (reset_fn)dlsym(RTLD_DEFAULT, "_ZN3JSC9DateCache20resetIfNecessarySlowEv");
}

/* Whether [start, start + len) lies in mapped memory (mincore fails with ENOMEM when
 * a page of it is not mapped). */
static bool mapped(const char* start, size_t len) {
  uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
  uintptr_t first = (uintptr_t)start & ~(page - 1);
  size_t span = (uintptr_t)start + len - first;
  unsigned char residency[(kScanLimit + kTable2Cursor + 8) / 4096 + 2];
  if (span / page + 1 > sizeof(residency)) return false;
  return mincore((void*)first, span, residency) == 0;
}

/* Whether the word at cursor points to an entry of the table at table. */
static bool points_into(const char* cursor, const char* table) {
  uintptr_t p;
  memcpy(&p, cursor, sizeof(p));
  uintptr_t base = (uintptr_t)table;
  return p >= base && p < base + kTableBytes && (p - base) % kEntryBytes == 0;
}

/* Whether a table's entries look like cached offsets: each covers an interval of
 * time values [start, end] (64-bit milliseconds), or is unused (start at the largest
 * time value, end at the smallest), and most are unused. */
static bool table_of_intervals(const char* table) {
  const int64_t max_time = 8640000000000000; /* the ECMAScript time range, in ms */
  int unused = 0;
  for (int i = 0; i < kTableBytes / kEntryBytes; i++) {
    int64_t start, end;
    memcpy(&start, table + i * kEntryBytes + 8, sizeof(start));
    memcpy(&end, table + i * kEntryBytes + 16, sizeof(end));
    if (start == max_time && end == -max_time) unused++;
    else if (!(start >= -max_time && end <= max_time && start <= end)) return false;
  }
  return unused >= kTableBytes / kEntryBytes / 2;
}

/* The offset of the date cache in a VM, or -1. */
static long find_cache(const char* vm) {
  if (!mapped(vm, kScanLimit + kTable2Cursor + 8)) return -1;
  for (long at = 0; at < kScanLimit; at += 8) {
    const char* c = vm + at;
    if (points_into(c + kTable1Cursor, c + kTable1) && points_into(c + kTable1Cursor + 8, c + kTable1) &&
        points_into(c + kTable2Cursor, c + kTable2) && table_of_intervals(c + kTable1) &&
        table_of_intervals(c + kTable2)) {
      return at;
    }
  }
  return -1;
}

static long cache_offset = -1; /* once found, the same in every VM of the build */
static pthread_mutex_t offset_lock = PTHREAD_MUTEX_INITIALIZER;

void eddy_date_cache_reset(JSContextRef ctx) {
  pthread_once(&symbols_once, resolve_symbols);
  if (!engine.reset) return;
  char* vm = (char*)JSContextGetGroup(ctx); /* a context group is its VM */
  eddy_js_lock lock;
  eddy_js_lock_take(&lock, ctx); /* callers may come from a C API callback, which drops it */
  pthread_mutex_lock(&offset_lock);
  /* Looked for again while not found: the cache may fill its tables on first use. */
  if (cache_offset < 0) cache_offset = find_cache(vm);
  long offset = cache_offset;
  pthread_mutex_unlock(&offset_lock);
  if (offset >= 0) engine.reset(vm + offset);
  eddy_js_lock_release(&lock);
}
