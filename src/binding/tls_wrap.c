/* internalBinding('tls_wrap'): TLS as one more plug into the stream layer
 * (STYLE.md §8). A connection takes over a TCP handle's reads through the stream
 * layer's filter hook, runs OpenSSL over two chunk-queue BIOs (tls_bio.c), and writes ciphertext
 * with uv_write on the same uv_stream_t. lib/_tls_wrap.js wraps the connection in a handle object
 * with the stream-handle API, so net.Socket runs over it unchanged.
 *
 * Secure contexts (SSL_CTX) are separate handles shared by many connections.
 *
 * Calls into JS go to the connection's owner object (the JS handle):
 *   onread(nread, arrayBuffer)   cleartext, or nread < 0 (UV_EOF) when the peer closed
 *   onhandshakedone()            once, when the handshake completes
 *   onerror(error)               OpenSSL's error (ERR_SSL_*), handshake or later
 *   onsni(servername)            server: returns a context handle or undefined
 *   onsession(bytes)             client: a new session to cache/resume
 *   onkeylog(line)               NSS key log line (when enabled)
 *   onhandshakestart()           server: a (re)negotiation began (TLS 1.2 and older)
 *   onpskserver(identity)        server: the key (bytes) for a PSK identity, or undefined
 *   onpskclient(hint|null)       client: [identity, key] to offer, or undefined
 *   onhandshakedone() again      a renegotiation completed
 *
 * The network side is either a uv stream handle (TCP, pipe) whose reads the connection
 * filters, or JS (a TLSSocket over any Duplex): then JS feeds ciphertext in with
 * receive(conn, bytes) and gets ciphertext out through
 *   onnetwrite(arrayBuffer)      bytes to write to the underlying Duplex
 * All calls of a JS-transport connection come from JS, so its callbacks run nested,
 * without a trip through the loop's trampoline.
 *
 * Lifetime: the connection object is protected while the TCP handle's filter points
 * at it (or, for JS transports, until destroy) and while writes are in flight;
 * destroy() drops the filter and the SSL. */
#include <limits.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/check.h"
#include "../util/js_string.h"
#include "crypto.h"
#include "stream_wrap.h"
#include "tls_bio.h"
#include "tls_ca.h"
#include "tls_conn.h"

/* --- secure contexts ------------------------------------------------------------- */

static void ctx_finalize(JSObjectRef object) { SSL_CTX_free(JSObjectGetPrivate(object)); }

static JSClassRef ctx_class(void) {
  static _Atomic(JSClassRef) cls;
  if (!cls) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "SecureContext";
    def.finalize = ctx_finalize;
    eddy_js_class_publish(&cls, JSClassCreate(&def));
  }
  return cls;
}

static SSL_CTX* ctx_at(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  JSValueRef v = eddy_js_arg(ctx, argc, argv, i);
  CHECK(JSValueIsObjectOfClass(ctx, v, ctx_class()));
  return JSObjectGetPrivate((JSObjectRef)v);
}

SSL_CTX* eddy_tls_ctx_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  return ctx_at(ctx, argc, argv, i);
}

static int conn_index = -1; /* SSL ex_data slot holding the tls_conn */
static void conn_on_keylog(const SSL* ssl, const char* line);
static void conn_on_info(const SSL* ssl, int where, int ret);
static int conn_on_alpn_select(SSL* ssl, const unsigned char** out, unsigned char* outlen,
                               const unsigned char* in, unsigned int inlen, void* arg);

/* Session ticket keys, as node lays them out: a 16-byte key name, a 16-byte HMAC
 * secret and a 16-byte AES key. Every context has its own (random until
 * ctxSetTicketKeys), so servers sharing keys resume each other's sessions. */
enum { TICKET_KEYS_LEN = 48 };
static int ticket_keys_index = -1; /* SSL_CTX ex_data slot holding the 48 bytes */

static void ticket_keys_free(void* parent, void* ptr, CRYPTO_EX_DATA* ad, int idx, long argl,
                             void* argp) {
  (void)parent, (void)ad, (void)idx, (void)argl, (void)argp;
  free(ptr);
}

static int ctx_on_ticket_key(SSL* ssl, unsigned char name[16], unsigned char iv[16],
                             EVP_CIPHER_CTX* cipher, EVP_MAC_CTX* mac, int encrypt) {
  const unsigned char* keys = SSL_CTX_get_ex_data(SSL_get_SSL_CTX(ssl), ticket_keys_index);
  if (!keys) return -1;
  if (encrypt) {
    memcpy(name, keys, 16);
    if (RAND_bytes(iv, 16) != 1) return -1;
  } else if (memcmp(name, keys, 16) != 0) {
    return 0; /* a ticket made under other keys: full handshake */
  }
  OSSL_PARAM params[] = {
      OSSL_PARAM_construct_octet_string(OSSL_MAC_PARAM_KEY, (void*)(keys + 16), 16),
      OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char*)"SHA256", 0),
      OSSL_PARAM_construct_end(),
  };
  if (EVP_MAC_CTX_set_params(mac, params) != 1) return -1;
  int ok = encrypt ? EVP_EncryptInit_ex(cipher, EVP_aes_128_cbc(), NULL, keys + 32, iv)
                   : EVP_DecryptInit_ex(cipher, EVP_aes_128_cbc(), NULL, keys + 32, iv);
  return ok == 1 ? 1 : -1;
}

/* ctxSetTicketKeys(ctx, bytes48) / ctxGetTicketKeys(ctx) -> Uint8Array. */
static EDDY_JS_FN(tls_ctx_set_ticket_keys) {
  (void)function, (void)self, (void)exception;
  SSL_CTX* c = ctx_at(ctx, argc, argv, 0);
  size_t len = 0;
  const uint8_t* keys = eddy_js_bytes(ctx, eddy_js_arg(ctx, argc, argv, 1), &len);
  CHECK(keys && len == TICKET_KEYS_LEN);
  memcpy(SSL_CTX_get_ex_data(c, ticket_keys_index), keys, TICKET_KEYS_LEN);
  return JSValueMakeUndefined(ctx);
}

static EDDY_JS_FN(tls_ctx_get_ticket_keys) {
  (void)function, (void)self, (void)exception;
  SSL_CTX* c = ctx_at(ctx, argc, argv, 0);
  return eddy__crypto_bytes(ctx, SSL_CTX_get_ex_data(c, ticket_keys_index), TICKET_KEYS_LEN);
}

/* ctxCreate(): a context for either side; verification is decided in JS (rejectUnauthorized)
 * from the verify result, except for servers asking for client certificates. */
static EDDY_JS_FN(tls_ctx_create) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  if (conn_index < 0) conn_index = SSL_get_ex_new_index(0, NULL, NULL, NULL, NULL);
  if (ticket_keys_index < 0) {
    ticket_keys_index = SSL_CTX_get_ex_new_index(0, NULL, NULL, NULL, ticket_keys_free);
  }
  SSL_CTX* c = SSL_CTX_new(TLS_method());
  CHECK(c);
  unsigned char* keys = eddy_malloc(TICKET_KEYS_LEN);
  CHECK(RAND_bytes(keys, TICKET_KEYS_LEN) == 1);
  SSL_CTX_set_ex_data(c, ticket_keys_index, keys);
  SSL_CTX_set_tlsext_ticket_key_evp_cb(c, ctx_on_ticket_key);
  SSL_CTX_set_min_proto_version(c, TLS1_2_VERSION);
  /* node's OpenSSL defaults to security level 1; distributions build theirs with 2,
   * which refuses the 1024-bit keys and DH groups node accepts (ciphers may still
   * name an @SECLEVEL). */
  SSL_CTX_set_security_level(c, 1);
  SSL_CTX_set_info_callback(c, conn_on_info);
  /* JS limits renegotiations (tls.CLIENT_RENEG_LIMIT), as node does. */
  SSL_CTX_set_options(c, SSL_OP_ALLOW_CLIENT_RENEGOTIATION);
  eddy__tls_hello_install(c);
  SSL_CTX_set_alpn_select_cb(c, conn_on_alpn_select, NULL);
  SSL_CTX_set_session_cache_mode(c, SSL_SESS_CACHE_BOTH | SSL_SESS_CACHE_NO_INTERNAL_STORE);
  SSL_CTX_set_cert_verify_callback(c, eddy_tls_on_verify_cert, NULL);
  return JSObjectMake(ctx, ctx_class(), c);
}

static BIO* bio_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                    JSValueRef* exception) {
  size_t len = 0;
  uint8_t* owned = NULL;
  const uint8_t* data = eddy__crypto_data_arg(ctx, argc, argv, i, &len, &owned, exception);
  if (!data) return NULL;
  BIO* bio = BIO_new(BIO_s_mem());
  BIO_write(bio, data, (int)len);
  free(owned);
  return bio;
}

/* ctxSetCert(ctx, pem): the certificate and any chain certificates after it. */
static EDDY_JS_FN(tls_ctx_set_cert) {
  (void)function, (void)self;
  ERR_clear_error();
  SSL_CTX* c = ctx_at(ctx, argc, argv, 0);
  BIO* bio = bio_arg(ctx, argc, argv, 1, exception);
  if (!bio) return NULL;
  X509* x = PEM_read_bio_X509_AUX(bio, NULL, NULL, NULL);
  int ok = x && SSL_CTX_use_certificate(c, x) == 1;
  X509_free(x);
  if (ok) {
    SSL_CTX_clear_chain_certs(c);
    X509* extra;
    while ((extra = PEM_read_bio_X509(bio, NULL, NULL, NULL)) != NULL) {
      SSL_CTX_add0_chain_cert(c, extra);
    }
    ERR_clear_error(); /* the end of the PEM stream */
  }
  BIO_free(bio);
  if (!ok) return eddy__crypto_throw(ctx, exception, "Failed to set certificate");
  return JSValueMakeUndefined(ctx);
}

/* ctxSetKey(ctx, pem, passphrase|undefined). */
static EDDY_JS_FN(tls_ctx_set_key) {
  (void)function, (void)self;
  ERR_clear_error();
  SSL_CTX* c = ctx_at(ctx, argc, argv, 0);
  BIO* bio = bio_arg(ctx, argc, argv, 1, exception);
  if (!bio) return NULL;
  char* pass = NULL;
  JSValueRef pv = eddy_js_arg(ctx, argc, argv, 2);
  if (JSValueIsString(ctx, pv)) pass = eddy_js_to_utf8(ctx, pv, NULL, exception);
  EVP_PKEY* k = PEM_read_bio_PrivateKey(bio, NULL, NULL, pass ? pass : (char*)"");
  BIO_free(bio);
  free(pass);
  int ok = k && SSL_CTX_use_PrivateKey(c, k) == 1;
  EVP_PKEY_free(k);
  if (!ok) return eddy__crypto_throw(ctx, exception, "Failed to set private key");
  return JSValueMakeUndefined(ctx);
}

