#define _GNU_SOURCE
/* Asymmetric keys for node:crypto: one EVP_PKEY per handle. Parsing PEM/DER/JWK,
 * exporting in every format, details for asymmetricKeyDetails, and generation (sync
 * or on libuv's thread pool). lib/internal/crypto/keys.js is the KeyObject around a
 * handle: it validates options and knows the public/private/secret distinction. */
#include <openssl/core_names.h>
#include <openssl/decoder.h>
#include <openssl/encoder.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <stdlib.h>
#include <string.h>

#include "../util/check.h"
#include "crypto.h"

/* A handle's key, and the signing context last set up with it: crypto.sign() with
 * the same key again (the usual case: one key, many messages) copies that context
 * rather than setting one up, which in OpenSSL 3 fetches the algorithm and builds
 * a key context each time (5% of an Ed25519 signature). Set up by the loop thread
 * only; freed with the handle. */
typedef struct pkey_handle {
  EVP_PKEY* pkey;
  EVP_MD_CTX* sign_tmpl; /* EVP_DigestSignInit'ed with sign_md, default parameters */
  const EVP_MD* sign_md;
} pkey_handle;

static void pkey_finalize(JSObjectRef object) {
  pkey_handle* h = JSObjectGetPrivate(object);
  if (!h) return;
  EVP_MD_CTX_free(h->sign_tmpl);
  EVP_PKEY_free(h->pkey);
  free(h);
}

static JSClassRef pkey_class(void) {
  static _Atomic(JSClassRef) cls;
  if (!cls) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "KeyObjectHandle";
    def.finalize = pkey_finalize;
    eddy_js_class_publish(&cls, JSClassCreate(&def));
  }
  return cls;
}

static pkey_handle* handle_of(JSContextRef ctx, JSValueRef v) {
  if (!JSValueIsObjectOfClass(ctx, v, pkey_class())) return NULL;
  return JSObjectGetPrivate((JSObjectRef)v);
}

EVP_PKEY* eddy__crypto_pkey_arg(JSContextRef ctx, JSValueRef v) {
  pkey_handle* h = handle_of(ctx, v);
  return h ? h->pkey : NULL;
}

JSObjectRef eddy__crypto_pkey_handle(JSContextRef ctx, EVP_PKEY* pkey) {
  pkey_handle* h = eddy_calloc(1, sizeof(*h));
  h->pkey = pkey;
  return JSObjectMake(ctx, pkey_class(), h);
}

EVP_MD_CTX* eddy__crypto_pkey_sign_ctx(JSContextRef ctx, JSValueRef v, const EVP_MD* md) {
  pkey_handle* h = handle_of(ctx, v);
  if (!h) return NULL;
  if (!h->sign_tmpl || h->sign_md != md) {
    EVP_MD_CTX_free(h->sign_tmpl);
    h->sign_tmpl = EVP_MD_CTX_new();
    h->sign_md = md;
    if (!h->sign_tmpl || EVP_DigestSignInit(h->sign_tmpl, NULL, md, NULL, h->pkey) != 1) {
      EVP_MD_CTX_free(h->sign_tmpl);
      h->sign_tmpl = NULL;
      ERR_clear_error(); /* the caller sets one up itself and reports its errors */
      return NULL;
    }
  }
  EVP_MD_CTX* mc = EVP_MD_CTX_new();
  if (mc && EVP_MD_CTX_copy_ex(mc, h->sign_tmpl) == 1) return mc;
  EVP_MD_CTX_free(mc);
  ERR_clear_error();
  return NULL;
}

static EVP_PKEY* pkey_at(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  EVP_PKEY* k = eddy__crypto_pkey_arg(ctx, eddy_js_arg(ctx, argc, argv, i));
  CHECK(k);
  return k;
}

/* A string argument as a malloc'd C string, or NULL when it is undefined/null. */
static char* opt_str(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  JSValueRef v = eddy_js_arg(ctx, argc, argv, i);
  if (!JSValueIsString(ctx, v)) return NULL;
  return eddy_js_to_utf8(ctx, v, NULL, NULL);
}

