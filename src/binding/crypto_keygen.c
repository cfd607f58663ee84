/* Key pair generation for node:crypto (generateKeyPair/Sync, generateKey for the
 * asymmetric kinds): one job, run in place for the sync form or on libuv's thread
 * pool for the async one. Options are copied into the job on the loop thread. */
#include <openssl/core_names.h>
#include <openssl/dh.h>
#include <openssl/dsa.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/rsa.h>
#include <stdlib.h>
#include <string.h>

#include "../util/check.h"
#include "crypto.h"

typedef struct keygen_job {
  uv_work_t req;
  char type[16];
  char hash[32], mgf1_hash[32], curve[64], group[32], param_encoding[16];
  double modulus_bits, exponent, salt_len, divisor_bits, prime_bits, generator;
  uint8_t* prime;
  size_t prime_len;
  EVP_PKEY* pkey;
  JSObjectRef callback;
  unsigned long error; /* OpenSSL's first error when generation failed (its queue is per thread) */
} keygen_job;

static void copy_str(JSContextRef ctx, JSObjectRef o, const char* prop, char* dst, size_t cap) {
  JSValueRef v = eddy_js_get(ctx, o, prop);
  dst[0] = 0;
  if (!JSValueIsString(ctx, v)) return;
  char* s = eddy_js_to_utf8(ctx, v, NULL, NULL);
  if (s && strlen(s) < cap) strcpy(dst, s);
  free(s);
}

static double opt_num(JSContextRef ctx, JSObjectRef o, const char* prop) {
  JSValueRef v = eddy_js_get(ctx, o, prop);
  return JSValueIsNumber(ctx, v) ? JSValueToNumber(ctx, v, NULL) : -1;
}

/* Domain parameters for DSA and DH made from a prime, a named group or generated. */
static EVP_PKEY* keygen_params(keygen_job* j) {
  EVP_PKEY* params = NULL;
  int dsa = !strcmp(j->type, "dsa");
  if (!dsa && j->group[0]) {
    EVP_PKEY_CTX* pc = EVP_PKEY_CTX_new_from_name(NULL, "DH", NULL);
    OSSL_PARAM p[2] = {OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, j->group, 0),
                       OSSL_PARAM_construct_end()};
    if (pc && EVP_PKEY_fromdata_init(pc) == 1)
      EVP_PKEY_fromdata(pc, &params, EVP_PKEY_KEY_PARAMETERS, p);
    EVP_PKEY_CTX_free(pc);
    return params;
  }
  if (!dsa && j->prime) {
    BIGNUM* p = BN_bin2bn(j->prime, (int)j->prime_len, NULL);
    BIGNUM* g = BN_new();
    BN_set_word(g, j->generator > 0 ? (BN_ULONG)j->generator : 2);
    OSSL_PARAM_BLD* bld = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_FFC_P, p);
    OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_FFC_G, g);
    OSSL_PARAM* op = OSSL_PARAM_BLD_to_param(bld);
    EVP_PKEY_CTX* pc = EVP_PKEY_CTX_new_from_name(NULL, "DH", NULL);
    if (pc && EVP_PKEY_fromdata_init(pc) == 1)
      EVP_PKEY_fromdata(pc, &params, EVP_PKEY_KEY_PARAMETERS, op);
    EVP_PKEY_CTX_free(pc);
    OSSL_PARAM_free(op);
    OSSL_PARAM_BLD_free(bld);
    BN_free(p);
    BN_free(g);
    return params;
  }
  EVP_PKEY_CTX* pc = EVP_PKEY_CTX_new_from_name(NULL, dsa ? "DSA" : "DH", NULL);
  int ok = pc && EVP_PKEY_paramgen_init(pc) == 1;
  if (ok && dsa) {
    ok = EVP_PKEY_CTX_set_dsa_paramgen_bits(pc, (int)j->modulus_bits) == 1 &&
         (j->divisor_bits < 0 ||
          EVP_PKEY_CTX_set_dsa_paramgen_q_bits(pc, (int)j->divisor_bits) == 1);
  } else if (ok) {
    ok = EVP_PKEY_CTX_set_dh_paramgen_prime_len(pc, (int)j->prime_bits) == 1 &&
         EVP_PKEY_CTX_set_dh_paramgen_generator(pc, j->generator > 0 ? (int)j->generator : 2) == 1;
  }
  if (ok) EVP_PKEY_paramgen(pc, &params);
  EVP_PKEY_CTX_free(pc);
  return params;
}

