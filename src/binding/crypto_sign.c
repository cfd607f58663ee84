/* Signatures, RSA encryption and key agreement for node:crypto: sign/verify (one-shot
 * over the data, or over a digest made by a Sign/Verify stream), publicEncrypt and its
 * three siblings, and the shared secret of two keys (diffieHellman, ECDH). */
#include <openssl/core_names.h>
#include <openssl/dh.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <stdlib.h>
#include <string.h>

#include "../util/check.h"
#include "crypto.h"

static EVP_PKEY* pkey_at(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  EVP_PKEY* k = eddy__crypto_pkey_arg(ctx, eddy_js_arg(ctx, argc, argv, i));
  CHECK(k);
  return k;
}

static const EVP_MD* md_at(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                           int* bad) {
  JSValueRef v = eddy_js_arg(ctx, argc, argv, i);
  *bad = 0;
  if (!JSValueIsString(ctx, v)) return NULL;
  char* name = eddy_js_to_utf8(ctx, v, NULL, NULL);
  const EVP_MD* md = name ? eddy__crypto_digest(name) : NULL;
  free(name);
  if (!md) *bad = 1;
  return md;
}

static int opt_int(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i, int dflt) {
  JSValueRef v = eddy_js_arg(ctx, argc, argv, i);
  return JSValueIsNumber(ctx, v) ? (int)JSValueToNumber(ctx, v, NULL) : dflt;
}

#define NO_VALUE (-1000)

/* Applies RSA padding and PSS salt length options to a signing context. */
static int set_rsa_options(EVP_PKEY_CTX* pc, EVP_PKEY* pkey, int padding, int salt_len) {
  int id = EVP_PKEY_get_base_id(pkey);
  if (id != EVP_PKEY_RSA && id != EVP_PKEY_RSA_PSS) return 1;
  if (padding != NO_VALUE && EVP_PKEY_CTX_set_rsa_padding(pc, padding) != 1) return 0;
  if (salt_len != NO_VALUE && EVP_PKEY_CTX_set_rsa_pss_saltlen(pc, salt_len) != 1) return 0;
  return 1;
}

/* The size in bytes of r and s in an IEEE P1363 signature for this key. */
static int p1363_half(EVP_PKEY* pkey) {
  if (EVP_PKEY_get_base_id(pkey) == EVP_PKEY_DSA) {
    BIGNUM* q = NULL;
    int n = 0;
    if (EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_FFC_Q, &q) == 1) n = BN_num_bytes(q);
    BN_free(q);
    return n;
  }
  return (EVP_PKEY_get_bits(pkey) + 7) / 8;
}

static int uses_dsa_encoding(EVP_PKEY* pkey) {
  int id = EVP_PKEY_get_base_id(pkey);
  return id == EVP_PKEY_EC || id == EVP_PKEY_DSA;
}

/* DER (r, s) to r||s; returns the new length or 0. */
static size_t der_to_p1363(EVP_PKEY* pkey, const uint8_t* der, size_t len, uint8_t* out) {
  const unsigned char* p = der;
  ECDSA_SIG* sig = d2i_ECDSA_SIG(NULL, &p, (long)len);
  if (!sig) return 0;
  int half = p1363_half(pkey);
  const BIGNUM *r, *s;
  ECDSA_SIG_get0(sig, &r, &s);
  int ok = BN_bn2binpad(r, out, half) == half && BN_bn2binpad(s, out + half, half) == half;
  ECDSA_SIG_free(sig);
  return ok ? (size_t)half * 2 : 0;
}

/* r||s to DER; returns a malloc'd buffer (OPENSSL_free) or NULL. */
static uint8_t* p1363_to_der(EVP_PKEY* pkey, const uint8_t* sig, size_t len, size_t* out_len) {
  int half = p1363_half(pkey);
  if (len != (size_t)half * 2) return NULL;
  ECDSA_SIG* es = ECDSA_SIG_new();
  BIGNUM* r = BN_bin2bn(sig, half, NULL);
  BIGNUM* s = BN_bin2bn(sig + half, half, NULL);
  ECDSA_SIG_set0(es, r, s);
  unsigned char* der = NULL;
  int n = i2d_ECDSA_SIG(es, &der);
  ECDSA_SIG_free(es);
  if (n <= 0) return NULL;
  *out_len = (size_t)n;
  return der;
}

