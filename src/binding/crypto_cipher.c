/* Symmetric ciphers for node:crypto's Cipheriv/Decipheriv: one EVP_CIPHER_CTX per
 * handle, including the AEAD modes (GCM, CCM, OCB, ChaCha20-Poly1305) and their
 * tags. lib/internal/crypto/cipher.js keeps the state machine (which call is legal
 * when) and node's errors; this file only drives OpenSSL. */
#include <limits.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <stdlib.h>
#include <string.h>

#include "../util/check.h"
#include "crypto.h"

typedef struct cipher_state {
  EVP_CIPHER_CTX* ctx;
  int mode; /* EVP_CIPH_*_MODE, or -1 for ChaCha20-Poly1305 */
  int encrypt;
  int tag_len;     /* the AEAD tag length in use */
  int ccm_len_set; /* CCM: the plaintext length was declared */
  uint8_t tag[16]; /* the tag computed by final() when encrypting */
} cipher_state;

#define MODE_CHACHA_POLY (-1)

static void cipher_finalize(JSObjectRef object) {
  cipher_state* s = JSObjectGetPrivate(object);
  if (!s) return;
  EVP_CIPHER_CTX_free(s->ctx);
  free(s);
}

static JSClassRef cipher_class(void) {
  static _Atomic(JSClassRef) cls;
  if (!cls) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "CipherBase";
    def.finalize = cipher_finalize;
    eddy_js_class_publish(&cls, JSClassCreate(&def));
  }
  return cls;
}

static cipher_state* cipher_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[]) {
  JSValueRef v = eddy_js_arg(ctx, argc, argv, 0);
  CHECK(JSValueIsObjectOfClass(ctx, v, cipher_class()));
  return JSObjectGetPrivate((JSObjectRef)v);
}

static int cipher_mode(const EVP_CIPHER* c) {
  if (EVP_CIPHER_get_nid(c) == NID_chacha20_poly1305) return MODE_CHACHA_POLY;
  return EVP_CIPHER_get_mode(c);
}

static int is_aead(int mode) {
  return mode == EVP_CIPH_GCM_MODE || mode == EVP_CIPH_CCM_MODE || mode == EVP_CIPH_OCB_MODE ||
         mode == MODE_CHACHA_POLY;
}

/* Whether an AEAD mode takes an IV of n bytes. */
static int aead_iv_ok(int mode, size_t n) {
  switch (mode) {
    case EVP_CIPH_GCM_MODE: return n > 0;
    case EVP_CIPH_CCM_MODE: return n >= 7 && n <= 13;
    case EVP_CIPH_OCB_MODE: return n >= 1 && n <= 15;
    default: return n >= 1 && n <= 12;
  }
}

/* Whether an AEAD mode takes a tag of n bytes. */
static int aead_tag_ok(int mode, int n) {
  switch (mode) {
    case EVP_CIPH_GCM_MODE: return n == 4 || n == 8 || (n >= 12 && n <= 16);
    case EVP_CIPH_CCM_MODE: return n >= 4 && n <= 16 && n % 2 == 0;
    case EVP_CIPH_OCB_MODE: return n >= 1 && n <= 16;
    default: return n >= 1 && n <= 16;
  }
}

/* cipherCreate(name, key, iv|null, encrypt, authTagLength|-1): a handle, or a
 * negative number: -1 unknown cipher, -2 bad key length, -3 bad IV, -4 bad tag
 * length, -5 CCM/OCB without a tag length. */
