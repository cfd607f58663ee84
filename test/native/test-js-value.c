/* src/util/js_value.h's reads and makes of values against the engine's public API:
 * for each value, eddy_js_to_boolean/eddy_js_to_number give what JSValueToBoolean/
 * JSValueToNumber give, and the numbers and booleans made directly are the ones the
 * API makes (strictly equal, same number back, same type). */
#include <JavaScriptCore/JavaScript.h>
#include <math.h>
#include <string.h>

#include "expect.h"
#include "util/js_value.h"

static JSValueRef eval(JSContextRef ctx, const char* src) {
  JSStringRef s = JSStringCreateWithUTF8CString(src);
  JSValueRef v = JSEvaluateScript(ctx, s, NULL, NULL, 1, NULL);
  JSStringRelease(s);
  return v;
}

static bool same_number(double a, double b) {
  if (a != a || b != b) return a != a && b != b;
  return a == b && signbit(a) == signbit(b);
}

static const char* const sources[] = {
    "true",       "false",       "undefined", "null",       "0",
    "-0",         "1",           "-1",        "2147483647", "-2147483648",
    "2147483648", "-2147483649", "1.5",       "-1e-300",    "NaN",
    "Infinity",   "-Infinity",   "1e300",     "2 ** 53",    "''",
    "'a'",        "'0'",         "' 12 '",    "({})",       "[]",
    "[7]",        "Symbol('s')", "10n",       "0n",         "({ valueOf() { return 42; } })",
};

static const double numbers[] = {0,
                                 -0.0,
                                 1,
                                 -1,
                                 2147483647.0,
                                 -2147483648.0,
                                 2147483648.0,
                                 -2147483649.0,
                                 0.5,
                                 -1e-300,
                                 1e300,
                                 4503599627370496.5,
                                 9007199254740992.0,
                                 1.7e308,
                                 5e-324};

int main(void) {
  JSGlobalContextRef ctx = JSGlobalContextCreate(NULL);
  for (size_t i = 0; i < sizeof sources / sizeof *sources; i++) {
    JSValueRef v = eval(ctx, sources[i]);
    EXPECT(v != NULL, "%s evaluates", sources[i]);
    if (!v) continue;
    EXPECT(eddy_js_to_boolean(ctx, v) == JSValueToBoolean(ctx, v), "ToBoolean(%s)", sources[i]);
    EXPECT(eddy_jsv_is_boolean(v) == JSValueIsBoolean(ctx, v), "is boolean: %s", sources[i]);
    if (JSValueIsSymbol(ctx, v)) continue; /* ToNumber throws; both give NaN */
    double want = JSValueToNumber(ctx, v, NULL);
    EXPECT(same_number(eddy_js_to_number(ctx, v), want), "ToNumber(%s)", sources[i]);
  }
  double specials[sizeof numbers / sizeof *numbers + 3];
  memcpy(specials, numbers, sizeof numbers);
  size_t n = sizeof numbers / sizeof *numbers;
  specials[n++] = NAN;
  specials[n++] = INFINITY;
  specials[n++] = -INFINITY;
  for (size_t i = 0; i < n; i++) {
    double d = specials[i];
    JSValueRef mine = eddy_jsv_make_number(d), api = JSValueMakeNumber(ctx, d);
    EXPECT(JSValueIsNumber(ctx, mine), "make_number(%g) is a number", d);
    EXPECT(same_number(JSValueToNumber(ctx, mine, NULL), d), "make_number(%g) reads back", d);
    EXPECT(d != d || JSValueIsStrictEqual(ctx, mine, api), "make_number(%g) === the API's", d);
    EXPECT(eddy_jsv_bits(mine) == eddy_jsv_bits(api), "make_number(%g): the API's encoding", d);
  }
  for (int b = 0; b <= 1; b++) {
    JSValueRef mine = eddy_jsv_make_boolean(b);
    EXPECT(JSValueIsBoolean(ctx, mine) && JSValueToBoolean(ctx, mine) == b, "make_boolean(%d)", b);
    EXPECT(JSValueIsStrictEqual(ctx, mine, JSValueMakeBoolean(ctx, b)), "make_boolean(%d) ===", b);
  }
  JSGlobalContextRelease(ctx);
  if (failures == 0) printf("ok\n");
  return failures != 0;
}
