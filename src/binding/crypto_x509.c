/* X.509 certificates for node:crypto's X509Certificate and for tls's peer
 * certificates: parse PEM/DER into a handle, and read its fields as node prints
 * them (names one "K=V" per line, fingerprints as colon-separated hex). */
#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <stdlib.h>
#include <string.h>

#include "../util/check.h"
#include "crypto.h"

static void x509_finalize(JSObjectRef object) { X509_free(JSObjectGetPrivate(object)); }

static JSClassRef x509_class(void) {
  static _Atomic(JSClassRef) cls;
  if (!cls) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "X509CertificateHandle";
    def.finalize = x509_finalize;
    eddy_js_class_publish(&cls, JSClassCreate(&def));
  }
  return cls;
}

JSObjectRef eddy__crypto_x509_handle(JSContextRef ctx, X509* x) {
  return JSObjectMake(ctx, x509_class(), x);
}

/* The certificate of argument i, or NULL with a TypeError in *exception. */
static X509* x509_at(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                     JSValueRef* exception) {
  return eddy_js_private_of_class(ctx, eddy_js_arg(ctx, argc, argv, i), x509_class(), exception);
}

/* The text a BIO collected, as a JS string; frees the BIO. */
static JSValueRef bio_string(JSContextRef ctx, BIO* bio) {
  char* data = NULL;
  long n = BIO_get_mem_data(bio, &data);
  JSValueRef r = eddy_js_utf8(ctx, data ? data : "", n > 0 ? (size_t)n : 0);
  BIO_free(bio);
  return r;
}

/* x509Parse(bytes): a handle from PEM or DER, or throws OpenSSL's error. */
static EDDY_JS_FN(crypto_x509_parse) {
  (void)function, (void)self;
  ERR_clear_error(); /* errors left by earlier calls are not ours to report */
  size_t len = 0;
  const uint8_t* data = eddy_js_bytes(ctx, eddy_js_arg(ctx, argc, argv, 0), &len);
  CHECK(data || len == 0);
  X509* x = NULL;
  if (len > 0 && data[0] == 0x30) {
    const unsigned char* p = data;
    x = d2i_X509(NULL, &p, (long)len);
  } else {
    BIO* bio = BIO_new_mem_buf(data ? data : (const uint8_t*)"", (int)len);
    x = PEM_read_bio_X509_AUX(bio, NULL, NULL, NULL);
    BIO_free(bio);
  }
  if (!x) return eddy__crypto_throw(ctx, exception, "Failed to parse certificate");
  return eddy__crypto_x509_handle(ctx, x);
}

static JSValueRef name_string(JSContextRef ctx, const X509_NAME* name) {
  BIO* bio = BIO_new(BIO_s_mem());
  unsigned long flags = ASN1_STRFLGS_ESC_2253 | ASN1_STRFLGS_ESC_CTRL | ASN1_STRFLGS_UTF8_CONVERT |
                        XN_FLAG_SEP_MULTILINE | XN_FLAG_FN_SN;
  X509_NAME_print_ex(bio, name, 0, flags);
  return bio_string(ctx, bio);
}

/* [[key, value], ...] of a name, for the legacy object's subject/issuer. */
static JSValueRef name_entries(JSContextRef ctx, const X509_NAME* name) {
  int n = X509_NAME_entry_count(name);
  /* Stored as made: JS values only in malloc'd memory are invisible to the GC. */
  JSObjectRef arr = eddy_js_array_new(ctx);
  for (int i = 0; i < n; i++) {
    const X509_NAME_ENTRY* e = X509_NAME_get_entry(name, i);
    int nid = OBJ_obj2nid(X509_NAME_ENTRY_get_object(e));
    char key[80];
    if (nid != NID_undef)
      snprintf(key, sizeof(key), "%s", OBJ_nid2sn(nid));
    else
      OBJ_obj2txt(key, sizeof(key), X509_NAME_ENTRY_get_object(e), 1);
    unsigned char* utf8 = NULL;
    int ulen = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(e));
    JSValueRef pair[2] = {eddy_js_cstr(ctx, key), eddy_js_utf8(ctx, ulen > 0 ? (char*)utf8 : "",
                                                               ulen > 0 ? (size_t)ulen : 0)};
    OPENSSL_free(utf8);
    eddy_js_array_set(ctx, arr, (unsigned)i, eddy_js_array_of(ctx, 2, pair));
  }
  return arr;
}

