/* internalBinding('crypto'): message digests, HMAC, random bytes and constant-time
 * comparison on OpenSSL 3 — the slice of node:crypto servers need (ETags, the
 * WebSocket accept key, ids). lib/internal/crypto/ validates and shapes; this file
 * does the OpenSSL calls and returns raw bytes. */
#include "crypto.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/rand.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../runtime/engine.h"
#include "../runtime/runtime.h"
#include "../util/check.h"
#include "../util/js.h"
#include "../util/js_view.h"

/* A digest or HMAC in progress. Owned by its JS wrapper: the finalizer frees it. */
typedef struct digest_state {
  EVP_MD_CTX* md;    /* for hashes */
  EVP_MAC_CTX* mac;  /* for HMAC */
  size_t xof_length; /* output length for XOF digests (shake), 0 for the default */
} digest_state;

static void digest_finalize(JSObjectRef object) {
  digest_state* s = JSObjectGetPrivate(object);
  if (!s) return;
  EVP_MD_CTX_free(s->md);
  EVP_MAC_CTX_free(s->mac);
  free(s);
}

static JSClassRef digest_class(void) {
  static _Atomic(JSClassRef) cls;
  if (!cls) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "DigestHandle";
    def.finalize = digest_finalize;
    eddy_js_class_publish(&cls, JSClassCreate(&def));
  }
  return cls;
}

/* The digest of argument 0, or NULL with a TypeError in *exception. */
static digest_state* digest_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                                JSValueRef* exception) {
  return eddy_js_private_of_class(ctx, eddy_js_arg(ctx, argc, argv, 0), digest_class(), exception);
}

#define data_arg eddy__crypto_data_arg
#define bytes_result eddy__crypto_bytes

const uint8_t* eddy__crypto_data_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                                     size_t i, size_t* len, uint8_t** owned,
                                     JSValueRef* exception) {
  JSValueRef v = eddy_js_arg(ctx, argc, argv, i);
  *owned = NULL;
  if (JSValueIsString(ctx, v)) {
    char* s = eddy_js_to_utf8(ctx, v, len, exception);
    *owned = (uint8_t*)s;
    return (const uint8_t*)s;
  }
  const uint8_t* bytes = eddy_js_bytes(ctx, v, len);
  CHECK(bytes || *len == 0);
  return bytes ? bytes : (const uint8_t*)"";
}

/* A copy of data in a new Uint8Array the engine allocates: small ones live in the
 * GC heap, and no external ArrayBuffer is made per call (JSC counts those as live
 * until a full collection). Writing through js_view's direct pointer costs one
 * call into JSC; a malloc'd copy handed over with JSObjectMakeTypedArrayWithBytesNoCopy
 * was 28% slower on a million 20-byte digests (sha1-1M-x32B, CPU time). */
JSValueRef eddy__crypto_bytes(JSContextRef ctx, const uint8_t* data, size_t len) {
  JSObjectRef array = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint8Array, len, NULL);
  CHECK(array);
  size_t n = 0;
  uint8_t* bytes = eddy_js_view_bytes(ctx, array, &n);
  CHECK(n == len);
  if (len) memcpy(bytes, data, len);
  return array;
}

/* The libraries whose name node puts in an ERR_OSSL_<LIB>_<REASON> code; errors of
 * other libraries (providers, decoders) get ERR_OSSL_<REASON>. */
static const char* error_lib_name(int lib) {
  switch (lib) {
// clang-format re-wraps these macro lists differently on every run.
// clang-format off
#define LIB(name) \
  case ERR_LIB_##name: return #name;
    LIB(SYS) LIB(BN) LIB(RSA) LIB(DH) LIB(EVP) LIB(BUF) LIB(OBJ) LIB(PEM) LIB(DSA) LIB(X509)
    LIB(ASN1) LIB(CONF) LIB(CRYPTO) LIB(EC) LIB(SSL) LIB(BIO) LIB(PKCS7) LIB(X509V3) LIB(PKCS12)
    LIB(RAND) LIB(DSO) LIB(ENGINE) LIB(OCSP) LIB(UI) LIB(COMP) LIB(ECDSA) LIB(ECDH)
    LIB(OSSL_STORE) LIB(FIPS) LIB(CMS) LIB(TS) LIB(HMAC) LIB(CT) LIB(ASYNC) LIB(KDF) LIB(SM2)
    LIB(USER)
#undef LIB
        // clang-format on
        default : return NULL;
  }
}