/* Signs: with prehashed, data is a digest made with md (EVP_PKEY_sign); else the
 * data itself (EVP_DigestSign, which also serves Ed25519/Ed448). */
static JSValueRef do_sign(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                          JSValueRef* exception, int prehashed) {
  if (ERR_peek_error()) ERR_clear_error(); /* errors left by earlier calls are not ours to report */
  EVP_PKEY* pkey = pkey_at(ctx, argc, argv, 0);
  int bad = 0;
  const EVP_MD* md = md_at(ctx, argc, argv, 1, &bad);
  if (bad) return JSValueMakeNull(ctx);
  size_t len = 0;
  uint8_t* owned = NULL;
  const uint8_t* data = eddy__crypto_data_arg(ctx, argc, argv, 2, &len, &owned, exception);
  if (!data) return NULL;
  int padding = opt_int(ctx, argc, argv, 3, NO_VALUE);
  int salt_len = opt_int(ctx, argc, argv, 4, NO_VALUE);
  int p1363 = opt_int(ctx, argc, argv, 5, 0) == 1 && uses_dsa_encoding(pkey);
  size_t sig_len = (size_t)EVP_PKEY_get_size(pkey) + 16;
  uint8_t* sig = eddy_malloc(sig_len);
  int ok;
  if (prehashed) {
    EVP_PKEY_CTX* pc = EVP_PKEY_CTX_new_from_pkey(NULL, pkey, NULL);
    ok = pc && EVP_PKEY_sign_init(pc) == 1 && set_rsa_options(pc, pkey, padding, salt_len) &&
         (!md || EVP_PKEY_CTX_set_signature_md(pc, md) == 1) &&
         EVP_PKEY_sign(pc, sig, &sig_len, data, len) == 1;
    EVP_PKEY_CTX_free(pc);
  } else {
    /* Without RSA options the key's cached signing context serves. */
    EVP_MD_CTX* mc = padding == NO_VALUE && salt_len == NO_VALUE
                         ? eddy__crypto_pkey_sign_ctx(ctx, eddy_js_arg(ctx, argc, argv, 0), md)
                         : NULL;
    if (mc) {
      ok = EVP_DigestSign(mc, sig, &sig_len, data, len) == 1;
    } else {
      mc = EVP_MD_CTX_new();
      EVP_PKEY_CTX* pc = NULL;
      ok = EVP_DigestSignInit(mc, &pc, md, NULL, pkey) == 1 &&
           set_rsa_options(pc, pkey, padding, salt_len) &&
           EVP_DigestSign(mc, sig, &sig_len, data, len) == 1;
    }
    EVP_MD_CTX_free(mc);
  }
  free(owned);
  if (!ok) {
    free(sig);
    return eddy__crypto_throw(ctx, exception, "Sign failed");
  }
  JSValueRef r;
  if (p1363) {
    uint8_t out[256];
    size_t n = der_to_p1363(pkey, sig, sig_len, out);
    CHECK(n);
    r = eddy__crypto_bytes(ctx, out, n);
  } else {
    r = eddy__crypto_bytes(ctx, sig, sig_len);
  }
  free(sig);
  return r;
}