static JSValueRef time_string(JSContextRef ctx, const ASN1_TIME* t) {
  BIO* bio = BIO_new(BIO_s_mem());
  ASN1_TIME_print(bio, t);
  return bio_string(ctx, bio);
}

static JSValueRef fingerprint(JSContextRef ctx, X509* x, const EVP_MD* md) {
  unsigned char buf[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  X509_digest(x, md, buf, &n);
  char out[EVP_MAX_MD_SIZE * 3 + 1];
  static const char hex[] = "0123456789ABCDEF";
  for (unsigned int i = 0; i < n; i++) {
    out[i * 3] = hex[buf[i] >> 4];
    out[i * 3 + 1] = hex[buf[i] & 15];
    out[i * 3 + 2] = i + 1 < n ? ':' : 0;
  }
  if (n == 0) out[0] = 0;
  return eddy_js_cstr(ctx, out);
}

/* x509Info(handle): the fields node exposes, as raw strings/bytes. */
static EDDY_JS_FN(crypto_x509_info) {
  (void)function, (void)self, (void)exception;
  X509* x = x509_at(ctx, argc, argv, 0, exception);
  if (!x) return NULL;
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set(ctx, o, "subject", name_string(ctx, X509_get_subject_name(x)));
  eddy_js_set(ctx, o, "issuer", name_string(ctx, X509_get_issuer_name(x)));
  eddy_js_set(ctx, o, "subjectEntries", name_entries(ctx, X509_get_subject_name(x)));
  eddy_js_set(ctx, o, "issuerEntries", name_entries(ctx, X509_get_issuer_name(x)));
  eddy_js_set(ctx, o, "subjectAltName", eddy__x509_subject_alt_name(ctx, x));
  eddy_js_set(ctx, o, "infoAccess", eddy__x509_info_access(ctx, x));
  eddy_js_set(ctx, o, "validFrom", time_string(ctx, X509_get0_notBefore(x)));
  eddy_js_set(ctx, o, "validTo", time_string(ctx, X509_get0_notAfter(x)));
  eddy_js_set(ctx, o, "fingerprint", fingerprint(ctx, x, EVP_sha1()));
  eddy_js_set(ctx, o, "fingerprint256", fingerprint(ctx, x, EVP_sha256()));
  eddy_js_set(ctx, o, "fingerprint512", fingerprint(ctx, x, EVP_sha512()));
  BIGNUM* serial = ASN1_INTEGER_to_BN(X509_get0_serialNumber(x), NULL);
  char* serial_hex = BN_bn2hex(serial);
  eddy_js_set_cstr(ctx, o, "serialNumber", serial_hex);
  OPENSSL_free(serial_hex);
  BN_free(serial);
  eddy_js_set(ctx, o, "ca", JSValueMakeBoolean(ctx, X509_check_ca(x) == 1));
  EXTENDED_KEY_USAGE* eku = X509_get_ext_d2i(x, NID_ext_key_usage, NULL, NULL);
  if (eku) {
    int n = sk_ASN1_OBJECT_num(eku);
    JSObjectRef usages = eddy_js_array_new(ctx);
    eddy_js_set(ctx, o, "keyUsage", usages);
    for (int i = 0; i < n; i++) {
      char oid[80];
      OBJ_obj2txt(oid, sizeof(oid), sk_ASN1_OBJECT_value(eku, i), 1);
      eddy_js_array_set(ctx, usages, (unsigned)i, eddy_js_cstr(ctx, oid));
    }
    EXTENDED_KEY_USAGE_free(eku);
  }
  unsigned char* der = NULL;
  int der_len = i2d_X509(x, &der);
  eddy_js_set(ctx, o, "raw", eddy__crypto_bytes(ctx, der, der_len > 0 ? (size_t)der_len : 0));
  OPENSSL_free(der);
  int sig_nid = X509_get_signature_nid(x);
  if (sig_nid != NID_undef) {
    eddy_js_set_cstr(ctx, o, "signatureAlgorithm", OBJ_nid2ln(sig_nid));
    char oid[80];
    OBJ_obj2txt(oid, sizeof(oid), OBJ_nid2obj(sig_nid), 1);
    eddy_js_set_cstr(ctx, o, "signatureAlgorithmOid", oid);
  }
  ERR_clear_error();
  return o;
}

/* x509PublicKey(handle): a key handle for the certificate's public key. */
static EDDY_JS_FN(crypto_x509_public_key) {
  (void)function, (void)self;
  X509* x = x509_at(ctx, argc, argv, 0, exception);
  if (!x) return NULL;
  EVP_PKEY* k = X509_get_pubkey(x);
  if (!k) return eddy__crypto_throw(ctx, exception, "Failed to get public key");
  return eddy__crypto_pkey_handle(ctx, k);
}

/* x509Pem(handle): the PEM text. */
static EDDY_JS_FN(crypto_x509_pem) {
  (void)function, (void)self, (void)exception;
  X509* x = x509_at(ctx, argc, argv, 0, exception);
  if (!x) return NULL;
  BIO* bio = BIO_new(BIO_s_mem());
  PEM_write_bio_X509(bio, x);
  return bio_string(ctx, bio);
}

/* x509Check(handle, kind, value, flags): the matched name for checkHost (or the
 * value for checkIP/checkEmail), or undefined. */
static EDDY_JS_FN(crypto_x509_check) {
  (void)function, (void)self;
  X509* x = x509_at(ctx, argc, argv, 0, exception);
  if (!x) return NULL;
  int kind = (int)eddy_js_arg_int(ctx, argc, argv, 1);
  char* value = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 2), NULL, exception);
  if (!value) return NULL;
  unsigned int flags = (unsigned int)eddy_js_arg_int(ctx, argc, argv, 3);
  char* peer = NULL;
  int r;
  if (kind == 0)
    r = X509_check_host(x, value, 0, flags, &peer);
  else if (kind == 1)
    r = X509_check_email(x, value, 0, flags);
  else
    r = X509_check_ip_asc(x, value, flags);
  JSValueRef out = JSValueMakeUndefined(ctx);
  if (r == 1) out = eddy_js_cstr(ctx, peer ? peer : value);
  OPENSSL_free(peer);
  free(value);
  ERR_clear_error();
  return out;
}

