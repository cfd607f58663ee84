/* Key derivation for node:crypto: PBKDF2, scrypt and HKDF. One job struct serves
 * the sync and the async form: the sync form runs it in place, the async form on
 * libuv's thread pool and calls back through eddy_runtime_call. Inputs are copied
 * into the job, so no JS memory is touched off the loop thread. */
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/trace_agent.h"
#include "../util/check.h"
#include "crypto.h"

enum { KDF_PBKDF2, KDF_SCRYPT, KDF_HKDF };

typedef struct kdf_job {
  uv_work_t req;
  int kind;
  const EVP_MD* md;
  uint8_t *secret, *salt, *info; /* password or key material */
  size_t secret_len, salt_len, info_len;
  uint64_t iterations;      /* PBKDF2 iterations */
  uint64_t n, r, p, maxmem; /* scrypt */
  uint8_t* out;
  size_t out_len;
  int ok;
  JSObjectRef callback;
} kdf_job;

static uint8_t* copy_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                         size_t* len, JSValueRef* exception) {
  uint8_t* owned = NULL;
  const uint8_t* data = eddy__crypto_data_arg(ctx, argc, argv, i, len, &owned, exception);
  if (!data) return NULL;
  uint8_t* copy = eddy_malloc(*len + 1);
  memcpy(copy, data, *len);
  free(owned);
  return copy;
}

static void kdf_job_free(kdf_job* j) {
  free(j->secret);
  free(j->salt);
  free(j->info);
  free(j->out);
  free(j);
}

static void kdf_job_run(kdf_job* j) {
  j->out = eddy_malloc(j->out_len ? j->out_len : 1);
  switch (j->kind) {
    case KDF_PBKDF2:
      j->ok = eddy__crypto_pbkdf2(j->md, j->secret, j->secret_len, j->salt, j->salt_len,
                                  j->iterations, j->out, j->out_len);
      break;
    case KDF_SCRYPT:
      j->ok = EVP_PBE_scrypt((const char*)j->secret, j->secret_len, j->salt, j->salt_len, j->n,
                             j->r, j->p, j->maxmem, j->out, j->out_len) == 1;
      break;
    case KDF_HKDF: {
      EVP_PKEY_CTX* pc = EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, NULL);
      size_t n = j->out_len;
      /* OpenSSL wants a non-empty key pointer; an empty key is legal for HKDF. */
      static const uint8_t zero[1];
      j->ok =
          pc && EVP_PKEY_derive_init(pc) == 1 && EVP_PKEY_CTX_set_hkdf_md(pc, j->md) == 1 &&
          EVP_PKEY_CTX_set1_hkdf_salt(pc, j->salt_len ? j->salt : zero, (int)j->salt_len) == 1 &&
          EVP_PKEY_CTX_set1_hkdf_key(pc, j->secret_len ? j->secret : zero, (int)j->secret_len) ==
              1 &&
          EVP_PKEY_CTX_add1_hkdf_info(pc, j->info, (int)j->info_len) == 1 &&
          EVP_PKEY_derive(pc, j->out, &n) == 1;
      EVP_PKEY_CTX_free(pc);
      break;
    }
    default: CHECK(0);
  }
}

static void kdf_work_run(uv_work_t* req) {
  uint64_t start = eddy_trace_start();
  kdf_job_run(req->data);
  ERR_clear_error();
  eddy_trace_work_run("crypto", start);
}

static void kdf_work_on_done(uv_work_t* req, int status) {
  kdf_job* j = req->data;
  eddy_runtime* rt = req->loop->data;
  eddy_trace_work('e', "crypto", req);
  JSValueRef args[2] = {JSValueMakeBoolean(rt->ctx, status == 0 && j->ok),
                        JSValueMakeUndefined(rt->ctx)};
  if (status == 0 && j->ok) args[1] = eddy__crypto_bytes(rt->ctx, j->out, j->out_len);
  JSObjectRef cb = j->callback;
  kdf_job_free(j);
  eddy_runtime_call(rt, cb, NULL, 2, args);
  JSValueUnprotect(rt->ctx, cb);
}

/* Runs the job now (callback undefined: returns the bytes, or false when OpenSSL
 * failed) or on the thread pool (calls callback(ok, bytes)). */
static JSValueRef kdf_start(JSContextRef ctx, kdf_job* j, JSValueRef callback,
                            JSValueRef* exception) {
  if (JSValueIsUndefined(ctx, callback)) {
    kdf_job_run(j);
    JSValueRef r =
        j->ok ? eddy__crypto_bytes(ctx, j->out, j->out_len) : JSValueMakeBoolean(ctx, false);
    if (!j->ok) ERR_clear_error();
    kdf_job_free(j);
    return r;
  }
  eddy_runtime* rt = eddy_runtime_from(ctx);
  j->callback = eddy_protect_object(ctx, callback);
  j->req.data = j;
  eddy_trace_work('b', "crypto", &j->req);
  CHECK_EQ(uv_queue_work(&rt->loop, &j->req, kdf_work_run, kdf_work_on_done), 0);
  return JSValueMakeUndefined(ctx);
}

