/* Trust stores (part of internalBinding('tls_wrap'); see tls_ca.h).
 *
 * The default trust store (OpenSSL's default paths plus the NODE_EXTRA_CA_CERTS
 * file) is shared by every context that names no `ca`. Parsing the system bundle costs
 * tens of milliseconds with OpenSSL 3.0 (a decoder set up per certificate key), more
 * than a handshake, and most servers never verify a peer: so that store starts with
 * only the lazy hashed-directory lookup, and the bundle is loaded once per process,
 * the first time a certificate is verified against it or its certificates are copied.
 * The extra file comes from the environment at start-up, so one store serves every
 * caller. tls.setDefaultCACertificates() puts a store of exactly the given certificates
 * in its place; contexts made before keep the store they had.
 *
 * Stores that were ever the default are marked shared (ex_data) and never changed:
 * a context that adds a CA or CRL first gets a copy of its own. */
#include "tls_ca.h"

#include <dirent.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../util/check.h"
#include "crypto.h"

static pthread_mutex_t store_lock = PTHREAD_MUTEX_INITIALIZER;
static X509_STORE* default_store; /* what contexts naming no `ca` get now */
static X509_STORE* lazy_store;    /* the default-paths store while its bundle is unread */
static char* lazy_extra;          /* NODE_EXTRA_CA_CERTS, read with the bundle */
static _Atomic int lazy_pending;
static int shared_index = -1; /* X509_STORE ex_data: non-NULL on shared stores */

static void mark_shared(X509_STORE* s) {
  if (shared_index < 0) shared_index = X509_STORE_get_ex_new_index(0, NULL, NULL, NULL, NULL);
  X509_STORE_set_ex_data(s, shared_index, (void*)1);
}

static int is_shared(X509_STORE* s) {
  return s && shared_index >= 0 && X509_STORE_get_ex_data(s, shared_index) != NULL;
}

/* Reads the bundle into the lazy store; with store_lock held. */
static void lazy_load_locked(void) {
  if (!lazy_pending || !lazy_store) return;
  X509_STORE_set_default_paths(lazy_store);
  if (lazy_extra) X509_STORE_load_file(lazy_store, lazy_extra);
  ERR_clear_error();
  lazy_pending = 0;
  lazy_store = NULL;
}

/* The current default store, one more reference to it. */
static X509_STORE* default_store_ref(const char* extra) {
  pthread_mutex_lock(&store_lock);
  if (!default_store) {
    default_store = X509_STORE_new();
    CHECK(default_store);
    mark_shared(default_store);
    /* Only records the directory; certificates are read from it when looked up. */
    X509_LOOKUP* dir = X509_STORE_add_lookup(default_store, X509_LOOKUP_hash_dir());
    if (dir) X509_LOOKUP_add_dir(dir, NULL, X509_FILETYPE_DEFAULT);
    if (extra) lazy_extra = eddy_strdup(extra);
    ERR_clear_error();
    lazy_store = default_store;
    lazy_pending = 1;
  }
  X509_STORE_up_ref(default_store);
  X509_STORE* s = default_store;
  pthread_mutex_unlock(&store_lock);
  return s;
}

int eddy_tls_on_verify_cert(X509_STORE_CTX* x, void* arg) {
  (void)arg;
  if (lazy_pending) {
    pthread_mutex_lock(&store_lock);
    if (X509_STORE_CTX_get0_store(x) == lazy_store) lazy_load_locked();
    pthread_mutex_unlock(&store_lock);
  }
  return X509_verify_cert(x);
}

X509_STORE* eddy_tls_ctx_own_store(SSL_CTX* c) {
  X509_STORE* store = SSL_CTX_get_cert_store(c);
  if (!is_shared(store)) return store;
  X509_STORE* own = X509_STORE_new();
  CHECK(own);
  pthread_mutex_lock(&store_lock);
  if (store == lazy_store) lazy_load_locked();
  pthread_mutex_unlock(&store_lock);
  if (X509_STORE_lock(store)) {
    STACK_OF(X509_OBJECT)* objs = X509_STORE_get0_objects(store);
    for (int i = 0; i < sk_X509_OBJECT_num(objs); i++) {
      X509* x = X509_OBJECT_get0_X509(sk_X509_OBJECT_value(objs, i));
      if (x) X509_STORE_add_cert(own, x);
    }
    X509_STORE_unlock(store);
  }
  SSL_CTX_set_cert_store(c, own);
  return own;
}