JSValueRef eddy__crypto_throw(JSContextRef ctx, JSValueRef* exception, const char* fallback) {
  *exception = eddy__crypto_error(ctx, fallback);
  return NULL;
}

/* Sets a property as JS assignment does (setters on the prototype chain run); false
 * with *thrown set when one threw, which node lets escape instead of the error. */
static bool error_put(JSContextRef ctx, JSObjectRef err, const char* name, JSValueRef v,
                      JSValueRef* thrown) {
  JSStringRef key = JSStringCreateWithUTF8CString(name);
  JSValueRef exc = NULL;
  JSObjectSetProperty(ctx, err, key, v, kJSPropertyAttributeNone, &exc);
  JSStringRelease(key);
  if (exc) *thrown = exc;
  return exc == NULL;
}

/* What node puts on an OpenSSL error besides its message: library, reason and code
 * of the error e, and a stack in V8's format. Returns err, or what was thrown. */
static JSValueRef openssl_error_details(JSContextRef ctx, JSObjectRef err, unsigned long e) {
  JSValueRef thrown = NULL;
  const char* lib = ERR_lib_error_string(e);
  const char* reason = ERR_reason_error_string(e);
  if (lib && !error_put(ctx, err, "library", eddy_js_cstr(ctx, lib), &thrown)) return thrown;
  if (reason) {
    if (!error_put(ctx, err, "reason", eddy_js_cstr(ctx, reason), &thrown)) return thrown;
    /* SSL errors are ERR_SSL_<REASON> in node, the others ERR_OSSL_[<LIB>_]<REASON>. */
    char code[160] = "ERR_OSSL_";
    if (ERR_GET_LIB(e) == ERR_LIB_SSL) strcpy(code, "ERR_SSL_");
    size_t at = strlen(code);
    const char* prefix = ERR_GET_LIB(e) == ERR_LIB_SSL ? NULL : error_lib_name(ERR_GET_LIB(e));
    if (prefix) at += (size_t)snprintf(code + at, sizeof(code) - at, "%s_", prefix);
    for (const char* r = reason; *r && at + 1 < sizeof(code); r++) {
      char c = *r;
      code[at++] = (c >= 'a' && c <= 'z')                               ? (char)(c - 32)
                   : ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) ? c
                                                                        : '_';
    }
    code[at] = 0;
    if (!error_put(ctx, err, "code", eddy_js_cstr(ctx, code), &thrown)) return thrown;
  }
  /* V8's stack format, as for errors made in JS (eddy overrides captureStackTrace). */
  JSObjectRef error_ctor = (JSObjectRef)eddy_js_get(ctx, JSContextGetGlobalObject(ctx), "Error");
  JSValueRef capture = eddy_js_get(ctx, error_ctor, "captureStackTrace");
  if (JSValueIsObject(ctx, capture)) {
    JSValueRef arg = err;
    JSObjectCallAsFunction(ctx, (JSObjectRef)capture, error_ctor, 1, &arg, NULL);
  }
  return err;
}