/* ctxAddCA(ctx, pem): trusts every certificate in the PEM. */
static EDDY_JS_FN(tls_ctx_add_ca) {
  (void)function, (void)self;
  ERR_clear_error();
  SSL_CTX* c = ctx_at(ctx, argc, argv, 0);
  BIO* bio = bio_arg(ctx, argc, argv, 1, exception);
  if (!bio) return NULL;
  X509_STORE* store = eddy_tls_ctx_own_store(c);
  X509* x;
  int n = 0;
  /* _AUX also reads "BEGIN TRUSTED CERTIFICATE" blocks. */
  while ((x = PEM_read_bio_X509_AUX(bio, NULL, NULL, NULL)) != NULL) {
    X509_STORE_add_cert(store, x);
    SSL_CTX_add_client_CA(c, x);
    X509_free(x);
    n++;
  }
  BIO_free(bio);
  ERR_clear_error();
  return JSValueMakeNumber(ctx, n);
}

/* ctxSetCiphers(ctx, list): TLS 1.2 names and TLS 1.3 suites from one list. */
static EDDY_JS_FN(tls_ctx_set_ciphers) {
  (void)function, (void)self;
  ERR_clear_error();
  SSL_CTX* c = ctx_at(ctx, argc, argv, 0);
  char* list = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 1), NULL, exception);
  if (!list) return NULL;
  /* Split TLS_* suites (1.3) from the rest, as node does. */
  size_t n = strlen(list);
  char* v12 = eddy_calloc(1, n + 1);
  char* v13 = eddy_calloc(1, n + 1);
  char* save = NULL;
  for (char* tok = strtok_r(list, ":", &save); tok; tok = strtok_r(NULL, ":", &save)) {
    char* dst = strncmp(tok, "TLS_", 4) == 0 ? v13 : v12;
    if (*dst) strcat(dst, ":");
    strcat(dst, tok);
  }
  int ok = 1;
  if (*v13 || !*v12) ok = SSL_CTX_set_ciphersuites(c, v13) == 1;
  if (ok && *v12) {
    ok = SSL_CTX_set_cipher_list(c, v12) == 1;
    /* A TLS 1.2 part that only removes suites ("!TLS_CHACHA20_...") matches
     * nothing: with TLS 1.3 suites named, that leaves no TLS 1.2 ciphers. */
    if (!ok && *v13) {
      SSL_CTX_set_cipher_list(c, "");
      ok = 1;
    }
  } else if (ok && *v13) {
    SSL_CTX_set_cipher_list(c, "");
  }
  ERR_clear_error();
  if (ok && !*v12 && *v13) ok = 1;
  free(list);
  free(v12);
  free(v13);
  if (!ok) {
    ERR_raise(ERR_LIB_SSL, SSL_R_NO_CIPHER_MATCH);
    return eddy__crypto_throw(ctx, exception, "Failed to set ciphers");
  }
  return JSValueMakeUndefined(ctx);
}

/* ctxSetProtoRange(ctx, min, max): protocol version numbers (0 for none). */
static EDDY_JS_FN(tls_ctx_set_proto_range) {
  (void)function, (void)self, (void)exception;
  SSL_CTX* c = ctx_at(ctx, argc, argv, 0);
  SSL_CTX_set_min_proto_version(c, (int)eddy_js_arg_int(ctx, argc, argv, 1));
  SSL_CTX_set_max_proto_version(c, (int)eddy_js_arg_int(ctx, argc, argv, 2));
  return JSValueMakeUndefined(ctx);
}

/* ctxSetSessionIdContext(ctx, string): servers only, as in node: a client context
 * with one refuses sessions made without it (TLS 1.3 PSKs). */
static EDDY_JS_FN(tls_ctx_set_session_id_context) {
  (void)function, (void)self;
  SSL_CTX* c = ctx_at(ctx, argc, argv, 0);
  size_t n = 0;
  char* id = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 1), &n, exception);
  if (!id) return NULL;
  if (n > SSL_MAX_SID_CTX_LENGTH) n = SSL_MAX_SID_CTX_LENGTH;
  SSL_CTX_set_session_id_context(c, (const unsigned char*)id, (unsigned)n);
  free(id);
  return JSValueMakeUndefined(ctx);
}

/* ctxHonorCipherOrder(ctx): the server's cipher order wins (honorCipherOrder). */
static EDDY_JS_FN(tls_ctx_honor_cipher_order) {
  (void)function, (void)self, (void)exception;
  SSL_CTX_set_options(ctx_at(ctx, argc, argv, 0), SSL_OP_CIPHER_SERVER_PREFERENCE);
  return JSValueMakeUndefined(ctx);
}

/* ctxAllowPartialChain(ctx): a trusted intermediate ends a chain (allowPartialTrustChain). */
static EDDY_JS_FN(tls_ctx_allow_partial_chain) {
  (void)function, (void)self, (void)exception;
  X509_VERIFY_PARAM_set_flags(SSL_CTX_get0_param(ctx_at(ctx, argc, argv, 0)),
                              X509_V_FLAG_PARTIAL_CHAIN);
  return JSValueMakeUndefined(ctx);
}

static EDDY_JS_FN(tls_ctx_set_session_timeout) {
  (void)function, (void)self, (void)exception;
  SSL_CTX_set_timeout(ctx_at(ctx, argc, argv, 0), (long)eddy_js_arg_int(ctx, argc, argv, 1));
  return JSValueMakeUndefined(ctx);
}

/* ctxLoadPKCS12(ctx, pfx, passphrase): certificate, key and CA certificates. */
static EDDY_JS_FN(tls_ctx_load_pkcs12) {
  (void)function, (void)self;
  ERR_clear_error();
  SSL_CTX* c = ctx_at(ctx, argc, argv, 0);
  size_t len = 0;
  const uint8_t* der = eddy_js_bytes(ctx, eddy_js_arg(ctx, argc, argv, 1), &len);
  char* pass = NULL;
  JSValueRef pv = eddy_js_arg(ctx, argc, argv, 2);
  if (JSValueIsString(ctx, pv)) pass = eddy_js_to_utf8(ctx, pv, NULL, exception);
  /* Read through a memory BIO, as node does: a truncated PFX then fails with the
   * reason node reports ("not enough data"), where d2i_PKCS12 on the bytes says
   * "too long". */
  PKCS12* p12 = NULL;
  if (len <= INT_MAX) {
    BIO* in = BIO_new_mem_buf(der, (int)len);
    CHECK(in != NULL);
    p12 = d2i_PKCS12_bio(in, NULL);
    BIO_free(in);
  }
  EVP_PKEY* key = NULL;
  X509* cert = NULL;
  STACK_OF(X509)* cas = NULL;
  int parsed = p12 && PKCS12_parse(p12, pass ? pass : "", &key, &cert, &cas) == 1;
  /* node's words for a PFX lacking one of the two. */
  const char* missing = !parsed ? NULL
                        : !key  ? "Unable to load private key from PFX data"
                        : !cert ? "Unable to load certificate from PFX data"
                                : NULL;
  int ok = parsed && !missing && SSL_CTX_use_certificate(c, cert) == 1 &&
           SSL_CTX_use_PrivateKey(c, key) == 1;
  for (int i = 0; ok && cas && i < sk_X509_num(cas); i++) {
    X509* ca = sk_X509_value(cas, i);
    X509_STORE_add_cert(eddy_tls_ctx_own_store(c), ca);
    SSL_CTX_add1_chain_cert(c, ca);
  }
  PKCS12_free(p12);
  EVP_PKEY_free(key);
  X509_free(cert);
  sk_X509_pop_free(cas, X509_free);
  free(pass);
  if (missing) {
    ERR_clear_error();
    *exception = eddy_js_error(ctx, missing);
    return NULL;
  }
  if (!ok) {
    /* node reports a PFX failure by OpenSSL's first reason text alone, and one
     * whose algorithms the providers lack (legacy RC2/3DES bags) by its own error. */
    unsigned long e = ERR_peek_error();
    for (unsigned long code; (code = ERR_get_error()) != 0;) {
      if (ERR_GET_REASON(code) == ERR_R_UNSUPPORTED) {
        ERR_clear_error();
        *exception = eddy_js_error(ctx, "Unsupported PKCS12 PFX data");
        eddy_js_set_cstr(ctx, (JSObjectRef)*exception, "code", "ERR_CRYPTO_UNSUPPORTED_OPERATION");
        return NULL;
      }
    }
    const char* reason = e ? ERR_reason_error_string(e) : NULL;
    *exception = eddy_js_error(ctx, reason ? reason : "Unable to load PFX certificate");
    ERR_clear_error();
    return NULL;
  }
  return JSValueMakeUndefined(ctx);
}

/* --- connections ----------------------------------------------------------------- */

/* The SSL, its BIOs (with the bytes queued in them) and the handshake's leftovers go
 * when the connection is destroyed, as node frees them when the socket closes; the
 * small tls_conn stays for the JS object, whose later calls find ssl NULL. */
static void conn_free_ssl(tls_conn* c) {
  SSL_free(c->ssl);
  c->ssl = NULL;
  c->rbio = c->wbio = NULL;
  SSL_CTX_free(c->sni_ctx);
  c->sni_ctx = NULL;
  SSL_SESSION_free(c->resumed);
  c->resumed = NULL;
  OPENSSL_free(c->ocsp_resp);
  c->ocsp_resp = NULL;
  free(c->alpn);
  c->alpn = NULL;
}

void eddy__tls_conn_enter(tls_conn* c) { c->busy++; }

/* The outermost leave is the last use of c by its caller: it may let the collector
 * have the connection. */
void eddy__tls_conn_leave(tls_conn* c) {
  if (--c->busy != 0) return;
  if (c->destroyed && c->ssl) conn_free_ssl(c);
  if (c->release_on_leave) {
    c->release_on_leave = 0;
    JSValueUnprotect(c->rt->ctx, c->owner);
    JSValueUnprotect(c->rt->ctx, c->object);
  }
}

static void conn_finalize(JSObjectRef object) {
  tls_conn* c = JSObjectGetPrivate(object);
  if (!c) return;
  conn_free_ssl(c);
  free(c);
}

static JSClassRef conn_class(void) {
  static _Atomic(JSClassRef) cls;
  if (!cls) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "TLSWrap";
    def.parentClass = eddy_byte_source_class();
    def.finalize = conn_finalize;
    eddy_js_class_publish(&cls, JSClassCreate(&def));
  }
  return cls;
}

/* Per runtime: the buffer TCP reads go into (the bytes are queued in the read BIO,
 * copied unless the read is large, so one buffer serves every connection), and
 * connections whose cleartext waits for a cycle run from the loop (see conn_defer). */
typedef struct tls_state {
  char* read_buf;
  int read_buf_busy;
  uv_idle_t idle;
  tls_conn** deferred;
  size_t ndeferred, deferred_cap;
} tls_state;

