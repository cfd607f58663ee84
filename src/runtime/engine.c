#include "engine.h"

#define _GNU_SOURCE /* RTLD_DEFAULT */
#include <dlfcn.h>
#include <jsc/jsc.h>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <uv.h>

#include "../util/check.h"
#include "date_cache.h"
#include "jsc_private.h"

/* JSC suspends threads for GC with a signal, SIGUSR1 by default; programs expect
 * SIGUSR1 to be theirs (process.on('SIGUSR1')). A real-time signal no program uses. */
#define EDDY_GC_SIGNAL (SIGRTMIN + 6)

/* The memory limit of the process's cgroup (v2, then v1), or 0 when there is none. */
static uint64_t cgroup_memory_limit(void) {
  const char* files[] = {"/sys/fs/cgroup/memory.max",
                         "/sys/fs/cgroup/memory/memory.limit_in_bytes"};
  for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
    FILE* f = fopen(files[i], "r");
    if (!f) continue;
    unsigned long long limit = 0;
    int n = fscanf(f, "%llu", &limit);
    fclose(f);
    if (n == 1 && limit > 0 && limit < (1ull << 60)) return limit;
  }
  return 0;
}

/* JSC sizes its heap from the machine's RAM: a heap under a quarter of RAM counts as
 * small and doubles as it grows, which on a large machine lets a program's RSS run
 * far past node's. eddy tells JSC the machine has at most 512 MiB (less under a
 * smaller cgroup limit), which makes it collect earlier; the heap still grows past
 * that when the program needs it. Measured on bench/memory/alloc-loop.js (24 GB
 * machine): defaults 555 MB peak RSS, this policy 327 MB, node 431 MB.
 * --max-old-space-size=N asks for a heap of about N MiB.
 *
 * Growth factor: after a full collection JSC lets the heap grow to factor x live
 * and, after an eden collection, schedules a full one once the room left is under a
 * third of that limit; at 1.5 the room starts at exactly a third. Under the 1 MiB
 * floor that made every other collection full (bench/path-url url: 88 of 279);
 * with the floor below it matters little (alloc-loop: 18 vs 12 full of ~400 at
 * 1.75) and 1.75 cost 67 MB more peak RSS there, so 1.5 stays. */
/* The old generation V8 would have: --max-old-space-size-percentage of the
 * machine's memory, else --max-old-space-size, else a quarter of the memory, at
 * most 4 GiB (node 24 on 64-bit). */
uint64_t eddy_engine_old_space_bytes(const eddy_options* options) {
  uint64_t ram = uv_get_total_memory();
  if (options->max_old_space_percentage > 0)
    return (uint64_t)((double)(ram >> 20) * options->max_old_space_percentage / 100) << 20;
  if (options->max_old_space_mb > 0) return (uint64_t)options->max_old_space_mb << 20;
  uint64_t quarter = ram / 4;
  return quarter < (4ull << 30) ? quarter : 4ull << 30;
}

static void configure_heap(const eddy_options* options) {
  uint64_t ram = uv_get_total_memory();
  uint64_t budget = 512ull << 20;
  if (options->max_old_space_mb > 0 || options->max_old_space_percentage > 0)
    budget = eddy_engine_old_space_bytes(options) << 1;
  uint64_t cgroup = cgroup_memory_limit();
  if (cgroup && cgroup < budget) budget = cgroup;
  if (ram && ram < budget) budget = ram;
  jsc_options_set_size("forceRAMSize", (gsize)budget);
  jsc_options_set_double("smallHeapGrowthFactor", 1.5);
  /* The first collection comes when this much has been allocated, and no cycle's
   * allowance is smaller. JSC's default, 1 MiB, suits a browser tab; a server that
   * allocates a 64 KB Buffer per request then collects every few requests (measured on
   * bench/http's 64 KB echo: one full collection per ~30 requests, 3x the allocation
   * time of a 16 MiB allowance; on bench/util's inspect corpus, 82 collections, half
   * of them full, down to 7 and ~1.3x less CPU). V8's young generation is of this size. */
  uint64_t nursery = budget / 32;
  if (nursery > (16ull << 20)) nursery = 16ull << 20;
  jsc_options_set_uint("smallHeapSize", (guint)nursery);
}