JSValueRef eddy__crypto_error(JSContextRef ctx, const char* fallback) {
  /* As node: the error is the queue's first (the root cause); opensslErrorStack lists
   * the others, newest first, and is there only when there are others. */
  JSValueRef stack[32];
  size_t n = 0;
  unsigned long last = 0, e;
  char buf[256];
  while ((e = ERR_get_error()) != 0) {
    if (!last) {
      last = e;
      continue;
    }
    ERR_error_string_n(e, buf, sizeof(buf));
    if (n < 32) stack[n++] = eddy_js_cstr(ctx, buf);
  }
  if (!last) return eddy_js_error(ctx, fallback);
  for (size_t i = 0; i < n / 2; i++) {
    JSValueRef t = stack[i];
    stack[i] = stack[n - 1 - i];
    stack[n - 1 - i] = t;
  }
  ERR_error_string_n(last, buf, sizeof(buf));
  JSObjectRef err = (JSObjectRef)eddy_js_error(ctx, buf);
  JSValueRef thrown = NULL;
  if (n > 0 &&
      !error_put(ctx, err, "opensslErrorStack", eddy_js_array_of(ctx, n, stack), &thrown)) {
    return thrown;
  }
  return openssl_error_details(ctx, err, last);
}

JSValueRef eddy__crypto_error_printed(JSContextRef ctx, const char* fallback) {
  unsigned long first = ERR_peek_error();
  if (!first) return eddy_js_error(ctx, fallback);
  BIO* bio = BIO_new(BIO_s_mem());
  if (!bio) return eddy__crypto_error(ctx, fallback);
  ERR_print_errors(bio); /* empties the queue */
  char* text = NULL;
  long len = BIO_get_mem_data(bio, &text);
  JSValueRef message = eddy_js_utf8(ctx, text, len > 0 ? (size_t)len : 0);
  BIO_free(bio);
  JSObjectRef err = JSObjectMakeError(ctx, 1, &message, NULL);
  if (!err) err = JSObjectMake(ctx, NULL, NULL); /* an exception is pending */
  return openssl_error_details(ctx, err, first);
}

/* The digest named `name` (OpenSSL names and aliases, any case), or NULL. */
/* Digests by name, fetched from the providers once per process. EVP_get_digestbyname
 * gives a legacy EVP_MD that every EVP_DigestInit_ex then fetches again (a locked
 * lookup that costs more than hashing a small input); node keeps fetched ones too. */
enum { DIGEST_CACHE = 64 };
static struct {
  char name[40];
  EVP_MD* md;
} digest_cache[DIGEST_CACHE];
static int digest_cached;
static pthread_mutex_t digest_lock = PTHREAD_MUTEX_INITIALIZER;

const EVP_MD* eddy__crypto_digest(const char* name) {
  pthread_mutex_lock(&digest_lock);
  for (int i = 0; i < digest_cached; i++) {
    if (strcmp(digest_cache[i].name, name) == 0) {
      const EVP_MD* md = digest_cache[i].md;
      pthread_mutex_unlock(&digest_lock);
      return md;
    }
  }
  /* OpenSSL 3 dropped the old DSA digest name; node still takes it for SHA-1. */
  const EVP_MD* legacy = EVP_get_digestbyname(strcasecmp(name, "dss1") == 0 ? "sha1" : name);
  EVP_MD* fetched = legacy ? EVP_MD_fetch(NULL, OBJ_nid2sn(EVP_MD_get_type(legacy)), NULL) : NULL;
  ERR_clear_error();
  const EVP_MD* md = fetched ? fetched : legacy;
  if (fetched && digest_cached < DIGEST_CACHE && strlen(name) < sizeof(digest_cache[0].name)) {
    strcpy(digest_cache[digest_cached].name, name);
    digest_cache[digest_cached++].md = fetched; /* kept for the process's life */
  } else if (fetched) {
    EVP_MD_free(fetched);
    md = legacy;
  }
  pthread_mutex_unlock(&digest_lock);
  return md;
}

/* The cache slot of the digest named `name` (fetching it as eddy__crypto_digest
 * does): -1 when OpenSSL does not know it, -2 when it is known but the cache is full.
 * Slots never change, so JS may keep them (lib/internal/crypto/hash.js does, to skip
 * the name's conversion and lookup on every createHash). */
