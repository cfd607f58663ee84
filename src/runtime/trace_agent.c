/* The trace-event recorder (trace_agent.h). Events are formatted as they arrive
 * into one buffer under a mutex; past kFlushBytes the buffer goes to the file,
 * which is opened on the first flush and finished by an atexit handler, so a
 * program that ends through process.exit() or an uncaught error leaves a whole
 * file too. Every exit of an eddy process goes through exit() (runtime.c). */
#include "trace_agent.h"

#include <dirent.h>
#include <fcntl.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <uv.h>

#include "../util/check.h"

atomic_bool eddy_trace_active;

enum { kFlushBytes = 1 << 20, kMaxNamedThreads = 256 };

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static char* fixed_categories;   /* the command line's, comma-separated */
static char* dynamic_categories; /* node:trace_events', comma-separated */
static char* file_path;          /* absolute, resolved from the pattern at start */
static const char* pattern = "node_trace.${rotation}.log";
static int fd = -1;
static char* buf;
static size_t len, cap;
static bool any_event; /* whether an event was written or buffered: the comma before the next */
static bool finished;  /* the exit handler wrote the file's end: later events are dropped */
static pid_t named_threads[kMaxNamedThreads];
static int named_count;

static pid_t thread_id(void) { return (pid_t)syscall(SYS_gettid); }

uint64_t eddy_trace_now(void) { return uv_hrtime() / 1000; }

static void buf_reserve(size_t more) {
  if (len + more <= cap) return;
  while (cap < len + more) cap = cap ? cap * 2 : 65536;
  buf = eddy_realloc(buf, cap);
}

static void buf_put(const char* s, size_t n) {
  buf_reserve(n);
  memcpy(buf + len, s, n);
  len += n;
}

static void buf_printf(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
static void buf_printf(const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  CHECK(n >= 0);
  buf_reserve((size_t)n + 1);
  va_start(ap, fmt);
  vsnprintf(buf + len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  len += (size_t)n;
}

/* s as a JSON string, quotes included. */
static void buf_json_string(const char* s) {
  buf_put("\"", 1);
  for (const unsigned char* p = (const unsigned char*)s; *p; p++) {
    if (*p == '"' || *p == '\\') {
      char esc[2] = {'\\', (char)*p};
      buf_put(esc, 2);
    } else if (*p < 0x20) {
      buf_printf("\\u%04x", *p);
    } else {
      buf_put((const char*)p, 1);
    }
  }
  buf_put("\"", 1);
}

static void write_all(const char* p, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0) return; /* a trace that cannot be written is dropped, as in node */
    p += w;
    n -= (size_t)w;
  }
}

/* Sends the buffer to the file, opening it (and writing the head) the first time. */
static void flush_locked(void) {
  if (fd < 0) {
    fd = open(file_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
      len = 0;
      return;
    }
    write_all("{\"traceEvents\":[", 16);
  }
  write_all(buf, len);
  len = 0;
}

/* The separator before the next record. */
static void begin_record(void) {
  buf_put(any_event ? ",\n" : "\n", any_event ? 2 : 1);
  any_event = true;
}

static void add_locked(pid_t tid, const eddy_trace_event* e) {
  if (finished) return; /* a worker still running while the process exits */
  begin_record();
  buf_printf("{\"pid\":%d,\"tid\":%d,\"ts\":%" PRIu64 ",\"tts\":0,\"ph\":\"%c\",\"cat\":", getpid(),
             tid, e->ts_us, e->ph);
  buf_json_string(e->group);
  buf_put(",\"name\":", 8);
  buf_json_string(e->name);
  buf_printf(",\"dur\":%" PRIu64 ",\"tdur\":0", e->dur_us);
  if (e->has_id) buf_printf(",\"id\":\"0x%" PRIx64 "\"", e->id);
  buf_put(",\"args\":", 8);
  const char* args = e->args ? e->args : "{}";
  buf_put(args, strlen(args));
  buf_put("}", 1);
  if (len >= kFlushBytes) flush_locked();
}

