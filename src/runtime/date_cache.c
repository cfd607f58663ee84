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
 * dates keep the zone the cache first saw, as before this existed.
 *
 * Each Date also keeps its own local breakdown (a DateInstanceData, shared through
 * the cache's 16-slot table of them, after the offset tables) until its time value
 * changes, and the engine's reset only forgets the table's keys. So, around each
 * reset, the breakdowns the table holds are marked stale and keep their keys, which
 * makes a Date already printed in the old zone recompute in the new one, as in node. The table's
 * place and the breakdown's layout are checked once, with a probe Date, before any
 * write. A Date whose breakdown left the table (another time value took its slot)
 * keeps the old zone's local fields until its time value changes. (The probe is
 * printed with the conversion a user's Date.prototype.toString may replace; then the
 * check fails, and nothing is written.) */
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
  kScanLimit = 0x40000,   /* the VM is larger than this in the builds that have the cache there */
  kInstanceTable = 0x860, /* 16 entries of {double time value, DateInstanceData*} */
  kInstanceSlots = 16,
  kInstanceEntryBytes = 0x10,
  kDataLocalTime = 0x8, /* a DateInstanceData's time value of its local breakdown */
  kDateData = 0x18,     /* a Date cell's DateInstanceData* */
  kCacheBytes = kInstanceTable + kInstanceSlots * kInstanceEntryBytes,
};

typedef void (*reset_fn)(void* cache);

static struct { reset_fn reset; } engine;
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
  unsigned char residency[(kScanLimit + kCacheBytes) / 4096 + 2];
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
    if (start == max_time && end == -max_time)
      unused++;
    else if (!(start >= -max_time && end <= max_time && start <= end))
      return false;
  }
  return unused >= kTableBytes / kEntryBytes / 2;
}

/* The offset of the date cache in a VM, or -1. */
static long find_cache(const char* vm) {
  if (!mapped(vm, kScanLimit + kCacheBytes)) return -1;
  for (long at = 0; at < kScanLimit; at += 8) {
    const char* c = vm + at;
    if (points_into(c + kTable1Cursor, c + kTable1) &&
        points_into(c + kTable1Cursor + 8, c + kTable1) &&
        points_into(c + kTable2Cursor, c + kTable2) && table_of_intervals(c + kTable1) &&
        table_of_intervals(c + kTable2)) {
      return at;
    }
  }
  return -1;
}

static long cache_offset = -1; /* once found, the same in every VM of the build */
static int instances_checked;  /* 0: not yet, 1: the table is where expected, -1: it is not */
static pthread_mutex_t offset_lock = PTHREAD_MUTEX_INITIALIZER;

static double read_double(const char* at) {
  double d;
  memcpy(&d, at, sizeof(d));
  return d;
}

static char* read_pointer(const char* at) {
  char* p;
  memcpy(&p, at, sizeof(p));
  return p;
}

/* Whether the cache's table of Date breakdowns is at kInstanceTable: a Date printed
 * now must have its own breakdown (cell + kDateData) filed there under its time value,
 * computed for that time value. Checks every address before reading through it. */
static bool instance_table_found(JSContextRef ctx, char* cache) {
  const double probe = 1234567890123.0;
  JSValueRef arg = JSValueMakeNumber(ctx, probe);
  JSObjectRef date = JSObjectMakeDate(ctx, 1, &arg, NULL);
  if (!date) return false;
  JSStringRef text = JSValueToStringCopy(ctx, date, NULL); /* fills the breakdown */
  if (text) JSStringRelease(text);
  if (!mapped((char*)date, kDateData + 8)) return false;
  char* data = read_pointer((char*)date + kDateData);
  if (!data || (uintptr_t)data % 8 || !mapped(data, kDataLocalTime + 8) ||
      read_double(data + kDataLocalTime) != probe) {
    return false;
  }
  for (int i = 0; i < kInstanceSlots; i++) {
    const char* entry = cache + kInstanceTable + i * kInstanceEntryBytes;
    if (read_double(entry) == probe && read_pointer(entry + 8) == data) return true;
  }
  return false;
}

/* Marks the local breakdowns the table holds as computed for no time value, and
 * saves the table's keys into keys. */
static void instance_table_invalidate(char* cache, double* keys) {
  const double nan = __builtin_nan("");
  for (int i = 0; i < kInstanceSlots; i++) {
    char* entry = cache + kInstanceTable + i * kInstanceEntryBytes;
    keys[i] = read_double(entry);
    char* data = read_pointer(entry + 8);
    if (data) memcpy(data + kDataLocalTime, &nan, sizeof(nan));
  }
}

/* Puts back the keys the engine's reset forgot: each still names its breakdown,
 * now stale, so a new Date of that time value shares it (and recomputes it) instead
 * of replacing it in the table, where the next change of zone would miss it. */
static void instance_table_restore(char* cache, const double* keys) {
  for (int i = 0; i < kInstanceSlots; i++) {
    char* entry = cache + kInstanceTable + i * kInstanceEntryBytes;
    if (read_pointer(entry + 8)) memcpy(entry, &keys[i], sizeof(keys[i]));
  }
}

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
  if (offset >= 0 && instances_checked == 0)
    instances_checked = instance_table_found(ctx, vm + offset) ? 1 : -1;
  bool instances = instances_checked > 0;
  pthread_mutex_unlock(&offset_lock);
  if (offset >= 0) {
    double keys[kInstanceSlots];
    if (instances) instance_table_invalidate(vm + offset, keys);
    engine.reset(vm + offset);
    if (instances) instance_table_restore(vm + offset, keys);
  }
  eddy_js_lock_release(&lock);
}
