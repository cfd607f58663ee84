/* Classic Diffie-Hellman for node:crypto's DiffieHellman and DiffieHellmanGroup:
 * group primes, prime generation, key pairs and shared secrets as big-endian bytes.
 * The arithmetic on caller-supplied keys is plain BN math; fresh key pairs come from
 * OpenSSL's DH key generation (short exponents for the named groups, as node). */
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/dh.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <stdlib.h>
#include <string.h>

#include "../util/check.h"
#include "crypto.h"

static BIGNUM* bn_at(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  size_t len = 0;
  const uint8_t* b = eddy_js_bytes(ctx, eddy_js_arg(ctx, argc, argv, i), &len);
  if (!b) return NULL;
  return BN_bin2bn(b, (int)len, NULL);
}

static JSValueRef bn_bytes(JSContextRef ctx, const BIGNUM* bn, int pad) {
  int n = BN_num_bytes(bn);
  if (n < pad) n = pad;
  uint8_t* buf = eddy_malloc((size_t)n + 1);
  BN_bn2binpad(bn, buf, n);
  JSValueRef r = eddy__crypto_bytes(ctx, buf, (size_t)n);
  free(buf);
  return r;
}

/* dhGroupPrime(name): the prime of a MODP group (RFC 2409/3526), or null. */
static EDDY_JS_FN(crypto_dh_group_prime) {
  (void)function, (void)self;
  char* name = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 0), NULL, exception);
  if (!name) return NULL;
  BIGNUM* p = NULL;
  if (!strcmp(name, "modp1"))
    p = BN_get_rfc2409_prime_768(NULL);
  else if (!strcmp(name, "modp2"))
    p = BN_get_rfc2409_prime_1024(NULL);
  else if (!strcmp(name, "modp5"))
    p = BN_get_rfc3526_prime_1536(NULL);
  else if (!strcmp(name, "modp14"))
    p = BN_get_rfc3526_prime_2048(NULL);
  else if (!strcmp(name, "modp15"))
    p = BN_get_rfc3526_prime_3072(NULL);
  else if (!strcmp(name, "modp16"))
    p = BN_get_rfc3526_prime_4096(NULL);
  else if (!strcmp(name, "modp17"))
    p = BN_get_rfc3526_prime_6144(NULL);
  else if (!strcmp(name, "modp18"))
    p = BN_get_rfc3526_prime_8192(NULL);
  free(name);
  if (!p) return JSValueMakeNull(ctx);
  JSValueRef r = bn_bytes(ctx, p, 0);
  BN_free(p);
  return r;
}

/* dhGeneratePrime(bits, generator): a safe prime suiting the generator, or null. */
static EDDY_JS_FN(crypto_dh_generate_prime) {
  (void)function, (void)self, (void)exception;
  int bits = (int)eddy_js_arg_int(ctx, argc, argv, 0);
  int g = (int)eddy_js_arg_int(ctx, argc, argv, 1);
  EVP_PKEY_CTX* pc = EVP_PKEY_CTX_new_from_name(NULL, "DH", NULL);
  EVP_PKEY* params = NULL;
  int ok = pc && EVP_PKEY_paramgen_init(pc) == 1 &&
           EVP_PKEY_CTX_set_dh_paramgen_prime_len(pc, bits) == 1 &&
           EVP_PKEY_CTX_set_dh_paramgen_generator(pc, g) == 1 &&
           EVP_PKEY_paramgen(pc, &params) == 1;
  EVP_PKEY_CTX_free(pc);
  BIGNUM* p = NULL;
  if (ok) ok = EVP_PKEY_get_bn_param(params, OSSL_PKEY_PARAM_FFC_P, &p) == 1;
  EVP_PKEY_free(params);
  ERR_clear_error();
  if (!ok) return JSValueMakeNull(ctx);
  JSValueRef r = bn_bytes(ctx, p, 0);
  BN_free(p);
  return r;
}

/* dhError(reason): node's error for a DH_R_* reason OpenSSL itself would give
 * (for checks lib/ makes before asking OpenSSL). */
static EDDY_JS_FN(crypto_dh_error) {
  (void)function, (void)self, (void)exception;
  ERR_clear_error();
  ERR_raise(ERR_LIB_DH, (int)eddy_js_arg_int(ctx, argc, argv, 0));
  return eddy__crypto_error(ctx, "Diffie-Hellman error");
}

/* dhCheck(p, g): node's verifyError flags (DH_CHECK_P_NOT_PRIME 1,
 * DH_CHECK_P_NOT_SAFE_PRIME 2, DH_NOT_SUITABLE_GENERATOR 8, DH_MODULUS_TOO_SMALL
 * 0x80 under 512 bits, which node's OpenSSL 3.5 reports and Debian's 3.0 does not). */