static void keygen_run(keygen_job* j) {
  EVP_PKEY_CTX* pc = NULL;
  EVP_PKEY* params = NULL;
  int ok;
  if (!strcmp(j->type, "dsa") || !strcmp(j->type, "dh")) {
    params = keygen_params(j);
    pc = params ? EVP_PKEY_CTX_new_from_pkey(NULL, params, NULL) : NULL;
    ok = pc && EVP_PKEY_keygen_init(pc) == 1;
  } else {
    const char* name = !strcmp(j->type, "rsa")       ? "RSA"
                       : !strcmp(j->type, "rsa-pss") ? "RSA-PSS"
                       : !strcmp(j->type, "ec")      ? "EC"
                       : !strcmp(j->type, "ed25519") ? "ED25519"
                       : !strcmp(j->type, "ed448")   ? "ED448"
                       : !strcmp(j->type, "x25519")  ? "X25519"
                       : !strcmp(j->type, "x448")    ? "X448"
                                                     : NULL;
    CHECK(name);
    pc = EVP_PKEY_CTX_new_from_name(NULL, name, NULL);
    ok = pc && EVP_PKEY_keygen_init(pc) == 1;
    if (ok && j->type[0] == 'r') {
      ok = EVP_PKEY_CTX_set_rsa_keygen_bits(pc, (int)j->modulus_bits) == 1;
      if (ok && j->exponent > 0) {
        BIGNUM* e = BN_new();
        BN_set_word(e, (BN_ULONG)j->exponent);
        ok = EVP_PKEY_CTX_set1_rsa_keygen_pubexp(pc, e) == 1;
        BN_free(e);
      }
      if (ok && j->hash[0]) ok = EVP_PKEY_CTX_set_rsa_pss_keygen_md_name(pc, j->hash, NULL) == 1;
      if (ok && j->mgf1_hash[0]) {
        ok = EVP_PKEY_CTX_set_rsa_pss_keygen_mgf1_md_name(pc, j->mgf1_hash) == 1;
      }
      if (ok && j->salt_len >= 0)
        ok = EVP_PKEY_CTX_set_rsa_pss_keygen_saltlen(pc, (int)j->salt_len) == 1;
    } else if (ok && !strcmp(j->type, "ec")) {
      ok = EVP_PKEY_CTX_set_group_name(pc, j->curve) == 1;
      /* Named unless asked otherwise, as node: a curve without an OID then cannot be
       * encoded (ERR_OSSL_MISSING_OID), as there. */
      int enc = !strcmp(j->param_encoding, "explicit") ? OPENSSL_EC_EXPLICIT_CURVE
                                                       : OPENSSL_EC_NAMED_CURVE;
      if (ok) ok = EVP_PKEY_CTX_set_ec_param_enc(pc, enc) == 1;
    }
  }
  if (ok) EVP_PKEY_keygen(pc, &j->pkey);
  if (!j->pkey) j->error = ERR_peek_error();
  EVP_PKEY_CTX_free(pc);
  EVP_PKEY_free(params);
}

static void keygen_work_run(uv_work_t* req) {
  keygen_run(req->data);
  ERR_clear_error();
}

/* The handle, OpenSSL's error (raised again on this thread) or null. */
static JSValueRef keygen_result(JSContextRef ctx, keygen_job* j) {
  EVP_PKEY* k = j->pkey;
  unsigned long e = j->error;
  free(j->prime);
  free(j);
  if (k) return eddy__crypto_pkey_handle(ctx, k);
  if (!e) return JSValueMakeNull(ctx);
  ERR_clear_error();
  ERR_raise(ERR_GET_LIB(e), ERR_GET_REASON(e));
  return eddy__crypto_error(ctx, "Key generation failed");
}

