/* Secure-context options beyond certificates and keys (part of
 * internalBinding('tls_wrap'); lib/_tls_common.js validates the arguments):
 * ECDH curves, signature algorithms, SSL_OP_* options, DH parameters and the
 * client-certificate engine. */
#define OPENSSL_SUPPRESS_DEPRECATED /* ENGINE: node's clientCertEngine option */
#include <openssl/dh.h>
#include <openssl/engine.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <stdlib.h>
#include <string.h>

#include "crypto.h"
#include "tls_ca.h"

/* ctxSetECDHCurve(ctx, list): the key-exchange groups; false when OpenSSL refused. */
static EDDY_JS_FN(tls_ctx_set_ecdh_curve) {
  (void)function, (void)self;
  SSL_CTX* c = eddy_tls_ctx_arg(ctx, argc, argv, 0);
  char* list = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 1), NULL, exception);
  if (!list) return NULL;
  int ok = SSL_CTX_set1_groups_list(c, list) == 1;
  free(list);
  ERR_clear_error();
  return JSValueMakeBoolean(ctx, ok);
}

/* ctxSetSigalgs(ctx, list): signature algorithms offered and accepted. */
static EDDY_JS_FN(tls_ctx_set_sigalgs) {
  (void)function, (void)self;
  ERR_clear_error();
  SSL_CTX* c = eddy_tls_ctx_arg(ctx, argc, argv, 0);
  char* list = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 1), NULL, exception);
  if (!list) return NULL;
  int ok = SSL_CTX_set1_sigalgs_list(c, list) == 1;
  free(list);
  if (!ok) return eddy__crypto_throw(ctx, exception, "error:00000000:lib(0)::reason(0)");
  return JSValueMakeUndefined(ctx);
}

/* ctxSetOptions(ctx, bits): SSL_OP_* bits (secureOptions). */
static EDDY_JS_FN(tls_ctx_set_options) {
  (void)function, (void)self, (void)exception;
  SSL_CTX* c = eddy_tls_ctx_arg(ctx, argc, argv, 0);
  double bits = eddy_js_arg_num(ctx, argc, argv, 1);
  if (bits > 0) SSL_CTX_set_options(c, (uint64_t)bits);
  return JSValueMakeUndefined(ctx);
}

/* ctxSetDHParam(ctx, pem): finite-field DH parameters, or 'auto'; returns the prime's
 * bits (0 for 'auto'), or -1 when the PEM holds none. */
static EDDY_JS_FN(tls_ctx_set_dh_param) {
  (void)function, (void)self;
  ERR_clear_error();
  SSL_CTX* c = eddy_tls_ctx_arg(ctx, argc, argv, 0);
  size_t len = 0;
  uint8_t* owned = NULL;
  const uint8_t* data = eddy__crypto_data_arg(ctx, argc, argv, 1, &len, &owned, exception);
  if (!data) return NULL;
  if (len == 4 && memcmp(data, "auto", 4) == 0) {
    free(owned);
    SSL_CTX_set_dh_auto(c, 1);
    return JSValueMakeNumber(ctx, 0);
  }
  BIO* bio = BIO_new_mem_buf(data, (int)len);
  EVP_PKEY* dh = PEM_read_bio_Parameters(bio, NULL);
  BIO_free(bio);
  free(owned);
  ERR_clear_error();
  if (!dh) return JSValueMakeNumber(ctx, -1);
  int bits = EVP_PKEY_get_bits(dh);
  if (SSL_CTX_set0_tmp_dh_pkey(c, dh) != 1) {
    EVP_PKEY_free(dh);
    return eddy__crypto_throw(ctx, exception, "Error setting temp DH parameter");
  }
  return JSValueMakeNumber(ctx, bits);
}

/* ctxSetClientCertEngine(ctx, id): loads an OpenSSL engine by id (or shared-library
 * path) for client certificates; throws OpenSSL's error when it cannot be loaded. */
static EDDY_JS_FN(tls_ctx_set_client_cert_engine) {
  (void)function, (void)self;
  ERR_clear_error();
  SSL_CTX* c = eddy_tls_ctx_arg(ctx, argc, argv, 0);
  char* id = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 1), NULL, exception);
  if (!id) return NULL;
  ENGINE* e = ENGINE_by_id(id);
  if (!e) {
    /* As node: an unknown id is tried as a shared library through the dynamic engine. */
    e = ENGINE_by_id("dynamic");
    if (e && (!ENGINE_ctrl_cmd_string(e, "SO_PATH", id, 0) ||
              !ENGINE_ctrl_cmd_string(e, "LOAD", NULL, 0))) {
      ENGINE_free(e);
      e = NULL;
    }
  }
  free(id);
  if (!e) return eddy__crypto_throw(ctx, exception, "Failed to load the engine");
  int ok = SSL_CTX_set_client_cert_engine(c, e) == 1;
  ENGINE_free(e);
  if (!ok) return eddy__crypto_throw(ctx, exception, "Failed to set the client certificate engine");
  return JSValueMakeUndefined(ctx);
}

void eddy_tls_ctx_register(JSContextRef ctx, JSObjectRef b) {
  eddy_js_set_fn(ctx, b, "ctxSetECDHCurve", tls_ctx_set_ecdh_curve);
  eddy_js_set_fn(ctx, b, "ctxSetSigalgs", tls_ctx_set_sigalgs);
  eddy_js_set_fn(ctx, b, "ctxSetOptions", tls_ctx_set_options);
  eddy_js_set_fn(ctx, b, "ctxSetDHParam", tls_ctx_set_dh_param);
  eddy_js_set_fn(ctx, b, "ctxSetClientCertEngine", tls_ctx_set_client_cert_engine);
}
