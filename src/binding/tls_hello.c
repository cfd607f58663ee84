/* Server handshake hooks of internalBinding('tls_wrap') that may wait for JS: the
 * SNICallback (OpenSSL's certificate callback), the program's session store
 * ('newSession', 'resumeSession') and OCSP stapling ('OCSPRequest' on the server,
 * requestOCSP/'OCSPResponse' on the client). A question asked in a callback that JS
 * answers later suspends the handshake (the callback asks to be retried); the
 * answer's binding call stores it and runs the handshake again. The ClientHello
 * callback asks for the session and the OCSP response, in that order. */
#include <openssl/err.h>
#include <openssl/ocsp.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <stdlib.h>
#include <string.h>

#include "../util/check.h"
#include "crypto.h"
#include "tls_conn.h"

/* Server, once the ClientHello is read and before a certificate is chosen: JS's
 * onsni(servername) answers with a context to switch to, undefined (keep this one),
 * false (the SNICallback failed; JS reports its error) or true (the answer comes
 * later: the handshake waits, SSL_ERROR_WANT_X509_LOOKUP, until sniDone() gives it
 * and runs the handshake again, which calls this once more). */
static int conn_on_cert(SSL* ssl, void* arg) {
  (void)arg;
  tls_conn* c = eddy__tls_conn_of(ssl);
  if (!c || !c->server) return 1;
  switch (c->sni) {
    case SNI_WAITING: return -1;
    case SNI_FAILED: return 0;
    case SNI_ANSWERED:
      c->sni = SNI_ASKED;
      if (c->sni_ctx) SSL_set_SSL_CTX(ssl, c->sni_ctx);
      eddy__tls_keylog_follow(c);
      SSL_CTX_free(c->sni_ctx);
      c->sni_ctx = NULL;
      return 1;
    case SNI_ASKED: return 1;
    case SNI_NONE: break;
  }
  const char* name = SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name);
  if (!name) return 1;
  c->sni = SNI_ASKED;
  JSContextRef ctx = c->rt->ctx;
  JSValueRef v = eddy_js_cstr(ctx, name);
  JSValueRef r = eddy__tls_owner_call(c, "onsni", 1, &v);
  if (r && JSValueIsBoolean(ctx, r)) {
    if (JSValueToBoolean(ctx, r)) {
      c->sni = SNI_WAITING;
      return -1;
    }
    c->quiet_fail = 1;
    return 0;
  }
  SSL_CTX* chosen = r ? eddy__tls_ctx_of(ctx, r) : NULL;
  if (chosen) SSL_set_SSL_CTX(ssl, chosen);
  eddy__tls_keylog_follow(c);
  return 1;
}

/* sniDone(conn, context|undefined|false): the SNICallback's late answer. */
static EDDY_JS_FN(tls_sni_done) {
  (void)function, (void)self, (void)exception;
  tls_conn* c = eddy__tls_conn_at(ctx, argc, argv, exception);
  if (!c) return NULL;
  if (c->destroyed || c->sni != SNI_WAITING) return JSValueMakeUndefined(ctx);
  JSValueRef r = eddy_js_arg(ctx, argc, argv, 1);
  c->sni_ctx = eddy__tls_ctx_of(ctx, r);
  if (c->sni_ctx) SSL_CTX_up_ref(c->sni_ctx);
  if (JSValueIsBoolean(ctx, r) && !JSValueToBoolean(ctx, r)) {
    c->sni = SNI_FAILED;
    c->quiet_fail = 1;
  } else {
    c->sni = SNI_ANSWERED;
  }
  eddy__tls_conn_cycle(c);
  return JSValueMakeUndefined(ctx);
}

/* A new session: a client's goes to JS's onsession(bytes); a server's, when JS keeps
 * sessions itself, to onnewsession(id, bytes). */