static JSValueRef do_verify(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                            JSValueRef* exception, int prehashed) {
  ERR_clear_error(); /* errors left by earlier calls are not ours to report */
  EVP_PKEY* pkey = pkey_at(ctx, argc, argv, 0);
  int bad = 0;
  const EVP_MD* md = md_at(ctx, argc, argv, 1, &bad);
  if (bad) return JSValueMakeNull(ctx);
  size_t len = 0, sig_len = 0;
  uint8_t* owned = NULL;
  const uint8_t* data = eddy__crypto_data_arg(ctx, argc, argv, 2, &len, &owned, exception);
  if (!data) return NULL;
  const uint8_t* sig = eddy_js_bytes(ctx, eddy_js_arg(ctx, argc, argv, 3), &sig_len);
  if (!sig) sig = (const uint8_t*)"";
  int padding = opt_int(ctx, argc, argv, 4, NO_VALUE);
  int salt_len = opt_int(ctx, argc, argv, 5, NO_VALUE);
  int p1363 = opt_int(ctx, argc, argv, 6, 0) == 1 && uses_dsa_encoding(pkey);
  uint8_t* der = NULL;
  if (p1363) {
    der = p1363_to_der(pkey, sig, sig_len, &sig_len);
    if (!der) {
      free(owned);
      return JSValueMakeBoolean(ctx, false);
    }
    sig = der;
  }
  int r, setup;
  if (prehashed) {
    EVP_PKEY_CTX* pc = EVP_PKEY_CTX_new_from_pkey(NULL, pkey, NULL);
    setup = pc && EVP_PKEY_verify_init(pc) == 1 && set_rsa_options(pc, pkey, padding, salt_len) &&
            (!md || EVP_PKEY_CTX_set_signature_md(pc, md) == 1);
    r = setup ? EVP_PKEY_verify(pc, sig, sig_len, data, len) : 0;
    EVP_PKEY_CTX_free(pc);
  } else {
    EVP_MD_CTX* mc = EVP_MD_CTX_new();
    EVP_PKEY_CTX* pc = NULL;
    setup = EVP_DigestVerifyInit(mc, &pc, md, NULL, pkey) == 1 &&
            set_rsa_options(pc, pkey, padding, salt_len);
    r = setup ? EVP_DigestVerify(mc, sig, sig_len, data, len) : 0;
    EVP_MD_CTX_free(mc);
  }
  free(owned);
  OPENSSL_free(der);
  if (!setup) return eddy__crypto_throw(ctx, exception, "Verify failed");
  ERR_clear_error();
  return JSValueMakeBoolean(ctx, r == 1);
}

/* sign(key, digest|undefined, data, padding?, saltLength?, dsaEncoding?): signature
 * bytes, null for an unknown digest, or throws OpenSSL's error. */
static EDDY_JS_FN(crypto_sign) {
  (void)function, (void)self;
  return do_sign(ctx, argc, argv, exception, 0);
}

/* signDigest(...): the same over a digest already computed by a Sign stream. */
static EDDY_JS_FN(crypto_sign_digest) {
  (void)function, (void)self;
  return do_sign(ctx, argc, argv, exception, 1);
}

/* verify(key, digest|undefined, data, signature, padding?, saltLength?, dsaEncoding?). */
static EDDY_JS_FN(crypto_verify) {
  (void)function, (void)self;
  return do_verify(ctx, argc, argv, exception, 0);
}

static EDDY_JS_FN(crypto_verify_digest) {
  (void)function, (void)self;
  return do_verify(ctx, argc, argv, exception, 1);
}

/* pkeyCrypt(op, key, data, padding, oaepHash|undefined, oaepLabel|undefined): op 0
 * publicEncrypt, 1 privateDecrypt, 2 privateEncrypt, 3 publicDecrypt. */
