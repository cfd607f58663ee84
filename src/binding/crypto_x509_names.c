/* A certificate's subject alternative names and information access as node prints them
 * (X509Certificate#subjectAltName, getPeerCertificate().subjectaltname): entries
 * joined by ", ", each "TYPE:value". A value that could be misread when the text is
 * split again (one holding a comma, quote, backslash or apostrophe, or a control
 * character; or, in a non-UTF-8 string, any byte outside printable ASCII) is given as
 * a JSON-like string: '"' and '\' escaped with a backslash, the comma and other
 * unsafe bytes as \u00xx. tls.checkServerIdentity reads it back. */
#include <arpa/inet.h>
#include <openssl/err.h>
#include <openssl/x509v3.h>
#include <string.h>

#include "../util/check.h"
#include "crypto.h"

typedef struct {
  char* data;
  size_t len, cap;
} text;

static void put(text* t, const char* s, size_t n) {
  if (t->len + n + 1 > t->cap) {
    t->cap = (t->len + n + 1) * 2;
    t->data = eddy_realloc(t->data, t->cap);
  }
  memcpy(t->data + t->len, s, n);
  t->len += n;
  t->data[t->len] = 0;
}

static void puts_(text* t, const char* s) { put(t, s, strlen(s)); }

/* utf8: bytes >= 0x80 belong to characters and are kept; otherwise they are escaped. */
static int is_safe(const unsigned char* s, size_t n, int utf8) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = s[i];
    if (c == '"' || c == '\\' || c == ',' || c == '\'') return 0;
    if (c < ' ' || c == 0x7f) return 0;
    if (c > '~' && !utf8) return 0;
  }
  return 1;
}

static void put_value(text* t, const char* prefix, const unsigned char* s, size_t n, int utf8) {
  if (is_safe(s, n, utf8) &&
      (!prefix || is_safe((const unsigned char*)prefix, strlen(prefix), utf8))) {
    if (prefix) puts_(t, prefix);
    put(t, (const char*)s, n);
    return;
  }
  puts_(t, "\"");
  for (int part = 0; part < 2; part++) {
    const unsigned char* p = part == 0 ? (const unsigned char*)prefix : s;
    size_t len = part == 0 ? (prefix ? strlen(prefix) : 0) : n;
    for (size_t i = 0; i < len; i++) {
      unsigned char c = p[i];
      if (c == '"' || c == '\\') {
        char e[2] = {'\\', (char)c};
        put(t, e, 2);
      } else if ((c >= ' ' && c <= '~' && c != ',') || (utf8 && c >= 0x80)) {
        put(t, (const char*)&c, 1);
      } else {
        char e[8];
        snprintf(e, sizeof(e), "\\u00%02x", c);
        puts_(t, e);
      }
    }
  }
  puts_(t, "\"");
}

static void put_asn1(text* t, const char* prefix, const ASN1_STRING* s, int utf8) {
  put_value(t, prefix, ASN1_STRING_get0_data(s), (size_t)ASN1_STRING_length(s), utf8);
}

static void put_other_name(text* t, const OTHERNAME* other) {
  int nid = OBJ_obj2nid(other->type_id);
  const ASN1_TYPE* v = other->value;
  if (nid == NID_XmppAddr && v->type == V_ASN1_UTF8STRING) {
    put_asn1(t, "XmppAddr:", v->value.utf8string, 1);
  } else if (nid == NID_SRVName && v->type == V_ASN1_IA5STRING) {
    put_asn1(t, "SRVName:", v->value.ia5string, 0);
  } else {
    puts_(t, "<unsupported>");
  }
}

static void put_general_name(text* t, const GENERAL_NAME* gen) {
  switch (gen->type) {
    case GEN_DNS:
      puts_(t, "DNS:");
      put_asn1(t, NULL, gen->d.dNSName, 0);
      return;
    case GEN_URI:
      puts_(t, "URI:");
      put_asn1(t, NULL, gen->d.uniformResourceIdentifier, 0);
      return;
    case GEN_EMAIL:
      puts_(t, "email:");
      put_asn1(t, NULL, gen->d.rfc822Name, 0);
      return;
    case GEN_DIRNAME: {
      /* RFC 2253 order and escaping, bytes as they are (then escaped here). */
      BIO* bio = BIO_new(BIO_s_mem());
      X509_NAME_print_ex(bio, gen->d.directoryName, 0,
                         XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB & ~ASN1_STRFLGS_ESC_CTRL);
      char* data = NULL;
      long n = BIO_get_mem_data(bio, &data);
      puts_(t, "DirName:");
      put_value(t, NULL, (const unsigned char*)(data ? data : ""), n > 0 ? (size_t)n : 0, 1);
      BIO_free(bio);
      return;
    }
    case GEN_RID: {
      char oid[128];
      OBJ_obj2txt(oid, sizeof(oid), gen->d.registeredID, 1);
      puts_(t, "Registered ID:");
      puts_(t, oid);
      return;
    }
    case GEN_OTHERNAME:
      puts_(t, "othername:");
      put_other_name(t, gen->d.otherName);
      return;
    default: {
      /* IP addresses (and the rest) as OpenSSL prints them. */
      BIO* bio = BIO_new(BIO_s_mem());
      GENERAL_NAME_print(bio, (GENERAL_NAME*)gen);
      char* data = NULL;
      long n = BIO_get_mem_data(bio, &data);
      put(t, data ? data : "", n > 0 ? (size_t)n : 0);
      BIO_free(bio);
      return;
    }
  }
}

JSValueRef eddy__x509_subject_alt_name(JSContextRef ctx, X509* x) {
  GENERAL_NAMES* names = X509_get_ext_d2i(x, NID_subject_alt_name, NULL, NULL);
  if (!names) {
    ERR_clear_error();
    return JSValueMakeUndefined(ctx);
  }
  text t = {0};
  put(&t, "", 0);
  for (int i = 0; i < sk_GENERAL_NAME_num(names); i++) {
    if (i > 0) puts_(&t, ", ");
    put_general_name(&t, sk_GENERAL_NAME_value(names, i));
  }
  GENERAL_NAMES_free(names);
  JSValueRef out = eddy_js_utf8(ctx, t.data, t.len);
  free(t.data);
  return out;
}

/* Authority information access as node prints it: "METHOD - NAME" lines (the method's
 * long name, or its OID), the names written as above. */
JSValueRef eddy__x509_info_access(JSContextRef ctx, X509* x) {
  AUTHORITY_INFO_ACCESS* info = X509_get_ext_d2i(x, NID_info_access, NULL, NULL);
  if (!info) {
    ERR_clear_error();
    return JSValueMakeUndefined(ctx);
  }
  text t = {0};
  put(&t, "", 0);
  for (int i = 0; i < sk_ACCESS_DESCRIPTION_num(info); i++) {
    ACCESS_DESCRIPTION* desc = sk_ACCESS_DESCRIPTION_value(info, i);
    char method[128];
    OBJ_obj2txt(method, sizeof(method), desc->method, 0);
    if (i > 0) puts_(&t, "\n");
    puts_(&t, method);
    puts_(&t, " - ");
    put_general_name(&t, desc->location);
  }
  AUTHORITY_INFO_ACCESS_free(info);
  JSValueRef out = eddy_js_utf8(ctx, t.data, t.len);
  free(t.data);
  return out;
}