/* JSC's top JIT tier (FTL) compiles a function on threads of its own once it has run
 * ~100,000 times (JSC's default threshold), which for a server is in its first
 * seconds: ~1.75G instructions of compiling on the HTTP hello server, which pay back
 * only after ~275k requests (callgrind). Short programs, tests and CLI tools pay and
 * never get it back, and on a busy core the compiling competes with the program. Ten
 * times the threshold keeps the top tier for code that is really hot. CPU, best of 3,
 * node 24 in the same run, default -> this: HTTP client, 10k requests 0.95 -> 0.70 s
 * (node 0.71); util.inspect corpus x2000 0.39 -> 0.32 s (node 0.25); a JS tokenizer
 * loop 0.53 -> 0.54 s (top tier off: 0.70); hello server CPU per request in its first
 * two seconds 39.7 -> 17.7 us, the same as before from 4 s on. The variable
 * JSC_thresholdForFTLOptimizeAfterWarmUp still decides when it is set. */
static void configure_jit(void) {
  if (!getenv("JSC_thresholdForFTLOptimizeAfterWarmUp"))
    jsc_options_set_int("thresholdForFTLOptimizeAfterWarmUp", 1000000);
}

/* The engine's allocator (libpas) runs a scavenger thread that, every period
 * (100 ms by default), stops the threads' local allocators and decommits pages left
 * unused for 300 ms; the program's next allocations fault them in again. A server
 * that allocates a 64 KB Buffer per request took ~8 page faults and 2 madvise calls
 * per request that way (bench/http's 64 KB echo). A period of kScavengerPeriodMs
 * keeps that churn to ~2 faults per request; memory unused for 300 ms still goes
 * back to the system, at most a period later. The period is a variable the engine
 * exports (a build without it keeps its default). */
static const double kScavengerPeriodMs = 500;

static void configure_scavenger(void) {
  double* period = dlsym(RTLD_DEFAULT, "pas_scavenger_period_in_milliseconds");
  if (period && *period > 0 && *period < kScavengerPeriodMs) *period = kScavengerPeriodMs;
}

static size_t secure_heap_total;
static size_t secure_heap_min = 2;

/* --secure-heap: private keys and other secrets OpenSSL keeps in memory of its own,
 * locked and guarded, as node sets it up; a heap OpenSSL cannot make is reported and
 * the process goes on without one, as in node. */
static void configure_secure_heap(const eddy_options* options) {
  if (options->secure_heap_min > 0) secure_heap_min = (size_t)options->secure_heap_min;
  if (options->secure_heap <= 0) return;
  if (CRYPTO_secure_malloc_init((size_t)options->secure_heap, secure_heap_min) == 0) {
    fprintf(stderr, "Unable to initialize openssl secure heap.\n");
    return;
  }
  secure_heap_total = (size_t)options->secure_heap;
}

void eddy_engine_secure_heap(size_t* total, size_t* min) {
  *total = secure_heap_total;
  *min = secure_heap_min;
}

/* OpenSSL's configuration, as node loads it when a file is named (--openssl-config,
 * else OPENSSL_CONF): from its nodejs_conf section (openssl_conf when it has none,
 * or with --openssl-shared-config). Otherwise OpenSSL reads its own file when first
 * used: loading it here cost every start-up 2M instructions (callgrind, `-e 0`:
 * 69.7M -> 71.6M), and a system file has no nodejs_conf section to find. OpenSSL
 * must not tear its state down in an atexit handler: exit() can run while libuv's
 * thread pool still hashes or derives keys (measured: a segfault in
 * CRYPTO_THREAD_read_lock on a freed lock). Node does the same. */