static EDDY_JS_FN(crypto_pkey_crypt) {
  (void)function, (void)self;
  ERR_clear_error(); /* errors left by earlier calls are not ours to report */
  int op = (int)eddy_js_arg_int(ctx, argc, argv, 0);
  EVP_PKEY* pkey = pkey_at(ctx, argc, argv, 1);
  size_t len = 0;
  uint8_t* owned = NULL;
  const uint8_t* data = eddy__crypto_data_arg(ctx, argc, argv, 2, &len, &owned, exception);
  if (!data) return NULL;
  int padding = opt_int(ctx, argc, argv, 3, RSA_PKCS1_OAEP_PADDING);
  int bad = 0;
  const EVP_MD* oaep_md = md_at(ctx, argc, argv, 4, &bad);
  size_t label_len = 0;
  uint8_t* label = eddy_js_bytes(ctx, eddy_js_arg(ctx, argc, argv, 5), &label_len);
  EVP_PKEY_CTX* pc = EVP_PKEY_CTX_new_from_pkey(NULL, pkey, NULL);
  int ok = pc != NULL && !bad;
  if (ok) {
    switch (op) {
      case 0: ok = EVP_PKEY_encrypt_init(pc) == 1; break;
      case 1: ok = EVP_PKEY_decrypt_init(pc) == 1; break;
      case 2: ok = EVP_PKEY_sign_init(pc) == 1; break;
      default: ok = EVP_PKEY_verify_recover_init(pc) == 1; break;
    }
  }
  if (ok) ok = EVP_PKEY_CTX_set_rsa_padding(pc, padding) == 1;
  if (ok && padding == RSA_PKCS1_OAEP_PADDING && oaep_md) {
    ok = EVP_PKEY_CTX_set_rsa_oaep_md(pc, oaep_md) == 1 &&
         EVP_PKEY_CTX_set_rsa_mgf1_md(pc, oaep_md) == 1;
  }
  if (ok && padding == RSA_PKCS1_OAEP_PADDING && label && label_len) {
    uint8_t* copy = OPENSSL_malloc(label_len);
    memcpy(copy, label, label_len);
    ok = EVP_PKEY_CTX_set0_rsa_oaep_label(pc, copy, (int)label_len) == 1;
    if (!ok) OPENSSL_free(copy);
  }
  size_t out_len = 0;
  uint8_t* out = NULL;
  if (ok) {
    out_len = (size_t)EVP_PKEY_get_size(pkey);
    out = eddy_malloc(out_len + 1);
    switch (op) {
      case 0: ok = EVP_PKEY_encrypt(pc, out, &out_len, data, len) == 1; break;
      case 1: ok = EVP_PKEY_decrypt(pc, out, &out_len, data, len) == 1; break;
      case 2: ok = EVP_PKEY_sign(pc, out, &out_len, data, len) == 1; break;
      default: ok = EVP_PKEY_verify_recover(pc, out, &out_len, data, len) == 1; break;
    }
  }
  EVP_PKEY_CTX_free(pc);
  free(owned);
  if (!ok) {
    free(out);
    if (bad) {
      /* node's message and code for an OAEP digest OpenSSL does not know. */
      JSObjectRef err = (JSObjectRef)eddy_js_error(ctx, "Invalid digest used");
      eddy_js_set_cstr(ctx, err, "code", "ERR_OSSL_EVP_INVALID_DIGEST");
      ERR_clear_error();
      *exception = err;
      return NULL;
    }
    return eddy__crypto_throw(ctx, exception, "Operation failed");
  }
  JSValueRef r = eddy__crypto_bytes(ctx, out, out_len);
  free(out);
  return r;
}

/* deriveSecret(privateKey, publicKey): the shared secret, or throws. */
static EDDY_JS_FN(crypto_derive_secret) {
  (void)function, (void)self;
  ERR_clear_error(); /* errors left by earlier calls are not ours to report */
  EVP_PKEY* priv = pkey_at(ctx, argc, argv, 0);
  EVP_PKEY* pub = pkey_at(ctx, argc, argv, 1);
  EVP_PKEY_CTX* pc = EVP_PKEY_CTX_new_from_pkey(NULL, priv, NULL);
  size_t n = 0;
  uint8_t* out = NULL;
  int ok = pc && EVP_PKEY_derive_init(pc) == 1 && EVP_PKEY_derive_set_peer(pc, pub) == 1;
  /* A DH secret keeps the prime's length (leading zero bytes included), as node. */
  if (ok && EVP_PKEY_get_base_id(priv) == EVP_PKEY_DH) ok = EVP_PKEY_CTX_set_dh_pad(pc, 1) == 1;
  ok = ok && EVP_PKEY_derive(pc, NULL, &n) == 1;
  if (ok) {
    out = eddy_malloc(n + 1);
    ok = EVP_PKEY_derive(pc, out, &n) == 1;
  }
  EVP_PKEY_CTX_free(pc);
  if (!ok) {
    free(out);
    return eddy__crypto_throw(ctx, exception, "Failed to derive secret");
  }
  JSValueRef r = eddy__crypto_bytes(ctx, out, n);
  free(out);
  return r;
}

void eddy__crypto_sign_register(JSContextRef ctx, JSObjectRef b) {
  eddy_js_set_fn(ctx, b, "sign", crypto_sign);
  eddy_js_set_fn(ctx, b, "signDigest", crypto_sign_digest);
  eddy_js_set_fn(ctx, b, "verify", crypto_verify);
  eddy_js_set_fn(ctx, b, "verifyDigest", crypto_verify_digest);
  eddy_js_set_fn(ctx, b, "pkeyCrypt", crypto_pkey_crypt);
  eddy_js_set_fn(ctx, b, "deriveSecret", crypto_derive_secret);
}