/* x509CheckIssued(subject, issuer) / x509Verify(handle, keyHandle): booleans. */
static EDDY_JS_FN(crypto_x509_check_issued) {
  (void)function, (void)self, (void)exception;
  X509* subject = x509_at(ctx, argc, argv, 0, exception);
  X509* issuer = subject ? x509_at(ctx, argc, argv, 1, exception) : NULL;
  if (!issuer) return NULL;
  int ok = X509_check_issued(issuer, subject) == X509_V_OK;
  ERR_clear_error();
  return JSValueMakeBoolean(ctx, ok);
}

static EDDY_JS_FN(crypto_x509_verify) {
  (void)function, (void)self, (void)exception;
  EVP_PKEY* k = eddy__crypto_pkey_arg(ctx, eddy_js_arg(ctx, argc, argv, 1));
  CHECK(k);
  X509* x = x509_at(ctx, argc, argv, 0, exception);
  if (!x) return NULL;
  int ok = X509_verify(x, k) == 1;
  ERR_clear_error();
  return JSValueMakeBoolean(ctx, ok);
}

/* The SPKAC (Netscape signed public key and challenge) in argument 0, base64 text
 * with surrounding whitespace allowed, or NULL. */
static NETSCAPE_SPKI* spkac_at(JSContextRef ctx, size_t argc, const JSValueRef argv[]) {
  size_t len = 0;
  const uint8_t* data = eddy_js_bytes(ctx, eddy_js_arg(ctx, argc, argv, 0), &len);
  while (len > 0 && (data[len - 1] == '\n' || data[len - 1] == '\r' || data[len - 1] == ' ')) len--;
  if (!data || len == 0) return NULL;
  char* text = eddy_malloc(len + 1);
  memcpy(text, data, len);
  text[len] = 0;
  NETSCAPE_SPKI* spki = NETSCAPE_SPKI_b64_decode(text, (int)len);
  free(text);
  ERR_clear_error();
  return spki;
}