static int digest_index(const char* name) {
  const EVP_MD* md = eddy__crypto_digest(name);
  if (!md) return -1;
  pthread_mutex_lock(&digest_lock);
  int found = -2;
  for (int i = 0; i < digest_cached; i++) {
    if (digest_cache[i].md == md) {
      found = i;
      break;
    }
  }
  pthread_mutex_unlock(&digest_lock);
  return found;
}

static const EVP_MD* digest_at(int i) {
  pthread_mutex_lock(&digest_lock);
  CHECK(i >= 0 && i < digest_cached);
  const EVP_MD* md = digest_cache[i].md;
  pthread_mutex_unlock(&digest_lock);
  return md;
}

/* The digest named by the first argument, a name or a slot from digestIndex: false
 * (exception set) when a name is not a string, true with *md NULL for a name
 * OpenSSL does not know. */
static bool algorithm_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], const EVP_MD** md,
                          JSValueRef* exception) {
  JSValueRef v = eddy_js_arg(ctx, argc, argv, 0);
  if (JSValueIsNumber(ctx, v)) {
    *md = digest_at((int)JSValueToNumber(ctx, v, NULL));
    return true;
  }
  char* name = eddy_js_to_utf8(ctx, v, NULL, exception);
  if (!name) return false;
  *md = eddy__crypto_digest(name);
  free(name);
  return true;
}

/* digestIndex(name): see digest_index. */
static EDDY_JS_FN(crypto_digest_index) {
  (void)function, (void)self;
  char* name = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 0), NULL, exception);
  if (!name) return NULL;
  int i = digest_index(name);
  free(name);
  return JSValueMakeNumber(ctx, i);
}

/* Digest bytes as JS wants them: a new Uint8Array, or with `hex` a lower-case hex
 * string (what digest('hex') returns, without a Buffer in between). */
static JSValueRef digest_result(JSContextRef ctx, const uint8_t* data, size_t len, bool hex) {
  if (!hex) return bytes_result(ctx, data, len);
  static const char digits[] = "0123456789abcdef";
  char small[2 * EVP_MAX_MD_SIZE + 1];
  char* out = 2 * len < sizeof(small) ? small : eddy_malloc(2 * len + 1);
  for (size_t i = 0; i < len; i++) {
    out[2 * i] = digits[data[i] >> 4];
    out[2 * i + 1] = digits[data[i] & 15];
  }
  out[2 * len] = 0;
  JSValueRef r = eddy_js_cstr(ctx, out);
  if (out != small) free(out);
  return r;
}

/* hashCreate(algorithm, xofLength): a handle, or null for an unknown digest. */
static EDDY_JS_FN(crypto_hash_create) {
  (void)function, (void)self;
  const EVP_MD* md;
  if (!algorithm_arg(ctx, argc, argv, &md, exception)) return NULL;
  if (!md) return JSValueMakeNull(ctx);
  digest_state* s = eddy_calloc(1, sizeof(*s));
  s->md = EVP_MD_CTX_new();
  CHECK(s->md);
  if (EVP_DigestInit_ex(s->md, md, NULL) != 1) {
    EVP_MD_CTX_free(s->md);
    free(s);
    ERR_clear_error();
    return JSValueMakeNull(ctx);
  }
  double xof = eddy_js_arg_num(ctx, argc, argv, 1);
  if (xof > 0) s->xof_length = (size_t)xof;
  JSObjectRef handle = JSObjectMake(ctx, digest_class(), s);
  /* A fixed-size digest takes only its own length (node's OpenSSL error). */
  if (xof == xof && argc > 1 && JSValueIsNumber(ctx, argv[1]) &&
      !(EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) && (size_t)xof != (size_t)EVP_MD_get_size(md)) {
    ERR_raise(ERR_LIB_EVP, EVP_R_NOT_XOF_OR_INVALID_LENGTH);
    return eddy__crypto_throw(ctx, exception, "not XOF or invalid length");
  }
  return handle;
}

/* hashStart(slot, data): a handle for the digest in cache slot `slot` that has
 * hashed data already (createHash(...).update(data) in one call), or null when the
 * update failed. */