/* OpenSSL's decoder structure name for node's key encoding type. */

static EVP_PKEY* decode(const uint8_t* data, size_t len, const char* input, const char* type,
                        int selection, const uint8_t* pass, size_t pass_len, int has_pass) {
  EVP_PKEY* pkey = NULL;
  const char* key_type = NULL;
  if (type && !strcmp(type, "pkcs1")) key_type = "RSA";
  if (type && !strcmp(type, "sec1")) key_type = "EC";
  OSSL_DECODER_CTX* dc =
      OSSL_DECODER_CTX_new_for_pkey(&pkey, input, NULL, key_type, selection, NULL, NULL);
  if (!dc) return NULL;
  if (has_pass) OSSL_DECODER_CTX_set_passphrase(dc, pass_len ? pass : (const uint8_t*)"", pass_len);
  const unsigned char* p = data;
  size_t left = len;
  if (OSSL_DECODER_from_data(dc, &p, &left) != 1) pkey = NULL;
  OSSL_DECODER_CTX_free(dc);
  return pkey;
}

/* The public key of the first certificate in a PEM, or NULL. */
static EVP_PKEY* from_certificate(const uint8_t* data, size_t len, int pem) {
  BIO* bio = BIO_new_mem_buf(data, (int)len);
  X509* x = pem ? PEM_read_bio_X509(bio, NULL, NULL, NULL) : d2i_X509_bio(bio, NULL);
  BIO_free(bio);
  if (!x) return NULL;
  EVP_PKEY* k = X509_get_pubkey(x);
  X509_free(x);
  return k;
}

/* The error node reports for a PEM SubjectPublicKeyInfo nothing could read: the
 * last one d2i_PUBKEY leaves (an unknown algorithm is EVP's 'decode error' there,
 * where the decoder said 'unsupported'). */
static void spki_error(const uint8_t* data, size_t len) {
  ERR_clear_error();
  BIO* bio = BIO_new_mem_buf(data, (int)len);
  EVP_PKEY* k = PEM_read_bio_PUBKEY(bio, NULL, NULL, NULL);
  BIO_free(bio);
  EVP_PKEY_free(k);
  unsigned long last = ERR_peek_last_error();
  ERR_clear_error();
  if (last) ERR_raise(ERR_GET_LIB(last), ERR_GET_REASON(last));
}

/* keyParse(data, format, type, wantPrivate, passphrase|undefined): a handle, or
 * throws OpenSSL's error. A public parse also takes private keys and certificates,
 * as node's createPublicKey does. */
