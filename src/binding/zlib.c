/* internalBinding('zlib'): one compression stream per handle — zlib (deflate,
 * inflate, gzip, raw, unzip), brotli and zstd — driven by lib/zlib.js one write at a
 * time. A write runs synchronously (no request object) or on libuv's thread pool
 * (a request whose oncomplete(err) is called on the loop); either way the counts
 * left in the input and output go to the handle's shared Uint32Array
 * [availOut, availIn, ended] (ended: a decoder reached the end of its data), and a failure is a
 * nonzero code with errorInfo() giving node's message and errno. */
#include <brotli/decode.h>
#include <brotli/encode.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include <zstd.h>
#include <zstd_errors.h>

#include "../runtime/runtime.h"
#include "../runtime/trace_agent.h"
#include "../util/check.h"
#include "../util/js.h"
#include "zlib_alloc.h"

enum {
  M_NONE,
  M_DEFLATE,
  M_INFLATE,
  M_GZIP,
  M_GUNZIP,
  M_DEFLATERAW,
  M_INFLATERAW,
  M_UNZIP,
  M_BROTLI_DECODE,
  M_BROTLI_ENCODE,
  M_ZSTD_COMPRESS,
  M_ZSTD_DECOMPRESS
};

typedef struct zhandle {
  int mode;
  bool initialized, closed, busy;
  z_stream z;
  int level, window_bits, mem_level, strategy;
  uint8_t* dict;
  size_t dict_len;
  BrotliEncoderState* benc;
  BrotliDecoderState* bdec;
  ZSTD_CCtx* zc;
  ZSTD_DCtx* zd;
  bool zstd_in_frame;
  bool ended;       /* the compressed data ended (Z_STREAM_END, brotli finished) */
  bool member_done; /* gunzip/unzip: a gzip member ended at the end of the input */
  /* The write in progress. */
  int flush;
  const uint8_t* in;
  size_t in_len;
  uint8_t* out;
  size_t out_len;
  /* The outcome: err != 0 is a failure described by msg/errno_code/code_name. */
  int err;
  int errno_code;
  char msg[160];
  char code_name[64];
  uint32_t* state; /* [availOut, availIn], inside the protected state array */
  JSObjectRef state_array;
  /* Async writes. */
  uv_work_t work;
  /* processAll: the whole output, grown as needed; its cap on the output. */
  uint8_t* all_out;
  size_t all_len;
  size_t all_max;
  size_t consumed;
  bool too_large;
  eddy_runtime* rt;
  JSObjectRef req;
  JSValueRef keep_in, keep_out;
  JSObjectRef self; /* protected while a write is in flight */
} zhandle;

static _Atomic(JSClassRef) handle_class;

static void set_error(zhandle* h, int errno_code, const char* code, const char* msg) {
  h->err = 1;
  h->errno_code = errno_code;
  snprintf(h->code_name, sizeof h->code_name, "%s", code);
  snprintf(h->msg, sizeof h->msg, "%s", msg);
}

static const char* zlib_code_name(int code) {
  switch (code) {
    case Z_NEED_DICT: return "Z_NEED_DICT";
    case Z_ERRNO: return "Z_ERRNO";
    case Z_STREAM_ERROR: return "Z_STREAM_ERROR";
    case Z_DATA_ERROR: return "Z_DATA_ERROR";
    case Z_MEM_ERROR: return "Z_MEM_ERROR";
    case Z_BUF_ERROR: return "Z_BUF_ERROR";
    case Z_VERSION_ERROR: return "Z_VERSION_ERROR";
    default: return "Z_UNKNOWN";
  }
}

static void zlib_error(zhandle* h, int code, const char* fallback) {
  set_error(h, code, zlib_code_name(code), h->z.msg ? h->z.msg : fallback);
}

static void free_streams(zhandle* h) {
  if (h->initialized) {
    if (h->mode == M_DEFLATE || h->mode == M_GZIP || h->mode == M_DEFLATERAW)
      deflateEnd(&h->z);
    else if (h->mode == M_INFLATE || h->mode == M_GUNZIP || h->mode == M_INFLATERAW ||
             h->mode == M_UNZIP)
      inflateEnd(&h->z);
  }
  if (h->benc) BrotliEncoderDestroyInstance(h->benc);
  if (h->bdec) BrotliDecoderDestroyInstance(h->bdec);
  if (h->zc) ZSTD_freeCCtx(h->zc);
  if (h->zd) ZSTD_freeDCtx(h->zd);
  h->benc = NULL, h->bdec = NULL, h->zc = NULL, h->zd = NULL;
  h->initialized = false;
}

static void handle_finalize(JSObjectRef obj) {
  zhandle* h = JSObjectGetPrivate(obj);
  if (!h) return;
  free_streams(h);
  free(h->dict);
  free(h);
}

static zhandle* handle_of(JSContextRef ctx, JSValueRef v) {
  CHECK(JSValueIsObjectOfClass(ctx, v, handle_class));
  return JSObjectGetPrivate((JSObjectRef)v);
}

