/* The two BIOs of a TLS connection (tls_wrap.c): queues of byte chunks instead of
 * OpenSSL's BIO_s_mem. A memory BIO copies every byte in (zero-filling the space
 * first, BUF_MEM_grow_clean) and out again; here ciphertext read from the socket is
 * queued in the very buffer libuv filled, and ciphertext OpenSSL writes is gathered
 * in chunks that go to uv_write as they are. What is left is the one copy OpenSSL
 * makes itself between a BIO and its record buffer. */
#include "tls_bio.h"

#include <stdlib.h>
#include <string.h>

#include "../util/check.h"

/* A chunk's bytes follow its header unless `data` points at a buffer it took over. */
struct eddy_tls_chunk {
  eddy_tls_chunk* next;
  char* data;
  size_t len, off, cap; /* bytes held, bytes already read, room for appends */
  char inline_data[];
};

typedef struct tls_bio_queue {
  eddy_tls_chunk *head, *tail;
  size_t pending;
} tls_bio_queue;

enum { WRITE_CHUNK = 4096 }; /* room for small records to share a chunk */
enum { SMALL_READ = 16 * 1024 };

/* Standard chunks (WRITE_CHUNK of room) are kept for reuse, a few per thread: each
 * record read or written takes one and gives it back soon after, and a block of
 * that size misses malloc's per-thread cache (half the malloc work of a request).
 * A thread's spares go when it exits. */
enum { CHUNK_SPARES = 8 };
typedef struct chunk_spares {
  eddy_tls_chunk* list;
  int count;
} chunk_spares;
static pthread_key_t spares_key;
static pthread_once_t spares_once = PTHREAD_ONCE_INIT;

static void spares_free(void* p) {
  chunk_spares* sp = p;
  while (sp->list) {
    eddy_tls_chunk* next = sp->list->next;
    free(sp->list);
    sp->list = next;
  }
  free(sp);
}

static void spares_key_make(void) { CHECK(pthread_key_create(&spares_key, spares_free) == 0); }

static chunk_spares* spares(void) {
  pthread_once(&spares_once, spares_key_make);
  chunk_spares* sp = pthread_getspecific(spares_key);
  if (!sp) {
    sp = eddy_calloc(1, sizeof(*sp));
    pthread_setspecific(spares_key, sp);
  }
  return sp;
}

static eddy_tls_chunk* chunk_new(size_t cap) {
  eddy_tls_chunk* c = NULL;
  if (cap == WRITE_CHUNK) {
    chunk_spares* sp = spares();
    if (sp->list) {
      c = sp->list;
      sp->list = c->next;
      sp->count--;
    }
  }
  if (!c) c = eddy_malloc(sizeof(*c) + cap);
  c->data = c->inline_data;
  c->cap = cap;
  return c;
}

void eddy_tls_chunks_free(eddy_tls_chunk* c) {
  chunk_spares* sp = NULL;
  while (c) {
    eddy_tls_chunk* next = c->next;
    if (c->data != c->inline_data) {
      free(c->data);
      free(c);
    } else if (c->cap == WRITE_CHUNK && (sp || (sp = spares())) && sp->count < CHUNK_SPARES) {
      c->next = sp->list;
      sp->list = c;
      sp->count++;
    } else {
      free(c);
    }
    c = next;
  }
}

static void queue_push(tls_bio_queue* q, eddy_tls_chunk* c) {
  c->next = NULL;
  if (q->tail)
    q->tail->next = c;
  else
    q->head = c;
  q->tail = c;
  q->pending += c->len - c->off;
}

static int bio_write(BIO* b, const char* in, int inl) {
  BIO_clear_retry_flags(b);
  tls_bio_queue* q = BIO_get_data(b);
  if (inl <= 0) return 0;
  size_t n = (size_t)inl;
  eddy_tls_chunk* t = q->tail;
  if (t && t->data == t->inline_data && t->cap - t->len >= n) {
    memcpy(t->data + t->len, in, n);
    t->len += n;
    q->pending += n;
    return inl;
  }
  eddy_tls_chunk* c = chunk_new(n > WRITE_CHUNK ? n : WRITE_CHUNK);
  c->len = n;
  c->off = 0;
  memcpy(c->data, in, n);
  queue_push(q, c);
  return inl;
}

