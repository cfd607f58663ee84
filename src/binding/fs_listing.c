/* Directory listings. readdir(path, withTypes, rawNames, req) reads a whole
 * directory in one native call, on the thread pool when req is given, else right
 * here, and lists it as libuv's uv_fs_scandir does (which node uses): without "."
 * and "..", sorted by strcmp. It does not go through uv_fs_scandir because glibc's
 * scandir() mallocs and frees every entry and sorts through a comparison callback:
 * on a directory of 10,000 entries those were three quarters of the native call's
 * instructions (callgrind). Here the names go into one arena and are sorted by an
 * 8-byte prefix key, with strcmp only for names sharing their first 8 bytes.
 *
 * Every listing (readdir's, and a Dir's batches in fs_ops.c) reaches JS as one
 * string of the names joined by '/', which no name contains (lib/ splits it), plus
 * a Uint8Array of their types when asked: two JS values per listing instead of one
 * per entry. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/trace_agent.h"
#include "../util/check.h"
#include "../util/js_string.h"
#include "../util/utf8.h"
#include "fs.h"

void eddy__fs_listing_init(eddy_fs_listing* l) { memset(l, 0, sizeof(*l)); }

void eddy__fs_listing_add(eddy_fs_listing* l, const char* name, size_t len, uint8_t type) {
  CHECK(len < UINT32_MAX);
  if (l->arena_len + len + 1 > l->arena_cap) {
    size_t cap = l->arena_cap ? l->arena_cap : 4096;
    while (l->arena_len + len + 1 > cap) cap *= 2;
    l->arena = eddy_realloc(l->arena, l->arena_cap = cap);
  }
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 64;
    l->ents = eddy_realloc(l->ents, l->cap * sizeof(*l->ents));
  }
  /* The first 8 bytes, big-endian and zero-padded, compare as strcmp compares them. */
  uint64_t key = 0;
  for (size_t i = 0; i < 8; i++) key = key << 8 | (i < len ? (uint8_t)name[i] : 0);
  l->ents[l->n++] = (eddy_fs_listing_entry){
      .key = key, .off = (uint32_t)l->arena_len, .len = (uint32_t)len, .type = type};
  memcpy(l->arena + l->arena_len, name, len + 1);
  l->arena_len += len + 1;
}

void eddy__fs_listing_free(eddy_fs_listing* l) {
  free(l->arena);
  free(l->ents);
  eddy__fs_listing_init(l);
}

/* strcmp's order. Equal keys with either name at most 8 bytes long mean one is the
 * other's prefix (names hold no NUL), so the shorter is first. */
static inline int entry_cmp(const char* arena, const eddy_fs_listing_entry* a,
                            const eddy_fs_listing_entry* b) {
  if (a->key != b->key) return a->key < b->key ? -1 : 1;
  if (a->len <= 8 || b->len <= 8) return (a->len > b->len) - (a->len < b->len);
  return strcmp(arena + a->off + 8, arena + b->off + 8);
}

/* A bottom-up merge sort of the entries (the comparison inlined, unlike qsort's). */
static void listing_sort(eddy_fs_listing* l) {
  size_t n = l->n;
  if (n < 2) return;
  eddy_fs_listing_entry* a = l->ents;
  eddy_fs_listing_entry* b = eddy_malloc(n * sizeof(*b));
  for (size_t width = 1; width < n; width *= 2) {
    for (size_t lo = 0; lo < n; lo += 2 * width) {
      size_t mid = lo + width < n ? lo + width : n;
      size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
      size_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) b[k++] = entry_cmp(l->arena, &a[j], &a[i]) < 0 ? a[j++] : a[i++];
      while (i < mid) b[k++] = a[i++];
      while (j < hi) b[k++] = a[j++];
    }
    eddy_fs_listing_entry* t = a;
    a = b;
    b = t;
  }
  if (a != l->ents) {
    memcpy(l->ents, a, n * sizeof(*a));
    b = a;
  }
  free(b);
}

static uint8_t dirent_type(unsigned char d_type) {
  switch (d_type) {
    case DT_REG: return UV_DIRENT_FILE;
    case DT_DIR: return UV_DIRENT_DIR;
    case DT_LNK: return UV_DIRENT_LINK;
    case DT_FIFO: return UV_DIRENT_FIFO;
    case DT_SOCK: return UV_DIRENT_SOCKET;
    case DT_CHR: return UV_DIRENT_CHAR;
    case DT_BLK: return UV_DIRENT_BLOCK;
    default: return UV_DIRENT_UNKNOWN;
  }
}

/* Reads the directory at path into l, sorted; 0 or a negative errno. Runs on the
 * caller's thread or a pool thread: it touches no JS. */