static int zlib_window(zhandle* h) {
  switch (h->mode) {
    case M_GZIP:
    case M_GUNZIP: return h->window_bits + 16;
    case M_UNZIP: return h->window_bits + 32;
    case M_DEFLATERAW:
    case M_INFLATERAW: return -h->window_bits;
    default: return h->window_bits;
  }
}

static int zlib_start(zhandle* h) {
  memset(&h->z, 0, sizeof h->z);
  h->z.zalloc = eddy__zlib_alloc;
  h->z.zfree = eddy__zlib_free;
  int r;
  bool deflating = h->mode == M_DEFLATE || h->mode == M_GZIP || h->mode == M_DEFLATERAW;
  if (deflating)
    r = deflateInit2(&h->z, h->level, Z_DEFLATED, zlib_window(h), h->mem_level, h->strategy);
  else
    r = inflateInit2(&h->z, zlib_window(h));
  if (r != Z_OK) return r;
  h->initialized = true;
  if (h->dict && deflating)
    r = deflateSetDictionary(&h->z, h->dict, (uInt)h->dict_len);
  else if (h->dict && h->mode == M_INFLATERAW)
    r = inflateSetDictionary(&h->z, h->dict, (uInt)h->dict_len);
  return r;
}

/* One zlib pass over the current write. */
static void zlib_write(zhandle* h) {
  z_stream* z = &h->z;
  z->next_in = (Bytef*)h->in;
  z->avail_in = (uInt)h->in_len;
  z->next_out = h->out;
  z->avail_out = (uInt)h->out_len;
  bool deflating = h->mode == M_DEFLATE || h->mode == M_GZIP || h->mode == M_DEFLATERAW;
  /* gunzip/unzip after a member ended: another member may follow (gzip magic), and
   * anything else is trailing data, ignored, which ends the stream. */
  if (h->member_done) {
    if (z->avail_in == 0) return;
    if (z->next_in[0] != 0x1f) {
      z->avail_in = 0;
      h->ended = true;
      return;
    }
    inflateReset(z);
    h->member_done = false;
  }
  if (deflating) {
    int r = deflate(z, h->flush);
    if (r != Z_OK && r != Z_BUF_ERROR && r != Z_STREAM_END) zlib_error(h, r, "Zlib error");
    return;
  }
  int r = inflate(z, h->flush);
  if (r == Z_NEED_DICT) {
    if (!h->dict) {
      set_error(h, Z_NEED_DICT, "Z_NEED_DICT", "Missing dictionary");
      return;
    }
    r = inflateSetDictionary(z, h->dict, (uInt)h->dict_len);
    if (r == Z_OK)
      r = inflate(z, h->flush);
    else if (r == Z_DATA_ERROR) {
      set_error(h, Z_DATA_ERROR, "Z_DATA_ERROR", "Bad dictionary");
      return;
    }
  }
  /* Concatenated gzip members: start the next one where this one ended. */
  while (r == Z_STREAM_END && (h->mode == M_GUNZIP || h->mode == M_UNZIP) && z->avail_in > 0 &&
         z->next_in[0] == 0x1f) {
    inflateReset(z);
    r = inflate(z, h->flush);
  }
  if (r == Z_STREAM_END) {
    if ((h->mode == M_GUNZIP || h->mode == M_UNZIP) && !h->ended) {
      if (z->avail_in > 0) {
        z->avail_in = 0; /* not another member: trailing data */
        h->ended = true;
      } else {
        h->member_done = true;
      }
    } else {
      h->ended = true;
    }
  }
  if (r == Z_BUF_ERROR && z->avail_out != 0 && h->flush == Z_FINISH) {
    set_error(h, Z_BUF_ERROR, "Z_BUF_ERROR", "unexpected end of file");
  } else if (r != Z_OK && r != Z_BUF_ERROR && r != Z_STREAM_END) {
    zlib_error(h, r, "Zlib error");
  }
}

static void brotli_write(zhandle* h) {
  size_t avail_in = h->in_len, avail_out = h->out_len;
  const uint8_t* next_in = h->in;
  uint8_t* next_out = h->out;
  if (h->mode == M_BROTLI_ENCODE) {
    if (!BrotliEncoderCompressStream(h->benc, (BrotliEncoderOperation)h->flush, &avail_in, &next_in,
                                     &avail_out, &next_out, NULL))
      set_error(h, -1, "ERR_BROTLI_COMPRESSION_FAILED", "Compression failed");
  } else {
    BrotliDecoderResult r =
        BrotliDecoderDecompressStream(h->bdec, &avail_in, &next_in, &avail_out, &next_out, NULL);
    if (r == BROTLI_DECODER_RESULT_ERROR) {
      BrotliDecoderErrorCode code = BrotliDecoderGetErrorCode(h->bdec);
      char name[64];
      snprintf(name, sizeof name, "ERR_%s", BrotliDecoderErrorString(code));
      set_error(h, (int)code, name, "Decompression failed");
    } else if (r == BROTLI_DECODER_RESULT_SUCCESS) {
      h->ended = true;
    } else if (r == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT && h->flush == BROTLI_OPERATION_FINISH &&
               avail_in == 0) {
      set_error(h, Z_BUF_ERROR, "Z_BUF_ERROR", "unexpected end of file");
    }
  }
  h->z.avail_in = (uInt)avail_in;
  h->z.avail_out = (uInt)avail_out;
}