enum { TCP_READ_SIZE = 65536, CLEARTEXT_SIZE = 65536, LARGE_READ = 16 * 1024 };

static tls_state* state_of(eddy_runtime* rt) { return rt->binding_state[EDDY_BINDING_tls_wrap]; }

/* The connection of argument 0, or NULL with a TypeError in *exception: lib's handle
 * methods pass this[kConn], which is undefined when they are called on another
 * object (tlsSocket._handle.readStart.call({})). */
static tls_conn* conn_at(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                         JSValueRef* exception) {
  return eddy_js_private_of_class(ctx, eddy_js_arg(ctx, argc, argv, 0), conn_class(), exception);
}

/* The connection of argument 0 when its SSL is still there (not destroyed), else NULL
 * (with a TypeError in *exception when argument 0 is not a connection at all). */
static tls_conn* live_at(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                         JSValueRef* exception) {
  tls_conn* c = conn_at(ctx, argc, argv, exception);
  return c && c->ssl ? c : NULL;
}

/* The names looked up on every read, made once. */
static JSStringRef name_onread(void) {
  static _Atomic(JSStringRef) s;
  if (!s) {
    JSStringRef made = JSStringCreateWithUTF8CString("onread");
    JSStringRef expected = NULL;
    if (!atomic_compare_exchange_strong(&s, &expected, made)) JSStringRelease(made);
  }
  return s;
}

static JSValueRef owner_call(tls_conn* c, const char* name, size_t argc, const JSValueRef argv[]) {
  eddy_runtime* rt = c->rt;
  if (rt->exiting || c->destroyed) return NULL;
  JSValueRef fn = strcmp(name, "onread") == 0
                      ? JSObjectGetProperty(rt->ctx, c->owner, name_onread(), NULL)
                      : eddy_js_get(rt->ctx, c->owner, name);
  if (!JSValueIsObject(rt->ctx, fn) || !JSObjectIsFunction(rt->ctx, (JSObjectRef)fn)) return NULL;
  if (!c->tcp) {
    /* A JS transport: JS called us, so this runs nested; a throw is uncaught as it
     * would be from an event handler. */
    JSValueRef exception = NULL;
    JSValueRef r =
        JSObjectCallAsFunction(rt->ctx, (JSObjectRef)fn, c->owner, argc, argv, &exception);
    if (exception) eddy_runtime_uncaught(rt, exception);
    return r;
  }
  if (c->in_cycle) {
    /* Inside OpenSSL callbacks we are already under a C->JS call from the loop. */
    return JSObjectCallAsFunction(rt->ctx, (JSObjectRef)fn, c->owner, argc, argv, NULL);
  }
  return eddy_runtime_call(rt, (JSObjectRef)fn, c->owner, argc, argv);
}

/* For tls_hello.c (see tls_conn.h). */
tls_conn* eddy__tls_conn_at(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                            JSValueRef* exception) {
  return conn_at(ctx, argc, argv, exception);
}
tls_conn* eddy__tls_conn_of(const SSL* ssl) {
  return conn_index < 0 ? NULL : SSL_get_ex_data(ssl, conn_index);
}
JSValueRef eddy__tls_owner_call(tls_conn* c, const char* name, size_t argc,
                                const JSValueRef argv[]) {
  return owner_call(c, name, argc, argv);
}
SSL_CTX* eddy__tls_ctx_of(JSContextRef ctx, JSValueRef v) {
  return JSValueIsObjectOfClass(ctx, v, ctx_class()) ? JSObjectGetPrivate((JSObjectRef)v) : NULL;
}

typedef struct tls_write_req {
  uv_write_t req;
  tls_conn* conn;
  JSObjectRef req_obj;    /* the JS write request to complete, or NULL */
  eddy_tls_chunk* chunks; /* the ciphertext being written (tls_bio.c) */
  size_t len;
} tls_write_req;

static void conn_on_write(uv_write_t* req, int status) {
  tls_write_req* w = (tls_write_req*)req;
  tls_conn* c = w->conn;
  eddy_runtime* rt = c->rt;
  if (status == 0) c->tcp->bytes_written += w->len;
  eddy_tls_chunks_free(w->chunks);
  if (w->req_obj) {
    JSValueRef args[1] = {JSValueMakeNumber(rt->ctx, status)};
    eddy_req_complete(rt, w->req_obj, 1, args);
  }
  JSValueUnprotect(rt->ctx, c->object);
  free(w);
}

/* Sends what OpenSSL wrote to the memory BIO; req (may be NULL) completes when it is
 * on the wire. Returns 1 when req was attached to a write, 0 when everything went
 * out at once (or nothing was pending): the caller completes req itself; or a
 * negative errno. */
static int conn_flush(tls_conn* c, JSObjectRef req) {
  if (!c->wbio || BIO_pending(c->wbio) == 0) return 0;
  size_t n = 0;
  if (!c->tcp) {
    /* JS writes it to the Duplex, which buffers: req completes now. */
    eddy_tls_chunk* chunks = eddy_tls_bio_take(c->wbio, &n);
    char* data = eddy_malloc(n);
    eddy_tls_chunks_copy(chunks, data);
    eddy_tls_chunks_free(chunks);
    c->js_bytes_written += n;
    JSObjectRef ab =
        JSObjectMakeArrayBufferWithBytesNoCopy(c->rt->ctx, data, n, eddy_js_free_bytes, NULL, NULL);
    JSValueRef arg = ab;
    owner_call(c, "onnetwrite", 1, &arg);
    return 0;
  }
  if (!eddy_handle_usable(c->tcp)) {
    (void)BIO_reset(c->wbio);
    return UV_EBADF;
  }
  /* The chunks OpenSSL wrote go out as they are, one buf each. */
  eddy_tls_chunk* chunks = eddy_tls_bio_take(c->wbio, &n);
  uv_buf_t small[8];
  size_t nbufs = eddy_tls_chunks_bufs(chunks, small, 8);
  uv_buf_t* bufs = nbufs <= 8 ? small : eddy_malloc(nbufs * sizeof(uv_buf_t));
  if (bufs != small) eddy_tls_chunks_bufs(chunks, bufs, nbufs);
  size_t first = 0, sent = 0;
  /* As the stream layer does: what the kernel takes now needs no request. */
  if (uv_stream_get_write_queue_size(&c->tcp->u.stream) == 0) {
    int r = uv_try_write(&c->tcp->u.stream, bufs, (unsigned)nbufs);
    if (r > 0) sent = (size_t)r;
    c->tcp->bytes_written += sent;
    if (sent == n) {
      eddy_tls_chunks_free(chunks);
      if (bufs != small) free(bufs);
      return 0;
    }
    for (size_t left = sent; left > 0;) {
      size_t take = left < bufs[first].len ? left : bufs[first].len;
      bufs[first].base += take;
      bufs[first].len -= take;
      left -= take;
      if (bufs[first].len == 0) first++;
    }
  }
  tls_write_req* w = eddy_calloc(1, sizeof(*w));
  w->conn = c;
  w->chunks = chunks;
  w->len = n - sent;
  /* libuv copies the buf array; the chunks stay until the write completes. */
  int err =
      uv_write(&w->req, &c->tcp->u.stream, bufs + first, (unsigned)(nbufs - first), conn_on_write);
  if (bufs != small) free(bufs);
  if (err) {
    eddy_tls_chunks_free(chunks);
    free(w);
    return err;
  }
  JSValueProtect(c->rt->ctx, c->object);
  if (req) w->req_obj = eddy_protect_object(c->rt->ctx, req);
  return req ? 1 : 0;
}

/* Writes that waited for a handshake which failed: as in node, they fail with EPROTO,
 * and req.error carries OpenSSL's error queue as ERR_print_errors prints it (node's
 * "write EPROTO <queue>"). That is the error the socket reports: the TLS error
 * itself is not reported besides. */
static void conn_write_pending(tls_conn* c, int fail_status);

static void conn_fail_pending(tls_conn* c) {
  JSContextRef ctx = c->rt->ctx;
  char* text = NULL;
  size_t len = 0;
  FILE* out = open_memstream(&text, &len);
  if (out) {
    ERR_print_errors_fp(out);
    fclose(out);
  }
  JSValueRef error = eddy_js_utf8(ctx, text ? text : "", text ? len : 0);
  free(text);
  for (pending_write* p = c->pending; p; p = p->next) eddy_js_set(ctx, p->req, "error", error);
  conn_write_pending(c, UV_EPROTO);
}

static void conn_fail(tls_conn* c, const char* fallback) {
  if (c->failed) return;
  c->failed = 1;
  if (c->quiet_fail)
    (void)BIO_reset(c->wbio);
  else
    conn_flush(c, NULL); /* the alert, if any */
  if (c->pending) {
    conn_fail_pending(c);
    return;
  }
  JSValueRef err = eddy__crypto_error_printed(c->rt->ctx, fallback);
  owner_call(c, "onerror", 1, &err);
}

/* Writes cleartext now that the handshake is done; completes req via conn_flush. */
static int conn_write_now(tls_conn* c, JSObjectRef req, const uint8_t* data, size_t len) {
  if (len > 0) {
    if (ERR_peek_error()) ERR_clear_error();
    int n = SSL_write(c->ssl, data, (int)len);
    if (n <= 0) {
      conn_fail(c, "write failed");
      return UV_EPROTO;
    }
  }
  int r = conn_flush(c, req);
  return r;
}

/* Writes the cleartext queued before release, or, once the connection failed or went,
 * completes each with fail_status. */
static void conn_write_pending(tls_conn* c, int fail_status) {
  pending_write* p = c->pending;
  c->pending = c->pending_tail = NULL;
  while (p) {
    pending_write* next = p->next;
    int r = c->failed || c->destroyed ? fail_status : conn_write_now(c, p->req, p->data, p->len);
    if (r != 1) {
      JSValueRef args[1] = {JSValueMakeNumber(c->rt->ctx, r < 0 ? r : 0)};
      JSValueProtect(c->rt->ctx, p->req);
      eddy_req_complete(c->rt, p->req, 1, args);
    }
    JSValueUnprotect(c->rt->ctx, p->req);
    free(p->data);
    free(p);
    p = next;
  }
}

/* Reports what the info callback saw while OpenSSL ran. */
static void conn_report_handshakes(tls_conn* c) {
  while (c->handshake_starts > 0 && !c->destroyed && !c->failed) {
    c->handshake_starts--;
    owner_call(c, "onhandshakestart", 0, NULL);
  }
  if (c->renegotiated && !c->destroyed && !c->failed) {
    c->renegotiated = 0;
    owner_call(c, "onhandshakedone", 0, NULL);
  }
}

static void conn_defer(tls_conn* c);

/* A buffer for cleartext JS reads: the runtime's read buffer (stream_wrap.h), or a
 * block of its own when another read holds that. */
