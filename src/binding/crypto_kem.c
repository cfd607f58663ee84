/* Key encapsulation for node:crypto's encapsulate/decapsulate: EVP_PKEY_encapsulate
 * over a key handle. RSA keys use RSASVE (OpenSSL 3.0); EC and X25519/X448 keys use
 * DHKEM where OpenSSL has it (3.2), ML-KEM needs no operation name (3.5). The linked
 * OpenSSL decides what works; a refusal is reported as node's operation error. */
#include <openssl/err.h>
#include <openssl/evp.h>
#include <stdlib.h>
#include <string.h>

#include "../util/check.h"
#include "crypto.h"

/* The KEM operation name OpenSSL wants for this key, or NULL when it takes none. */
static const char* kem_op(EVP_PKEY* pkey) {
  switch (EVP_PKEY_get_base_id(pkey)) {
    case EVP_PKEY_RSA: return "RSASVE";
    case EVP_PKEY_EC:
    case EVP_PKEY_X25519:
    case EVP_PKEY_X448: return "DHKEM";
    default: return NULL;
  }
}

/* A context ready for en/decapsulation, or NULL. */
static EVP_PKEY_CTX* kem_ctx(EVP_PKEY* pkey, int encap) {
  EVP_PKEY_CTX* pc = EVP_PKEY_CTX_new_from_pkey(NULL, pkey, NULL);
  if (!pc) return NULL;
  int ok = encap ? EVP_PKEY_encapsulate_init(pc, NULL) : EVP_PKEY_decapsulate_init(pc, NULL);
  const char* op = kem_op(pkey);
  if (ok == 1 && op) ok = EVP_PKEY_CTX_set_kem_op(pc, op);
  if (ok != 1) {
    EVP_PKEY_CTX_free(pc);
    return NULL;
  }
  return pc;
}

/* kemEncapsulate(handle): {sharedKey, ciphertext} as Uint8Arrays, or a negative
 * number: -1 when the operation could not start, -2 when it failed. */
static EDDY_JS_FN(crypto_kem_encapsulate) {
  (void)function, (void)self, (void)exception;
  EVP_PKEY* pkey = eddy__crypto_pkey_arg(ctx, eddy_js_arg(ctx, argc, argv, 0));
  CHECK(pkey);
  EVP_PKEY_CTX* pc = kem_ctx(pkey, 1);
  ERR_clear_error();
  if (!pc) return JSValueMakeNumber(ctx, -1);
  size_t ct_len = 0, key_len = 0;
  JSValueRef r = JSValueMakeNumber(ctx, -2);
  if (EVP_PKEY_encapsulate(pc, NULL, &ct_len, NULL, &key_len) == 1) {
    uint8_t* ct = eddy_malloc(ct_len + 1);
    uint8_t* key = eddy_malloc(key_len + 1);
    if (EVP_PKEY_encapsulate(pc, ct, &ct_len, key, &key_len) == 1) {
      JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
      eddy_js_set(ctx, o, "sharedKey", eddy__crypto_bytes(ctx, key, key_len));
      eddy_js_set(ctx, o, "ciphertext", eddy__crypto_bytes(ctx, ct, ct_len));
      r = o;
    }
    OPENSSL_cleanse(key, key_len);
    free(ct);
    free(key);
  }
  EVP_PKEY_CTX_free(pc);
  ERR_clear_error();
  return r;
}

/* kemDecapsulate(handle, ciphertext): the shared key, or -1/-2 as above. */
static EDDY_JS_FN(crypto_kem_decapsulate) {
  (void)function, (void)self, (void)exception;
  EVP_PKEY* pkey = eddy__crypto_pkey_arg(ctx, eddy_js_arg(ctx, argc, argv, 0));
  CHECK(pkey);
  size_t ct_len = 0;
  const uint8_t* ct = eddy_js_bytes(ctx, eddy_js_arg(ctx, argc, argv, 1), &ct_len);
  if (!ct) ct = (const uint8_t*)"";
  EVP_PKEY_CTX* pc = kem_ctx(pkey, 0);
  ERR_clear_error();
  if (!pc) return JSValueMakeNumber(ctx, -1);
  size_t key_len = 0;
  JSValueRef r = JSValueMakeNumber(ctx, -2);
  if (EVP_PKEY_decapsulate(pc, NULL, &key_len, ct, ct_len) == 1) {
    uint8_t* key = eddy_malloc(key_len + 1);
    if (EVP_PKEY_decapsulate(pc, key, &key_len, ct, ct_len) == 1) {
      r = eddy__crypto_bytes(ctx, key, key_len);
    }
    OPENSSL_cleanse(key, key_len);
    free(key);
  }
  EVP_PKEY_CTX_free(pc);
  ERR_clear_error();
  return r;
}

void eddy__crypto_kem_register(JSContextRef ctx, JSObjectRef b) {
  eddy_js_set_fn(ctx, b, "kemEncapsulate", crypto_kem_encapsulate);
  eddy_js_set_fn(ctx, b, "kemDecapsulate", crypto_kem_decapsulate);
}