static void keygen_work_on_done(uv_work_t* req, int status) {
  keygen_job* j = req->data;
  eddy_runtime* rt = req->loop->data;
  JSObjectRef cb = j->callback;
  JSValueRef handle = keygen_result(rt->ctx, j);
  eddy_runtime_call(rt, cb, NULL, 1, &handle);
  JSValueUnprotect(rt->ctx, cb);
}

/* keyGenerate(type, options, callback?): a private key handle (or null when OpenSSL
 * refused the parameters); with a callback, callback(handle|null) later. */
static EDDY_JS_FN(crypto_key_generate) {
  (void)function, (void)self;
  keygen_job* j = eddy_calloc(1, sizeof(*j));
  char* type = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 0), NULL, exception);
  CHECK(type && strlen(type) < sizeof(j->type));
  strcpy(j->type, type);
  free(type);
  JSObjectRef o = (JSObjectRef)eddy_js_arg(ctx, argc, argv, 1);
  j->modulus_bits = opt_num(ctx, o, "modulusLength");
  j->exponent = opt_num(ctx, o, "publicExponent");
  j->salt_len = opt_num(ctx, o, "saltLength");
  j->divisor_bits = opt_num(ctx, o, "divisorLength");
  j->prime_bits = opt_num(ctx, o, "primeLength");
  j->generator = opt_num(ctx, o, "generator");
  copy_str(ctx, o, "hashAlgorithm", j->hash, sizeof(j->hash));
  copy_str(ctx, o, "mgf1HashAlgorithm", j->mgf1_hash, sizeof(j->mgf1_hash));
  copy_str(ctx, o, "namedCurve", j->curve, sizeof(j->curve));
  copy_str(ctx, o, "group", j->group, sizeof(j->group));
  copy_str(ctx, o, "paramEncoding", j->param_encoding, sizeof(j->param_encoding));
  size_t plen = 0;
  uint8_t* prime = eddy_js_bytes(ctx, eddy_js_get(ctx, o, "prime"), &plen);
  if (prime) {
    j->prime = eddy_malloc(plen + 1);
    memcpy(j->prime, prime, plen);
    j->prime_len = plen;
  }
  JSValueRef callback = eddy_js_arg(ctx, argc, argv, 2);
  if (JSValueIsUndefined(ctx, callback)) {
    keygen_run(j);
    ERR_clear_error();
    return keygen_result(ctx, j);
  }
  eddy_runtime* rt = eddy_runtime_from(ctx);
  j->callback = eddy_protect_object(ctx, callback);
  j->req.data = j;
  CHECK_EQ(uv_queue_work(&rt->loop, &j->req, keygen_work_run, keygen_work_on_done), 0);
  return JSValueMakeUndefined(ctx);
}

/* curveKnown(name): whether OpenSSL knows an EC group by this name. */
static EDDY_JS_FN(crypto_curve_known) {
  (void)function, (void)self;
  char* name = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 0), NULL, exception);
  if (!name) return NULL;
  int nid = OBJ_txt2nid(name);
  if (nid == NID_undef) nid = EC_curve_nist2nid(name);
  free(name);
  return JSValueMakeBoolean(ctx, nid != NID_undef);
}

static int curve_nid(const char* name) {
  int nid = OBJ_txt2nid(name);
  if (nid == NID_undef) nid = EC_curve_nist2nid(name);
  return nid;
}

/* ecPointConvert(curve, point, form): the point re-encoded (form 2 compressed,
 * 4 uncompressed, 6 hybrid), or null when it is not on the curve. */
static EDDY_JS_FN(crypto_ec_point_convert) {
  (void)function, (void)self;
  char* name = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 0), NULL, exception);
  if (!name) return NULL;
  EC_GROUP* group = EC_GROUP_new_by_curve_name(curve_nid(name));
  free(name);
  size_t len = 0;
  const uint8_t* in = eddy_js_bytes(ctx, eddy_js_arg(ctx, argc, argv, 1), &len);
  int form = (int)eddy_js_arg_int(ctx, argc, argv, 2);
  JSValueRef r = JSValueMakeNull(ctx);
  EC_POINT* pt = group ? EC_POINT_new(group) : NULL;
  if (pt && in && EC_POINT_oct2point(group, pt, in, len, NULL) == 1) {
    uint8_t out[200];
    size_t n = EC_POINT_point2oct(group, pt, (point_conversion_form_t)form, out, sizeof(out), NULL);
    if (n) r = eddy__crypto_bytes(ctx, out, n);
  }
  EC_POINT_free(pt);
  EC_GROUP_free(group);
  ERR_clear_error();
  return r;
}