static EDDY_JS_FN(crypto_key_parse) {
  (void)function, (void)self;
  ERR_clear_error(); /* errors left by earlier calls are not ours to report */
  size_t len = 0;
  uint8_t* owned = NULL;
  const uint8_t* data = eddy__crypto_data_arg(ctx, argc, argv, 0, &len, &owned, exception);
  if (!data) return NULL;
  char* format = opt_str(ctx, argc, argv, 1);
  char* type = opt_str(ctx, argc, argv, 2);
  int want_private = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 3));
  JSValueRef pass_v = eddy_js_arg(ctx, argc, argv, 4);
  int has_pass = !JSValueIsUndefined(ctx, pass_v) && !JSValueIsNull(ctx, pass_v);
  size_t pass_len = 0;
  uint8_t* pass_owned = NULL;
  const uint8_t* pass =
      has_pass ? eddy__crypto_data_arg(ctx, argc, argv, 4, &pass_len, &pass_owned, exception)
               : NULL;
  int pem = !format || !strcmp(format, "pem");
  const char* input = pem ? "PEM" : "DER";
  /* `openssl ecparam -genkey` writes the curve's parameters before the key; PEM's
   * key readers skip that block, the decoder would stop at it. */
  if (pem) {
    const char* params = memmem(data, len, "-----BEGIN EC PARAMETERS-----", 29);
    const char* next = params ? memmem(params + 29, len - (size_t)(params + 29 - (const char*)data),
                                       "-----BEGIN ", 11)
                              : NULL;
    if (next) {
      len -= (size_t)(next - (const char*)data);
      data = (const uint8_t*)next;
    }
  }
  EVP_PKEY* pkey = NULL;
  int encrypted = 0;
  if (pem && !has_pass && memmem(data, len, "ENCRYPTED", 9)) encrypted = 1;
  /* An EncryptedPrivateKeyInfo in DER without a passphrase: node's
   * ERR_MISSING_PASSPHRASE, which lib/ makes of -1. */
  if (!pem && !has_pass && type && !strcmp(type, "pkcs8")) {
    const unsigned char* p = data;
    X509_SIG* sig = d2i_X509_SIG(NULL, &p, (long)len);
    if (sig) {
      X509_SIG_free(sig);
      free(owned);
      free(format);
      free(type);
      ERR_clear_error();
      return JSValueMakeNumber(ctx, -1);
    }
    ERR_clear_error();
  }
  if (!encrypted) {
    if (want_private) {
      pkey =
          decode(data, len, input, pem ? NULL : type, EVP_PKEY_KEYPAIR, pass, pass_len, has_pass);
    } else {
      if (pem && memmem(data, len, "CERTIFICATE-----", 16)) {
        pkey = from_certificate(data, len, 1);
      } else {
        pkey = decode(data, len, input, pem ? NULL : type, EVP_PKEY_PUBLIC_KEY, NULL, 0, 0);
        if (!pkey && has_pass) {
          /* A passphrase means a private key: its error (a bad decrypt) is the one. */
          ERR_clear_error();
          pkey = decode(data, len, input, pem ? NULL : type, EVP_PKEY_KEYPAIR, pass, pass_len, 1);
        } else if (!pkey) {
          ERR_set_mark();
          pkey = decode(data, len, input, pem ? NULL : type, EVP_PKEY_KEYPAIR, NULL, 0, 0);
          if (pkey)
            ERR_clear_last_mark();
          else
            ERR_pop_to_mark();
        }
        if (!pkey && pem && memmem(data, len, "-----BEGIN PUBLIC KEY-----", 26))
          spki_error(data, len);
      }
    }
  }
  free(owned);
  free(pass_owned);
  free(format);
  free(type);
  if (encrypted) {
    /* As OpenSSL reports a refused passphrase prompt; never prompt on a terminal. */
    ERR_raise(ERR_LIB_CRYPTO, ERR_R_INTERRUPTED_OR_CANCELLED);
    return eddy__crypto_throw(ctx, exception, "Failed to read asymmetric key");
  }
  if (!pkey) return eddy__crypto_throw(ctx, exception, "Failed to read asymmetric key");
  ERR_clear_error();
  return eddy__crypto_pkey_handle(ctx, pkey);
}

/* keyExport(handle, public, format, type, cipher|undefined, passphrase|undefined):
 * a PEM string or DER bytes. Throws OpenSSL's error. */