static void zstd_write(zhandle* h) {
  ZSTD_inBuffer in = {h->in, h->in_len, 0};
  ZSTD_outBuffer out = {h->out, h->out_len, 0};
  size_t r;
  if (h->mode == M_ZSTD_COMPRESS)
    r = ZSTD_compressStream2(h->zc, &out, &in, (ZSTD_EndDirective)h->flush);
  else
    r = ZSTD_decompressStream(h->zd, &out, &in);
  if (ZSTD_isError(r)) {
    ZSTD_ErrorCode code = ZSTD_getErrorCode(r);
    /* lib/ names the code from the ZSTD_error_* constants */
    set_error(h, (int)code, "", ZSTD_getErrorString(code));
  } else if (h->mode == M_ZSTD_DECOMPRESS) {
    /* A call with no input after a finished frame also answers nonzero (a size hint
     * for a next frame): only calls that moved data say whether a frame is open. */
    if (in.size > 0 || out.pos > 0) h->zstd_in_frame = r != 0;
    if (h->zstd_in_frame && h->flush == ZSTD_e_end && in.pos == in.size && out.pos < out.size)
      set_error(h, Z_BUF_ERROR, "Z_BUF_ERROR", "unexpected end of file");
  }
  h->z.avail_in = (uInt)(in.size - in.pos);
  h->z.avail_out = (uInt)(out.size - out.pos);
}

static void do_write(zhandle* h) {
  h->err = 0;
  if (h->mode >= M_BROTLI_DECODE && h->mode <= M_BROTLI_ENCODE)
    brotli_write(h);
  else if (h->mode >= M_ZSTD_COMPRESS)
    zstd_write(h);
  else
    zlib_write(h);
}

/* create(mode, stateUint32Array?): without the state array the handle can serve
 * processAll only (the *Sync one-shots, which need no counts back). */
static EDDY_JS_FN(zlib_create) {
  (void)function, (void)self, (void)exception;
  zhandle* h = eddy_calloc(1, sizeof(*h));
  h->mode = (int)eddy_js_arg_int(ctx, argc, argv, 0);
  JSValueRef state = eddy_js_arg(ctx, argc, argv, 1);
  JSObjectRef obj = JSObjectMake(ctx, handle_class, h);
  if (JSValueIsObject(ctx, state)) {
    size_t len = 0;
    h->state = (uint32_t*)eddy_js_bytes(ctx, state, &len);
    CHECK(h->state && len >= 3 * sizeof(uint32_t));
    /* The state array lives as long as the handle object: hang it on the object. */
    eddy_js_set(ctx, obj, "state", state);
  }
  return obj;
}

/* init(h, level, windowBits, memLevel, strategy, dictionary?) for zlib modes, or
 * init(h, params) with params a flat array [key, value, ...] for brotli and zstd.
 * Returns 0 or an error code (errorInfo has the message). */
static EDDY_JS_FN(zlib_init) {
  (void)function, (void)self, (void)exception;
  zhandle* h = handle_of(ctx, eddy_js_arg(ctx, argc, argv, 0));
  h->err = 0;
  if (h->mode == M_BROTLI_ENCODE || h->mode == M_BROTLI_DECODE || h->mode >= M_ZSTD_COMPRESS) {
    JSObjectRef params = (JSObjectRef)eddy_js_arg(ctx, argc, argv, 1);
    size_t n = eddy_js_length(ctx, params);
    if (h->mode == M_BROTLI_ENCODE) h->benc = BrotliEncoderCreateInstance(NULL, NULL, NULL);
    if (h->mode == M_BROTLI_DECODE) h->bdec = BrotliDecoderCreateInstance(NULL, NULL, NULL);
    if (h->mode == M_ZSTD_COMPRESS) h->zc = ZSTD_createCCtx();
    if (h->mode == M_ZSTD_DECOMPRESS) h->zd = ZSTD_createDCtx();
    for (size_t i = 0; i + 1 < n; i += 2) {
      int key = (int)JSValueToNumber(
          ctx, JSObjectGetPropertyAtIndex(ctx, params, (unsigned)i, NULL), NULL);
      double value = JSValueToNumber(
          ctx, JSObjectGetPropertyAtIndex(ctx, params, (unsigned)i + 1, NULL), NULL);
      bool ok = true;
      if (h->benc)
        ok = BrotliEncoderSetParameter(h->benc, (BrotliEncoderParameter)key, (uint32_t)value);
      else if (h->bdec)
        ok = BrotliDecoderSetParameter(h->bdec, (BrotliDecoderParameter)key, (uint32_t)value);
      else if (h->zc) {
        if (key == -1)
          ok = !ZSTD_isError(ZSTD_CCtx_setPledgedSrcSize(h->zc, (unsigned long long)value));
        else
          ok = !ZSTD_isError(ZSTD_CCtx_setParameter(h->zc, (ZSTD_cParameter)key, (int)value));
      } else if (h->zd)
        ok = !ZSTD_isError(ZSTD_DCtx_setParameter(h->zd, (ZSTD_dParameter)key, (int)value));
      if (!ok) {
        /* lib/ has refused unknown keys: a refusal here is a bad value. */
        bool brotli = h->benc || h->bdec;
        set_error(h, -1, "ERR_ZLIB_INITIALIZATION_FAILED",
                  brotli ? "Initialization failed" : "Setting parameter failed");
        return JSValueMakeNumber(ctx, -1);
      }
    }
    h->initialized = true;
    return JSValueMakeNumber(ctx, 0);
  }
  h->level = (int)eddy_js_arg_int(ctx, argc, argv, 1);
  h->window_bits = (int)eddy_js_arg_int(ctx, argc, argv, 2);
  h->mem_level = (int)eddy_js_arg_int(ctx, argc, argv, 3);
  h->strategy = (int)eddy_js_arg_int(ctx, argc, argv, 4);
  size_t dlen = 0;
  uint8_t* d = eddy_js_bytes(ctx, eddy_js_arg(ctx, argc, argv, 5), &dlen);
  if (d) {
    h->dict = eddy_malloc(dlen ? dlen : 1);
    memcpy(h->dict, d, dlen);
    h->dict_len = dlen;
  }
  int r = zlib_start(h);
  if (r != Z_OK) {
    zlib_error(h, r, r == Z_DATA_ERROR ? "Bad dictionary" : "Init error");
    if (r == Z_DATA_ERROR) snprintf(h->msg, sizeof h->msg, "Bad dictionary");
    return JSValueMakeNumber(ctx, r);
  }
  return JSValueMakeNumber(ctx, 0);
}