static uv_buf_t js_buf_get(tls_conn* c) {
  uint8_t* scratch = eddy_read_scratch_take(c->rt);
  if (scratch) return uv_buf_init((char*)scratch, EDDY_READ_SCRATCH_SIZE);
  return uv_buf_init(eddy_malloc(CLEARTEXT_SIZE), CLEARTEXT_SIZE);
}

/* Gives back a cleartext buffer from a reader that was not filled. */
static void buf_unused(tls_conn* c, void (*sink)(eddy_byte_source*, ssize_t, const uv_buf_t*),
                       uv_buf_t* b) {
  if (sink)
    sink(&c->source, 0, b);
  else
    eddy_read_scratch_put(c->rt, b->base);
}

/* Hands have bytes of cleartext in buf to JS's onread: the runtime's read buffer, which
 * lib copies from, or a block the ArrayBuffer takes. */
static void conn_deliver_js(tls_conn* c, char* buf, size_t have, size_t cap) {
  JSContextRef ctx = c->rt->ctx;
  if (eddy_read_scratch_is(c->rt, buf)) {
    JSValueRef args[2] = {JSValueMakeNumber(ctx, (double)have), eddy_read_scratch_view(c->rt)};
    owner_call(c, "onread", 2, args);
    eddy_read_scratch_release(c->rt);
    return;
  }
  if (have < cap / 2) buf = eddy_realloc(buf, have);
  JSObjectRef ab =
      JSObjectMakeArrayBufferWithBytesNoCopy(ctx, buf, have, eddy_js_free_bytes, NULL, NULL);
  JSValueRef args[2] = {JSValueMakeNumber(ctx, (double)have), ab};
  owner_call(c, "onread", 2, args);
}

/* Drives the handshake, then hands cleartext to its reader (a C consumer, else JS's
 * onread) while reading. */
static void conn_cycle_run(tls_conn* c) {
  if (c->destroyed || c->failed || !c->started) return;
  if (!c->handshake_done) {
    if (ERR_peek_error()) ERR_clear_error();
    c->in_cycle = 1;
    int r = SSL_do_handshake(c->ssl);
    /* (Read now: the calls into JS below may run OpenSSL on this connection again.) */
    int e = r == 1 ? SSL_ERROR_NONE : SSL_get_error(c->ssl, r);
    c->in_cycle = 0;
    /* The flight that completes the handshake waits for JS's verdict below (as in
     * node): a peer JS rejects never sees our Finished. */
    if (r != 1 && c->quiet_fail)
      (void)BIO_reset(c->wbio);
    else if (r != 1)
      conn_flush(c, NULL);
    c->renegotiated = 0;
    if (c->server && c->handshake_starts > 0) {
      c->handshake_starts = 0;
      owner_call(c, "onhandshakestart", 0, NULL);
      if (c->destroyed || c->failed) return;
    }
    /* A JS transport may answer our flight at once, inside the flush: a cycle nested
     * in it then went on with the handshake, and may have finished it. */
    if (r != 1 && (c->destroyed || c->failed || c->handshake_done)) return;
    if (r != 1) {
      /* (WANT_X509_LOOKUP, WANT_CLIENT_HELLO_CB: waiting for JS's SNICallback or session.) */
      if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE &&
          e != SSL_ERROR_WANT_X509_LOOKUP && e != SSL_ERROR_WANT_CLIENT_HELLO_CB) {
        conn_fail(c, "handshake failed");
      }
      return;
    }
    c->handshake_done = 1;
    /* JS verifies the peer here and calls release() before any cleartext we hold
     * may leave: a client must not send to a server it has not accepted. */
    owner_call(c, "onhandshakedone", 0, NULL);
    if (c->destroyed) return;
    conn_flush(c, NULL);
  }
  /* A C reader gets the cleartext of as many records as are buffered, up to 64 KiB,
   * so that it runs once per network read rather than once per record; JS gets one
   * 'data' per record, as node gives (programs see the record sizes). A C reader
   * gives the buffer (and takes it back); JS gets the runtime's read buffer or a
   * malloc'd one. */
  while (c->reading && !c->destroyed && !c->failed) {
    eddy_byte_source* s = &c->source;
    void (*sink)(eddy_byte_source*, ssize_t, const uv_buf_t*) = s->on_read;
    if (sink && !c->loop_cycling) {
      conn_defer(c); /* a C reader is never called from inside JS */
      break;
    }
    uv_buf_t b;
    if (sink)
      s->on_alloc(s, CLEARTEXT_SIZE, &b);
    else
      b = js_buf_get(c);
    char* buf = b.base;
    size_t cap = b.len, have = 0;
    int n = 0, e = SSL_ERROR_NONE;
    while (have < cap) {
      if (ERR_peek_error()) ERR_clear_error();
      n = SSL_read(c->ssl, buf + have, (int)(cap - have));
      if (n <= 0) {
        e = SSL_get_error(c->ssl, n);
        break;
      }
      have += (size_t)n;
      if (!sink) break;
    }
    if (c->handshake_starts > 0 || c->renegotiated) {
      conn_flush(c, NULL);
      conn_report_handshakes(c);
      if (c->destroyed || c->failed) {
        buf_unused(c, sink, &b);
        break;
      }
    }
    if (have > 0) {
      if (sink && s->on_read == sink) {
        sink(s, (ssize_t)have, &b);
      } else if (sink) {
        /* The reader let go while OpenSSL ran (a callback into JS): JS reads. */
        char* copy = eddy_malloc(have);
        memcpy(copy, buf, have);
        sink(s, 0, &b);
        conn_deliver_js(c, copy, have, have);
      } else {
        conn_deliver_js(c, buf, have, cap);
      }
      if (n > 0) continue; /* the buffer filled (or JS took a record): there may be more */
    } else {
      buf_unused(c, sink, &b);
    }
    conn_flush(c, NULL); /* post-handshake messages (tickets, key updates) */
    if (c->destroyed || c->failed) break;
    if (e == SSL_ERROR_ZERO_RETURN) {
      JSValueRef args[1] = {JSValueMakeNumber(c->rt->ctx, UV_EOF)};
      owner_call(c, "onread", 1, args);
    } else if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE) {
      conn_fail(c, "read failed");
    }
    break;
  }
}

/* A cycle called from JS (readStart, start, receive, a hello callback's answer)... */
static void conn_cycle(tls_conn* c) {
  int loop = c->loop_cycling;
  c->loop_cycling = 0;
  eddy__tls_conn_enter(c);
  conn_cycle_run(c);
  c->loop_cycling = loop;
  eddy__tls_conn_leave(c);
}

/* ...and one run by the loop (a network read, a deferred cycle): only then may a C
 * reader be handed cleartext. */
static void conn_cycle_loop(tls_conn* c) {
  c->loop_cycling++;
  eddy__tls_conn_enter(c);
  conn_cycle_run(c);
  c->loop_cycling--;
  eddy__tls_conn_leave(c);
}

/* Runs the cycles deferred to the loop (see conn_defer). */
static void tls_on_idle(uv_idle_t* idle) {
  tls_state* st = idle->data;
  tls_conn** list = st->deferred;
  size_t n = st->ndeferred;
  st->deferred = NULL;
  st->ndeferred = st->deferred_cap = 0;
  for (size_t i = 0; i < n; i++) {
    tls_conn* c = list[i];
    c->deferred = 0;
    if (!c->rt->exiting) conn_cycle_loop(c);
    JSValueUnprotect(c->rt->ctx, c->object);
  }
  free(list);
  if (st->ndeferred == 0) uv_idle_stop(&st->idle);
}

/* Cleartext a C reader may take is never handed to it from inside a call from JS
 * (its readStart, run while it parses): the cycle that delivers it runs from the
 * loop, as a TCP handle's next read would; none is needed when a cycle from the
 * loop is under way (it goes on reading), or when no bytes wait (OpenSSL's or the
 * read BIO's): the next network read brings them. */
static void conn_defer(tls_conn* c) {
  if (c->deferred || c->loop_cycling || !c->handshake_done || c->destroyed) return;
  if (!SSL_has_pending(c->ssl) && BIO_pending(c->rbio) == 0) return;
  tls_state* st = state_of(c->rt);
  if (st->ndeferred == st->deferred_cap) {
    st->deferred_cap = st->deferred_cap ? st->deferred_cap * 2 : 8;
    st->deferred = eddy_realloc(st->deferred, st->deferred_cap * sizeof(tls_conn*));
  }
  st->deferred[st->ndeferred++] = c;
  c->deferred = 1;
  JSValueProtect(c->rt->ctx, c->object);
  uv_idle_start(&st->idle, tls_on_idle);
}

/* The byte source's reading (stream_wrap.h), which is JS's readStart/readStop too. */
static int conn_read_start(tls_conn* c) {
  /* After destroy the TCP handle may be gone: it is never touched again. */
  if (c->destroyed) return UV_EINVAL; /* node's answer */
  c->reading = 1;
  int err = c->tcp ? eddy_stream_read_start(c->tcp) : 0;
  return err == UV_EALREADY ? 0 : err;
}

static int conn_read_stop(tls_conn* c) {
  if (c->destroyed) return 0;
  c->reading = 0;
  /* The handshake needs the network even while JS is paused. */
  if (!c->handshake_done || !c->tcp) return 0;
  return eddy_stream_read_stop(c->tcp);
}

static int source_read_start(eddy_byte_source* s) {
  tls_conn* c = (tls_conn*)s;
  int err = conn_read_start(c);
  if (err == 0) conn_defer(c);
  return err;
}

static int source_read_stop(eddy_byte_source* s) { return conn_read_stop((tls_conn*)s); }

void eddy__tls_conn_cycle(tls_conn* c) { conn_cycle(c); }

/* receive(conn, view): ciphertext from a JS transport, or bytes a plain socket read
 * before the connection took its handle over. */
static EDDY_JS_FN(tls_receive) {
  (void)function, (void)self, (void)exception;
  tls_conn* c = conn_at(ctx, argc, argv, exception);
  if (!c) return NULL;
  size_t len = 0;
  const uint8_t* data = eddy_js_bytes(ctx, eddy_js_arg(ctx, argc, argv, 1), &len);
  if (c->destroyed) return JSValueMakeUndefined(ctx);
  eddy_tls_bio_put(c->rbio, data, len);
  conn_cycle(c);
  return JSValueMakeUndefined(ctx);
}

/* TCP reads go into the runtime's one buffer (a second one while it is taken). */
static void conn_on_tcp_alloc(eddy_handle* h, size_t suggested, uv_buf_t* buf) {
  (void)suggested;
  tls_state* st = state_of(h->rt);
  char* b;
  if (!st->read_buf_busy) {
    if (!st->read_buf) st->read_buf = eddy_malloc(TCP_READ_SIZE);
    st->read_buf_busy = 1;
    b = st->read_buf;
  } else {
    b = eddy_malloc(TCP_READ_SIZE);
  }
  *buf = uv_buf_init(b, TCP_READ_SIZE);
}

static void tcp_buf_release(tls_state* st, char* b) {
  if (b == st->read_buf)
    st->read_buf_busy = 0;
  else
    free(b);
}