static EDDY_JS_FN(crypto_key_export) {
  (void)function, (void)self;
  ERR_clear_error(); /* errors left by earlier calls are not ours to report */
  EVP_PKEY* pkey = pkey_at(ctx, argc, argv, 0);
  int is_public = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 1));
  char* format = opt_str(ctx, argc, argv, 2);
  char* type = opt_str(ctx, argc, argv, 3);
  char* cipher = opt_str(ctx, argc, argv, 4);
  size_t pass_len = 0;
  uint8_t* pass_owned = NULL;
  const uint8_t* pass = NULL;
  JSValueRef pass_v = eddy_js_arg(ctx, argc, argv, 5);
  if (!JSValueIsUndefined(ctx, pass_v) && !JSValueIsNull(ctx, pass_v)) {
    pass = eddy__crypto_data_arg(ctx, argc, argv, 5, &pass_len, &pass_owned, exception);
  }
  int pem = format && !strcmp(format, "pem");
  const char* structure = "SubjectPublicKeyInfo";
  if (type && !strcmp(type, "pkcs8")) structure = "PrivateKeyInfo";
  if (type && (!strcmp(type, "pkcs1") || !strcmp(type, "sec1"))) structure = "type-specific";
  /* A traditional (pkcs1/sec1) PEM under an empty passphrase: the encoder takes an
   * empty passphrase for none and asks for one; PEM's own writer takes it as is. */
  if (pem && cipher && pass_len == 0 && !is_public && !strcmp(structure, "type-specific")) {
    const EVP_CIPHER* c = EVP_get_cipherbyname(cipher);
    BIO* bio = BIO_new(BIO_s_mem());
    int wrote = c && PEM_write_bio_PrivateKey_traditional(bio, pkey, c, (unsigned char*)"", 0, NULL,
                                                          NULL) == 1;
    char* mem = NULL;
    long n = BIO_get_mem_data(bio, &mem);
    JSValueRef r = wrote ? eddy_js_utf8(ctx, mem, (size_t)n) : NULL;
    BIO_free(bio);
    free(format);
    free(type);
    free(cipher);
    free(pass_owned);
    if (!wrote) return eddy__crypto_throw(ctx, exception, "Failed to encode key");
    return r;
  }
  int selection = is_public ? EVP_PKEY_PUBLIC_KEY : EVP_PKEY_KEYPAIR;
  OSSL_ENCODER_CTX* ec =
      OSSL_ENCODER_CTX_new_for_pkey(pkey, selection, pem ? "PEM" : "DER", structure, NULL);
  int ok = ec != NULL && OSSL_ENCODER_CTX_get_num_encoders(ec) > 0;
  if (ok && cipher) {
    ok = OSSL_ENCODER_CTX_set_cipher(ec, cipher, NULL) == 1 &&
         OSSL_ENCODER_CTX_set_passphrase(ec, pass ? pass : (const uint8_t*)"", pass_len) == 1;
  }
  unsigned char* out = NULL;
  size_t out_len = 0;
  if (ok) ok = OSSL_ENCODER_to_data(ec, &out, &out_len) == 1;
  OSSL_ENCODER_CTX_free(ec);
  free(format);
  free(type);
  free(cipher);
  free(pass_owned);
  if (!ok) return eddy__crypto_throw(ctx, exception, "Failed to encode key");
  JSValueRef r =
      pem ? eddy_js_utf8(ctx, (const char*)out, out_len) : eddy__crypto_bytes(ctx, out, out_len);
  OPENSSL_free(out);
  return r;
}

static const char* key_type_name(EVP_PKEY* pkey) {
  switch (EVP_PKEY_get_base_id(pkey)) {
    case EVP_PKEY_RSA: return "rsa";
    case EVP_PKEY_RSA_PSS: return "rsa-pss";
    case EVP_PKEY_EC: return "ec";
    case EVP_PKEY_ED25519: return "ed25519";
    case EVP_PKEY_ED448: return "ed448";
    case EVP_PKEY_X25519: return "x25519";
    case EVP_PKEY_X448: return "x448";
    case EVP_PKEY_DH: return "dh";
    case EVP_PKEY_DSA: return "dsa";
    default: return NULL;
  }
}

/* A BIGNUM parameter of pkey as big-endian bytes (at least pad bytes), or undefined. */
static JSValueRef bn_param(JSContextRef ctx, EVP_PKEY* pkey, const char* name, int pad) {
  BIGNUM* bn = NULL;
  if (EVP_PKEY_get_bn_param(pkey, name, &bn) != 1) {
    ERR_clear_error();
    return JSValueMakeUndefined(ctx);
  }
  int n = BN_num_bytes(bn);
  if (n < pad) n = pad;
  uint8_t* buf = eddy_malloc((size_t)n + 1);
  BN_bn2binpad(bn, buf, n);
  JSValueRef r = eddy__crypto_bytes(ctx, buf, (size_t)n);
  BN_clear_free(bn);
  free(buf);
  return r;
}

static void set_utf8_param(JSContextRef ctx, JSObjectRef o, const char* prop, EVP_PKEY* pkey,
                           const char* name) {
  char buf[80];
  if (EVP_PKEY_get_utf8_string_param(pkey, name, buf, sizeof(buf), NULL) == 1) {
    eddy_js_set_cstr(ctx, o, prop, buf);
  }
  ERR_clear_error();
}