/* ctxUseSystemCA(ctx, extraFile|undefined): the shared default store. */
static EDDY_JS_FN(tls_ctx_use_system_ca) {
  (void)function, (void)self;
  SSL_CTX* c = eddy_tls_ctx_arg(ctx, argc, argv, 0);
  JSValueRef extra = eddy_js_arg(ctx, argc, argv, 1);
  char* path = NULL;
  if (JSValueIsString(ctx, extra)) {
    path = eddy_js_to_utf8(ctx, extra, NULL, exception);
    if (!path) return NULL;
  }
  SSL_CTX_set_cert_store(c, default_store_ref(path));
  free(path);
  return JSValueMakeUndefined(ctx);
}

/* ctxAddCRL(ctx, pem): every CRL in the PEM; the context then checks revocation of
 * the whole chain, as node does. */
static EDDY_JS_FN(tls_ctx_add_crl) {
  (void)function, (void)self;
  ERR_clear_error();
  SSL_CTX* c = eddy_tls_ctx_arg(ctx, argc, argv, 0);
  size_t len = 0;
  uint8_t* owned = NULL;
  const uint8_t* data = eddy__crypto_data_arg(ctx, argc, argv, 1, &len, &owned, exception);
  if (!data) return NULL;
  BIO* bio = BIO_new_mem_buf(data, (int)len);
  X509_STORE* store = eddy_tls_ctx_own_store(c);
  X509_CRL* crl;
  int n = 0;
  while ((crl = PEM_read_bio_X509_CRL(bio, NULL, NULL, NULL)) != NULL) {
    X509_STORE_add_crl(store, crl);
    X509_CRL_free(crl);
    n++;
  }
  BIO_free(bio);
  free(owned);
  ERR_clear_error();
  if (n == 0) {
    *exception = eddy_js_error(ctx, "Failed to parse CRL");
    return NULL;
  }
  X509_STORE_set_flags(store, X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL);
  return JSValueMakeUndefined(ctx);
}

/* PEM text of x, ending in a newline. */
static JSValueRef pem_of(JSContextRef ctx, X509* x) {
  BIO* out = BIO_new(BIO_s_mem());
  PEM_write_bio_X509(out, x);
  char* data = NULL;
  long n = BIO_get_mem_data(out, &data);
  JSValueRef s = eddy_js_utf8(ctx, data, (size_t)n);
  BIO_free(out);
  return s;
}

static int has_cert(STACK_OF(X509) * certs, X509* x) {
  for (int i = 0; i < sk_X509_num(certs); i++) {
    if (X509_cmp(sk_X509_value(certs, i), x) == 0) return 1;
  }
  return 0;
}

/* Reads every certificate of a PEM BIO into certs (skipping ones already there).
 * Returns 0 at a clean end, or -1 with OpenSSL's error queued for a malformed one. */
static int read_pems(BIO* bio, STACK_OF(X509) * certs) {
  X509* x;
  while ((x = PEM_read_bio_X509(bio, NULL, NULL, NULL)) != NULL) {
    if (has_cert(certs, x))
      X509_free(x);
    else
      sk_X509_push(certs, x);
  }
  unsigned long e = ERR_peek_last_error();
  if (e && ERR_GET_LIB(e) == ERR_LIB_PEM && ERR_GET_REASON(e) == PEM_R_NO_START_LINE) {
    ERR_clear_error();
    return 0;
  }
  return e ? -1 : 0;
}

static JSObjectRef pem_array(JSContextRef ctx, STACK_OF(X509) * certs) {
  JSObjectRef a = eddy_js_array_new(ctx);
  for (int i = 0; i < sk_X509_num(certs); i++)
    eddy_js_array_set(ctx, a, (size_t)i, pem_of(ctx, sk_X509_value(certs, i)));
  return a;
}

/* caFileCertificates(path): PEM strings of the certificates in a file; throws
 * OpenSSL's error when it cannot be read. */
static EDDY_JS_FN(tls_ca_file_certificates) {
  (void)function, (void)self;
  ERR_clear_error();
  char* path = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 0), NULL, exception);
  if (!path) return NULL;
  BIO* in = BIO_new_file(path, "r");
  free(path);
  if (!in) return eddy__crypto_throw(ctx, exception, "Failed to open file");
  STACK_OF(X509)* certs = sk_X509_new_null();
  int bad = read_pems(in, certs);
  BIO_free(in);
  JSValueRef out = NULL;
  if (bad == 0 || sk_X509_num(certs) > 0) {
    ERR_clear_error();
    out = pem_array(ctx, certs);
  } else {
    eddy__crypto_throw(ctx, exception, "Failed to read certificates");
  }
  sk_X509_pop_free(certs, X509_free);
  return out;
}

static void read_file_into(const char* path, STACK_OF(X509) * certs) {
  BIO* in = BIO_new_file(path, "r");
  if (in) read_pems(in, certs);
  BIO_free(in);
  ERR_clear_error();
}