static void configure_openssl(const eddy_options* options) {
  if (!options->openssl_config && !getenv("OPENSSL_CONF")) {
    OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, NULL);
    return;
  }
  OPENSSL_INIT_SETTINGS* settings = OPENSSL_INIT_new();
  CHECK(settings != NULL);
  if (options->openssl_config) OPENSSL_INIT_set_config_filename(settings, options->openssl_config);
  OPENSSL_INIT_set_config_appname(settings,
                                  options->openssl_shared_config ? "openssl_conf" : "nodejs_conf");
  OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT | OPENSSL_INIT_LOAD_CONFIG, settings);
  OPENSSL_INIT_free(settings);
  /* A configuration that leaves no random generator (only the base provider, say)
   * stops the process before it runs anything, as node's start-up check does. */
  if (RAND_status() != 1) {
    fprintf(stderr, "eddy: the OpenSSL configuration leaves no random number generator\n");
    fflush(stderr);
    abort();
  }
}

void eddy_engine_configure(const eddy_options* options) {
  configure_openssl(options);
  configure_secure_heap(options);
  JSConfigureSignalForGC(EDDY_GC_SIGNAL);
  jsc_options_set_boolean("useSharedArrayBuffer", TRUE);
  jsc_options_set_boolean("useExplicitResourceManagement", TRUE);
  /* V8 has no proper tail calls: with them, strict-mode `return f()` drops frames
   * from stacks and unbounded recursion never overflows, unlike in node. */
  jsc_options_set_boolean("useTailCalls", FALSE);
  configure_heap(options);
  configure_jit();
  configure_scavenger();
}

void eddy_engine_adopt_main_thread(void) {
  /* The RunLoop adopts the thread-default GLib context, the runtime's own, so the
   * timers it carries fire from the libuv loop like JSC's others. */
  eddy_wtf_run_loop_initialize_main();
}

/* WTF::setTimeZoneOverride(StringView) and WTF::isTimeZoneValid(StringView): the
 * engine caches the zone it read at start-up and recomputes dates when the override
 * changes. A StringView travels in two registers: the characters, then the length
 * with the 8-bit flag in bit 32. Looked up at run time, so another engine build
 * without them only loses this. */
typedef void (*set_zone_fn)(const char* chars, uint64_t length_and_8bit);
typedef bool (*zone_valid_fn)(const char* chars, uint64_t length_and_8bit);

static set_zone_fn set_zone;
static zone_valid_fn zone_valid;
static pthread_once_t zone_once = PTHREAD_ONCE_INIT;

static void zone_symbols_resolve(void) { /* once: workers change TZ too */
  set_zone = (set_zone_fn)dlsym(RTLD_DEFAULT, "_ZN3WTF19setTimeZoneOverrideENS_10StringViewE");
  zone_valid = (zone_valid_fn)dlsym(RTLD_DEFAULT, "_ZN3WTF15isTimeZoneValidENS_10StringViewE");
}

void eddy_engine_timezone_changed(JSContextRef ctx, const char* tz) {
  pthread_once(&zone_once, zone_symbols_resolve);
  if (!set_zone || !zone_valid) return;
  tzset(); /* the C library's localtime() follows the environment too */
  /* TZ may start with ':' (POSIX: an implementation-defined zone file name). */
  if (tz && tz[0] == ':') tz++;
  uint64_t len = tz ? strlen(tz) : 0;
  const uint64_t is8bit = 1ull << 32;
  /* An empty or unknown zone is UTC, which glibc and node call GMT. */
  if (tz && (len == 0 || !zone_valid(tz, len | is8bit))) {
    tz = "GMT";
    len = 3;
  }
  set_zone(tz ? tz : "", (tz ? len : 0) | is8bit);
  eddy_date_cache_reset(ctx); /* the override alone is read only by an empty cache */
}