/* keyPrivateCheck(handle): whether OpenSSL finds the private key valid (for EC, a
 * scalar in [1, order)). */
static EDDY_JS_FN(crypto_key_private_check) {
  (void)function, (void)self, (void)exception;
  EVP_PKEY* pkey = pkey_at(ctx, argc, argv, 0);
  EVP_PKEY_CTX* pc = EVP_PKEY_CTX_new_from_pkey(NULL, pkey, NULL);
  int ok = pc && EVP_PKEY_private_check(pc) == 1;
  EVP_PKEY_CTX_free(pc);
  ERR_clear_error();
  return JSValueMakeBoolean(ctx, ok);
}

/* keyDetails(handle): {type, bits, publicExponent (bytes), namedCurve, divisorLength,
 * hashAlgorithm, mgf1HashAlgorithm, saltLength} as far as they apply. */
static EDDY_JS_FN(crypto_key_details) {
  (void)function, (void)self, (void)exception;
  EVP_PKEY* pkey = pkey_at(ctx, argc, argv, 0);
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  const char* type = key_type_name(pkey);
  if (type) eddy_js_set_cstr(ctx, o, "type", type);
  int id = EVP_PKEY_get_base_id(pkey);
  if (id == EVP_PKEY_RSA || id == EVP_PKEY_RSA_PSS) {
    eddy_js_set_number(ctx, o, "modulusLength", EVP_PKEY_get_bits(pkey));
    eddy_js_set(ctx, o, "publicExponent", bn_param(ctx, pkey, OSSL_PKEY_PARAM_RSA_E, 0));
    if (id == EVP_PKEY_RSA_PSS) {
      set_utf8_param(ctx, o, "hashAlgorithm", pkey, OSSL_PKEY_PARAM_RSA_DIGEST);
      set_utf8_param(ctx, o, "mgf1HashAlgorithm", pkey, OSSL_PKEY_PARAM_RSA_MGF1_DIGEST);
      int salt = 0;
      if (EVP_PKEY_get_int_param(pkey, OSSL_PKEY_PARAM_RSA_PSS_SALTLEN, &salt) == 1) {
        eddy_js_set_number(ctx, o, "saltLength", salt);
      }
      ERR_clear_error();
    }
  } else if (id == EVP_PKEY_EC) {
    set_utf8_param(ctx, o, "namedCurve", pkey, OSSL_PKEY_PARAM_GROUP_NAME);
  } else if (id == EVP_PKEY_DSA) {
    eddy_js_set_number(ctx, o, "modulusLength", EVP_PKEY_get_bits(pkey));
    BIGNUM* q = NULL;
    if (EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_FFC_Q, &q) == 1) {
      eddy_js_set_number(ctx, o, "divisorLength", BN_num_bits(q));
      BN_free(q);
    }
    ERR_clear_error();
  }
  return o;
}

/* keyEquals(a, b): whether two keys have the same public (and type) parts. */
static EDDY_JS_FN(crypto_key_equals) {
  (void)function, (void)self, (void)exception;
  int eq = EVP_PKEY_eq(pkey_at(ctx, argc, argv, 0), pkey_at(ctx, argc, argv, 1)) == 1;
  ERR_clear_error();
  return JSValueMakeBoolean(ctx, eq);
}