static EDDY_JS_FN(zlib_params) {
  (void)function, (void)self, (void)exception;
  zhandle* h = handle_of(ctx, eddy_js_arg(ctx, argc, argv, 0));
  /* Only deflate has parameters to change; node accepts params() on the others. */
  if (!(h->mode == M_DEFLATE || h->mode == M_GZIP || h->mode == M_DEFLATERAW))
    return JSValueMakeNumber(ctx, 0);
  int r = deflateParams(&h->z, (int)eddy_js_arg_int(ctx, argc, argv, 1),
                        (int)eddy_js_arg_int(ctx, argc, argv, 2));
  if (r != Z_OK && r != Z_BUF_ERROR) {
    zlib_error(h, r, "Failed to set parameters");
    return JSValueMakeNumber(ctx, r);
  }
  return JSValueMakeNumber(ctx, 0);
}

static EDDY_JS_FN(zlib_reset) {
  (void)function, (void)self, (void)exception;
  zhandle* h = handle_of(ctx, eddy_js_arg(ctx, argc, argv, 0));
  h->err = 0;
  h->ended = false;
  h->member_done = false;
  if (h->benc) {
    BrotliEncoderDestroyInstance(h->benc);
    h->benc = BrotliEncoderCreateInstance(NULL, NULL, NULL);
  } else if (h->bdec) {
    BrotliDecoderDestroyInstance(h->bdec);
    h->bdec = BrotliDecoderCreateInstance(NULL, NULL, NULL);
  } else if (h->zc) {
    ZSTD_CCtx_reset(h->zc, ZSTD_reset_session_only);
  } else if (h->zd) {
    ZSTD_DCtx_reset(h->zd, ZSTD_reset_session_only);
  } else if (h->initialized) {
    bool deflating = h->mode == M_DEFLATE || h->mode == M_GZIP || h->mode == M_DEFLATERAW;
    int r = deflating ? deflateReset(&h->z) : inflateReset(&h->z);
    if (r == Z_OK && h->dict && (deflating || h->mode == M_INFLATERAW))
      r = deflating ? deflateSetDictionary(&h->z, h->dict, (uInt)h->dict_len)
                    : inflateSetDictionary(&h->z, h->dict, (uInt)h->dict_len);
    if (r != Z_OK) {
      zlib_error(h, r, "Failed to reset stream");
      return JSValueMakeNumber(ctx, r);
    }
  }
  return JSValueMakeNumber(ctx, 0);
}

static EDDY_JS_FN(zlib_close) {
  (void)function, (void)self, (void)exception;
  zhandle* h = handle_of(ctx, eddy_js_arg(ctx, argc, argv, 0));
  h->closed = true;
  /* A write on the thread pool still uses the stream: its completion frees it. */
  if (!h->busy) free_streams(h);
  return JSValueMakeUndefined(ctx);
}

static void write_on_work(uv_work_t* w) {
  uint64_t start = eddy_trace_start();
  do_write((zhandle*)((char*)w - offsetof(zhandle, work)));
  eddy_trace_work_run("zlib", start);
}