static int conn_on_new_session(SSL* ssl, SSL_SESSION* session) {
  tls_conn* c = eddy__tls_conn_of(ssl);
  if (!c || (c->server && !c->session_callbacks)) return 0;
  int n = i2d_SSL_SESSION(session, NULL);
  if (n <= 0) return 0;
  unsigned char* buf = eddy_malloc((size_t)n);
  unsigned char* p = buf;
  i2d_SSL_SESSION(session, &p);
  JSValueRef args[2];
  args[1] = eddy__crypto_bytes(c->rt->ctx, buf, (size_t)n);
  free(buf);
  if (c->server) {
    unsigned int id_len = 0;
    const unsigned char* id = SSL_SESSION_get_id(session, &id_len);
    args[0] = eddy__crypto_bytes(c->rt->ctx, id, id_len);
    eddy__tls_owner_call(c, "onnewsession", 2, args);
  } else {
    eddy__tls_owner_call(c, "onsession", 1, &args[1]);
  }
  return 0;
}

/* Server, a ClientHello naming a session to resume, when JS keeps the sessions:
 * onresumesession(id) asks for it; the answer (resumeSessionDone) may come later,
 * the handshake waiting (SSL_ERROR_WANT_CLIENT_HELLO_CB) and reading the hello again.
 * OpenSSL then looks the id up (conn_on_get_session) and gets JS's answer. */
static int conn_ask_session(tls_conn* c, SSL* ssl);
static int conn_ask_ocsp(tls_conn* c, SSL* ssl);

static int conn_on_client_hello(SSL* ssl, int* alert, void* arg) {
  (void)alert, (void)arg;
  tls_conn* c = eddy__tls_conn_of(ssl);
  if (!c || !c->server) return SSL_CLIENT_HELLO_SUCCESS;
  if (c->session_callbacks && conn_ask_session(c, ssl)) return SSL_CLIENT_HELLO_RETRY;
  if (c->ocsp_callbacks && conn_ask_ocsp(c, ssl)) return SSL_CLIENT_HELLO_RETRY;
  return SSL_CLIENT_HELLO_SUCCESS;
}

/* The issuer of x among the context's chain certificates and trusted ones, or NULL. */
static X509* ctx_issuer_of(SSL_CTX* sc, X509* x) {
  STACK_OF(X509)* chain = NULL;
  SSL_CTX_get0_chain_certs(sc, &chain);
  for (int i = 0; i < sk_X509_num(chain); i++) {
    if (X509_check_issued(sk_X509_value(chain, i), x) == X509_V_OK) return sk_X509_value(chain, i);
  }
  X509* found = NULL;
  X509_STORE* store = SSL_CTX_get_cert_store(sc);
  if (store && X509_STORE_lock(store)) {
    STACK_OF(X509_OBJECT)* objs = X509_STORE_get0_objects(store);
    for (int i = 0; i < sk_X509_OBJECT_num(objs) && !found; i++) {
      X509* ca = X509_OBJECT_get0_X509(sk_X509_OBJECT_value(objs, i));
      if (ca && X509_check_issued(ca, x) == X509_V_OK) found = ca;
    }
    X509_STORE_unlock(store);
  }
  return found;
}

static JSValueRef der_of(JSContextRef ctx, X509* x) {
  if (!x) return JSValueMakeNull(ctx);
  unsigned char* der = NULL;
  int n = i2d_X509(x, &der);
  JSValueRef v = eddy__crypto_bytes(ctx, der, n > 0 ? (size_t)n : 0);
  OPENSSL_free(der);
  return v;
}

/* A client asking for a stapled OCSP response: JS's onocsprequest(cert, issuer) is
 * asked; true while its answer (ocspDone) is awaited. */