static EDDY_JS_FN(crypto_cipher_create) {
  (void)function, (void)self;
  ERR_clear_error(); /* errors left by earlier calls are not ours to report */
  char* name = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 0), NULL, exception);
  if (!name) return NULL;
  const EVP_CIPHER* cipher = EVP_get_cipherbyname(name);
  free(name);
  if (!cipher) return JSValueMakeNumber(ctx, -1);
  size_t key_len = 0, iv_len = 0;
  const uint8_t* key = eddy_js_bytes(ctx, eddy_js_arg(ctx, argc, argv, 1), &key_len);
  JSValueRef iv_v = eddy_js_arg(ctx, argc, argv, 2);
  const uint8_t* iv = JSValueIsNull(ctx, iv_v) ? NULL : eddy_js_bytes(ctx, iv_v, &iv_len);
  int encrypt = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 3));
  int tag_len = (int)eddy_js_arg_int(ctx, argc, argv, 4);
  int mode = cipher_mode(cipher);
  int variable_key = (EVP_CIPHER_get_flags(cipher) & EVP_CIPH_VARIABLE_LENGTH) != 0;
  if (!variable_key && key_len != (size_t)EVP_CIPHER_get_key_length(cipher)) {
    return JSValueMakeNumber(ctx, -2);
  }
  size_t want_iv = (size_t)EVP_CIPHER_get_iv_length(cipher);
  if (is_aead(mode)) {
    if (!iv || !aead_iv_ok(mode, iv_len)) return JSValueMakeNumber(ctx, -3);
  } else if (want_iv == 0) {
    if (iv && iv_len != 0) return JSValueMakeNumber(ctx, -3);
  } else if (!iv || iv_len != want_iv) {
    return JSValueMakeNumber(ctx, -3);
  }
  if (is_aead(mode)) {
    if (tag_len < 0 && (mode == EVP_CIPH_CCM_MODE || mode == EVP_CIPH_OCB_MODE))
      return JSValueMakeNumber(ctx, -5);
    if (tag_len >= 0 && !aead_tag_ok(mode, tag_len)) return JSValueMakeNumber(ctx, -4);
  }
  cipher_state* s = eddy_calloc(1, sizeof(*s));
  s->ctx = EVP_CIPHER_CTX_new();
  CHECK(s->ctx);
  s->mode = mode;
  s->encrypt = encrypt;
  s->tag_len = tag_len >= 0 ? tag_len : 16;
  /* Key-wrap modes (id-aes*-wrap) are refused by OpenSSL unless asked for. */
  if (mode == EVP_CIPH_WRAP_MODE) EVP_CIPHER_CTX_set_flags(s->ctx, EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
  int ok = EVP_CipherInit_ex(s->ctx, cipher, NULL, NULL, NULL, encrypt) == 1;
  if (ok && variable_key) ok = EVP_CIPHER_CTX_set_key_length(s->ctx, (int)key_len) == 1;
  /* Always set: a CCM context starts at L = 8 (a 7-byte nonce) whatever the
   * cipher's nominal IV length says. */
  if (ok && is_aead(mode) && (iv_len != want_iv || mode == EVP_CIPH_CCM_MODE)) {
    ok = EVP_CIPHER_CTX_ctrl(s->ctx, EVP_CTRL_AEAD_SET_IVLEN, (int)iv_len, NULL) == 1;
  }
  if (ok && (mode == EVP_CIPH_CCM_MODE || mode == EVP_CIPH_OCB_MODE ||
             (mode == MODE_CHACHA_POLY && !encrypt))) {
    ok = EVP_CIPHER_CTX_ctrl(s->ctx, EVP_CTRL_AEAD_SET_TAG, s->tag_len, NULL) == 1;
  }
  if (ok) ok = EVP_CipherInit_ex(s->ctx, NULL, NULL, key, iv, encrypt) == 1;
  if (!ok) {
    EVP_CIPHER_CTX_free(s->ctx);
    free(s);
    return eddy__crypto_throw(ctx, exception, "Failed to initialize cipher");
  }
  return JSObjectMake(ctx, cipher_class(), s);
}

/* cipherUpdate(handle, data): the output bytes, or null when OpenSSL refuses the
 * data (a CCM length mismatch or failed CCM authentication). */