static void thread_name_locked(pid_t tid, const char* name) {
  if (finished) return;
  if (named_count < kMaxNamedThreads) named_threads[named_count++] = tid;
  begin_record();
  buf_printf(
      "{\"pid\":%d,\"tid\":%d,\"ts\":0,\"tts\":0,\"ph\":\"M\",\"cat\":\"__metadata\","
      "\"name\":\"thread_name\",\"dur\":0,\"tdur\":0,\"args\":{\"name\":",
      getpid(), tid);
  buf_json_string(name);
  buf_put("}}", 2);
}

static bool is_named(pid_t tid) {
  for (int i = 0; i < named_count; i++)
    if (named_threads[i] == tid) return true;
  return false;
}

/* The process's other threads are the engine's helpers (JIT compilers, the
 * collector's) and libuv's pool: the work node's V8 platform threads do, so they
 * carry that name. */
static void name_helper_threads_locked(void) {
  DIR* dir = opendir("/proc/self/task");
  if (!dir) return;
  struct dirent* ent;
  while ((ent = readdir(dir)) != NULL) {
    pid_t tid = (pid_t)atoi(ent->d_name);
    if (tid > 0 && !is_named(tid)) thread_name_locked(tid, "PlatformWorkerThread");
  }
  closedir(dir);
}

static void trace_on_exit(void) {
  pthread_mutex_lock(&lock);
  name_helper_threads_locked();
  flush_locked();
  if (fd >= 0) {
    write_all("]}\n", 3);
    close(fd);
    fd = -1;
  }
  finished = true;
  pthread_mutex_unlock(&lock);
}

/* pattern with ${pid} and ${rotation} (always 1: eddy writes one file) replaced,
 * made absolute against the current directory. */
static char* resolve_path(void) {
  char out[4096];
  size_t n = 0;
  if (pattern[0] != '/') {
    if (!getcwd(out, sizeof(out) - 2)) return NULL;
    n = strlen(out);
    out[n++] = '/';
  }
  for (const char* p = pattern; *p && n < sizeof(out) - 32;) {
    if (!strncmp(p, "${pid}", 6)) {
      n += (size_t)snprintf(out + n, sizeof(out) - n, "%d", getpid());
      p += 6;
    } else if (!strncmp(p, "${rotation}", 11)) {
      out[n++] = '1';
      p += 11;
    } else {
      out[n++] = *p++;
    }
  }
  out[n] = '\0';
  return eddy_strdup(out);
}

static void start_locked(void) {
  if (atomic_load(&eddy_trace_active)) return;
  file_path = resolve_path();
  if (!file_path) return;
  atexit(trace_on_exit);
  atomic_store(&eddy_trace_active, true);
}

void eddy_trace_configure(const char* categories, bool enabled_flag, const char* file_pattern) {
  if (file_pattern) pattern = file_pattern;
  if (!categories && enabled_flag) categories = "v8,node,node.async_hooks";
  if (!categories || !*categories) return;
  pthread_mutex_lock(&lock);
  fixed_categories = eddy_strdup(categories);
  start_locked();
  /* The first thread to run JS is the one configuring. */
  thread_name_locked(thread_id(), "JavaScriptMainThread");
  pthread_mutex_unlock(&lock);
}

void eddy_trace_set_dynamic(const char* categories) {
  pthread_mutex_lock(&lock);
  free(dynamic_categories);
  dynamic_categories = *categories ? eddy_strdup(categories) : NULL;
  if (dynamic_categories && !atomic_load(&eddy_trace_active)) {
    start_locked();
    thread_name_locked(thread_id(), "JavaScriptMainThread");
  }
  pthread_mutex_unlock(&lock);
}

