/* PBKDF2-HMAC for the SHA-1 and SHA-2 digests, computed here from OpenSSL's block
 * functions. OpenSSL 3.0's PKCS5_PBKDF2_HMAC goes through the provider HMAC, which
 * per iteration duplicates and frees digest contexts (EVP_MD_CTX_copy_ex, malloc,
 * cleanse): about three times the cost of the two compressions an iteration needs.
 * Here the HMAC inner and outer states are computed once (key XOR ipad / opad), and
 * each iteration runs exactly one compression from each on a pre-padded block.
 * Other digests (sha3, sha512-256, md5, ...) still go to OpenSSL. */
#define OPENSSL_SUPPRESS_DEPRECATED /* SHA*_Transform: the block functions */
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/sha.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "crypto.h"

enum { MAX_BLOCK = 128 };

typedef union sha_state {
  SHA_CTX s1;
  SHA256_CTX s256;
  SHA512_CTX s512;
} sha_state;

/* One digest family: block and output size, and its init/update/final/transform
 * on a sha_state; `words` writes the chaining value out big-endian (out bytes). */
typedef struct sha_family {
  size_t block, out;
  void (*init)(sha_state* s, int nid);
  void (*update)(sha_state* s, const uint8_t* p, size_t n);
  void (*final)(sha_state* s, uint8_t* md);
  void (*transform)(sha_state* s, const uint8_t* block);
  void (*words)(const sha_state* s, uint8_t* out, size_t n);
} sha_family;

static void be32(uint8_t* p, uint32_t v) {
  p[0] = (uint8_t)(v >> 24), p[1] = (uint8_t)(v >> 16), p[2] = (uint8_t)(v >> 8), p[3] = (uint8_t)v;
}

static void be64(uint8_t* p, uint64_t v) {
  be32(p, (uint32_t)(v >> 32));
  be32(p + 4, (uint32_t)v);
}

static void s1_init(sha_state* s, int nid) { (void)nid, SHA1_Init(&s->s1); }
static void s1_update(sha_state* s, const uint8_t* p, size_t n) { SHA1_Update(&s->s1, p, n); }
static void s1_final(sha_state* s, uint8_t* md) { SHA1_Final(md, &s->s1); }
static void s1_transform(sha_state* s, const uint8_t* b) { SHA1_Transform(&s->s1, b); }
static void s1_words(const sha_state* s, uint8_t* out, size_t n) {
  (void)n;
  be32(out, s->s1.h0), be32(out + 4, s->s1.h1), be32(out + 8, s->s1.h2);
  be32(out + 12, s->s1.h3), be32(out + 16, s->s1.h4);
}

static void s256_init(sha_state* s, int nid) {
  if (nid == NID_sha224)
    SHA224_Init(&s->s256);
  else
    SHA256_Init(&s->s256);
}
static void s256_update(sha_state* s, const uint8_t* p, size_t n) { SHA256_Update(&s->s256, p, n); }
/* SHA224_Final is SHA256_Final with md_len 28, which the context carries. */
static void s256_final(sha_state* s, uint8_t* md) { SHA256_Final(md, &s->s256); }
static void s256_transform(sha_state* s, const uint8_t* b) { SHA256_Transform(&s->s256, b); }
static void s256_words(const sha_state* s, uint8_t* out, size_t n) {
  for (size_t i = 0; i < n / 4; i++) be32(out + 4 * i, s->s256.h[i]);
}

static void s512_init(sha_state* s, int nid) {
  if (nid == NID_sha384)
    SHA384_Init(&s->s512);
  else
    SHA512_Init(&s->s512);
}
static void s512_update(sha_state* s, const uint8_t* p, size_t n) { SHA512_Update(&s->s512, p, n); }
static void s512_final(sha_state* s, uint8_t* md) { SHA512_Final(md, &s->s512); }
static void s512_transform(sha_state* s, const uint8_t* b) { SHA512_Transform(&s->s512, b); }
static void s512_words(const sha_state* s, uint8_t* out, size_t n) {
  for (size_t i = 0; i < n / 8; i++) be64(out + 8 * i, s->s512.h[i]);
}