static const EVP_MD* digest_arg(JSContextRef ctx, JSValueRef v, JSValueRef* exception) {
  char* name = eddy_js_to_utf8(ctx, v, NULL, exception);
  if (!name) return NULL;
  const EVP_MD* md = eddy__crypto_digest(name);
  free(name);
  return md;
}

/* pbkdf2(password, salt, iterations, keylen, digest, callback?): null for an
 * unknown digest. */
static EDDY_JS_FN(crypto_pbkdf2) {
  (void)function, (void)self;
  const EVP_MD* md = digest_arg(ctx, eddy_js_arg(ctx, argc, argv, 4), exception);
  if (!md) return *exception ? NULL : JSValueMakeNull(ctx);
  kdf_job* j = eddy_calloc(1, sizeof(*j));
  j->kind = KDF_PBKDF2;
  j->md = md;
  j->secret = copy_arg(ctx, argc, argv, 0, &j->secret_len, exception);
  j->salt = copy_arg(ctx, argc, argv, 1, &j->salt_len, exception);
  j->iterations = (uint64_t)eddy_js_arg_int(ctx, argc, argv, 2);
  j->out_len = (size_t)eddy_js_arg_int(ctx, argc, argv, 3);
  return kdf_start(ctx, j, eddy_js_arg(ctx, argc, argv, 5), exception);
}

/* scrypt(password, salt, keylen, N, r, p, maxmem, callback?). */
static EDDY_JS_FN(crypto_scrypt) {
  (void)function, (void)self;
  kdf_job* j = eddy_calloc(1, sizeof(*j));
  j->kind = KDF_SCRYPT;
  j->secret = copy_arg(ctx, argc, argv, 0, &j->secret_len, exception);
  j->salt = copy_arg(ctx, argc, argv, 1, &j->salt_len, exception);
  j->out_len = (size_t)eddy_js_arg_int(ctx, argc, argv, 2);
  j->n = (uint64_t)eddy_js_arg_num(ctx, argc, argv, 3);
  j->r = (uint64_t)eddy_js_arg_num(ctx, argc, argv, 4);
  j->p = (uint64_t)eddy_js_arg_num(ctx, argc, argv, 5);
  j->maxmem = (uint64_t)eddy_js_arg_num(ctx, argc, argv, 6);
  return kdf_start(ctx, j, eddy_js_arg(ctx, argc, argv, 7), exception);
}

/* scryptCheck(N, r, p, maxmem): whether OpenSSL accepts the parameters. */
static EDDY_JS_FN(crypto_scrypt_check) {
  (void)function, (void)self, (void)exception;
  ERR_clear_error(); /* errors left by earlier calls are not ours to report */
  uint64_t n = (uint64_t)eddy_js_arg_num(ctx, argc, argv, 0);
  uint64_t r = (uint64_t)eddy_js_arg_num(ctx, argc, argv, 1);
  uint64_t p = (uint64_t)eddy_js_arg_num(ctx, argc, argv, 2);
  uint64_t maxmem = (uint64_t)eddy_js_arg_num(ctx, argc, argv, 3);
  int ok = EVP_PBE_scrypt(NULL, 0, NULL, 0, n, r, p, maxmem, NULL, 0) == 1;
  if (!ok) return eddy__crypto_throw(ctx, exception, "Invalid scrypt params");
  return JSValueMakeBoolean(ctx, true);
}

/* hkdf(digest, key, salt, info, keylen, callback?): null for an unknown digest. */
static EDDY_JS_FN(crypto_hkdf) {
  (void)function, (void)self;
  const EVP_MD* md = digest_arg(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!md) return *exception ? NULL : JSValueMakeNull(ctx);
  kdf_job* j = eddy_calloc(1, sizeof(*j));
  j->kind = KDF_HKDF;
  j->md = md;
  j->secret = copy_arg(ctx, argc, argv, 1, &j->secret_len, exception);
  j->salt = copy_arg(ctx, argc, argv, 2, &j->salt_len, exception);
  j->info = copy_arg(ctx, argc, argv, 3, &j->info_len, exception);
  j->out_len = (size_t)eddy_js_arg_int(ctx, argc, argv, 4);
  return kdf_start(ctx, j, eddy_js_arg(ctx, argc, argv, 5), exception);
}

/* digestSize(name): the output size of a digest, or -1 when unknown. */
static EDDY_JS_FN(crypto_digest_size) {
  (void)function, (void)self;
  const EVP_MD* md = digest_arg(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!md) return *exception ? NULL : JSValueMakeNumber(ctx, -1);
  return JSValueMakeNumber(ctx, EVP_MD_get_size(md));
}

void eddy__crypto_kdf_register(JSContextRef ctx, JSObjectRef b) {
  eddy_js_set_fn(ctx, b, "pbkdf2", crypto_pbkdf2);
  eddy_js_set_fn(ctx, b, "scrypt", crypto_scrypt);
  eddy_js_set_fn(ctx, b, "scryptCheck", crypto_scrypt_check);
  eddy_js_set_fn(ctx, b, "hkdf", crypto_hkdf);
  eddy_js_set_fn(ctx, b, "digestSize", crypto_digest_size);
}