static EDDY_JS_FN(crypto_hash_start) {
  (void)function, (void)self;
  const EVP_MD* md = digest_at((int)eddy_js_arg_int(ctx, argc, argv, 0));
  size_t len = 0;
  uint8_t* owned = NULL;
  const uint8_t* data = data_arg(ctx, argc, argv, 1, &len, &owned, exception);
  if (!data) return NULL;
  digest_state* s = eddy_calloc(1, sizeof(*s));
  s->md = EVP_MD_CTX_new();
  CHECK(s->md);
  int ok = EVP_DigestInit_ex(s->md, md, NULL) == 1 && EVP_DigestUpdate(s->md, data, len) == 1;
  free(owned);
  if (!ok) {
    EVP_MD_CTX_free(s->md);
    free(s);
    ERR_clear_error();
    return JSValueMakeNull(ctx);
  }
  return JSObjectMake(ctx, digest_class(), s);
}

/* hashCopy(handle): an independent handle at the same state. */
static EDDY_JS_FN(crypto_hash_copy) {
  (void)function, (void)self, (void)exception;
  digest_state* from = digest_arg(ctx, argc, argv, exception);
  if (!from) return NULL;
  digest_state* s = eddy_calloc(1, sizeof(*s));
  s->md = EVP_MD_CTX_new();
  CHECK(s->md && EVP_MD_CTX_copy_ex(s->md, from->md) == 1);
  /* hashCopy(handle, xofLength|undefined): the copy may name its own length. */
  double xof = eddy_js_arg_num(ctx, argc, argv, 1);
  s->xof_length = xof > 0 ? (size_t)xof : from->xof_length;
  return JSObjectMake(ctx, digest_class(), s);
}

/* update(handle, data): data is a string (UTF-8) or bytes. */
static EDDY_JS_FN(crypto_digest_update) {
  (void)function, (void)self;
  digest_state* s = digest_arg(ctx, argc, argv, exception);
  if (!s) return NULL;
  size_t len = 0;
  uint8_t* owned = NULL;
  const uint8_t* data = data_arg(ctx, argc, argv, 1, &len, &owned, exception);
  if (!data) return NULL;
  int ok = s->md ? EVP_DigestUpdate(s->md, data, len) : EVP_MAC_update(s->mac, data, len);
  free(owned);
  return JSValueMakeBoolean(ctx, ok == 1);
}

/* final(handle[, hex]): the digest or MAC bytes, or with a second argument (any) its
 * hex (digest_result). The flag is the argument count: reading a value costs a call
 * into JSC. */
static EDDY_JS_FN(crypto_digest_final) {
  (void)function, (void)self, (void)exception;
  digest_state* s = digest_arg(ctx, argc, argv, exception);
  if (!s) return NULL;
  bool hex = argc > 1;
  unsigned char out[EVP_MAX_MD_SIZE];
  if (s->mac) {
    size_t n = 0;
    CHECK(EVP_MAC_final(s->mac, out, &n, sizeof(out)) == 1);
    return digest_result(ctx, out, n, hex);
  }
  const EVP_MD* md = EVP_MD_CTX_get0_md(s->md);
  size_t default_len = (size_t)EVP_MD_get_size(md);
  if ((EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) && s->xof_length != default_len) {
    size_t n = s->xof_length ? s->xof_length : default_len;
    uint8_t* buf = eddy_malloc(n);
    CHECK(EVP_DigestFinalXOF(s->md, buf, n) == 1);
    JSValueRef r = digest_result(ctx, buf, n, hex);
    free(buf);
    return r;
  }
  unsigned int n = 0;
  CHECK(EVP_DigestFinal_ex(s->md, out, &n) == 1);
  return digest_result(ctx, out, n, hex);
}