/* A large read is queued in its own buffer (no copy), which the BIO then owns; a
 * small one is copied, so that a few bytes never pin 64 KiB. */
static void conn_on_tcp_read(eddy_handle* h, ssize_t nread, char* bytes) {
  tls_conn* c = h->filter;
  tls_state* st = state_of(h->rt);
  if (nread <= 0) {
    if (bytes) tcp_buf_release(st, bytes);
    if (nread == 0) return;
    JSValueRef args[1] = {JSValueMakeNumber(c->rt->ctx, (double)nread)};
    owner_call(c, "onread", 1, args);
    return;
  }
  if (nread >= LARGE_READ) {
    if (bytes == st->read_buf) {
      st->read_buf = NULL;
      st->read_buf_busy = 0;
    }
    eddy_tls_bio_give(c->rbio, bytes, (size_t)nread);
  } else {
    eddy_tls_bio_put(c->rbio, (const uint8_t*)bytes, (size_t)nread);
    tcp_buf_release(st, bytes);
  }
  conn_cycle_loop(c);
}

/* wrap(tcpHandle|null, ctx, isServer, owner): a connection over the stream handle, or
 * over a JS transport when the handle is null. */
static EDDY_JS_FN(tls_wrap) {
  (void)function, (void)self, (void)exception;
  JSValueRef handle = eddy_js_arg(ctx, argc, argv, 0);
  eddy_handle* tcp = JSValueIsObject(ctx, handle) ? eddy_handle_of(ctx, (JSObjectRef)handle) : NULL;
  SSL_CTX* sc = ctx_at(ctx, argc, argv, 1);
  tls_conn* c = eddy_calloc(1, sizeof(*c));
  c->rt = eddy_runtime_from(ctx);
  c->tcp = tcp;
  c->server = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 2));
  c->owner = (JSObjectRef)eddy_js_arg(ctx, argc, argv, 3);
  c->ssl = SSL_new(sc);
  CHECK(c->ssl);
  c->rbio = eddy_tls_bio_new();
  c->wbio = eddy_tls_bio_new();
  SSL_set_bio(c->ssl, c->rbio, c->wbio);
  SSL_set_ex_data(c->ssl, conn_index, c);
  c->source.read_start = source_read_start;
  c->source.read_stop = source_read_stop;
  c->source.rt = c->rt;
  c->source.consumable = tcp != NULL;
  if (c->server)
    SSL_set_accept_state(c->ssl);
  else
    SSL_set_connect_state(c->ssl);
  c->object = JSObjectMake(ctx, conn_class(), c);
  /* The owner holds the connection object; the connection keeps the owner alive
   * through the protected object graph while the filter is installed. */
  eddy_js_set(ctx, c->owner, "_tlsConn", c->object);
  JSValueProtect(ctx, c->object);
  JSValueProtect(ctx, c->owner);
  if (tcp) {
    tcp->filter = c;
    tcp->filter_on_read = conn_on_tcp_read;
    tcp->filter_on_alloc = conn_on_tcp_alloc;
  }
  return c->object;
}

/* start(conn): begins the handshake (the client sends its hello). */
static EDDY_JS_FN(tls_start) {
  (void)function, (void)self, (void)exception;
  tls_conn* c = conn_at(ctx, argc, argv, exception);
  if (!c) return NULL;
  if (c->destroyed) return JSValueMakeNumber(ctx, UV_EBADF);
  c->started = 1;
  int err = c->tcp ? eddy_stream_read_start(c->tcp) : 0;
  if (err == UV_EALREADY) err = 0; /* JS started reading first */
  if (err == 0) conn_cycle(c);
  return JSValueMakeNumber(ctx, err);
}

static EDDY_JS_FN(tls_read_start) {
  (void)function, (void)self, (void)exception;
  tls_conn* c = conn_at(ctx, argc, argv, exception);
  if (!c) return NULL;
  int err = conn_read_start(c);
  if (err == 0 && c->handshake_done) {
    if (c->source.on_read)
      conn_defer(c); /* a C reader is never called from JS */
    else
      conn_cycle(c);
  }
  return JSValueMakeNumber(ctx, err);
}

static EDDY_JS_FN(tls_read_stop) {
  (void)function, (void)self, (void)exception;
  tls_conn* c = conn_at(ctx, argc, argv, exception);
  if (!c) return NULL;
  return JSValueMakeNumber(ctx, conn_read_stop(c));
}

/* Writes (or, before release, queues) cleartext: 1 (req completes later), 0 (it
 * went out at once: the caller completes req), or a negative errno. */
static int conn_write(JSContextRef ctx, tls_conn* c, JSObjectRef req, const uint8_t* data,
                      size_t len) {
  if (c->destroyed || c->failed) return UV_EPIPE;
  if (!c->released) {
    pending_write* p = eddy_calloc(1, sizeof(*p));
    p->req = eddy_protect_object(ctx, req);
    p->data = eddy_malloc(len + 1);
    memcpy(p->data, data, len);
    p->len = len;
    if (c->pending_tail)
      c->pending_tail->next = p;
    else
      c->pending = p;
    c->pending_tail = p;
    return 1;
  }
  eddy__tls_conn_enter(c);
  int r = conn_write_now(c, req, data, len);
  eddy__tls_conn_leave(c);
  return r;
}

/* write(conn, req, view): see conn_write. Before the handshake completes and JS
 * accepted the peer (release) the cleartext waits in C. */
static EDDY_JS_FN(tls_write) {
  (void)function, (void)self, (void)exception;
  tls_conn* c = conn_at(ctx, argc, argv, exception);
  if (!c) return NULL;
  JSObjectRef req = (JSObjectRef)eddy_js_arg(ctx, argc, argv, 1);
  size_t len = 0;
  const uint8_t* data = eddy_js_bytes(ctx, eddy_js_arg(ctx, argc, argv, 2), &len);
  return JSValueMakeNumber(ctx, conn_write(ctx, c, req, data, len));
}

/* writeString(conn, req, string, latin1): the same for a string, encoded as Latin-1
 * or UTF-8. OpenSSL copies what it writes into its record, so a string whose
 * characters already are those bytes (one-byte characters, all ASCII for UTF-8) is
 * written from the engine's own memory. */
static EDDY_JS_FN(tls_write_string) {
  (void)function, (void)self, (void)exception;
  tls_conn* c = conn_at(ctx, argc, argv, exception);
  if (!c) return NULL;
  JSObjectRef req = (JSObjectRef)eddy_js_arg(ctx, argc, argv, 1);
  int latin1 = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 3));
  eddy_string_view v;
  CHECK(eddy_string_view_open(ctx, eddy_js_arg(ctx, argc, argv, 2), &v,
                              NULL)); /* lib/ passes a string */
  size_t len = latin1 ? v.len : eddy_string_view_utf8_length(&v);
  const uint8_t* data = v.latin1;
  uint8_t small[4096];
  uint8_t* owned = NULL;
  if (!data || len != v.len) {
    uint8_t* out = len <= sizeof(small) ? small : (owned = eddy_malloc(len));
    len =
        latin1 ? eddy_string_view_latin1(&v, out, len) : eddy_string_view_utf8(&v, out, len, NULL);
    data = out;
  }
  int r = conn_write(ctx, c, req, data ? data : (const uint8_t*)"", len);
  eddy_string_view_close(&v);
  free(owned);
  return JSValueMakeNumber(ctx, r);
}

/* release(conn): the peer is accepted; cleartext written so far goes out. */
static EDDY_JS_FN(tls_release) {
  (void)function, (void)self, (void)exception;
  tls_conn* c = conn_at(ctx, argc, argv, exception);
  if (!c) return NULL;
  if (!c->handshake_done || c->released || c->destroyed) return JSValueMakeUndefined(ctx);
  c->released = 1;
  eddy__tls_conn_enter(c);
  conn_write_pending(c, UV_ECANCELED);
  eddy__tls_conn_leave(c);
  return JSValueMakeUndefined(ctx);
}

/* shutdown(conn): sends close_notify. The caller then shuts the TCP side down. */
static EDDY_JS_FN(tls_shutdown) {
  (void)function, (void)self, (void)exception;
  tls_conn* c = conn_at(ctx, argc, argv, exception);
  if (!c) return NULL;
  if (c->handshake_done && !c->destroyed && !c->failed) {
    eddy__tls_conn_enter(c);
    SSL_shutdown(c->ssl);
    conn_flush(c, NULL);
    eddy__tls_conn_leave(c);
  }
  ERR_clear_error();
  return JSValueMakeUndefined(ctx);
}

/* destroy(conn): detaches from the TCP handle; pending writes are cancelled. */
static EDDY_JS_FN(tls_destroy) {
  (void)function, (void)self, (void)exception;
  tls_conn* c = conn_at(ctx, argc, argv, exception);
  if (!c) return NULL;
  if (c->destroyed) return JSValueMakeUndefined(ctx);
  c->destroyed = 1;
  eddy__tls_conn_enter(c);
  conn_write_pending(c, UV_ECANCELED); /* nothing more is sent */
  if (c->tcp && c->tcp->filter == c) {
    c->tcp->filter = NULL;
    c->tcp->filter_on_read = NULL;
    c->tcp->filter_on_alloc = NULL;
  }
  /* A C reader lets go of the source (stream_wrap.h: nread < 0, no buffer). */
  if (c->source.on_read) c->source.on_read(&c->source, UV_ECANCELED, NULL);
  /* Under a call from C (a read's cycle failing the writes whose callbacks destroyed
   * the socket), that call lets the objects go when it leaves. */
  c->release_on_leave = 1;
  eddy__tls_conn_leave(c); /* frees the SSL unless OpenSSL is under this call */
  return JSValueMakeUndefined(ctx);
}

/* --- OpenSSL callbacks ----------------------------------------------------------- */

static void conn_on_keylog(const SSL* ssl, const char* line) {
  tls_conn* c = SSL_get_ex_data(ssl, conn_index);
  if (!c || !c->keylog) return;
  size_t n = strlen(line);
  uint8_t* buf = eddy_malloc(n + 1);
  memcpy(buf, line, n);
  buf[n] = '\n';
  JSValueRef arg = eddy__crypto_bytes(c->rt->ctx, buf, n + 1);
  free(buf);
  owner_call(c, "onkeylog", 1, &arg);
}

static void conn_on_info(const SSL* ssl, int where, int ret) {
  (void)ret;
  tls_conn* c = SSL_get_ex_data(ssl, conn_index);
  if (!c) return;
  /* TLS 1.3 has no renegotiation; its post-handshake messages are not handshakes. */
  int tls13 = SSL_version(ssl) == TLS1_3_VERSION;
  if ((where & SSL_CB_HANDSHAKE_START) && c->server && !(c->handshake_done && tls13))
    c->handshake_starts++;
  if ((where & SSL_CB_HANDSHAKE_DONE) && c->handshake_done && !tls13 &&
      !SSL_renegotiate_pending((SSL*)ssl)) {
    c->renegotiated = 1;
  }
}