static void write_on_done(uv_work_t* w, int status) {
  (void)status;
  zhandle* h = (zhandle*)((char*)w - offsetof(zhandle, work));
  eddy_trace_work('e', "zlib", w);
  eddy_runtime* rt = h->rt;
  JSContextRef ctx = rt->ctx;
  h->busy = false;
  h->state[0] = h->z.avail_out;
  h->state[1] = h->z.avail_in;
  h->state[2] = h->ended;
  JSObjectRef req = h->req, self = h->self;
  JSValueRef keep_in = h->keep_in, keep_out = h->keep_out;
  h->req = NULL;
  if (h->closed) free_streams(h);
  if (!rt->exiting) {
    JSValueRef v = JSValueMakeNumber(ctx, h->err ? 1 : 0);
    JSValueRef fn = eddy_js_get(ctx, req, "oncomplete");
    if (JSValueIsObject(ctx, fn)) eddy_runtime_call(rt, (JSObjectRef)fn, req, 1, &v);
  }
  JSValueUnprotect(ctx, req);
  JSValueUnprotect(ctx, self);
  if (keep_in) JSValueUnprotect(ctx, keep_in);
  JSValueUnprotect(ctx, keep_out);
}

/* write(h, flush, in, inOff, inLen, out, outOff, outLen, req?) */
static EDDY_JS_FN(zlib_write_fn) {
  (void)function, (void)self, (void)exception;
  JSValueRef hv = eddy_js_arg(ctx, argc, argv, 0);
  zhandle* h = handle_of(ctx, hv);
  CHECK(!h->busy && h->initialized && h->state);
  h->flush = (int)eddy_js_arg_int(ctx, argc, argv, 1);
  size_t in_total = 0, out_total = 0;
  JSValueRef in_v = eddy_js_arg(ctx, argc, argv, 2), out_v = eddy_js_arg(ctx, argc, argv, 5);
  uint8_t* in = eddy_js_bytes(ctx, in_v, &in_total);
  uint8_t* out = eddy_js_bytes(ctx, out_v, &out_total);
  size_t in_off = (size_t)eddy_js_arg_int(ctx, argc, argv, 3),
         in_len = (size_t)eddy_js_arg_int(ctx, argc, argv, 4);
  size_t out_off = (size_t)eddy_js_arg_int(ctx, argc, argv, 6),
         out_len = (size_t)eddy_js_arg_int(ctx, argc, argv, 7);
  CHECK(in_off + in_len <= in_total || in_len == 0);
  CHECK(out && out_off + out_len <= out_total);
  h->in = in ? in + in_off : NULL;
  h->in_len = in_len;
  h->out = out + out_off;
  h->out_len = out_len;
  JSValueRef req = eddy_js_arg(ctx, argc, argv, 8);
  if (!JSValueIsObject(ctx, req)) {
    do_write(h);
    h->state[0] = h->z.avail_out;
    h->state[1] = h->z.avail_in;
    h->state[2] = h->ended;
    return JSValueMakeNumber(ctx, h->err ? 1 : 0);
  }
  h->busy = true;
  h->rt = eddy_runtime_from(ctx);
  h->req = (JSObjectRef)req;
  h->self = (JSObjectRef)hv;
  h->keep_in = in ? in_v : NULL;
  h->keep_out = out_v;
  JSValueProtect(ctx, req);
  JSValueProtect(ctx, hv);
  if (h->keep_in) JSValueProtect(ctx, h->keep_in);
  JSValueProtect(ctx, out_v);
  eddy_trace_work('b', "zlib", &h->work);
  CHECK(uv_queue_work(&h->rt->loop, &h->work, write_on_work, write_on_done) == 0);
  return JSValueMakeUndefined(ctx);
}

/* Runs the write loop over all of h->in into one growing buffer: the one-shot
 * (zlib.gzipSync, zlib.gzip) path, one crossing and one allocation per call. */
static void process_all(zhandle* h) {
  size_t cap = h->in_len * 2 + 64, len = 0;
  if (cap > h->all_max + 1) cap = h->all_max + 1;
  if (cap < 64) cap = 64;
  uint8_t* buf = eddy_malloc(cap);
  h->consumed = 0;
  h->too_large = false;
  for (;;) {
    size_t room = cap - len;
    h->out = buf + len;
    h->out_len = room;
    do_write(h);
    if (h->err) break;
    size_t produced = room - h->z.avail_out;
    size_t used = h->in_len - h->z.avail_in;
    len += produced;
    h->in += used;
    h->in_len -= used;
    h->consumed += used;
    if (len > h->all_max) {
      h->too_large = true;
      break;
    }
    if (h->z.avail_out != 0 && (h->in_len == 0 || produced == 0 || h->ended)) break;
    if (len == cap) buf = eddy_realloc(buf, cap *= 2);
  }
  h->all_out = buf;
  h->all_len = len;
}

/* The result of process_all for JS: an ArrayBuffer, or 1 (failure, see errorInfo)
 * or 2 (more output than the cap allows). */
static JSValueRef all_result(JSContextRef ctx, zhandle* h) {
  JSValueRef v;
  if (h->err || h->too_large) {
    free(h->all_out);
    v = JSValueMakeNumber(ctx, h->err ? 1 : 2);
  } else {
    v = JSObjectMakeArrayBufferWithBytesNoCopy(ctx, h->all_out, h->all_len, eddy_js_free_bytes,
                                               NULL, NULL);
  }
  h->all_out = NULL;
  if (h->state) h->state[1] = (uint32_t)h->consumed; /* lib/ reads bytesWritten here */
  return v;
}

