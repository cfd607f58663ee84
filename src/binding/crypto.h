/* Shared pieces of internalBinding('crypto'), one binding spread over files by
 * concern: crypto.c (digests, random, init), crypto_cipher.c, crypto_kdf.c,
 * crypto_keys.c, crypto_sign.c. Each file registers its functions on the binding
 * object from crypto.c's init. */
#ifndef EDDY_BINDING_CRYPTO_H
#define EDDY_BINDING_CRYPTO_H

#include <openssl/evp.h>
#include <openssl/x509.h>

#include "../runtime/runtime.h"
#include "../util/js.h"

/* Bytes of argument i: a TypedArray/ArrayBuffer, or a string taken as UTF-8 (then
 * *owned is set and the caller frees it). NULL only when a string conversion threw. */
const uint8_t* eddy__crypto_data_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                                     size_t i, size_t* len, uint8_t** owned, JSValueRef* exception);

/* A new Uint8Array holding a copy of data. */
JSValueRef eddy__crypto_bytes(JSContextRef ctx, const uint8_t* data, size_t len);

/* Sets *exception to node's error for OpenSSL's error queue (message
 * 'error:XXXXXXXX:lib::reason', with opensslErrorStack, library, reason and an
 * ERR_OSSL_* code), or to a plain Error(fallback) when the queue is empty. Clears the
 * queue. Returns NULL, for `return eddy__crypto_throw(...)`. */
JSValueRef eddy__crypto_throw(JSContextRef ctx, JSValueRef* exception, const char* fallback);

/* The same error as a value (for callbacks), clearing the queue. */
JSValueRef eddy__crypto_error(JSContextRef ctx, const char* fallback);
/* The same error with the whole queue as ERR_print_errors prints it for its message
 * (thread, code, library, function, reason, file and line, a line each), as node
 * reports errors of a TLS connection; the queue is emptied. */
JSValueRef eddy__crypto_error_printed(JSContextRef ctx, const char* fallback);

/* The digest named `name` (any OpenSSL name or alias), fetched once per process;
 * NULL when unknown. Not to be freed. */
const EVP_MD* eddy__crypto_digest(const char* name);

/* PBKDF2-HMAC with md into out (crypto_pbkdf2.c); false when OpenSSL failed. Safe
 * off the loop thread. */
bool eddy__crypto_pbkdf2(const EVP_MD* md, const uint8_t* pass, size_t pass_len,
                         const uint8_t* salt, size_t salt_len, uint64_t iterations, uint8_t* out,
                         size_t out_len);

/* A certificate's subjectAltName text as node prints it (crypto_x509_names.c), or
 * undefined when it has none. */
JSValueRef eddy__x509_subject_alt_name(JSContextRef ctx, X509* x);

/* Its infoAccess text as node prints it, or undefined. */
JSValueRef eddy__x509_info_access(JSContextRef ctx, X509* x);

/* Registration of each file's functions on the binding object. */
void eddy__crypto_cipher_register(JSContextRef ctx, JSObjectRef binding);
void eddy__crypto_kdf_register(JSContextRef ctx, JSObjectRef binding);
void eddy__crypto_keys_register(JSContextRef ctx, JSObjectRef binding);
void eddy__crypto_sign_register(JSContextRef ctx, JSObjectRef binding);
void eddy__crypto_x509_register(JSContextRef ctx, JSObjectRef binding);
void eddy__crypto_prime_register(JSContextRef ctx, JSObjectRef binding);
void eddy__crypto_dh_register(JSContextRef ctx, JSObjectRef binding);
void eddy__crypto_kem_register(JSContextRef ctx, JSObjectRef binding);

/* The EVP_PKEY inside a KeyObject handle made by crypto_keys.c, or NULL when v is
 * not one. The handle owns the key. */
EVP_PKEY* eddy__crypto_pkey_arg(JSContextRef ctx, JSValueRef v);
/* A new handle owning pkey. */
JSObjectRef eddy__crypto_pkey_handle(JSContextRef ctx, EVP_PKEY* pkey);
/* A new signing context for the key handle v and md (NULL for none), set up as
 * EVP_DigestSignInit with default parameters would; NULL when it cannot be (the
 * caller then sets one up itself). */
EVP_MD_CTX* eddy__crypto_pkey_sign_ctx(JSContextRef ctx, JSValueRef v, const EVP_MD* md);

/* A new handle owning an X509 certificate (crypto_x509.c); tls uses it for peers. */
struct x509_st;
JSObjectRef eddy__crypto_x509_handle(JSContextRef ctx, struct x509_st* x);

#endif