/* renegotiate(conn): a client starts a new handshake (TLS 1.2 and older); throws
 * OpenSSL's error otherwise. */
static EDDY_JS_FN(tls_renegotiate) {
  (void)function, (void)self;
  tls_conn* c = conn_at(ctx, argc, argv, exception);
  if (!c) return NULL;
  ERR_clear_error();
  if (c->destroyed || c->failed || !c->handshake_done) return JSValueMakeBoolean(ctx, false);
  if (SSL_renegotiate(c->ssl) != 1) return eddy__crypto_throw(ctx, exception, "renegotiate failed");
  eddy__tls_conn_enter(c);
  SSL_do_handshake(c->ssl); /* sends the ClientHello; the rest arrives with reads */
  conn_flush(c, NULL);
  eddy__tls_conn_leave(c);
  ERR_clear_error();
  return JSValueMakeBoolean(ctx, true);
}

/* --- pre-shared keys ------------------------------------------------------------ */

static unsigned int conn_on_psk_server(SSL* ssl, const char* identity, unsigned char* psk,
                                       unsigned int max_psk_len) {
  tls_conn* c = SSL_get_ex_data(ssl, conn_index);
  if (!c) return 0;
  JSContextRef ctx = c->rt->ctx;
  JSValueRef arg = eddy_js_cstr(ctx, identity ? identity : "");
  JSValueRef r = owner_call(c, "onpskserver", 1, &arg);
  size_t n = 0;
  const uint8_t* key = r && JSValueIsObject(ctx, r) ? eddy_js_bytes(ctx, r, &n) : NULL;
  if (!key || n > max_psk_len) return 0;
  memcpy(psk, key, n);
  return (unsigned int)n;
}

static unsigned int conn_on_psk_client(SSL* ssl, const char* hint, char* identity,
                                       unsigned int max_identity_len, unsigned char* psk,
                                       unsigned int max_psk_len) {
  tls_conn* c = SSL_get_ex_data(ssl, conn_index);
  if (!c) return 0;
  JSContextRef ctx = c->rt->ctx;
  JSValueRef arg = hint ? eddy_js_cstr(ctx, hint) : JSValueMakeNull(ctx);
  JSValueRef r = owner_call(c, "onpskclient", 1, &arg);
  if (!r || !JSValueIsObject(ctx, r)) return 0;
  JSValueRef id = JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)r, 0, NULL);
  JSValueRef keyv = JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)r, 1, NULL);
  size_t id_len = 0, n = 0;
  char* id_str = JSValueIsString(ctx, id) ? eddy_js_to_utf8(ctx, id, &id_len, NULL) : NULL;
  const uint8_t* key = JSValueIsObject(ctx, keyv) ? eddy_js_bytes(ctx, keyv, &n) : NULL;
  unsigned int result = 0;
  if (id_str && key && id_len < max_identity_len && n <= max_psk_len) {
    memcpy(identity, id_str, id_len + 1);
    memcpy(psk, key, n);
    result = (unsigned int)n;
  }
  free(id_str);
  return result;
}

/* setPSK(conn, hint|undefined): use the owner's PSK callbacks; false when OpenSSL
 * refuses the identity hint (longer than 128 bytes). */
static EDDY_JS_FN(tls_set_psk) {
  (void)function, (void)self, (void)exception;
  tls_conn* c = live_at(ctx, argc, argv, exception);
  if (!c) return JSValueMakeBoolean(ctx, true);
  if (!c->server) {
    SSL_set_psk_client_callback(c->ssl, conn_on_psk_client);
    return JSValueMakeBoolean(ctx, true);
  }
  SSL_set_psk_server_callback(c->ssl, conn_on_psk_server);
  JSValueRef hint = eddy_js_arg(ctx, argc, argv, 1);
  int ok = 1;
  if (JSValueIsString(ctx, hint)) {
    char* h = eddy_js_to_utf8(ctx, hint, NULL, exception);
    if (!h) return NULL;
    ok = SSL_use_psk_identity_hint(c->ssl, h) == 1;
    free(h);
    ERR_clear_error();
  }
  return JSValueMakeBoolean(ctx, ok);
}

static int conn_on_alpn_select(SSL* ssl, const unsigned char** out, unsigned char* outlen,
                               const unsigned char* in, unsigned int inlen, void* arg) {
  (void)arg;
  tls_conn* c = SSL_get_ex_data(ssl, conn_index);
  if (c && c->alpn_callback) {
    /* onalpn(clientWireList) -> the chosen protocol, or undefined to refuse. */
    JSContextRef ctx = c->rt->ctx;
    JSValueRef arg = eddy__crypto_bytes(ctx, in, inlen);
    JSValueRef r = owner_call(c, "onalpn", 1, &arg);
    if (!r || !JSValueIsString(ctx, r)) return SSL_TLSEXT_ERR_ALERT_FATAL;
    size_t n = 0;
    char* want = eddy_js_to_utf8(ctx, r, &n, NULL);
    int found = SSL_TLSEXT_ERR_ALERT_FATAL;
    for (unsigned i = 0; want && i < inlen; i += 1u + in[i]) {
      if (in[i] == n && i + 1u + n <= inlen && memcmp(in + i + 1, want, n) == 0) {
        *out = in + i + 1;
        *outlen = in[i];
        found = SSL_TLSEXT_ERR_OK;
        break;
      }
    }
    free(want);
    return found;
  }
  if (!c || !c->alpn) return SSL_TLSEXT_ERR_NOACK;
  int r = SSL_select_next_proto((unsigned char**)out, outlen, c->alpn, (unsigned)c->alpn_len, in,
                                inlen);
  /* node rejects a client whose protocols do not overlap the server's. */
  return r == OPENSSL_NPN_NEGOTIATED ? SSL_TLSEXT_ERR_OK : SSL_TLSEXT_ERR_ALERT_FATAL;
}

/* --- per-connection settings and queries ----------------------------------------- */

static EDDY_JS_FN(tls_set_servername) {
  (void)function, (void)self;
  tls_conn* c = live_at(ctx, argc, argv, exception);
  if (!c) return JSValueMakeUndefined(ctx);
  char* name = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 1), NULL, exception);
  if (!name) return NULL;
  SSL_set_tlsext_host_name(c->ssl, name);
  free(name);
  return JSValueMakeUndefined(ctx);
}

/* setALPN(conn, wireBytes): the client's offer, or the server's choices. */
static EDDY_JS_FN(tls_set_alpn) {
  (void)function, (void)self, (void)exception;
  tls_conn* c = live_at(ctx, argc, argv, exception);
  if (!c) return JSValueMakeUndefined(ctx);
  size_t len = 0;
  const uint8_t* wire = eddy_js_bytes(ctx, eddy_js_arg(ctx, argc, argv, 1), &len);
  if (c->server) {
    free(c->alpn);
    c->alpn = eddy_malloc(len + 1);
    memcpy(c->alpn, wire, len);
    c->alpn_len = len;
  } else {
    SSL_set_alpn_protos(c->ssl, wire, (unsigned)len);
  }
  return JSValueMakeUndefined(ctx);
}

static EDDY_JS_FN(tls_set_alpn_callback) {
  (void)function, (void)self, (void)exception;
  tls_conn* c = conn_at(ctx, argc, argv, exception);
  if (!c) return NULL;
  c->alpn_callback = 1;
  return JSValueMakeUndefined(ctx);
}

static EDDY_JS_FN(tls_set_session) {
  (void)function, (void)self, (void)exception;
  tls_conn* c = live_at(ctx, argc, argv, exception);
  if (!c) return JSValueMakeBoolean(ctx, false);
  size_t len = 0;
  const unsigned char* der = eddy_js_bytes(ctx, eddy_js_arg(ctx, argc, argv, 1), &len);
  SSL_SESSION* s = d2i_SSL_SESSION(NULL, &der, (long)len);
  int ok = s && SSL_set_session(c->ssl, s) == 1;
  SSL_SESSION_free(s);
  ERR_clear_error();
  return JSValueMakeBoolean(ctx, ok);
}

static int verify_accept_all(int preverify, X509_STORE_CTX* store) {
  (void)preverify, (void)store;
  return 1;
}

/* setVerify(conn, requestCert, rejectUnauthorized): server-side client certificates. */
static EDDY_JS_FN(tls_set_verify) {
  (void)function, (void)self, (void)exception;
  tls_conn* c = live_at(ctx, argc, argv, exception);
  if (!c) return JSValueMakeUndefined(ctx);
  int request = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 1));
  int reject = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 2));
  int mode = SSL_VERIFY_NONE;
  if (request) mode = SSL_VERIFY_PEER | (reject ? SSL_VERIFY_FAIL_IF_NO_PEER_CERT : 0);
  /* As node: OpenSSL accepts any certificate (a missing one fails when rejecting);
   * JS reads the verify result into authorized/authorizationError and closes the
   * connection of an unauthorized client without an alert (it sees ECONNRESET). */
  SSL_set_verify(c->ssl, mode, verify_accept_all);
  return JSValueMakeUndefined(ctx);
}

/* OpenSSL formats a key log line (hex, a sprintf per byte: 5% of a TLS 1.3 server
 * handshake) whenever the context has a key log callback, so a context gets one
 * only once a connection using it logs keys (and again after an SNI switch). */
void eddy__tls_keylog_follow(tls_conn* c) {
  if (c->keylog && c->ssl) SSL_CTX_set_keylog_callback(SSL_get_SSL_CTX(c->ssl), conn_on_keylog);
}

static EDDY_JS_FN(tls_enable_keylog) {
  (void)function, (void)self, (void)exception;
  tls_conn* c = conn_at(ctx, argc, argv, exception);
  if (!c) return NULL;
  c->keylog = 1;
  eddy__tls_keylog_follow(c);
  return JSValueMakeUndefined(ctx);
}

/* setMaxSendFragment(conn, bytes): the largest record this side sends (512..16384). */
static EDDY_JS_FN(tls_set_max_send_fragment) {
  (void)function, (void)self, (void)exception;
  tls_conn* c = conn_at(ctx, argc, argv, exception);
  if (!c) return NULL;
  int ok =
      c->ssl && SSL_set_max_send_fragment(c->ssl, (long)eddy_js_arg_int(ctx, argc, argv, 1)) == 1;
  return JSValueMakeBoolean(ctx, ok);
}

/* ephemeralKeyInfo(conn): the key exchange's ephemeral key as node describes it
 * ({ type: 'DH', size } or { type: 'ECDH', name, size }; the others undefined). */