static void all_on_work(uv_work_t* w) {
  uint64_t start = eddy_trace_start();
  process_all((zhandle*)((char*)w - offsetof(zhandle, work)));
  eddy_trace_work_run("zlib", start);
}

static void all_on_done(uv_work_t* w, int status) {
  (void)status;
  zhandle* h = (zhandle*)((char*)w - offsetof(zhandle, work));
  eddy_trace_work('e', "zlib", w);
  eddy_runtime* rt = h->rt;
  JSContextRef ctx = rt->ctx;
  h->busy = false;
  JSObjectRef req = h->req, self = h->self;
  JSValueRef keep_in = h->keep_in;
  h->req = NULL;
  JSValueRef v = all_result(ctx, h);
  if (h->closed) free_streams(h);
  if (!rt->exiting) {
    JSValueRef fn = eddy_js_get(ctx, req, "oncomplete");
    if (JSValueIsObject(ctx, fn)) eddy_runtime_call(rt, (JSObjectRef)fn, req, 1, &v);
  }
  JSValueUnprotect(ctx, req);
  JSValueUnprotect(ctx, self);
  if (keep_in) JSValueUnprotect(ctx, keep_in);
}

/* processAll(h, flush, in, inOff, inLen, maxOutput, req?, close?): see all_result.
 * With close (synchronous calls only) the handle is closed before it returns. */
static EDDY_JS_FN(zlib_process_all) {
  (void)function, (void)self, (void)exception;
  JSValueRef hv = eddy_js_arg(ctx, argc, argv, 0);
  zhandle* h = handle_of(ctx, hv);
  CHECK(!h->busy && h->initialized);
  h->err = 0;
  h->flush = (int)eddy_js_arg_int(ctx, argc, argv, 1);
  JSValueRef in_v = eddy_js_arg(ctx, argc, argv, 2);
  size_t in_total = 0;
  uint8_t* in = eddy_js_bytes(ctx, in_v, &in_total);
  size_t in_off = (size_t)eddy_js_arg_int(ctx, argc, argv, 3);
  size_t in_len = (size_t)eddy_js_arg_int(ctx, argc, argv, 4);
  CHECK(in_off + in_len <= in_total || in_len == 0);
  h->in = in ? in + in_off : NULL;
  h->in_len = in_len;
  h->all_max = (size_t)eddy_js_arg_num(ctx, argc, argv, 5);
  JSValueRef req = eddy_js_arg(ctx, argc, argv, 6);
  if (!JSValueIsObject(ctx, req)) {
    process_all(h);
    JSValueRef v = all_result(ctx, h);
    if (JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 7))) {
      h->closed = true;
      free_streams(h);
    }
    return v;
  }
  h->busy = true;
  h->rt = eddy_runtime_from(ctx);
  h->req = (JSObjectRef)req;
  h->self = (JSObjectRef)hv;
  h->keep_in = in ? in_v : NULL;
  JSValueProtect(ctx, req);
  JSValueProtect(ctx, hv);
  if (h->keep_in) JSValueProtect(ctx, h->keep_in);
  eddy_trace_work('b', "zlib", &h->work);
  CHECK(uv_queue_work(&h->rt->loop, &h->work, all_on_work, all_on_done) == 0);
  return JSValueMakeUndefined(ctx);
}

/* errorInfo(h): [message, errno, code] of the last failure. */
static EDDY_JS_FN(zlib_error_info) {
  (void)function, (void)self, (void)exception;
  zhandle* h = handle_of(ctx, eddy_js_arg(ctx, argc, argv, 0));
  JSValueRef parts[3] = {eddy_js_cstr(ctx, h->msg), JSValueMakeNumber(ctx, h->errno_code),
                         eddy_js_cstr(ctx, h->code_name)};
  return eddy_js_array_of(ctx, 3, parts);
}

/* crc32(bytes, value) */
static EDDY_JS_FN(zlib_crc32) {
  (void)function, (void)self, (void)exception;
  size_t len = 0;
  uint8_t* p = eddy_js_bytes(ctx, eddy_js_arg(ctx, argc, argv, 0), &len);
  uLong v = (uLong)eddy_js_arg_num(ctx, argc, argv, 1);
  return JSValueMakeNumber(ctx, (double)crc32(v, p, (uInt)len));
}

#define SET(obj, name) eddy_js_set_number(ctx, obj, #name, name)