static int listing_read(const char* path, eddy_fs_listing* l) {
  DIR* d = opendir(path);
  if (!d) return -errno;
  for (;;) {
    errno = 0;
    struct dirent* e = readdir(d);
    if (!e) {
      int err = -errno;
      closedir(d);
      if (err) return err;
      break;
    }
    const char* name = e->d_name;
    if (name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0'))) continue;
    eddy__fs_listing_add(l, name, strlen(name), dirent_type(e->d_type));
  }
  listing_sort(l);
  return 0;
}

/* Writes the names joined by '/' into out (room for the joined length). */
static void listing_join(const eddy_fs_listing* l, uint8_t* out) {
  for (size_t i = 0; i < l->n; i++) {
    if (i > 0) *out++ = '/';
    memcpy(out, l->arena + l->ents[i].off, l->ents[i].len);
    out += l->ents[i].len;
  }
}

JSValueRef eddy__fs_listing_value(JSContextRef ctx, eddy_fs_listing* l, bool types, bool raw) {
  size_t joined = l->n ? l->n - 1 : 0;
  for (size_t i = 0; i < l->n; i++) joined += l->ents[i].len;
  JSValueRef names;
  if (raw || eddy_is_ascii((const uint8_t*)l->arena, l->arena_len)) {
    /* Raw (bytes as Latin-1 characters, one for one: lib/ turns them back into bytes
     * for encoding 'buffer'), or all ASCII, whose UTF-8 is its Latin-1: one 8-bit
     * string, filled in place. */
    eddy_string_builder b;
    uint8_t* chars = eddy_string_begin8(ctx, &b, joined);
    CHECK(chars);
    listing_join(l, chars);
    names = eddy_string_finish(ctx, &b, joined);
  } else {
    /* Not ASCII: WHATWG decoding, so a name that is not UTF-8 still appears. */
    uint8_t* buf = eddy_malloc(joined + 1);
    listing_join(l, buf);
    names = eddy_js_utf8(ctx, (const char*)buf, joined);
    free(buf);
  }
  JSValueRef v = names;
  if (types) {
    uint8_t* t = eddy_malloc(l->n ? l->n : 1);
    for (size_t i = 0; i < l->n; i++) t[i] = l->ents[i].type;
    JSObjectRef arr = JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint8Array, t,
                                                            l->n, eddy_js_free_bytes, NULL, NULL);
    JSValueRef pair[2] = {names, arr};
    v = eddy_js_array_of(ctx, 2, pair);
  }
  eddy__fs_listing_free(l);
  return v;
}

/* An asynchronous readdir: read on a pool thread, turned into JS on the loop. */
typedef struct listing_work {
  uv_work_t work;
  eddy_runtime* rt;
  JSObjectRef js; /* the request (its caller keeps it alive: fs.h) */
  char* path;
  bool types, raw;
  int err;
  eddy_fs_listing listing;
} listing_work;

static void listing_on_work(uv_work_t* w) {
  listing_work* lw = (listing_work*)w;
  lw->err = listing_read(lw->path, &lw->listing);
}

static void listing_on_done(uv_work_t* w, int status) {
  listing_work* lw = (listing_work*)w;
  eddy_runtime* rt = lw->rt;
  if (status < 0) lw->err = status;
  uint64_t trace_end = eddy_trace_start();
  if (trace_end) eddy_fs_trace_async('e', UV_FS_SCANDIR, lw, trace_end);
  if (!rt->exiting) {
    JSValueRef v = lw->err ? JSValueMakeNumber(rt->ctx, lw->err)
                           : eddy__fs_listing_value(rt->ctx, &lw->listing, lw->types, lw->raw);
    eddy_fs_req_complete(rt, lw->js, v);
  }
  eddy__fs_listing_free(&lw->listing);
  free(lw->path);
  free(lw);
}

/* readdir(path, withTypes, rawNames, req): the names (a '/'-joined string), or
 * [names, types] with types; a negative errno on failure. */
static EDDY_JS_FN(fs_readdir) {
  (void)function, (void)self;
  bool types = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 1));
  bool raw = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 2));
  JSValueRef jsreq = eddy_js_arg(ctx, argc, argv, 3);
  char* path = eddy_fs_path(ctx, argc, argv, 0, exception);
  if (!path) return NULL;
  if (!JSValueIsObject(ctx, jsreq)) {
    eddy_fs_listing l;
    eddy__fs_listing_init(&l);
    uint64_t trace_start = eddy_trace_start();
    int err = listing_read(path, &l);
    eddy_fs_trace_sync(UV_FS_SCANDIR, trace_start); /* node's fs.sync.readdir */
    free(path);
    if (err) {
      eddy__fs_listing_free(&l);
      return JSValueMakeNumber(ctx, err);
    }
    return eddy__fs_listing_value(ctx, &l, types, raw);
  }
  listing_work* lw = eddy_calloc(1, sizeof(*lw));
  lw->rt = eddy_runtime_from(ctx);
  lw->js = (JSObjectRef)jsreq;
  lw->path = path;
  lw->types = types;
  lw->raw = raw;
  int err = uv_queue_work(&lw->rt->loop, &lw->work, listing_on_work, listing_on_done);
  /* node's async "scandir" span, from the call to the callback. */
  uint64_t trace_start = eddy_trace_start();
  if (err == 0 && trace_start) eddy_fs_trace_async('b', UV_FS_SCANDIR, lw, trace_start);
  if (err < 0) {
    free(lw->path);
    free(lw);
    return JSValueMakeNumber(ctx, err);
  }
  /* The caller keeps the request reachable until it completes (fs.h). */
  return JSValueMakeUndefined(ctx);
}

void eddy__fs_listing_register(eddy_runtime* rt, JSContextRef ctx, JSObjectRef b) {
  (void)rt;
  eddy_js_set_fn(ctx, b, "readdir", fs_readdir);
}