char* eddy_trace_categories(void) {
  pthread_mutex_lock(&lock);
  size_t a = fixed_categories ? strlen(fixed_categories) : 0;
  size_t b = dynamic_categories ? strlen(dynamic_categories) : 0;
  char* s = eddy_malloc(a + b + 2);
  snprintf(s, a + b + 2, "%s%s%s", a ? fixed_categories : "", a && b ? "," : "",
           b ? dynamic_categories : "");
  pthread_mutex_unlock(&lock);
  return s;
}

/* Whether the comma-separated list holds the category [cat, cat + n). */
static bool list_has(const char* list, const char* cat, size_t n) {
  if (!list) return false;
  for (const char* p = list; *p;) {
    const char* end = strchr(p, ',');
    size_t m = end ? (size_t)(end - p) : strlen(p);
    if (m == n && !strncmp(p, cat, n)) return true;
    if (!end) break;
    p = end + 1;
  }
  return false;
}

bool eddy_trace_group_enabled(const char* group) {
  if (!atomic_load_explicit(&eddy_trace_active, memory_order_relaxed)) return false;
  bool on = false;
  pthread_mutex_lock(&lock);
  for (const char* p = group; *p && !on;) {
    const char* end = strchr(p, ',');
    size_t n = end ? (size_t)(end - p) : strlen(p);
    on = list_has(fixed_categories, p, n) || list_has(dynamic_categories, p, n);
    if (!end) break;
    p = end + 1;
  }
  pthread_mutex_unlock(&lock);
  return on;
}

void eddy_trace_add(const eddy_trace_event* e) {
  if (!atomic_load(&eddy_trace_active)) return;
  pid_t tid = thread_id();
  pthread_mutex_lock(&lock);
  add_locked(tid, e);
  pthread_mutex_unlock(&lock);
}

void eddy_trace_complete(const char* group, const char* name, uint64_t start_us) {
  if (start_us == 0 || !eddy_trace_group_enabled(group)) return;
  uint64_t now = eddy_trace_now();
  eddy_trace_event e = {
      .ph = 'X', .group = group, .name = name, .ts_us = start_us, .dur_us = now - start_us};
  eddy_trace_add(&e);
}

void eddy_trace_name_thread(const char* name) {
  if (!atomic_load(&eddy_trace_active)) return;
  pid_t tid = thread_id();
  pthread_mutex_lock(&lock);
  thread_name_locked(tid, name);
  pthread_mutex_unlock(&lock);
}

void eddy_trace_async(char ph, const char* group, const char* name, const void* id,
                      const char* args) {
  if (!eddy_trace_group_enabled(group)) return;
  eddy_trace_event e = {.ph = ph,
                        .group = group,
                        .name = name,
                        .ts_us = eddy_trace_now(),
                        .has_id = true,
                        .id = (uint64_t)(uintptr_t)id,
                        .args = args};
  eddy_trace_add(&e);
}

char* eddy_trace_json_quote(const char* s, size_t n) {
  char* out = eddy_malloc(n * 6 + 3);
  char* o = out;
  *o++ = '"';
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\') {
      *o++ = '\\';
      *o++ = (char)c;
    } else if (c < 0x20) {
      o += sprintf(o, "\\u%04x", c);
    } else {
      *o++ = (char)c;
    }
  }
  *o++ = '"';
  *o = '\0';
  return out;
}

void eddy_trace_work(char ph, const char* kind, const void* job) {
  eddy_trace_async(ph, "node,node.threadpoolwork,node.threadpoolwork.async", kind, job, NULL);
}

/* As a begin and an end event ('B', 'E'), the pair node records. */
void eddy_trace_work_run(const char* kind, uint64_t start_us) {
  static const char group[] = "node,node.threadpoolwork,node.threadpoolwork.sync";
  if (start_us == 0 || !eddy_trace_group_enabled(group)) return;
  eddy_trace_event e = {.ph = 'B', .group = group, .name = kind, .ts_us = start_us};
  eddy_trace_add(&e);
  e.ph = 'E';
  e.ts_us = eddy_trace_now();
  eddy_trace_add(&e);
}