static JSObjectRef make_constants(JSContextRef ctx) {
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  SET(o, Z_NO_FLUSH);
  SET(o, Z_PARTIAL_FLUSH);
  SET(o, Z_SYNC_FLUSH);
  SET(o, Z_FULL_FLUSH);
  SET(o, Z_FINISH);
  SET(o, Z_BLOCK);
  SET(o, Z_OK);
  SET(o, Z_STREAM_END);
  SET(o, Z_NEED_DICT);
  SET(o, Z_ERRNO);
  SET(o, Z_STREAM_ERROR);
  SET(o, Z_DATA_ERROR);
  SET(o, Z_MEM_ERROR);
  SET(o, Z_BUF_ERROR);
  SET(o, Z_VERSION_ERROR);
  SET(o, Z_NO_COMPRESSION);
  SET(o, Z_BEST_SPEED);
  SET(o, Z_BEST_COMPRESSION);
  SET(o, Z_DEFAULT_COMPRESSION);
  SET(o, Z_FILTERED);
  SET(o, Z_HUFFMAN_ONLY);
  SET(o, Z_RLE);
  SET(o, Z_FIXED);
  SET(o, Z_DEFAULT_STRATEGY);
  SET(o, ZLIB_VERNUM);
  eddy_js_set_number(ctx, o, "DEFLATE", M_DEFLATE);
  eddy_js_set_number(ctx, o, "INFLATE", M_INFLATE);
  eddy_js_set_number(ctx, o, "GZIP", M_GZIP);
  eddy_js_set_number(ctx, o, "GUNZIP", M_GUNZIP);
  eddy_js_set_number(ctx, o, "DEFLATERAW", M_DEFLATERAW);
  eddy_js_set_number(ctx, o, "INFLATERAW", M_INFLATERAW);
  eddy_js_set_number(ctx, o, "UNZIP", M_UNZIP);
  eddy_js_set_number(ctx, o, "BROTLI_DECODE", M_BROTLI_DECODE);
  eddy_js_set_number(ctx, o, "BROTLI_ENCODE", M_BROTLI_ENCODE);
  eddy_js_set_number(ctx, o, "ZSTD_DECOMPRESS", M_ZSTD_DECOMPRESS);
  eddy_js_set_number(ctx, o, "ZSTD_COMPRESS", M_ZSTD_COMPRESS);
  /* The option ranges lib/zlib.js checks, as node lists them. */
  eddy_js_set_number(ctx, o, "Z_MIN_WINDOWBITS", 8);
  eddy_js_set_number(ctx, o, "Z_MAX_WINDOWBITS", 15);
  eddy_js_set_number(ctx, o, "Z_DEFAULT_WINDOWBITS", 15);
  eddy_js_set_number(ctx, o, "Z_MIN_CHUNK", 64);
  eddy_js_set_number(ctx, o, "Z_MAX_CHUNK", 1.0 / 0.0);
  eddy_js_set_number(ctx, o, "Z_DEFAULT_CHUNK", 16 * 1024);
  eddy_js_set_number(ctx, o, "Z_MIN_MEMLEVEL", 1);
  eddy_js_set_number(ctx, o, "Z_MAX_MEMLEVEL", 9);
  eddy_js_set_number(ctx, o, "Z_DEFAULT_MEMLEVEL", 8);
  eddy_js_set_number(ctx, o, "Z_MIN_LEVEL", -1);
  eddy_js_set_number(ctx, o, "Z_MAX_LEVEL", 9);
  eddy_js_set_number(ctx, o, "Z_DEFAULT_LEVEL", Z_DEFAULT_COMPRESSION);
  SET(o, BROTLI_OPERATION_PROCESS);
  SET(o, BROTLI_OPERATION_FLUSH);
  SET(o, BROTLI_OPERATION_FINISH);
  SET(o, BROTLI_OPERATION_EMIT_METADATA);
  SET(o, BROTLI_PARAM_MODE);
  SET(o, BROTLI_MODE_GENERIC);
  SET(o, BROTLI_MODE_TEXT);
  SET(o, BROTLI_MODE_FONT);
  SET(o, BROTLI_DEFAULT_MODE);
  SET(o, BROTLI_PARAM_QUALITY);
  SET(o, BROTLI_MIN_QUALITY);
  SET(o, BROTLI_MAX_QUALITY);
  SET(o, BROTLI_DEFAULT_QUALITY);
  SET(o, BROTLI_PARAM_LGWIN);
  SET(o, BROTLI_MIN_WINDOW_BITS);
  SET(o, BROTLI_MAX_WINDOW_BITS);
  SET(o, BROTLI_LARGE_MAX_WINDOW_BITS);
  SET(o, BROTLI_DEFAULT_WINDOW);
  SET(o, BROTLI_PARAM_LGBLOCK);
  SET(o, BROTLI_MIN_INPUT_BLOCK_BITS);
  SET(o, BROTLI_MAX_INPUT_BLOCK_BITS);
  SET(o, BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING);
  SET(o, BROTLI_PARAM_SIZE_HINT);
  SET(o, BROTLI_PARAM_LARGE_WINDOW);
  SET(o, BROTLI_PARAM_NPOSTFIX);
  SET(o, BROTLI_PARAM_NDIRECT);
  SET(o, BROTLI_DECODER_RESULT_ERROR);
  SET(o, BROTLI_DECODER_RESULT_SUCCESS);
  SET(o, BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT);
  SET(o, BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT);
  SET(o, BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION);
  SET(o, BROTLI_DECODER_PARAM_LARGE_WINDOW);
  SET(o, BROTLI_DECODER_NO_ERROR);
  SET(o, BROTLI_DECODER_SUCCESS);
  SET(o, BROTLI_DECODER_NEEDS_MORE_INPUT);
  SET(o, BROTLI_DECODER_NEEDS_MORE_OUTPUT);
#define BROTLI_ERR(prefix, name, code) \
  eddy_js_set_number(ctx, o, "BROTLI_DECODER" #prefix #name, code);
  BROTLI_DECODER_ERROR_CODES_LIST(BROTLI_ERR, ;)
#undef BROTLI_ERR
  SET(o, ZSTD_e_continue);
  SET(o, ZSTD_e_flush);
  SET(o, ZSTD_e_end);
  SET(o, ZSTD_fast);
  SET(o, ZSTD_dfast);
  SET(o, ZSTD_greedy);
  SET(o, ZSTD_lazy);
  SET(o, ZSTD_lazy2);
  SET(o, ZSTD_btlazy2);
  SET(o, ZSTD_btopt);
  SET(o, ZSTD_btultra);
  SET(o, ZSTD_btultra2);
  SET(o, ZSTD_c_compressionLevel);
  SET(o, ZSTD_c_windowLog);
  SET(o, ZSTD_c_hashLog);
  SET(o, ZSTD_c_chainLog);
  SET(o, ZSTD_c_searchLog);
  SET(o, ZSTD_c_minMatch);
  SET(o, ZSTD_c_targetLength);
  SET(o, ZSTD_c_strategy);
  SET(o, ZSTD_c_enableLongDistanceMatching);
  SET(o, ZSTD_c_ldmHashLog);
  SET(o, ZSTD_c_ldmMinMatch);
  SET(o, ZSTD_c_ldmBucketSizeLog);
  SET(o, ZSTD_c_ldmHashRateLog);
  SET(o, ZSTD_c_contentSizeFlag);
  SET(o, ZSTD_c_checksumFlag);
  SET(o, ZSTD_c_dictIDFlag);
  SET(o, ZSTD_c_nbWorkers);
  SET(o, ZSTD_c_jobSize);
  SET(o, ZSTD_c_overlapLog);
  SET(o, ZSTD_d_windowLogMax);
  SET(o, ZSTD_CLEVEL_DEFAULT);
  SET(o, ZSTD_error_no_error);
  SET(o, ZSTD_error_GENERIC);
  SET(o, ZSTD_error_prefix_unknown);
  SET(o, ZSTD_error_version_unsupported);
  SET(o, ZSTD_error_frameParameter_unsupported);
  SET(o, ZSTD_error_frameParameter_windowTooLarge);
  SET(o, ZSTD_error_corruption_detected);
  SET(o, ZSTD_error_checksum_wrong);
  SET(o, ZSTD_error_literals_headerWrong);
  SET(o, ZSTD_error_dictionary_corrupted);
  SET(o, ZSTD_error_dictionary_wrong);
  SET(o, ZSTD_error_dictionaryCreation_failed);
  SET(o, ZSTD_error_parameter_unsupported);
  SET(o, ZSTD_error_parameter_combination_unsupported);
  SET(o, ZSTD_error_parameter_outOfBound);
  SET(o, ZSTD_error_tableLog_tooLarge);
  SET(o, ZSTD_error_maxSymbolValue_tooLarge);
  SET(o, ZSTD_error_maxSymbolValue_tooSmall);
  SET(o, ZSTD_error_stabilityCondition_notRespected);
  SET(o, ZSTD_error_stage_wrong);
  SET(o, ZSTD_error_init_missing);
  SET(o, ZSTD_error_memory_allocation);
  SET(o, ZSTD_error_workSpace_tooSmall);
  SET(o, ZSTD_error_dstSize_tooSmall);
  SET(o, ZSTD_error_srcSize_wrong);
  SET(o, ZSTD_error_dstBuffer_null);
  /* Newer than Debian's zstd 1.5.4 headers; the numbers are zstd's stable codes. */
  eddy_js_set_number(ctx, o, "ZSTD_error_noForwardProgress_destFull", 80);
  eddy_js_set_number(ctx, o, "ZSTD_error_noForwardProgress_inputEmpty", 82);
  return o;
}

JSObjectRef eddy_binding_zlib_init(eddy_runtime* rt, JSContextRef ctx) {
  (void)rt;
  if (!handle_class) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "Zlib";
    def.finalize = handle_finalize;
    eddy_js_class_publish(&handle_class, JSClassCreate(&def));
  }
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set_fn(ctx, b, "create", zlib_create);
  eddy_js_set_fn(ctx, b, "init", zlib_init);
  eddy_js_set_fn(ctx, b, "params", zlib_params);
  eddy_js_set_fn(ctx, b, "reset", zlib_reset);
  eddy_js_set_fn(ctx, b, "close", zlib_close);
  eddy_js_set_fn(ctx, b, "write", zlib_write_fn);
  eddy_js_set_fn(ctx, b, "processAll", zlib_process_all);
  eddy_js_set_fn(ctx, b, "errorInfo", zlib_error_info);
  eddy_js_set_fn(ctx, b, "crc32", zlib_crc32);
  eddy_js_set(ctx, b, "constants", make_constants(ctx));
  return b;
}