/* hmacCreate(algorithm, key): a handle, or null for an unknown digest. */
static EDDY_JS_FN(crypto_hmac_create) {
  (void)function, (void)self;
  const EVP_MD* md;
  if (!algorithm_arg(ctx, argc, argv, &md, exception)) return NULL;
  if (!md) return JSValueMakeNull(ctx);
  size_t key_len = 0;
  uint8_t* owned = NULL;
  const uint8_t* key = data_arg(ctx, argc, argv, 1, &key_len, &owned, exception);
  if (!key) return NULL;
  EVP_MAC* mac = EVP_MAC_fetch(NULL, "HMAC", NULL);
  CHECK(mac);
  digest_state* s = eddy_calloc(1, sizeof(*s));
  s->mac = EVP_MAC_CTX_new(mac);
  EVP_MAC_free(mac);
  OSSL_PARAM params[2] = {
      OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char*)EVP_MD_get0_name(md), 0),
      OSSL_PARAM_construct_end()};
  /* An empty key is legal for HMAC; OpenSSL wants a non-NULL pointer for it. */
  static const uint8_t empty_key[1];
  int ok = EVP_MAC_init(s->mac, key_len ? key : empty_key, key_len, params);
  free(owned);
  if (ok != 1) {
    EVP_MAC_CTX_free(s->mac);
    free(s);
    ERR_clear_error();
    return JSValueMakeNull(ctx);
  }
  return JSObjectMake(ctx, digest_class(), s);
}

/* kmac(name, key, data, outLength, customization|undefined): KMAC128/KMAC256 of data
 * (WebCrypto's KMAC), outLength bytes; null when OpenSSL refuses the parameters. */
static EDDY_JS_FN(crypto_kmac) {
  (void)function, (void)self;
  char* name = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 0), NULL, exception);
  if (!name) return NULL;
  size_t key_len = 0, data_len = 0, custom_len = 0;
  const uint8_t* key = eddy_js_bytes(ctx, eddy_js_arg(ctx, argc, argv, 1), &key_len);
  const uint8_t* data = eddy_js_bytes(ctx, eddy_js_arg(ctx, argc, argv, 2), &data_len);
  size_t out_len = (size_t)eddy_js_arg_int(ctx, argc, argv, 3);
  JSValueRef custom_v = eddy_js_arg(ctx, argc, argv, 4);
  const uint8_t* custom =
      JSValueIsObject(ctx, custom_v) ? eddy_js_bytes(ctx, custom_v, &custom_len) : NULL;
  EVP_MAC* mac = EVP_MAC_fetch(NULL, name, NULL);
  free(name);
  if (!mac) return JSValueMakeNull(ctx);
  EVP_MAC_CTX* mc = EVP_MAC_CTX_new(mac);
  EVP_MAC_free(mac);
  OSSL_PARAM params[3];
  size_t n = 0;
  params[n++] = OSSL_PARAM_construct_size_t(OSSL_MAC_PARAM_SIZE, &out_len);
  if (custom && custom_len) {
    params[n++] =
        OSSL_PARAM_construct_octet_string(OSSL_MAC_PARAM_CUSTOM, (void*)custom, custom_len);
  }
  params[n] = OSSL_PARAM_construct_end();
  uint8_t* out = eddy_malloc(out_len + 1);
  size_t written = 0;
  static const uint8_t empty[1];
  int ok = mc && EVP_MAC_init(mc, key_len ? key : empty, key_len, params) == 1 &&
           EVP_MAC_update(mc, data_len ? data : empty, data_len) == 1 &&
           EVP_MAC_final(mc, out, &written, out_len) == 1;
  EVP_MAC_CTX_free(mc);
  ERR_clear_error();
  JSValueRef r = ok ? eddy__crypto_bytes(ctx, out, written) : JSValueMakeNull(ctx);
  free(out);
  return r;
}

/* hashOneShot(algorithm|slot, data[, hex]): the digest (digest_result; hex when a
 * third argument is given), or null for an unknown digest. */