static int conn_ask_ocsp(tls_conn* c, SSL* ssl) {
  if (c->ocsp == OCSP_NONE) {
    const unsigned char* ext = NULL;
    size_t ext_len = 0;
    if (!SSL_client_hello_get0_ext(ssl, TLSEXT_TYPE_status_request, &ext, &ext_len)) return 0;
    c->ocsp = OCSP_WAITING;
    X509* cert = SSL_get_certificate(ssl);
    JSValueRef args[2] = {
        der_of(c->rt->ctx, cert),
        der_of(c->rt->ctx, cert ? ctx_issuer_of(SSL_get_SSL_CTX(ssl), cert) : NULL)};
    c->in_hello = 1;
    eddy__tls_owner_call(c, "onocsprequest", 2, args);
    c->in_hello = 0;
  }
  return c->ocsp == OCSP_WAITING;
}

/* OCSP status: a server staples JS's response (none: no status sent); a client
 * hands what it got (or null) to JS's onocspresponse. */
static int conn_on_status(SSL* ssl, void* arg) {
  (void)arg;
  tls_conn* c = eddy__tls_conn_of(ssl);
  if (!c) return SSL_TLSEXT_ERR_NOACK;
  if (c->server) {
    if (!c->ocsp_resp) return SSL_TLSEXT_ERR_NOACK;
    SSL_set_tlsext_status_ocsp_resp(ssl, c->ocsp_resp, (long)c->ocsp_len); /* OpenSSL owns it now */
    c->ocsp_resp = NULL;
    return SSL_TLSEXT_ERR_OK;
  }
  if (!c->request_ocsp) return 1;
  const unsigned char* resp = NULL;
  long len = SSL_get_tlsext_status_ocsp_resp(ssl, &resp);
  JSValueRef arg0 = resp && len > 0 ? eddy__crypto_bytes(c->rt->ctx, resp, (size_t)len)
                                    : JSValueMakeNull(c->rt->ctx);
  eddy__tls_owner_call(c, "onocspresponse", 1, &arg0);
  if (c->destroyed) {
    c->quiet_fail = 1; /* JS closed the connection: no alert, no error */
    return 0;
  }
  return 1;
}

/* ocspDone(conn, bytes|undefined): the server's OCSP response for the client. */
static EDDY_JS_FN(tls_ocsp_done) {
  (void)function, (void)self, (void)exception;
  tls_conn* c = eddy__tls_conn_at(ctx, argc, argv, exception);
  if (!c) return NULL;
  if (c->destroyed || c->ocsp != OCSP_WAITING) return JSValueMakeUndefined(ctx);
  size_t len = 0;
  JSValueRef v = eddy_js_arg(ctx, argc, argv, 1);
  const uint8_t* data = JSValueIsObject(ctx, v) ? eddy_js_bytes(ctx, v, &len) : NULL;
  if (data && len > 0) {
    c->ocsp_resp = OPENSSL_malloc(len);
    memcpy(c->ocsp_resp, data, len);
    c->ocsp_len = len;
  }
  c->ocsp = OCSP_ANSWERED;
  if (!c->in_hello) eddy__tls_conn_cycle(c);
  return JSValueMakeUndefined(ctx);
}

/* requestOCSP(conn): a client asks for the server's stapled status; enableOCSP(conn):
 * a server asks JS for one when a client does. */
static EDDY_JS_FN(tls_request_ocsp) {
  (void)function, (void)self, (void)exception;
  tls_conn* c = eddy__tls_conn_at(ctx, argc, argv, exception);
  if (!c) return NULL;
  if (!c->ssl) return JSValueMakeUndefined(ctx);
  c->request_ocsp = 1;
  SSL_set_tlsext_status_type(c->ssl, TLSEXT_STATUSTYPE_ocsp);
  return JSValueMakeUndefined(ctx);
}

static EDDY_JS_FN(tls_enable_ocsp) {
  (void)function, (void)self, (void)exception;
  tls_conn* c = eddy__tls_conn_at(ctx, argc, argv, exception);
  if (!c) return NULL;
  c->ocsp_callbacks = 1;
  return JSValueMakeUndefined(ctx);
}

/* The resumeSession question of conn_on_client_hello: true while JS's answer is
 * awaited. */