/* keyJwk(handle, public): the key's JWK components as raw bytes, with kty/crv. */
static EDDY_JS_FN(crypto_key_jwk) {
  (void)function, (void)self, (void)exception;
  EVP_PKEY* pkey = pkey_at(ctx, argc, argv, 0);
  int is_public = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 1));
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  int id = EVP_PKEY_get_base_id(pkey);
  if (id == EVP_PKEY_RSA) {
    eddy_js_set_cstr(ctx, o, "kty", "RSA");
    eddy_js_set(ctx, o, "n", bn_param(ctx, pkey, OSSL_PKEY_PARAM_RSA_N, 0));
    eddy_js_set(ctx, o, "e", bn_param(ctx, pkey, OSSL_PKEY_PARAM_RSA_E, 0));
    if (!is_public) {
      static const char* names[][2] = {
          {"d", OSSL_PKEY_PARAM_RSA_D},          {"p", OSSL_PKEY_PARAM_RSA_FACTOR1},
          {"q", OSSL_PKEY_PARAM_RSA_FACTOR2},    {"dp", OSSL_PKEY_PARAM_RSA_EXPONENT1},
          {"dq", OSSL_PKEY_PARAM_RSA_EXPONENT2}, {"qi", OSSL_PKEY_PARAM_RSA_COEFFICIENT1}};
      for (size_t i = 0; i < 6; i++)
        eddy_js_set(ctx, o, names[i][0], bn_param(ctx, pkey, names[i][1], 0));
    }
  } else if (id == EVP_PKEY_EC) {
    eddy_js_set_cstr(ctx, o, "kty", "EC");
    set_utf8_param(ctx, o, "group", pkey, OSSL_PKEY_PARAM_GROUP_NAME);
    int field = (EVP_PKEY_get_bits(pkey) + 7) / 8;
    eddy_js_set(ctx, o, "x", bn_param(ctx, pkey, OSSL_PKEY_PARAM_EC_PUB_X, field));
    eddy_js_set(ctx, o, "y", bn_param(ctx, pkey, OSSL_PKEY_PARAM_EC_PUB_Y, field));
    if (!is_public) eddy_js_set(ctx, o, "d", bn_param(ctx, pkey, OSSL_PKEY_PARAM_PRIV_KEY, field));
  } else if (id == EVP_PKEY_ED25519 || id == EVP_PKEY_ED448 || id == EVP_PKEY_X25519 ||
             id == EVP_PKEY_X448) {
    eddy_js_set_cstr(ctx, o, "kty", "OKP");
    uint8_t buf[64];
    size_t n = sizeof(buf);
    if (EVP_PKEY_get_raw_public_key(pkey, buf, &n) == 1)
      eddy_js_set(ctx, o, "x", eddy__crypto_bytes(ctx, buf, n));
    n = sizeof(buf);
    if (!is_public && EVP_PKEY_get_raw_private_key(pkey, buf, &n) == 1) {
      eddy_js_set(ctx, o, "d", eddy__crypto_bytes(ctx, buf, n));
    }
    ERR_clear_error();
  }
  return o;
}

static int push_bn(OSSL_PARAM_BLD* bld, JSContextRef ctx, JSObjectRef o, const char* prop,
                   const char* name, BIGNUM** keep) {
  size_t len = 0;
  uint8_t* b = eddy_js_bytes(ctx, eddy_js_get(ctx, o, prop), &len);
  if (!b) return 0;
  *keep = BN_bin2bn(b, (int)len, NULL);
  return OSSL_PARAM_BLD_push_BN(bld, name, *keep) == 1;
}

/* keyFromJwk(components, private): a handle from decoded JWK components (RSA n/e/...,
 * EC group/x/y/d, OKP crv/x/d), or null when they do not make a valid key. */