static EDDY_JS_FN(crypto_hash_one_shot) {
  (void)function, (void)self;
  const EVP_MD* md;
  if (!algorithm_arg(ctx, argc, argv, &md, exception)) return NULL;
  if (!md) return JSValueMakeNull(ctx);
  size_t len = 0;
  uint8_t* owned = NULL;
  const uint8_t* data = data_arg(ctx, argc, argv, 1, &len, &owned, exception);
  if (!data) return NULL;
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  int ok = EVP_Digest(data, len, out, &n, md, NULL);
  free(owned);
  if (ok != 1) {
    ERR_clear_error();
    return JSValueMakeNull(ctx);
  }
  return digest_result(ctx, out, n, argc > 2);
}

/* randomFillSync(view, offset, size): fills bytes in place; false on failure. */
static EDDY_JS_FN(crypto_random_fill_sync) {
  (void)function, (void)self, (void)exception;
  size_t len = 0;
  uint8_t* bytes = eddy_js_bytes(ctx, eddy_js_arg(ctx, argc, argv, 0), &len);
  size_t offset = (size_t)eddy_js_arg_int(ctx, argc, argv, 1);
  size_t size = (size_t)eddy_js_arg_int(ctx, argc, argv, 2);
  CHECK(offset + size <= len);
  if (size == 0) return JSValueMakeBoolean(ctx, true);
  return JSValueMakeBoolean(ctx, RAND_bytes(bytes + offset, (int)size) == 1);
}

/* randomFill(view, offset, size, callback): the same on libuv's thread pool; the
 * view and callback stay protected until the work is done. */
typedef struct random_work {
  uv_work_t req;
  uint8_t* bytes;
  size_t size;
  int ok;
  JSValueRef view;
  JSObjectRef callback;
} random_work;

static void random_work_run(uv_work_t* req) {
  random_work* w = req->data;
  w->ok = w->size == 0 || RAND_bytes(w->bytes, (int)w->size) == 1;
}

static void random_work_on_done(uv_work_t* req, int status) {
  random_work* w = req->data;
  eddy_runtime* rt = req->loop->data;
  JSValueRef ok = JSValueMakeBoolean(rt->ctx, status == 0 && w->ok);
  eddy_runtime_call(rt, w->callback, NULL, 1, &ok);
  JSValueUnprotect(rt->ctx, w->view);
  JSValueUnprotect(rt->ctx, w->callback);
  free(w);
}

static EDDY_JS_FN(crypto_random_fill) {
  (void)function, (void)self, (void)exception;
  eddy_runtime* rt = eddy_runtime_from(ctx);
  random_work* w = eddy_calloc(1, sizeof(*w));
  size_t len = 0;
  w->view = eddy_js_arg(ctx, argc, argv, 0);
  uint8_t* bytes = eddy_js_bytes(ctx, w->view, &len);
  size_t offset = (size_t)eddy_js_arg_int(ctx, argc, argv, 1);
  w->size = (size_t)eddy_js_arg_int(ctx, argc, argv, 2);
  CHECK(offset + w->size <= len);
  w->bytes = bytes + offset;
  w->callback = eddy_protect_object(ctx, eddy_js_arg(ctx, argc, argv, 3));
  JSValueProtect(ctx, w->view);
  w->req.data = w;
  CHECK_EQ(uv_queue_work(&rt->loop, &w->req, random_work_run, random_work_on_done), 0);
  return JSValueMakeUndefined(ctx);
}

/* timingSafeEqual(a, b): constant-time comparison of two equal-length byte views. */
static EDDY_JS_FN(crypto_timing_safe_equal) {
  (void)function, (void)self, (void)exception;
  size_t alen = 0, blen = 0;
  uint8_t* a = eddy_js_bytes(ctx, eddy_js_arg(ctx, argc, argv, 0), &alen);
  uint8_t* b = eddy_js_bytes(ctx, eddy_js_arg(ctx, argc, argv, 1), &blen);
  CHECK(alen == blen);
  if (alen == 0) return JSValueMakeBoolean(ctx, true);
  return JSValueMakeBoolean(ctx, CRYPTO_memcmp(a, b, alen) == 0);
}