/* caSystemCertificates(): PEM strings of the certificates in OpenSSL's default file
 * and every file of its default directories (each once). */
static EDDY_JS_FN(tls_ca_system_certificates) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  STACK_OF(X509)* certs = sk_X509_new_null();
  const char* file = getenv(X509_get_default_cert_file_env());
  read_file_into(file ? file : X509_get_default_cert_file(), certs);
  const char* dirs = getenv(X509_get_default_cert_dir_env());
  char* list = eddy_strdup(dirs ? dirs : X509_get_default_cert_dir());
  char* save = NULL;
  for (char* dir = strtok_r(list, ":", &save); dir; dir = strtok_r(NULL, ":", &save)) {
    DIR* d = opendir(dir);
    if (!d) continue;
    struct dirent* ent;
    while ((ent = readdir(d)) != NULL) {
      if (ent->d_name[0] == '.') continue;
      size_t n = strlen(dir) + strlen(ent->d_name) + 2;
      char* path = eddy_malloc(n);
      snprintf(path, n, "%s/%s", dir, ent->d_name);
      struct stat st;
      if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) read_file_into(path, certs);
      free(path);
    }
    closedir(d);
  }
  free(list);
  JSObjectRef out = pem_array(ctx, certs);
  sk_X509_pop_free(certs, X509_free);
  return out;
}

/* The certificates of a JS array of byte arrays (PEM), each once; NULL with
 * *exception set at the first malformed one. */
static STACK_OF(X509) * parse_list(JSContextRef ctx, JSValueRef list, JSValueRef* exception) {
  ERR_clear_error();
  JSObjectRef arr = (JSObjectRef)list;
  size_t n = eddy_js_length(ctx, arr);
  STACK_OF(X509)* certs = sk_X509_new_null();
  for (size_t i = 0; i < n; i++) {
    JSValueRef item = JSObjectGetPropertyAtIndex(ctx, arr, (unsigned)i, NULL);
    size_t len = 0;
    const uint8_t* data = eddy_js_bytes(ctx, item, &len);
    BIO* bio = BIO_new_mem_buf(data ? data : (const uint8_t*)"", (int)len);
    int bad = read_pems(bio, certs);
    BIO_free(bio);
    if (bad) {
      sk_X509_pop_free(certs, X509_free);
      /* node reports the outermost error (PEM's), not the ASN.1 cause under it. */
      unsigned long last = ERR_peek_last_error();
      ERR_clear_error();
      ERR_raise(ERR_GET_LIB(last), ERR_GET_REASON(last));
      eddy__crypto_throw(ctx, exception, "Failed to parse certificate");
      return NULL;
    }
  }
  return certs;
}

/* caParse(list): PEM strings of the certificates in a list of PEM byte arrays. */
static EDDY_JS_FN(tls_ca_parse) {
  (void)function, (void)self;
  STACK_OF(X509)* certs = parse_list(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!certs) return NULL;
  JSObjectRef out = pem_array(ctx, certs);
  sk_X509_pop_free(certs, X509_free);
  return out;
}

/* caSetDefault(list): contexts made from now on without a `ca` trust exactly these
 * certificates (PEM byte arrays). */
static EDDY_JS_FN(tls_ca_set_default) {
  (void)function, (void)self;
  STACK_OF(X509)* certs = parse_list(ctx, eddy_js_arg(ctx, argc, argv, 0), exception);
  if (!certs) return NULL;
  X509_STORE* store = X509_STORE_new();
  CHECK(store);
  for (int i = 0; i < sk_X509_num(certs); i++) X509_STORE_add_cert(store, sk_X509_value(certs, i));
  sk_X509_pop_free(certs, X509_free);
  pthread_mutex_lock(&store_lock);
  mark_shared(store);
  /* Contexts still holding the lazy store need its bundle even once it is replaced. */
  lazy_load_locked();
  X509_STORE_free(default_store);
  default_store = store;
  pthread_mutex_unlock(&store_lock);
  return JSValueMakeUndefined(ctx);
}

void eddy_tls_ca_register(JSContextRef ctx, JSObjectRef b) {
  eddy_js_set_fn(ctx, b, "ctxUseSystemCA", tls_ctx_use_system_ca);
  eddy_js_set_fn(ctx, b, "ctxAddCRL", tls_ctx_add_crl);
  eddy_js_set_fn(ctx, b, "caFileCertificates", tls_ca_file_certificates);
  eddy_js_set_fn(ctx, b, "caSystemCertificates", tls_ca_system_certificates);
  eddy_js_set_fn(ctx, b, "caParse", tls_ca_parse);
  eddy_js_set_fn(ctx, b, "caSetDefault", tls_ca_set_default);
}