static EDDY_JS_FN(crypto_cipher_update) {
  (void)function, (void)self;
  cipher_state* s = cipher_arg(ctx, argc, argv);
  size_t len = 0;
  uint8_t* owned = NULL;
  const uint8_t* data = eddy__crypto_data_arg(ctx, argc, argv, 1, &len, &owned, exception);
  if (!data) return NULL;
  /* OpenSSL counts in int: the output (input plus a block or two) must fit. */
  if (len > (size_t)INT_MAX - 64) {
    free(owned);
    return JSValueMakeNull(ctx);
  }
  if (s->mode == EVP_CIPH_CCM_MODE && !s->ccm_len_set) {
    int n = 0;
    if (EVP_CipherUpdate(s->ctx, NULL, &n, NULL, (int)len) != 1) {
      free(owned);
      ERR_clear_error();
      return JSValueMakeNull(ctx);
    }
    s->ccm_len_set = 1;
  }
  /* Key wrap with padding adds up to two blocks of its own; a stream mode (GCM, CTR,
   * ChaCha20: block size 1) gives exactly what it takes, so its output needs no
   * subarray (a property lookup and a call back into JS per update). */
  size_t block = (size_t)EVP_CIPHER_CTX_get_block_size(s->ctx);
  size_t cap = len + (block > 1 ? block : 0) + (s->mode == EVP_CIPH_WRAP_MODE ? 16 : 0);
  JSObjectRef out = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint8Array, cap, NULL);
  size_t out_cap = 0;
  uint8_t* out_bytes = eddy_js_bytes(ctx, out, &out_cap);
  int n = 0;
  int ok = EVP_CipherUpdate(s->ctx, out_bytes, &n, data, (int)len) == 1;
  free(owned);
  if (!ok) {
    ERR_clear_error();
    return JSValueMakeNull(ctx);
  }
  if ((size_t)n == cap) return out;
  JSValueRef args[2] = {JSValueMakeNumber(ctx, 0), JSValueMakeNumber(ctx, n)};
  JSObjectRef subarray = (JSObjectRef)eddy_js_get(ctx, out, "subarray");
  return JSObjectCallAsFunction(ctx, subarray, out, 2, args, exception);
}

/* cipherFinal(handle): the last bytes. On failure: null for an AEAD mode (failed
 * authentication: node's generic message, no plaintext), else OpenSSL's error. */
static EDDY_JS_FN(crypto_cipher_final) {
  (void)function, (void)self;
  ERR_clear_error(); /* errors left by earlier calls are not ours to report */
  cipher_state* s = cipher_arg(ctx, argc, argv);
  uint8_t out[EVP_MAX_BLOCK_LENGTH];
  int n = 0;
  int ok;
  if (s->mode == EVP_CIPH_CCM_MODE && !s->encrypt) {
    /* CCM authenticates in update(); final has nothing left to check. */
    ok = 1;
  } else {
    ok = EVP_CipherFinal_ex(s->ctx, out, &n) == 1;
  }
  if (!ok) {
    if (is_aead(s->mode)) {
      ERR_clear_error();
      return JSValueMakeNull(ctx);
    }
    return eddy__crypto_throw(ctx, exception, "Unsupported state");
  }
  /* CCM with nothing encrypted has no tag: OpenSSL's error (ERR_OSSL_TAG_NOT_SET). */
  if (s->encrypt && is_aead(s->mode) &&
      EVP_CIPHER_CTX_ctrl(s->ctx, EVP_CTRL_AEAD_GET_TAG, s->tag_len, s->tag) != 1) {
    return eddy__crypto_throw(ctx, exception, "Unsupported state");
  }
  return eddy__crypto_bytes(ctx, out, (size_t)n);
}

/* cipherSetAAD(handle, data, plaintextLength|-1): false when OpenSSL refuses. */
static EDDY_JS_FN(crypto_cipher_set_aad) {
  (void)function, (void)self;
  cipher_state* s = cipher_arg(ctx, argc, argv);
  size_t len = 0;
  uint8_t* owned = NULL;
  const uint8_t* data = eddy__crypto_data_arg(ctx, argc, argv, 1, &len, &owned, exception);
  if (!data) return NULL;
  int64_t plain = eddy_js_arg_int(ctx, argc, argv, 2);
  int n = 0, ok = 1;
  if (s->mode == EVP_CIPH_CCM_MODE && plain >= 0) {
    ok = EVP_CipherUpdate(s->ctx, NULL, &n, NULL, (int)plain) == 1;
    s->ccm_len_set = 1;
  }
  if (ok) ok = EVP_CipherUpdate(s->ctx, NULL, &n, data, (int)len) == 1;
  free(owned);
  if (!ok) ERR_clear_error();
  return JSValueMakeBoolean(ctx, ok);
}

/* cipherGetAuthTag(handle): the tag final() computed. */
static EDDY_JS_FN(crypto_cipher_get_auth_tag) {
  (void)function, (void)self, (void)exception;
  cipher_state* s = cipher_arg(ctx, argc, argv);
  return eddy__crypto_bytes(ctx, s->tag, (size_t)s->tag_len);
}

/* cipherSetAuthTag(handle, tag): the expected tag for decryption; false when the
 * mode does not take a tag of that length. */