static int bio_read(BIO* b, char* out, int outl) {
  BIO_clear_retry_flags(b);
  tls_bio_queue* q = BIO_get_data(b);
  if (q->pending == 0) {
    /* As BIO_s_mem with eof_return -1: no data yet, not the end. */
    BIO_set_retry_read(b);
    return -1;
  }
  size_t want = outl > 0 ? (size_t)outl : 0, got = 0;
  while (got < want && q->head) {
    eddy_tls_chunk* c = q->head;
    size_t n = c->len - c->off;
    if (n > want - got) n = want - got;
    memcpy(out + got, c->data + c->off, n);
    c->off += n;
    got += n;
    if (c->off == c->len) {
      q->head = c->next;
      if (!q->head) q->tail = NULL;
      c->next = NULL;
      eddy_tls_chunks_free(c);
    }
  }
  q->pending -= got;
  return (int)got;
}

static void queue_clear(tls_bio_queue* q) {
  eddy_tls_chunks_free(q->head);
  q->head = q->tail = NULL;
  q->pending = 0;
}

static long bio_ctrl(BIO* b, int cmd, long num, void* ptr) {
  (void)num, (void)ptr;
  tls_bio_queue* q = BIO_get_data(b);
  switch (cmd) {
    case BIO_CTRL_PENDING: return (long)q->pending;
    case BIO_CTRL_WPENDING: return 0;
    case BIO_CTRL_EOF: return q->pending == 0;
    case BIO_CTRL_RESET: queue_clear(q); return 1;
    case BIO_CTRL_FLUSH:
    case BIO_CTRL_DUP: return 1;
    case BIO_CTRL_GET_CLOSE: return BIO_get_shutdown(b);
    case BIO_CTRL_SET_CLOSE: BIO_set_shutdown(b, (int)num); return 1;
    default: return 0;
  }
}

static int bio_create(BIO* b) {
  BIO_set_data(b, eddy_calloc(1, sizeof(tls_bio_queue)));
  BIO_set_init(b, 1);
  return 1;
}

static int bio_destroy(BIO* b) {
  tls_bio_queue* q = BIO_get_data(b);
  if (!q) return 0;
  queue_clear(q);
  free(q);
  BIO_set_data(b, NULL);
  return 1;
}

static BIO_METHOD* bio_method;
static pthread_once_t bio_method_once = PTHREAD_ONCE_INIT;

static void bio_method_make(void) {
  bio_method = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "eddy TLS chunks");
  CHECK(bio_method);
  BIO_meth_set_write(bio_method, bio_write);
  BIO_meth_set_read(bio_method, bio_read);
  BIO_meth_set_ctrl(bio_method, bio_ctrl);
  BIO_meth_set_create(bio_method, bio_create);
  BIO_meth_set_destroy(bio_method, bio_destroy);
}

BIO* eddy_tls_bio_new(void) {
  pthread_once(&bio_method_once, bio_method_make);
  BIO* b = BIO_new(bio_method);
  CHECK(b);
  return b;
}

void eddy_tls_bio_give(BIO* b, char* bytes, size_t len) {
  /* libuv's buffers are 64 KiB whatever arrived: a small read is copied into a chunk
   * of its size rather than keeping 64 KiB alive for a few bytes (a handshake
   * abandoned halfway would hold it until the connection is collected). */
  if (len < SMALL_READ) {
    if (len > 0) bio_write(b, bytes, (int)len);
    free(bytes);
    return;
  }
  eddy_tls_chunk* c = eddy_malloc(sizeof(*c));
  c->data = bytes;
  c->len = len;
  c->off = 0;
  c->cap = len;
  queue_push(BIO_get_data(b), c);
}

void eddy_tls_bio_put(BIO* b, const uint8_t* bytes, size_t len) {
  if (len > 0) bio_write(b, (const char*)bytes, (int)len);
}

eddy_tls_chunk* eddy_tls_bio_take(BIO* b, size_t* total) {
  tls_bio_queue* q = BIO_get_data(b);
  eddy_tls_chunk* c = q->head;
  *total = q->pending;
  q->head = q->tail = NULL;
  q->pending = 0;
  return c;
}

size_t eddy_tls_chunks_bufs(eddy_tls_chunk* c, uv_buf_t* bufs, size_t max) {
  size_t n = 0;
  for (; c; c = c->next) {
    if (c->len == c->off) continue;
    if (n < max) bufs[n] = uv_buf_init(c->data + c->off, (unsigned)(c->len - c->off));
    n++;
  }
  return n;
}

void eddy_tls_chunks_copy(eddy_tls_chunk* c, char* out) {
  for (; c; c = c->next) {
    memcpy(out, c->data + c->off, c->len - c->off);
    out += c->len - c->off;
  }
}