static EDDY_JS_FN(tls_ephemeral_key_info) {
  (void)function, (void)self, (void)exception;
  tls_conn* c = conn_at(ctx, argc, argv, exception);
  if (!c) return NULL;
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  /* node's object has the three keys whatever it knows. */
  eddy_js_set(ctx, o, "type", JSValueMakeUndefined(ctx));
  eddy_js_set(ctx, o, "name", JSValueMakeUndefined(ctx));
  eddy_js_set(ctx, o, "size", JSValueMakeUndefined(ctx));
  EVP_PKEY* key = NULL;
  if (!c->ssl || !SSL_get_peer_tmp_key(c->ssl, &key) || !key) return o;
  int id = EVP_PKEY_get_id(key);
  if (id == EVP_PKEY_DH) {
    eddy_js_set_cstr(ctx, o, "type", "DH");
  } else if (id == EVP_PKEY_EC || id == EVP_PKEY_X25519 || id == EVP_PKEY_X448) {
    eddy_js_set_cstr(ctx, o, "type", "ECDH");
    const char* name = NULL;
    char group[64];
    size_t len = 0;
    if (id == EVP_PKEY_EC) {
      if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof(group),
                                         &len)) {
        int nid = OBJ_txt2nid(group);
        name = nid != NID_undef ? OBJ_nid2sn(nid) : group;
      }
    } else {
      name = OBJ_nid2sn(id);
    }
    if (name) eddy_js_set_cstr(ctx, o, "name", name);
  }
  eddy_js_set_number(ctx, o, "size", EVP_PKEY_get_bits(key));
  EVP_PKEY_free(key);
  return o;
}

/* sharedSigalgs(conn): the signature algorithms both sides allow, as node names them
 * ('RSA-PSS+SHA256', 'ECDSA+SHA384', ...). */
static EDDY_JS_FN(tls_shared_sigalgs) {
  (void)function, (void)self, (void)exception;
  tls_conn* c = conn_at(ctx, argc, argv, exception);
  if (!c) return NULL;
  JSObjectRef out = eddy_js_array_new(ctx);
  int n = c->ssl ? SSL_get_shared_sigalgs(c->ssl, 0, NULL, NULL, NULL, NULL, NULL) : 0;
  for (int i = 0; i < n; i++) {
    int sign = NID_undef, hash = NID_undef;
    SSL_get_shared_sigalgs(c->ssl, i, &sign, &hash, NULL, NULL, NULL);
    const char* s;
    switch (sign) {
      case EVP_PKEY_RSA: s = "RSA"; break;
      case EVP_PKEY_RSA_PSS: s = "RSA-PSS"; break;
      case EVP_PKEY_EC: s = "ECDSA"; break;
      case EVP_PKEY_ED25519: s = "Ed25519"; break;
      case EVP_PKEY_ED448: s = "Ed448"; break;
      default: s = OBJ_nid2ln(sign); break;
    }
    char name[128];
    snprintf(name, sizeof(name), "%s+%s", s ? s : "UNDEF",
             hash != NID_undef ? OBJ_nid2sn(hash) : "UNDEF");
    eddy_js_array_set(ctx, out, (size_t)i, eddy_js_cstr(ctx, name));
  }
  return out;
}

/* setKeyCert(conn, context): this connection presents the context's certificate,
 * chain and key instead (a server choosing late, e.g. in its ALPN callback). */
static EDDY_JS_FN(tls_set_key_cert) {
  (void)function, (void)self;
  ERR_clear_error();
  tls_conn* c = conn_at(ctx, argc, argv, exception);
  if (!c) return NULL;
  SSL_CTX* sc = ctx_at(ctx, argc, argv, 1);
  X509* cert = SSL_CTX_get0_certificate(sc);
  EVP_PKEY* key = SSL_CTX_get0_privatekey(sc);
  STACK_OF(X509)* chain = NULL;
  SSL_CTX_get0_chain_certs(sc, &chain);
  if (!c->ssl || !cert || !key || SSL_use_certificate(c->ssl, cert) != 1 ||
      SSL_use_PrivateKey(c->ssl, key) != 1 || SSL_set1_chain(c->ssl, chain) != 1) {
    return eddy__crypto_throw(ctx, exception, "Failed to set the certificate and key");
  }
  return JSValueMakeUndefined(ctx);
}

/* The name node gives an X509_V_ERR_* result. */
static const char* verify_code(long err) {
  switch (err) {
// clang-format re-wraps these macro lists differently on every run.
// clang-format off
#define V(name) \
  case X509_V_ERR_##name: return #name;
    V(UNABLE_TO_GET_ISSUER_CERT) V(UNABLE_TO_GET_CRL) V(UNABLE_TO_DECRYPT_CERT_SIGNATURE)
    V(UNABLE_TO_DECRYPT_CRL_SIGNATURE) V(UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY)
    V(CERT_SIGNATURE_FAILURE) V(CRL_SIGNATURE_FAILURE) V(CERT_NOT_YET_VALID) V(CERT_HAS_EXPIRED)
    V(CRL_NOT_YET_VALID) V(CRL_HAS_EXPIRED) V(ERROR_IN_CERT_NOT_BEFORE_FIELD)
    V(ERROR_IN_CERT_NOT_AFTER_FIELD) V(ERROR_IN_CRL_LAST_UPDATE_FIELD)
    V(ERROR_IN_CRL_NEXT_UPDATE_FIELD) V(OUT_OF_MEM) V(DEPTH_ZERO_SELF_SIGNED_CERT)
    V(SELF_SIGNED_CERT_IN_CHAIN) V(UNABLE_TO_GET_ISSUER_CERT_LOCALLY)
    V(UNABLE_TO_VERIFY_LEAF_SIGNATURE) V(CERT_CHAIN_TOO_LONG) V(CERT_REVOKED) V(INVALID_CA)
    V(PATH_LENGTH_EXCEEDED) V(INVALID_PURPOSE) V(CERT_UNTRUSTED) V(CERT_REJECTED)
    V(HOSTNAME_MISMATCH)
#undef V
        // clang-format on
        default : return "UNSPECIFIED";
  }
}

/* verifyError(conn): null, or {code, message} for the peer's certificate. */
static EDDY_JS_FN(tls_verify_error) {
  (void)function, (void)self, (void)exception;
  tls_conn* c = conn_at(ctx, argc, argv, exception);
  if (!c) return NULL;
  X509* peer = c->ssl ? SSL_get1_peer_certificate(c->ssl) : NULL;
  long r;
  if (!peer) {
    /* node reports a missing peer certificate this way. */
    r = X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT;
  } else {
    X509_free(peer);
    r = SSL_get_verify_result(c->ssl);
    /* A lone leaf whose issuer is unknown: node names it as OpenSSL's newer
     * releases do. */
    STACK_OF(X509)* chain = SSL_get_peer_cert_chain(c->ssl);
    if (r == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY && chain && sk_X509_num(chain) == 1) {
      r = X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE;
    }
  }
  if (r == X509_V_OK) return JSValueMakeNull(ctx);
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set_cstr(ctx, o, "code", verify_code(r));
  eddy_js_set_cstr(ctx, o, "message", X509_verify_cert_error_string(r));
  return o;
}

/* peerCertificate(conn, own): an X509 handle (peer's or our own), or null. */
static EDDY_JS_FN(tls_certificate) {
  (void)function, (void)self, (void)exception;
  tls_conn* c = live_at(ctx, argc, argv, exception);
  if (!c) return JSValueMakeNull(ctx);
  int own = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 1));
  X509* x = own ? SSL_get_certificate(c->ssl) : SSL_get1_peer_certificate(c->ssl);
  if (!x) return JSValueMakeNull(ctx);
  if (own) X509_up_ref(x);
  return eddy__crypto_x509_handle(ctx, x);
}

/* peerChain(conn): X509 handles from the peer's certificate up: the verified chain
 * when verification succeeded, else what the peer sent. */
static EDDY_JS_FN(tls_peer_chain) {
  (void)function, (void)self, (void)exception;
  tls_conn* c = live_at(ctx, argc, argv, exception);
  STACK_OF(X509)* chain = c ? SSL_get0_verified_chain(c->ssl) : NULL;
  if (c && (!chain || sk_X509_num(chain) == 0)) chain = SSL_get_peer_cert_chain(c->ssl);
  JSObjectRef arr = eddy_js_array_new(ctx);
  for (int i = 0; chain && i < sk_X509_num(chain); i++) {
    X509* x = sk_X509_value(chain, i);
    X509_up_ref(x);
    eddy_js_array_set(ctx, arr, (unsigned)i, eddy__crypto_x509_handle(ctx, x));
  }
  return arr;
}

/* info(conn): {protocol, cipher, standardName, cipherVersion, alpn, servername,
 * reused} after the handshake. */
static EDDY_JS_FN(tls_info) {
  (void)function, (void)self, (void)exception;
  tls_conn* c = live_at(ctx, argc, argv, exception);
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  if (!c) return o;
  eddy_js_set_cstr(ctx, o, "protocol", SSL_get_version(c->ssl));
  const SSL_CIPHER* cipher = SSL_get_current_cipher(c->ssl);
  if (cipher) {
    eddy_js_set_cstr(ctx, o, "cipher", SSL_CIPHER_get_name(cipher));
    eddy_js_set_cstr(ctx, o, "standardName", SSL_CIPHER_standard_name(cipher));
    eddy_js_set_cstr(ctx, o, "cipherVersion", SSL_CIPHER_get_version(cipher));
  }
  const unsigned char* alpn = NULL;
  unsigned alpn_len = 0;
  SSL_get0_alpn_selected(c->ssl, &alpn, &alpn_len);
  if (alpn_len) eddy_js_set(ctx, o, "alpn", eddy_js_utf8(ctx, (const char*)alpn, alpn_len));
  const char* sn = SSL_get_servername(c->ssl, TLSEXT_NAMETYPE_host_name);
  if (sn) eddy_js_set_cstr(ctx, o, "servername", sn);
  eddy_js_set(ctx, o, "reused", JSValueMakeBoolean(ctx, SSL_session_reused(c->ssl)));
  return o;
}

/* negotiated(conn): [alpn, servername] (undefined where none): what a server reads
 * once its handshake completes, without the rest of info(). */
static EDDY_JS_FN(tls_negotiated) {
  (void)function, (void)self, (void)exception;
  tls_conn* c = live_at(ctx, argc, argv, exception);
  JSValueRef out[2] = {JSValueMakeUndefined(ctx), JSValueMakeUndefined(ctx)};
  if (c) {
    const unsigned char* alpn = NULL;
    unsigned alpn_len = 0;
    SSL_get0_alpn_selected(c->ssl, &alpn, &alpn_len);
    if (alpn_len) out[0] = eddy_js_utf8(ctx, (const char*)alpn, alpn_len);
    const char* sn = SSL_get_servername(c->ssl, TLSEXT_NAMETYPE_host_name);
    if (sn) out[1] = eddy_js_cstr(ctx, sn);
  }
  return eddy_js_array_of(ctx, 2, out);
}