static EDDY_JS_FN(crypto_cipher_set_auth_tag) {
  (void)function, (void)self, (void)exception;
  cipher_state* s = cipher_arg(ctx, argc, argv);
  size_t len = 0;
  uint8_t* tag = eddy_js_bytes(ctx, eddy_js_arg(ctx, argc, argv, 1), &len);
  if (!aead_tag_ok(s->mode, (int)len)) return JSValueMakeBoolean(ctx, false);
  s->tag_len = (int)len;
  int ok = EVP_CIPHER_CTX_ctrl(s->ctx, EVP_CTRL_AEAD_SET_TAG, (int)len, tag) == 1;
  if (!ok) ERR_clear_error();
  return JSValueMakeBoolean(ctx, ok);
}

/* getCipherInfo()'s name of an OpenSSL mode (EVP_CIPH_*_MODE), as node's; NULL for a
 * mode node does not name. (XTS, wrap and OCB are numbered past 0x10000.) */
static const char* cipher_mode_name(int mode) {
  switch (mode) {
    case EVP_CIPH_STREAM_CIPHER: return "stream";
    case EVP_CIPH_ECB_MODE: return "ecb";
    case EVP_CIPH_CBC_MODE: return "cbc";
    case EVP_CIPH_CFB_MODE: return "cfb";
    case EVP_CIPH_OFB_MODE: return "ofb";
    case EVP_CIPH_CTR_MODE: return "ctr";
    case EVP_CIPH_GCM_MODE: return "gcm";
    case EVP_CIPH_CCM_MODE: return "ccm";
    case EVP_CIPH_XTS_MODE: return "xts";
    case EVP_CIPH_WRAP_MODE: return "wrap";
    case EVP_CIPH_OCB_MODE: return "ocb";
    default: return NULL;
  }
}

/* cipherTagLength(handle): the tag length fixed at creation. */
static EDDY_JS_FN(crypto_cipher_mode_info) {
  (void)function, (void)self, (void)exception;
  cipher_state* s = cipher_arg(ctx, argc, argv);
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set_number(ctx, o, "tagLength", s->tag_len);
  const char* mode = s->mode == EVP_CIPH_GCM_MODE   ? "gcm"
                     : s->mode == EVP_CIPH_CCM_MODE ? "ccm"
                     : s->mode == EVP_CIPH_OCB_MODE ? "ocb"
                     : s->mode == MODE_CHACHA_POLY  ? "chacha20-poly1305"
                                                    : "";
  eddy_js_set_cstr(ctx, o, "aead", mode);
  return o;
}

static EDDY_JS_FN(crypto_cipher_set_auto_padding) {
  (void)function, (void)self, (void)exception;
  cipher_state* s = cipher_arg(ctx, argc, argv);
  int pad = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 1));
  return JSValueMakeBoolean(ctx, EVP_CIPHER_CTX_set_padding(s->ctx, pad) == 1);
}

/* Names are stored into the JS array as they are made: a JS value kept only in
 * malloc'd memory is invisible to the garbage collector. */
typedef struct name_list {
  JSContextRef ctx;
  JSObjectRef array;
  unsigned count;
} name_list;

static void collect_cipher(const EVP_CIPHER* c, const char* from, const char* to, void* arg) {
  name_list* l = arg;
  if (!from) return;
  /* An alias (aes128 for aes-128-cbc) names its target in `to`. Ciphers the loaded
   * providers cannot fetch (the legacy ones: bf, cast5, des, rc2, rc4, seed) are left
   * out, as node lists them. */
  const char* name = c ? from : to;
  if (!name) return;
  EVP_CIPHER* fetched = EVP_CIPHER_fetch(NULL, name, NULL);
  if (!fetched) {
    ERR_clear_error();
    return;
  }
  EVP_CIPHER_free(fetched);
  /* Upper-case duplicates (AES-128-CBC beside aes-128-cbc) are left out, as node does. */
  for (const char* p = from; *p; p++) {
    if (*p >= 'A' && *p <= 'Z' && strncmp(from, "id-", 3) != 0) return;
  }
  eddy_js_array_set(l->ctx, l->array, l->count++, eddy_js_cstr(l->ctx, from));
}

static EDDY_JS_FN(crypto_get_ciphers) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  name_list l = {.ctx = ctx, .array = eddy_js_array_new(ctx)};
  EVP_CIPHER_do_all_sorted(collect_cipher, &l);
  return l.array;
}