static int conn_ask_session(tls_conn* c, SSL* ssl) {
  if (c->resume == RESUME_NONE) {
    const unsigned char* id = NULL;
    size_t len = SSL_client_hello_get0_session_id(ssl, &id);
    /* As node: a client offering a ticket resumes with it, not through JS. */
    const unsigned char* ticket = NULL;
    size_t ticket_len = 0;
    int has_ticket =
        SSL_client_hello_get0_ext(ssl, TLSEXT_TYPE_session_ticket, &ticket, &ticket_len) &&
        ticket_len > 0;
    if (len == 0 || has_ticket) return 0;
    c->resume = RESUME_WAITING;
    JSValueRef arg = eddy__crypto_bytes(c->rt->ctx, id, len);
    c->in_hello = 1;
    eddy__tls_owner_call(c, "onresumesession", 1, &arg);
    c->in_hello = 0;
  }
  return c->resume == RESUME_WAITING;
}

static SSL_SESSION* conn_on_get_session(SSL* ssl, const unsigned char* id, int len, int* copy) {
  (void)id, (void)len;
  tls_conn* c = eddy__tls_conn_of(ssl);
  *copy = 0; /* the reference returned is OpenSSL's */
  if (!c || c->resume != RESUME_ANSWERED) return NULL;
  SSL_SESSION* answer = c->resumed;
  c->resumed = NULL;
  return answer;
}

/* resumeSessionDone(conn, bytes|undefined): the session JS found for the client
 * (undefined: none, or not valid: a full handshake). */
static EDDY_JS_FN(tls_resume_session_done) {
  (void)function, (void)self, (void)exception;
  tls_conn* c = eddy__tls_conn_at(ctx, argc, argv, exception);
  if (!c) return NULL;
  if (c->destroyed || c->resume != RESUME_WAITING) return JSValueMakeUndefined(ctx);
  size_t len = 0;
  JSValueRef v = eddy_js_arg(ctx, argc, argv, 1);
  const uint8_t* data = JSValueIsObject(ctx, v) ? eddy_js_bytes(ctx, v, &len) : NULL;
  if (data) {
    const unsigned char* p = data;
    c->resumed = d2i_SSL_SESSION(NULL, &p, (long)len);
    ERR_clear_error();
  }
  c->resume = RESUME_ANSWERED;
  if (!c->in_hello) eddy__tls_conn_cycle(c);
  return JSValueMakeUndefined(ctx);
}

/* enableSessionCallbacks(conn): a server's sessions are kept by JS. */
static EDDY_JS_FN(tls_enable_session_callbacks) {
  (void)function, (void)self, (void)exception;
  tls_conn* c = eddy__tls_conn_at(ctx, argc, argv, exception);
  if (!c) return NULL;
  c->session_callbacks = 1;
  return JSValueMakeUndefined(ctx);
}

void eddy__tls_hello_install(SSL_CTX* c) {
  SSL_CTX_set_cert_cb(c, conn_on_cert, NULL);
  SSL_CTX_sess_set_new_cb(c, conn_on_new_session);
  SSL_CTX_sess_set_get_cb(c, conn_on_get_session);
  SSL_CTX_set_client_hello_cb(c, conn_on_client_hello, NULL);
  SSL_CTX_set_tlsext_status_cb(c, conn_on_status);
}

void eddy__tls_hello_register(JSContextRef ctx, JSObjectRef b) {
  eddy_js_set_fn(ctx, b, "sniDone", tls_sni_done);
  eddy_js_set_fn(ctx, b, "resumeSessionDone", tls_resume_session_done);
  eddy_js_set_fn(ctx, b, "enableSessionCallbacks", tls_enable_session_callbacks);
  eddy_js_set_fn(ctx, b, "ocspDone", tls_ocsp_done);
  eddy_js_set_fn(ctx, b, "requestOCSP", tls_request_ocsp);
  eddy_js_set_fn(ctx, b, "enableOCSP", tls_enable_ocsp);
}
