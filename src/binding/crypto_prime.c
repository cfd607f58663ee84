/* Primes for node:crypto's checkPrime and generatePrime (sync; lib/ runs the
 * callback forms on the next tick). */
#include <openssl/bn.h>
#include <openssl/err.h>
#include <stdlib.h>

#include "../util/check.h"
#include "crypto.h"

/* checkPrime(bytes big-endian, checks): boolean. */
static EDDY_JS_FN(crypto_check_prime) {
  (void)function, (void)self;
  size_t len = 0;
  const uint8_t* b = eddy_js_bytes(ctx, eddy_js_arg(ctx, argc, argv, 0), &len);
  ERR_clear_error();
  BIGNUM* n = BN_bin2bn(b ? b : (const uint8_t*)"", (int)len, NULL);
  if (!n) return eddy__crypto_throw(ctx, exception, "Failed to read candidate"); /* too long */
  BN_CTX* bc = BN_CTX_new();
  int r = BN_check_prime(n, bc, NULL);
  BN_CTX_free(bc);
  BN_free(n);
  if (r < 0) return eddy__crypto_throw(ctx, exception, "Failed to check prime"); /* e.g. too long */
  ERR_clear_error();
  return JSValueMakeBoolean(ctx, r == 1);
}

/* generatePrime(bits, safe, add|undefined, rem|undefined): big-endian bytes, or
 * null when OpenSSL refuses the parameters. */
static EDDY_JS_FN(crypto_generate_prime) {
  (void)function, (void)self, (void)exception;
  int bits = (int)eddy_js_arg_int(ctx, argc, argv, 0);
  int safe = JSValueToBoolean(ctx, eddy_js_arg(ctx, argc, argv, 1));
  size_t al = 0, rl = 0;
  const uint8_t* a = eddy_js_bytes(ctx, eddy_js_arg(ctx, argc, argv, 2), &al);
  const uint8_t* r = eddy_js_bytes(ctx, eddy_js_arg(ctx, argc, argv, 3), &rl);
  BIGNUM* add = a ? BN_bin2bn(a, (int)al, NULL) : NULL;
  BIGNUM* rem = r ? BN_bin2bn(r, (int)rl, NULL) : NULL;
  BIGNUM* p = BN_new();
  BN_CTX* bc = BN_CTX_new();
  int ok = BN_generate_prime_ex2(p, bits, safe, add, rem, NULL, bc) == 1;
  JSValueRef out = JSValueMakeNull(ctx);
  if (ok) {
    int n = BN_num_bytes(p);
    uint8_t* buf = eddy_malloc((size_t)n + 1);
    BN_bn2bin(p, buf);
    out = eddy__crypto_bytes(ctx, buf, (size_t)n);
    free(buf);
  }
  BN_CTX_free(bc);
  BN_free(p);
  BN_free(add);
  BN_free(rem);
  ERR_clear_error();
  return out;
}

void eddy__crypto_prime_register(JSContextRef ctx, JSObjectRef b) {
  eddy_js_set_fn(ctx, b, "checkPrime", crypto_check_prime);
  eddy_js_set_fn(ctx, b, "generatePrime", crypto_generate_prime);
}