/* cipherInfo(nameOrNid, keyLength|-1, ivLength|-1): node's getCipherInfo object,
 * or undefined when the cipher is unknown or the lengths do not fit it. */
static EDDY_JS_FN(crypto_cipher_info) {
  (void)function, (void)self;
  JSValueRef which = eddy_js_arg(ctx, argc, argv, 0);
  const EVP_CIPHER* c;
  if (JSValueIsNumber(ctx, which)) {
    c = EVP_get_cipherbynid((int)JSValueToNumber(ctx, which, NULL));
  } else {
    char* name = eddy_js_to_utf8(ctx, which, NULL, exception);
    if (!name) return NULL;
    c = EVP_get_cipherbyname(name);
    free(name);
  }
  if (!c) return JSValueMakeUndefined(ctx);
  int mode = cipher_mode(c);
  int key_len = EVP_CIPHER_get_key_length(c), iv_len = EVP_CIPHER_get_iv_length(c);
  int64_t want_key = eddy_js_arg_int(ctx, argc, argv, 1);
  int64_t want_iv = eddy_js_arg_int(ctx, argc, argv, 2);
  if (want_key >= 0 && want_key != key_len) {
    if (!(EVP_CIPHER_get_flags(c) & EVP_CIPH_VARIABLE_LENGTH)) return JSValueMakeUndefined(ctx);
    EVP_CIPHER_CTX* cx = EVP_CIPHER_CTX_new();
    int ok = EVP_CipherInit_ex(cx, c, NULL, NULL, NULL, 1) == 1 &&
             EVP_CIPHER_CTX_set_key_length(cx, (int)want_key) == 1;
    EVP_CIPHER_CTX_free(cx);
    ERR_clear_error();
    if (!ok) return JSValueMakeUndefined(ctx);
    key_len = (int)want_key;
  }
  if (want_iv >= 0 && want_iv != iv_len) {
    if (!is_aead(mode) || !aead_iv_ok(mode, (size_t)want_iv)) return JSValueMakeUndefined(ctx);
    iv_len = (int)want_iv;
  }
  int m = mode == MODE_CHACHA_POLY ? EVP_CIPH_STREAM_CIPHER : mode;
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  const char* mode_name = cipher_mode_name(m);
  if (mode_name) eddy_js_set_cstr(ctx, o, "mode", mode_name);
  const char* sn = OBJ_nid2sn(EVP_CIPHER_get_nid(c));
  char lower[80];
  size_t i = 0;
  for (; sn && sn[i] && i + 1 < sizeof(lower); i++) {
    lower[i] = (sn[i] >= 'A' && sn[i] <= 'Z') ? (char)(sn[i] + 32) : sn[i];
  }
  lower[i] = 0;
  eddy_js_set_cstr(ctx, o, "name", lower);
  eddy_js_set_number(ctx, o, "nid", EVP_CIPHER_get_nid(c));
  if (m != EVP_CIPH_STREAM_CIPHER)
    eddy_js_set_number(ctx, o, "blockSize", EVP_CIPHER_get_block_size(c));
  if (iv_len) eddy_js_set_number(ctx, o, "ivLength", iv_len);
  eddy_js_set_number(ctx, o, "keyLength", key_len);
  return o;
}

void eddy__crypto_cipher_register(JSContextRef ctx, JSObjectRef b) {
  eddy_js_set_fn(ctx, b, "cipherCreate", crypto_cipher_create);
  eddy_js_set_fn(ctx, b, "cipherUpdate", crypto_cipher_update);
  eddy_js_set_fn(ctx, b, "cipherFinal", crypto_cipher_final);
  eddy_js_set_fn(ctx, b, "cipherSetAAD", crypto_cipher_set_aad);
  eddy_js_set_fn(ctx, b, "cipherGetAuthTag", crypto_cipher_get_auth_tag);
  eddy_js_set_fn(ctx, b, "cipherSetAuthTag", crypto_cipher_set_auth_tag);
  eddy_js_set_fn(ctx, b, "cipherModeInfo", crypto_cipher_mode_info);
  eddy_js_set_fn(ctx, b, "cipherSetAutoPadding", crypto_cipher_set_auto_padding);
  eddy_js_set_fn(ctx, b, "getCiphers", crypto_get_ciphers);
  eddy_js_set_fn(ctx, b, "cipherInfo", crypto_cipher_info);
}
