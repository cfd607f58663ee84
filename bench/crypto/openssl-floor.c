/* The floor under bench/crypto's rows: the same work done by a C loop calling the
 * system OpenSSL directly (no JS), to compare with node's time for the row. When
 * this alone is slower than node, the row's cost is inside OpenSSL, not eddy.
 *   cc -O2 bench/crypto/openssl-floor.c -o /tmp/openssl-floor -lcrypto && /tmp/openssl-floor
 * Run from the repository root (it reads test/fixtures/keys/agent2-key.pem). */
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static void sign_loop(const char* row, EVP_PKEY* key, const EVP_MD* md, int n) {
  unsigned char sig[512];
  double t = now_ms();
  for (int i = 0; i < n; i++) {
    EVP_MD_CTX* m = EVP_MD_CTX_new();
    size_t len = sizeof(sig);
    if (EVP_DigestSignInit(m, NULL, md, NULL, key) != 1 ||
        EVP_DigestSign(m, sig, &len, (const unsigned char*)"hello", 5) != 1) {
      fprintf(stderr, "%s: sign failed\n", row);
      exit(1);
    }
    EVP_MD_CTX_free(m);
  }
  printf("%-22s %8.1f ms\n", row, now_ms() - t);
}

int main(void) {
  printf("%s\n", OpenSSL_version(OPENSSL_VERSION));

  /* aes-256-gcm-256MiB: 256 updates of 1 MiB into one reused output buffer. */
  unsigned char key[32] = {1}, iv[12] = {0}, tag[16];
  unsigned char* in = malloc(1 << 20);
  unsigned char* out = malloc((1 << 20) + 16);
  memset(in, 2, 1 << 20);
  double t = now_ms();
  EVP_CIPHER_CTX* c = EVP_CIPHER_CTX_new();
  int n;
  EVP_EncryptInit_ex(c, EVP_aes_256_gcm(), NULL, key, iv);
  for (int i = 0; i < 256; i++) EVP_EncryptUpdate(c, out, &n, in, 1 << 20);
  EVP_EncryptFinal_ex(c, out, &n);
  EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_AEAD_GET_TAG, 16, tag);
  EVP_CIPHER_CTX_free(c);
  printf("%-22s %8.1f ms\n", "aes-256-gcm-256MiB", now_ms() - t);

  /* pbkdf2-100k through OpenSSL's own PBKDF2 (eddy computes it itself now). */
  t = now_ms();
  PKCS5_PBKDF2_HMAC("password", 8, (const unsigned char*)"salt", 4, 100000, EVP_sha256(), 32, out);
  printf("%-22s %8.1f ms (PKCS5_PBKDF2_HMAC)\n", "pbkdf2-100k", now_ms() - t);

  /* sha256-256MiB-64KiB. */
  t = now_ms();
  EVP_MD_CTX* h = EVP_MD_CTX_new();
  EVP_DigestInit_ex(h, EVP_sha256(), NULL);
  for (int i = 0; i < 4096; i++) EVP_DigestUpdate(h, in, 64 * 1024);
  unsigned int dl;
  EVP_DigestFinal_ex(h, out, &dl);
  EVP_MD_CTX_free(h);
  printf("%-22s %8.1f ms\n", "sha256-256MiB-64KiB", now_ms() - t);

  EVP_PKEY* ed = EVP_PKEY_Q_keygen(NULL, NULL, "ED25519");
  sign_loop("ed25519-sign-x10k", ed, NULL, 10000);
  FILE* f = fopen("test/fixtures/keys/agent2-key.pem", "r");
  EVP_PKEY* rsa = f ? PEM_read_PrivateKey(f, NULL, NULL, NULL) : NULL;
  if (rsa) sign_loop("rsa2048-sign-x1000", rsa, EVP_sha256(), 1000);
  return 0;
}