static EDDY_JS_FN(crypto_dh_check) {
  (void)function, (void)self, (void)exception;
  BIGNUM* p = bn_at(ctx, argc, argv, 0);
  BIGNUM* g = bn_at(ctx, argc, argv, 1);
  BN_CTX* bc = BN_CTX_new();
  int flags = BN_num_bits(p) < 512 ? 0x80 : 0;
  if (BN_check_prime(p, bc, NULL) != 1) {
    flags |= 1;
  } else {
    BIGNUM* q = BN_dup(p);
    BN_sub_word(q, 1);
    BN_rshift1(q, q);
    if (BN_check_prime(q, bc, NULL) != 1) flags |= 2;
    BN_free(q);
  }
  BIGNUM* pm1 = BN_dup(p);
  BN_sub_word(pm1, 1);
  if (BN_cmp(g, BN_value_one()) <= 0 || BN_cmp(g, pm1) >= 0) flags |= 8;
  BN_free(pm1);
  BN_CTX_free(bc);
  BN_free(p);
  BN_free(g);
  ERR_clear_error();
  return JSValueMakeNumber(ctx, flags);
}

/* dhGenerateKeys(p, g, priv|undefined): {priv, pub}. Without a private key a new
 * pair is made; with one, its public key g^priv mod p. Null on failure. */
static EDDY_JS_FN(crypto_dh_generate_keys) {
  (void)function, (void)self, (void)exception;
  BIGNUM* p = bn_at(ctx, argc, argv, 0);
  BIGNUM* g = bn_at(ctx, argc, argv, 1);
  BIGNUM* priv = bn_at(ctx, argc, argv, 2);
  BIGNUM* pub = NULL;
  int ok;
  if (priv) {
    BN_CTX* bc = BN_CTX_new();
    pub = BN_new();
    ok = BN_mod_exp(pub, g, priv, p, bc) == 1;
    BN_CTX_free(bc);
  } else {
    OSSL_PARAM_BLD* bld = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_FFC_P, p);
    OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_FFC_G, g);
    OSSL_PARAM* op = OSSL_PARAM_BLD_to_param(bld);
    EVP_PKEY_CTX* pc = EVP_PKEY_CTX_new_from_name(NULL, "DH", NULL);
    EVP_PKEY *params = NULL, *key = NULL;
    ok = pc && EVP_PKEY_fromdata_init(pc) == 1 &&
         EVP_PKEY_fromdata(pc, &params, EVP_PKEY_KEY_PARAMETERS, op) == 1;
    EVP_PKEY_CTX* kc = ok ? EVP_PKEY_CTX_new_from_pkey(NULL, params, NULL) : NULL;
    ok = ok && kc && EVP_PKEY_keygen_init(kc) == 1 && EVP_PKEY_keygen(kc, &key) == 1 &&
         EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_PRIV_KEY, &priv) == 1 &&
         EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_PUB_KEY, &pub) == 1;
    EVP_PKEY_CTX_free(kc);
    EVP_PKEY_CTX_free(pc);
    EVP_PKEY_free(params);
    EVP_PKEY_free(key);
    OSSL_PARAM_free(op);
    OSSL_PARAM_BLD_free(bld);
  }
  JSValueRef r = JSValueMakeNull(ctx);
  if (ok) {
    JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
    eddy_js_set(ctx, o, "priv", bn_bytes(ctx, priv, 0));
    eddy_js_set(ctx, o, "pub", bn_bytes(ctx, pub, 0));
    r = o;
  }
  BN_free(p);
  BN_free(g);
  BN_clear_free(priv);
  BN_free(pub);
  ERR_clear_error();
  return r;
}

/* dhComputeSecret(p, priv, peerPub): the secret padded to the prime's length, or
 * -1 when the peer key is too small, -2 when too large. */
static EDDY_JS_FN(crypto_dh_compute_secret) {
  (void)function, (void)self, (void)exception;
  BIGNUM* p = bn_at(ctx, argc, argv, 0);
  BIGNUM* priv = bn_at(ctx, argc, argv, 1);
  BIGNUM* peer = bn_at(ctx, argc, argv, 2);
  BIGNUM* pm1 = BN_dup(p);
  BN_sub_word(pm1, 1);
  JSValueRef r;
  if (BN_cmp(peer, BN_value_one()) <= 0) {
    r = JSValueMakeNumber(ctx, -1);
  } else if (BN_cmp(peer, pm1) >= 0) {
    r = JSValueMakeNumber(ctx, -2);
  } else {
    BN_CTX* bc = BN_CTX_new();
    BIGNUM* s = BN_new();
    BN_mod_exp(s, peer, priv, p, bc);
    r = bn_bytes(ctx, s, BN_num_bytes(p));
    BN_clear_free(s);
    BN_CTX_free(bc);
  }
  BN_free(pm1);
  BN_free(p);
  BN_clear_free(priv);
  BN_free(peer);
  return r;
}

void eddy__crypto_dh_register(JSContextRef ctx, JSObjectRef b) {
  eddy_js_set_fn(ctx, b, "dhGroupPrime", crypto_dh_group_prime);
  eddy_js_set_fn(ctx, b, "dhError", crypto_dh_error);
  eddy_js_set_fn(ctx, b, "dhGeneratePrime", crypto_dh_generate_prime);
  eddy_js_set_fn(ctx, b, "dhCheck", crypto_dh_check);
  eddy_js_set_fn(ctx, b, "dhGenerateKeys", crypto_dh_generate_keys);
  eddy_js_set_fn(ctx, b, "dhComputeSecret", crypto_dh_compute_secret);
}