/* spkacVerify(bytes) / spkacChallenge(bytes) / spkacPublicKey(bytes): node's
 * Certificate statics; false / empty results for malformed input. */
static EDDY_JS_FN(crypto_spkac_verify) {
  (void)function, (void)self, (void)exception;
  NETSCAPE_SPKI* spki = spkac_at(ctx, argc, argv);
  EVP_PKEY* k = spki ? NETSCAPE_SPKI_get_pubkey(spki) : NULL;
  int ok = k && NETSCAPE_SPKI_verify(spki, k) > 0;
  EVP_PKEY_free(k);
  NETSCAPE_SPKI_free(spki);
  ERR_clear_error();
  return JSValueMakeBoolean(ctx, ok);
}

static EDDY_JS_FN(crypto_spkac_challenge) {
  (void)function, (void)self, (void)exception;
  NETSCAPE_SPKI* spki = spkac_at(ctx, argc, argv);
  JSValueRef r = eddy__crypto_bytes(ctx, (const uint8_t*)"", 0);
  if (spki && spki->spkac && spki->spkac->challenge) {
    unsigned char* utf8 = NULL;
    int n = ASN1_STRING_to_UTF8(&utf8, spki->spkac->challenge);
    if (n > 0) r = eddy__crypto_bytes(ctx, utf8, (size_t)n);
    OPENSSL_free(utf8);
  }
  NETSCAPE_SPKI_free(spki);
  return r;
}

static EDDY_JS_FN(crypto_spkac_public_key) {
  (void)function, (void)self, (void)exception;
  NETSCAPE_SPKI* spki = spkac_at(ctx, argc, argv);
  EVP_PKEY* k = spki ? NETSCAPE_SPKI_get_pubkey(spki) : NULL;
  JSValueRef r = eddy__crypto_bytes(ctx, (const uint8_t*)"", 0);
  if (k) {
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, k);
    char* data = NULL;
    long n = BIO_get_mem_data(bio, &data);
    r = eddy__crypto_bytes(ctx, (const uint8_t*)data, n > 0 ? (size_t)n : 0);
    BIO_free(bio);
  }
  EVP_PKEY_free(k);
  NETSCAPE_SPKI_free(spki);
  ERR_clear_error();
  return r;
}

void eddy__crypto_x509_register(JSContextRef ctx, JSObjectRef b) {
  eddy_js_set_fn(ctx, b, "spkacVerify", crypto_spkac_verify);
  eddy_js_set_fn(ctx, b, "spkacChallenge", crypto_spkac_challenge);
  eddy_js_set_fn(ctx, b, "spkacPublicKey", crypto_spkac_public_key);
  eddy_js_set_fn(ctx, b, "x509Parse", crypto_x509_parse);
  eddy_js_set_fn(ctx, b, "x509Info", crypto_x509_info);
  eddy_js_set_fn(ctx, b, "x509PublicKey", crypto_x509_public_key);
  eddy_js_set_fn(ctx, b, "x509Pem", crypto_x509_pem);
  eddy_js_set_fn(ctx, b, "x509Check", crypto_x509_check);
  eddy_js_set_fn(ctx, b, "x509CheckIssued", crypto_x509_check_issued);
  eddy_js_set_fn(ctx, b, "x509Verify", crypto_x509_verify);
}