/* ecKeyFromPrivate(curve, d): a key handle with the public point d*G, or null. */
static EDDY_JS_FN(crypto_ec_key_from_private) {
  (void)function, (void)self;
  char* name = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 0), NULL, exception);
  if (!name) return NULL;
  int nid = curve_nid(name);
  free(name);
  EC_GROUP* group = EC_GROUP_new_by_curve_name(nid);
  size_t len = 0;
  const uint8_t* d = eddy_js_bytes(ctx, eddy_js_arg(ctx, argc, argv, 1), &len);
  BIGNUM* priv = d ? BN_bin2bn(d, (int)len, NULL) : NULL;
  EC_POINT* pub = group ? EC_POINT_new(group) : NULL;
  EVP_PKEY* pkey = NULL;
  uint8_t point[200];
  size_t plen = 0;
  if (pub && priv && !BN_is_zero(priv) && BN_cmp(priv, EC_GROUP_get0_order(group)) < 0 &&
      EC_POINT_mul(group, pub, priv, NULL, NULL, NULL) == 1) {
    plen =
        EC_POINT_point2oct(group, pub, POINT_CONVERSION_UNCOMPRESSED, point, sizeof(point), NULL);
  }
  if (plen) {
    OSSL_PARAM_BLD* bld = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, OBJ_nid2sn(nid), 0);
    OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_PRIV_KEY, priv);
    OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, point, plen);
    OSSL_PARAM* op = OSSL_PARAM_BLD_to_param(bld);
    EVP_PKEY_CTX* pc = EVP_PKEY_CTX_new_from_name(NULL, "EC", NULL);
    if (pc && EVP_PKEY_fromdata_init(pc) == 1) EVP_PKEY_fromdata(pc, &pkey, EVP_PKEY_KEYPAIR, op);
    EVP_PKEY_CTX_free(pc);
    OSSL_PARAM_free(op);
    OSSL_PARAM_BLD_free(bld);
  }
  EC_POINT_free(pub);
  EC_GROUP_free(group);
  BN_clear_free(priv);
  ERR_clear_error();
  return pkey ? (JSValueRef)eddy__crypto_pkey_handle(ctx, pkey) : JSValueMakeNull(ctx);
}

static int compare_names(const void* a, const void* b) {
  return strcmp(*(const char* const*)a, *(const char* const*)b);
}

/* getCurves(): the short names of OpenSSL's built-in EC curves, sorted. */
static EDDY_JS_FN(crypto_get_curves) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  size_t n = EC_get_builtin_curves(NULL, 0);
  EC_builtin_curve* curves = eddy_malloc(n * sizeof(*curves) + 1);
  EC_get_builtin_curves(curves, n);
  const char** names = eddy_malloc(n * sizeof(char*) + 1);
  for (size_t i = 0; i < n; i++) names[i] = OBJ_nid2sn(curves[i].nid);
  qsort(names, n, sizeof(char*), compare_names);
  /* Stored as made: JS values only in malloc'd memory are invisible to the GC. */
  JSObjectRef arr = eddy_js_array_new(ctx);
  for (size_t i = 0; i < n; i++)
    eddy_js_array_set(ctx, arr, (unsigned)i, eddy_js_cstr(ctx, names[i]));
  free(names);
  free(curves);
  return arr;
}

void eddy__crypto_keygen_register(JSContextRef ctx, JSObjectRef b) {
  eddy_js_set_fn(ctx, b, "getCurves", crypto_get_curves);
  eddy_js_set_fn(ctx, b, "ecPointConvert", crypto_ec_point_convert);
  eddy_js_set_fn(ctx, b, "ecKeyFromPrivate", crypto_ec_key_from_private);
  eddy_js_set_fn(ctx, b, "keyGenerate", crypto_key_generate);
  eddy_js_set_fn(ctx, b, "curveKnown", crypto_curve_known);
}