static EDDY_JS_FN(crypto_key_from_jwk) {
  (void)function, (void)self, (void)exception;
  JSObjectRef o = (JSObjectRef)eddy_js_arg(ctx, argc, argv, 0);
  int is_private = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 1));
  char* kty = eddy_js_to_utf8(ctx, eddy_js_get(ctx, o, "kty"), NULL, exception);
  if (!kty) return NULL;
  EVP_PKEY* pkey = NULL;
  if (!strcmp(kty, "OKP")) {
    char* crv = eddy_js_to_utf8(ctx, eddy_js_get(ctx, o, "crv"), NULL, exception);
    int id = !strcmp(crv, "Ed25519")  ? EVP_PKEY_ED25519
             : !strcmp(crv, "Ed448")  ? EVP_PKEY_ED448
             : !strcmp(crv, "X25519") ? EVP_PKEY_X25519
             : !strcmp(crv, "X448")   ? EVP_PKEY_X448
                                      : 0;
    free(crv);
    size_t len = 0;
    uint8_t* b = eddy_js_bytes(ctx, eddy_js_get(ctx, o, is_private ? "d" : "x"), &len);
    if (id && b) {
      pkey = is_private ? EVP_PKEY_new_raw_private_key(id, NULL, b, len)
                        : EVP_PKEY_new_raw_public_key(id, NULL, b, len);
    }
  } else {
    int rsa = !strcmp(kty, "RSA");
    OSSL_PARAM_BLD* bld = OSSL_PARAM_BLD_new();
    BIGNUM* bns[8] = {0};
    int ok = 1;
    uint8_t* point = NULL;
    char* group = NULL;
    if (rsa) {
      ok = push_bn(bld, ctx, o, "n", OSSL_PKEY_PARAM_RSA_N, &bns[0]) &&
           push_bn(bld, ctx, o, "e", OSSL_PKEY_PARAM_RSA_E, &bns[1]);
      if (ok && is_private) {
        ok = push_bn(bld, ctx, o, "d", OSSL_PKEY_PARAM_RSA_D, &bns[2]);
        /* The CRT values are optional in a JWK; use them when all are there. */
        if (ok && push_bn(bld, ctx, o, "p", OSSL_PKEY_PARAM_RSA_FACTOR1, &bns[3])) {
          ok = push_bn(bld, ctx, o, "q", OSSL_PKEY_PARAM_RSA_FACTOR2, &bns[4]) &&
               push_bn(bld, ctx, o, "dp", OSSL_PKEY_PARAM_RSA_EXPONENT1, &bns[5]) &&
               push_bn(bld, ctx, o, "dq", OSSL_PKEY_PARAM_RSA_EXPONENT2, &bns[6]) &&
               push_bn(bld, ctx, o, "qi", OSSL_PKEY_PARAM_RSA_COEFFICIENT1, &bns[7]);
        }
      }
    } else {
      group = eddy_js_to_utf8(ctx, eddy_js_get(ctx, o, "group"), NULL, exception);
      size_t xl = 0, yl = 0;
      uint8_t* x = eddy_js_bytes(ctx, eddy_js_get(ctx, o, "x"), &xl);
      uint8_t* y = eddy_js_bytes(ctx, eddy_js_get(ctx, o, "y"), &yl);
      ok = group && x && y && xl == yl;
      if (ok) {
        point = eddy_malloc(1 + xl + yl);
        point[0] = 4;
        memcpy(point + 1, x, xl);
        memcpy(point + 1 + xl, y, yl);
        ok =
            OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, group, 0) == 1 &&
            OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, point, 1 + xl + yl) == 1;
      }
      if (ok && is_private) ok = push_bn(bld, ctx, o, "d", OSSL_PKEY_PARAM_PRIV_KEY, &bns[0]);
    }
    OSSL_PARAM* params = ok ? OSSL_PARAM_BLD_to_param(bld) : NULL;
    if (params) {
      EVP_PKEY_CTX* pc = EVP_PKEY_CTX_new_from_name(NULL, rsa ? "RSA" : "EC", NULL);
      if (pc && EVP_PKEY_fromdata_init(pc) == 1) {
        EVP_PKEY_fromdata(pc, &pkey, is_private ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, params);
      }
      EVP_PKEY_CTX_free(pc);
      /* fromdata does not check that an EC point lies on the curve. */
      if (pkey && !rsa) {
        EVP_PKEY_CTX* cc = EVP_PKEY_CTX_new_from_pkey(NULL, pkey, NULL);
        if (EVP_PKEY_public_check(cc) != 1) {
          EVP_PKEY_free(pkey);
          pkey = NULL;
        }
        EVP_PKEY_CTX_free(cc);
      }
    }
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(bld);
    for (size_t i = 0; i < 8; i++) BN_clear_free(bns[i]);
    free(point);
    free(group);
  }
  free(kty);
  ERR_clear_error();
  if (!pkey) return JSValueMakeNull(ctx);
  return eddy__crypto_pkey_handle(ctx, pkey);
}

