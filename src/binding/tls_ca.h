/* Parts of internalBinding('tls_wrap') outside tls_wrap.c: trust stores (tls_ca.c:
 * the process-wide default store that contexts naming no `ca` share, and the CA
 * listings of tls.getCACertificates()) and context options (tls_ctx.c). */
#ifndef EDDY_BINDING_TLS_CA_H
#define EDDY_BINDING_TLS_CA_H

#include <openssl/ssl.h>

#include "../util/js.h"

/* Every context's certificate verification (SSL_CTX_set_cert_verify_callback): a
 * shared store's lazily loaded bundle is complete before it is searched. */
int eddy_tls_on_verify_cert(X509_STORE_CTX* x, void* arg);

/* c's own store, to add certificates or CRLs to: a copy of the shared store c was
 * using (the shared one is never changed). */
X509_STORE* eddy_tls_ctx_own_store(SSL_CTX* c);

/* The SSL_CTX of a context object, argument i (tls_wrap.c). */
SSL_CTX* eddy_tls_ctx_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i);

/* Registers ctxUseSystemCA, ctxAddCRL, caFileCertificates, caSystemCertificates,
 * caParse and caSetDefault on the binding object. */
void eddy_tls_ca_register(JSContextRef ctx, JSObjectRef binding);

/* Registers ctxSetECDHCurve, ctxSetSigalgs, ctxSetOptions, ctxSetDHParam and
 * ctxSetClientCertEngine (tls_ctx.c). */
void eddy_tls_ctx_register(JSContextRef ctx, JSObjectRef binding);

#endif
