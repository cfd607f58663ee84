/* The TLS connection of internalBinding('tls_wrap') (tls_wrap.c), shared with the
 * handshake hooks in tls_hello.c. */
#ifndef EDDY_BINDING_TLS_CONN_H
#define EDDY_BINDING_TLS_CONN_H

#include <openssl/ssl.h>
#include <stdint.h>

#include "../runtime/runtime.h"
#include "../util/js.h"
#include "stream_wrap.h"

typedef struct pending_write {
  struct pending_write* next;
  JSObjectRef req;
  uint8_t* data;
  size_t len;
} pending_write;

struct tls_conn {
  /* First: the object's private data is read as a byte source (stream_wrap.h) by a C
   * reader of the cleartext (the HTTP parser), which then takes it instead of onread. */
  eddy_byte_source source;
  eddy_runtime* rt;
  eddy_handle* tcp;   /* the uv stream underneath, or NULL for a JS transport */
  JSObjectRef object; /* this connection's JS object */
  JSObjectRef owner;  /* the JS handle receiving callbacks */
  SSL* ssl;           /* NULL once destroyed (with the BIOs): queries find nothing */
  BIO* rbio;          /* network -> OpenSSL */
  BIO* wbio;          /* OpenSSL -> network */
  int server, started, handshake_done, released, reading, destroyed, failed, keylog, in_cycle;
  int loop_cycling; /* cycles run by the loop on the stack, with no call from JS above */
  int busy;         /* calls using the SSL on the stack (conn_enter): destroy frees it after them */
  /* destroy ran under such a call: the JS object and owner stay protected until the
   * outermost call leaves, so that a collection inside JS called from C cannot
   * finalize (free) the connection the C frames below still use. */
  int release_on_leave;
  int deferred;     /* waiting in the runtime's list of cycles to run from the loop */
  /* Seen by the info callback inside OpenSSL, reported to JS once OpenSSL returned:
   * handshakes begun (server) and renegotiations completed. */
  int handshake_starts, renegotiated;
  int quiet_fail; /* the SNICallback failed: close without an alert, as node does */
  /* Server: where the SNICallback stands (see conn_on_cert). */
  enum { SNI_NONE, SNI_ASKED, SNI_WAITING, SNI_ANSWERED, SNI_FAILED } sni;
  SSL_CTX* sni_ctx; /* the context an asynchronous answer chose, one reference */
  /* Server with JS session callbacks ('newSession'/'resumeSession' listeners). */
  int session_callbacks, in_hello;
  enum { RESUME_NONE, RESUME_WAITING, RESUME_ANSWERED } resume;
  SSL_SESSION* resumed; /* the answer to a resumeSession: one reference, or NULL */
  /* OCSP stapling: a client asking (requestOCSP), a server whose JS answers
   * (OCSPRequest listeners) with a response held until OpenSSL sends it. */
  int request_ocsp, ocsp_callbacks;
  enum { OCSP_NONE, OCSP_WAITING, OCSP_ANSWERED } ocsp;
  unsigned char* ocsp_resp; /* OPENSSL_malloc'd */
  size_t ocsp_len;
  unsigned char* alpn; /* server: wire-format protocols to choose from */
  size_t alpn_len;
  int alpn_callback; /* server: JS chooses (onalpn) */
  pending_write *pending, *pending_tail;
  uint64_t js_bytes_written; /* JS transport: ciphertext handed to JS */
};
typedef struct tls_conn tls_conn;

/* tls_wrap.c: the connection of argument 0 (NULL with a TypeError in *exception when
 * it is not one) / of an SSL (NULL if none); a call of the
 * owner's JS method (NULL when it threw or the connection is gone); the handshake
 * and reads run again; the SSL_CTX of a context object (NULL if not one). */
tls_conn* eddy__tls_conn_at(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                            JSValueRef* exception);
tls_conn* eddy__tls_conn_of(const SSL* ssl);
JSValueRef eddy__tls_owner_call(tls_conn* c, const char* name, size_t argc,
                                const JSValueRef argv[]);
void eddy__tls_conn_cycle(tls_conn* c);
/* Around a use of c->ssl that may call JS (which may destroy the connection): the SSL
 * is freed when the outermost use leaves, not under OpenSSL's feet. */
void eddy__tls_conn_enter(tls_conn* c);
void eddy__tls_conn_leave(tls_conn* c);
SSL_CTX* eddy__tls_ctx_of(JSContextRef ctx, JSValueRef v);
/* Gives the SSL's current context the key log callback when c logs keys. */
void eddy__tls_keylog_follow(tls_conn* c);

/* tls_hello.c: its OpenSSL callbacks on a new context, its functions on the binding. */
void eddy__tls_hello_install(SSL_CTX* c);
void eddy__tls_hello_register(JSContextRef ctx, JSObjectRef binding);

#endif