/* keyRaw(handle, public): raw OKP bytes, or the EC point (uncompressed), or null. */
static EDDY_JS_FN(crypto_key_raw) {
  (void)function, (void)self, (void)exception;
  EVP_PKEY* pkey = pkey_at(ctx, argc, argv, 0);
  int is_public = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 1));
  uint8_t buf[256];
  size_t n = sizeof(buf);
  int id = EVP_PKEY_get_base_id(pkey);
  int ok;
  if (id == EVP_PKEY_EC) {
    ok = EVP_PKEY_get_octet_string_param(pkey, OSSL_PKEY_PARAM_PUB_KEY, buf, sizeof(buf), &n) == 1;
  } else {
    ok = is_public ? EVP_PKEY_get_raw_public_key(pkey, buf, &n) == 1
                   : EVP_PKEY_get_raw_private_key(pkey, buf, &n) == 1;
  }
  ERR_clear_error();
  return ok ? eddy__crypto_bytes(ctx, buf, n) : JSValueMakeNull(ctx);
}

/* keyFromRaw(type, bytes, private, curve): OKP keys from raw bytes, EC public keys
 * from a point; null when invalid. */
static EDDY_JS_FN(crypto_key_from_raw) {
  (void)function, (void)self;
  char* type = opt_str(ctx, argc, argv, 0);
  size_t len = 0;
  uint8_t* b = eddy_js_bytes(ctx, eddy_js_arg(ctx, argc, argv, 1), &len);
  int is_private = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 2));
  EVP_PKEY* pkey = NULL;
  if (!type || !b) {
    free(type);
    return JSValueMakeNull(ctx);
  }
  if (!strcmp(type, "ec")) {
    char* curve = opt_str(ctx, argc, argv, 3);
    OSSL_PARAM params[3] = {OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, curve, 0),
                            OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY, b, len),
                            OSSL_PARAM_construct_end()};
    EVP_PKEY_CTX* pc = EVP_PKEY_CTX_new_from_name(NULL, "EC", NULL);
    if (curve && pc && EVP_PKEY_fromdata_init(pc) == 1) {
      EVP_PKEY_fromdata(pc, &pkey, EVP_PKEY_PUBLIC_KEY, params);
    }
    EVP_PKEY_CTX_free(pc);
    free(curve);
  } else {
    int id = !strcmp(type, "ed25519")  ? EVP_PKEY_ED25519
             : !strcmp(type, "ed448")  ? EVP_PKEY_ED448
             : !strcmp(type, "x25519") ? EVP_PKEY_X25519
             : !strcmp(type, "x448")   ? EVP_PKEY_X448
                                       : 0;
    if (id) {
      pkey = is_private ? EVP_PKEY_new_raw_private_key(id, NULL, b, len)
                        : EVP_PKEY_new_raw_public_key(id, NULL, b, len);
    }
  }
  free(type);
  ERR_clear_error();
  return pkey ? (JSValueRef)eddy__crypto_pkey_handle(ctx, pkey) : JSValueMakeNull(ctx);
}

void eddy__crypto_keygen_register(JSContextRef ctx, JSObjectRef b);

void eddy__crypto_keys_register(JSContextRef ctx, JSObjectRef b) {
  eddy_js_set_fn(ctx, b, "keyParse", crypto_key_parse);
  eddy_js_set_fn(ctx, b, "keyExport", crypto_key_export);
  eddy_js_set_fn(ctx, b, "keyPrivateCheck", crypto_key_private_check);
  eddy_js_set_fn(ctx, b, "keyDetails", crypto_key_details);
  eddy_js_set_fn(ctx, b, "keyEquals", crypto_key_equals);
  eddy_js_set_fn(ctx, b, "keyJwk", crypto_key_jwk);
  eddy_js_set_fn(ctx, b, "keyFromJwk", crypto_key_from_jwk);
  eddy_js_set_fn(ctx, b, "keyRaw", crypto_key_raw);
  eddy_js_set_fn(ctx, b, "keyFromRaw", crypto_key_from_raw);
  eddy__crypto_keygen_register(ctx, b);
}