static const sha_family sha1_family = {64,       20,           s1_init, s1_update,
                                       s1_final, s1_transform, s1_words};
static const sha_family sha224_family = {
    64, 28, s256_init, s256_update, s256_final, s256_transform, s256_words};
static const sha_family sha256_family = {
    64, 32, s256_init, s256_update, s256_final, s256_transform, s256_words};
static const sha_family sha384_family = {
    128, 48, s512_init, s512_update, s512_final, s512_transform, s512_words};
static const sha_family sha512_family = {
    128, 64, s512_init, s512_update, s512_final, s512_transform, s512_words};

static const sha_family* family_of(int nid) {
  switch (nid) {
    case NID_sha1: return &sha1_family;
    case NID_sha224: return &sha224_family;
    case NID_sha256: return &sha256_family;
    case NID_sha384: return &sha384_family;
    case NID_sha512: return &sha512_family;
    default: return NULL;
  }
}

bool eddy__crypto_pbkdf2(const EVP_MD* md, const uint8_t* pass, size_t pass_len,
                         const uint8_t* salt, size_t salt_len, uint64_t iterations, uint8_t* out,
                         size_t out_len) {
  /* node 24's OpenSSL refuses an empty output ("Deriving bits failed"); so do we. */
  if (out_len == 0) return false;
  int nid = EVP_MD_get_type(md);
  const sha_family* f = family_of(nid);
  if (!f || iterations > INT32_MAX || pass_len > INT32_MAX || salt_len > INT32_MAX) {
    return PKCS5_PBKDF2_HMAC((const char*)pass, (int)pass_len, salt, (int)salt_len, (int)iterations,
                             md, (int)out_len, out) == 1;
  }
  size_t b = f->block, h = f->out;
  /* The HMAC key block: the password, or its digest when longer than a block. */
  uint8_t key[MAX_BLOCK] = {0}, pad[MAX_BLOCK];
  sha_state inner, outer, s;
  if (pass_len > b) {
    f->init(&s, nid);
    f->update(&s, pass, pass_len);
    f->final(&s, key);
  } else if (pass_len) {
    memcpy(key, pass, pass_len);
  }
  for (size_t i = 0; i < b; i++) pad[i] = key[i] ^ 0x36;
  f->init(&inner, nid);
  f->update(&inner, pad, b);
  for (size_t i = 0; i < b; i++) pad[i] = key[i] ^ 0x5c;
  f->init(&outer, nid);
  f->update(&outer, pad, b);

  /* The block each later iteration hashes: U (h bytes), then the padding of a
   * message of b + h bytes (0x80, zeros, the bit length big-endian at the end). */
  uint8_t u[MAX_BLOCK] = {0}, t[64];
  u[h] = 0x80;
  be64(u + b - 8, (uint64_t)(b + h) * 8);

  for (uint32_t index = 1; out_len > 0; index++) {
    uint8_t counter[4];
    be32(counter, index);
    s = inner;
    f->update(&s, salt, salt_len);
    f->update(&s, counter, 4);
    f->final(&s, u);
    s = outer;
    f->update(&s, u, h);
    f->final(&s, u);
    memcpy(t, u, h);
    for (uint64_t k = 1; k < iterations; k++) {
      s = inner;
      f->transform(&s, u);
      f->words(&s, u, h);
      s = outer;
      f->transform(&s, u);
      f->words(&s, u, h);
      for (size_t i = 0; i < h; i++) t[i] ^= u[i];
    }
    size_t n = out_len < h ? out_len : h;
    memcpy(out, t, n);
    out += n;
    out_len -= n;
  }
  OPENSSL_cleanse(key, sizeof(key));
  OPENSSL_cleanse(pad, sizeof(pad));
  OPENSSL_cleanse(&inner, sizeof(inner));
  OPENSSL_cleanse(&outer, sizeof(outer));
  OPENSSL_cleanse(&s, sizeof(s));
  OPENSSL_cleanse(u, sizeof(u));
  OPENSSL_cleanse(t, sizeof(t));
  return true;
}