/* Names are stored into the JS array as they are made: a JS value kept only in
 * malloc'd memory is invisible to the garbage collector. */
typedef struct name_list {
  JSContextRef ctx;
  JSObjectRef array;
  unsigned count;
} name_list;

static void collect_digest(const EVP_MD* md, const char* from, const char* to, void* arg) {
  name_list* l = arg;
  if (!from) return;
  /* Aliases (RSA-SHA256) count; digests only the legacy provider has (md4,
   * whirlpool) do not, as node lists them. */
  const char* name = md ? from : to;
  if (!name) return;
  EVP_MD* fetched = EVP_MD_fetch(NULL, name, NULL);
  if (!fetched) {
    ERR_clear_error();
    return;
  }
  EVP_MD_free(fetched);
  eddy_js_array_set(l->ctx, l->array, l->count++, eddy_js_cstr(l->ctx, from));
}

/* secureHeapUsed() -> [total, min, used]: OpenSSL's secure heap (--secure-heap). */
static EDDY_JS_FN(crypto_secure_heap_used) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  size_t total, min;
  eddy_engine_secure_heap(&total, &min);
  JSValueRef v[3] = {JSValueMakeNumber(ctx, (double)total), JSValueMakeNumber(ctx, (double)min),
                     JSValueMakeNumber(ctx, total ? (double)CRYPTO_secure_used() : 0)};
  return JSObjectMakeArray(ctx, 3, v, exception);
}

/* getHashes(): the digest names OpenSSL knows, sorted, as node lists them. */
static EDDY_JS_FN(crypto_get_hashes) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  name_list l = {.ctx = ctx, .array = eddy_js_array_new(ctx)};
  EVP_MD_do_all_sorted(collect_digest, &l);
  return l.array;
}

JSObjectRef eddy_binding_crypto_init(eddy_runtime* rt, JSContextRef ctx) {
  (void)rt;
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set_fn(ctx, b, "hashCreate", crypto_hash_create);
  eddy_js_set_fn(ctx, b, "hashCopy", crypto_hash_copy);
  eddy_js_set_fn(ctx, b, "hashStart", crypto_hash_start);
  eddy_js_set_fn(ctx, b, "digestIndex", crypto_digest_index);
  eddy_js_set_fn(ctx, b, "hmacCreate", crypto_hmac_create);
  eddy_js_set_fn(ctx, b, "kmac", crypto_kmac);
  eddy_js_set_fn(ctx, b, "digestUpdate", crypto_digest_update);
  eddy_js_set_fn(ctx, b, "digestFinal", crypto_digest_final);
  eddy_js_set_fn(ctx, b, "hashOneShot", crypto_hash_one_shot);
  eddy_js_set_fn(ctx, b, "randomFillSync", crypto_random_fill_sync);
  eddy_js_set_fn(ctx, b, "randomFill", crypto_random_fill);
  eddy_js_set_fn(ctx, b, "timingSafeEqual", crypto_timing_safe_equal);
  eddy_js_set_fn(ctx, b, "getHashes", crypto_get_hashes);
  eddy_js_set_fn(ctx, b, "secureHeapUsed", crypto_secure_heap_used);
  eddy__crypto_cipher_register(ctx, b);
  eddy__crypto_kdf_register(ctx, b);
  eddy__crypto_keys_register(ctx, b);
  eddy__crypto_sign_register(ctx, b);
  eddy__crypto_x509_register(ctx, b);
  eddy__crypto_prime_register(ctx, b);
  eddy__crypto_dh_register(ctx, b);
  eddy__crypto_kem_register(ctx, b);
  eddy_js_set_number(ctx, b, "opensslVersionNumber", (double)OpenSSL_version_num());
  eddy_js_set_cstr(ctx, b, "opensslVersion", OpenSSL_version(OPENSSL_VERSION_STRING));
  return b;
}