static EDDY_JS_FN(tls_session) {
  (void)function, (void)self, (void)exception;
  tls_conn* c = live_at(ctx, argc, argv, exception);
  if (!c) return JSValueMakeUndefined(ctx);
  SSL_SESSION* s = SSL_get_session(c->ssl);
  int n = s ? i2d_SSL_SESSION(s, NULL) : 0;
  if (n <= 0) return JSValueMakeUndefined(ctx);
  unsigned char* buf = eddy_malloc((size_t)n);
  unsigned char* p = buf;
  i2d_SSL_SESSION(s, &p);
  JSValueRef r = eddy__crypto_bytes(ctx, buf, (size_t)n);
  free(buf);
  return r;
}

/* ticket(conn): the session ticket the client holds, or undefined. */
static EDDY_JS_FN(tls_ticket) {
  (void)function, (void)self, (void)exception;
  tls_conn* c = live_at(ctx, argc, argv, exception);
  if (!c) return JSValueMakeUndefined(ctx);
  SSL_SESSION* s = SSL_get_session(c->ssl);
  const unsigned char* ticket = NULL;
  size_t n = 0;
  if (s) SSL_SESSION_get0_ticket(s, &ticket, &n);
  if (!ticket || n == 0) return JSValueMakeUndefined(ctx);
  return eddy__crypto_bytes(ctx, ticket, n);
}

/* exportKeyingMaterial(conn, length, label, context|undefined). */
static EDDY_JS_FN(tls_export_keying_material) {
  (void)function, (void)self;
  tls_conn* c = live_at(ctx, argc, argv, exception);
  if (!c) return eddy__crypto_throw(ctx, exception, "Key extraction failed");
  size_t len = (size_t)eddy_js_arg_int(ctx, argc, argv, 1);
  char* label = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 2), NULL, exception);
  if (!label) return NULL;
  size_t clen = 0;
  const uint8_t* context = eddy_js_bytes(ctx, eddy_js_arg(ctx, argc, argv, 3), &clen);
  uint8_t* out = eddy_malloc(len + 1);
  int ok = SSL_export_keying_material(c->ssl, out, len, label, strlen(label), context, clen,
                                      context != NULL) == 1;
  free(label);
  JSValueRef r = ok ? eddy__crypto_bytes(ctx, out, len)
                    : eddy__crypto_throw(ctx, exception, "Key extraction failed");
  free(out);
  return r;
}

/* finished(conn, peer): the Finished message we sent (or the peer's). */
static EDDY_JS_FN(tls_finished) {
  (void)function, (void)self, (void)exception;
  tls_conn* c = live_at(ctx, argc, argv, exception);
  if (!c) return JSValueMakeUndefined(ctx);
  int peer = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 1));
  uint8_t buf[128];
  size_t n = peer ? SSL_get_peer_finished(c->ssl, buf, sizeof(buf))
                  : SSL_get_finished(c->ssl, buf, sizeof(buf));
  if (n == 0) return JSValueMakeUndefined(ctx);
  return eddy__crypto_bytes(ctx, buf, n > sizeof(buf) ? sizeof(buf) : n);
}

/* Values go into the JS array as they are made: JS values kept only in malloc'd
 * memory are invisible to the garbage collector. */
typedef struct str_list {
  JSContextRef ctx;
  JSObjectRef array;
  unsigned count;
} str_list;

static void str_list_push(str_list* l, JSValueRef v) {
  eddy_js_array_set(l->ctx, l->array, l->count++, v);
}

/* getCiphers(): the cipher names a default context offers, lower-case, as node lists,
 * and every TLS 1.3 suite: node names all five, where OpenSSL's default list leaves
 * the two CCM ones out. Duplicates are the caller's to drop. */
static const char* const tls13_suites[] = {"tls_aes_256_gcm_sha384", "tls_chacha20_poly1305_sha256",
                                           "tls_aes_128_gcm_sha256", "tls_aes_128_ccm_8_sha256",
                                           "tls_aes_128_ccm_sha256"};

static EDDY_JS_FN(tls_get_ciphers) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  SSL_CTX* sc = SSL_CTX_new(TLS_method());
  SSL* ssl = SSL_new(sc);
  STACK_OF(SSL_CIPHER)* ciphers = SSL_get_ciphers(ssl);
  str_list l = {.ctx = ctx, .array = eddy_js_array_new(ctx)};
  for (int i = 0; i < sk_SSL_CIPHER_num(ciphers); i++) {
    const char* name = SSL_CIPHER_get_name(sk_SSL_CIPHER_value(ciphers, i));
    char lower[128];
    size_t j = 0;
    for (; name[j] && j + 1 < sizeof(lower); j++)
      lower[j] = (char)(name[j] >= 'A' && name[j] <= 'Z' ? name[j] + 32 : name[j]);
    lower[j] = 0;
    str_list_push(&l, eddy_js_cstr(ctx, lower));
  }
  for (size_t i = 0; i < sizeof(tls13_suites) / sizeof(tls13_suites[0]); i++) {
    str_list_push(&l, eddy_js_cstr(ctx, tls13_suites[i]));
  }
  SSL_free(ssl);
  SSL_CTX_free(sc);
  return l.array;
}

/* rootCertificates(): PEM strings of OpenSSL's default trust store file. */
static EDDY_JS_FN(tls_root_certificates) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  const char* file = getenv(X509_get_default_cert_file_env());
  if (!file) file = X509_get_default_cert_file();
  BIO* in = BIO_new_file(file, "r");
  str_list l = {.ctx = ctx, .array = eddy_js_array_new(ctx)};
  X509* x;
  while (in && (x = PEM_read_bio_X509(in, NULL, NULL, NULL)) != NULL) {
    BIO* out = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(out, x);
    char* data = NULL;
    long n = BIO_get_mem_data(out, &data);
    str_list_push(&l, eddy_js_utf8(ctx, data, (size_t)n));
    BIO_free(out);
    X509_free(x);
  }
  BIO_free(in);
  ERR_clear_error();
  return l.array;
}

static void tls_dispose(eddy_runtime* rt) {
  tls_state* st = state_of(rt);
  uv_close((uv_handle_t*)&st->idle, NULL);
  uv_run(&rt->loop, UV_RUN_NOWAIT);
  free(st->read_buf);
  free(st->deferred);
  free(st);
  rt->binding_state[EDDY_BINDING_tls_wrap] = NULL;
}

JSObjectRef eddy_binding_tls_wrap_init(eddy_runtime* rt, JSContextRef ctx) {
  tls_state* st = eddy_calloc(1, sizeof(*st));
  uv_idle_init(&rt->loop, &st->idle);
  st->idle.data = st;
  rt->binding_state[EDDY_BINDING_tls_wrap] = st;
  rt->binding_dispose[EDDY_BINDING_tls_wrap] = tls_dispose;
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set_fn(ctx, b, "ctxCreate", tls_ctx_create);
  eddy_js_set_fn(ctx, b, "ctxSetCert", tls_ctx_set_cert);
  eddy_js_set_fn(ctx, b, "ctxSetKey", tls_ctx_set_key);
  eddy_js_set_fn(ctx, b, "ctxAddCA", tls_ctx_add_ca);
  eddy_tls_ca_register(ctx, b);
  eddy_tls_ctx_register(ctx, b);
  eddy__tls_hello_register(ctx, b);
  eddy_js_set_fn(ctx, b, "ctxSetCiphers", tls_ctx_set_ciphers);
  eddy_js_set_fn(ctx, b, "ctxSetProtoRange", tls_ctx_set_proto_range);
  eddy_js_set_fn(ctx, b, "ctxSetSessionTimeout", tls_ctx_set_session_timeout);
  eddy_js_set_fn(ctx, b, "ctxLoadPKCS12", tls_ctx_load_pkcs12);
  eddy_js_set_fn(ctx, b, "ctxSetTicketKeys", tls_ctx_set_ticket_keys);
  eddy_js_set_fn(ctx, b, "ctxAllowPartialChain", tls_ctx_allow_partial_chain);
  eddy_js_set_fn(ctx, b, "ctxHonorCipherOrder", tls_ctx_honor_cipher_order);
  eddy_js_set_fn(ctx, b, "ctxSetSessionIdContext", tls_ctx_set_session_id_context);
  eddy_js_set_fn(ctx, b, "ctxGetTicketKeys", tls_ctx_get_ticket_keys);
  eddy_js_set_fn(ctx, b, "ticket", tls_ticket);
  eddy_js_set_fn(ctx, b, "renegotiate", tls_renegotiate);
  eddy_js_set_fn(ctx, b, "wrap", tls_wrap);
  eddy_js_set_fn(ctx, b, "start", tls_start);
  eddy_js_set_fn(ctx, b, "receive", tls_receive);
  eddy_js_set_fn(ctx, b, "readStart", tls_read_start);
  eddy_js_set_fn(ctx, b, "readStop", tls_read_stop);
  eddy_js_set_fn(ctx, b, "write", tls_write);
  eddy_js_set_fn(ctx, b, "writeString", tls_write_string);
  eddy_js_set_fn(ctx, b, "release", tls_release);
  eddy_js_set_fn(ctx, b, "shutdown", tls_shutdown);
  eddy_js_set_fn(ctx, b, "destroy", tls_destroy);
  eddy_js_set_fn(ctx, b, "setServername", tls_set_servername);
  eddy_js_set_fn(ctx, b, "setALPN", tls_set_alpn);
  eddy_js_set_fn(ctx, b, "setALPNCallback", tls_set_alpn_callback);
  eddy_js_set_fn(ctx, b, "setPSK", tls_set_psk);
  eddy_js_set_fn(ctx, b, "setSession", tls_set_session);
  eddy_js_set_fn(ctx, b, "setVerify", tls_set_verify);
  eddy_js_set_fn(ctx, b, "enableKeylog", tls_enable_keylog);
  eddy_js_set_fn(ctx, b, "setMaxSendFragment", tls_set_max_send_fragment);
  eddy_js_set_fn(ctx, b, "sharedSigalgs", tls_shared_sigalgs);
  eddy_js_set_fn(ctx, b, "setKeyCert", tls_set_key_cert);
  eddy_js_set_fn(ctx, b, "ephemeralKeyInfo", tls_ephemeral_key_info);
  eddy_js_set_fn(ctx, b, "verifyError", tls_verify_error);
  eddy_js_set_fn(ctx, b, "certificate", tls_certificate);
  eddy_js_set_fn(ctx, b, "info", tls_info);
  eddy_js_set_fn(ctx, b, "negotiated", tls_negotiated);
  eddy_js_set_fn(ctx, b, "peerChain", tls_peer_chain);
  eddy_js_set_fn(ctx, b, "session", tls_session);
  eddy_js_set_fn(ctx, b, "exportKeyingMaterial", tls_export_keying_material);
  eddy_js_set_fn(ctx, b, "finished", tls_finished);
  eddy_js_set_fn(ctx, b, "getCiphers", tls_get_ciphers);
  eddy_js_set_fn(ctx, b, "rootCertificates", tls_root_certificates);
  return b;
}
