/* Node-API values: the primitives (undefined, null, booleans, numbers, BigInts,
 * strings, symbols), dates, typeof, strict equality and the coerce_to_* family. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../util/check.h"
#include "../util/js.h"
#include "../util/utf8.h"
#include "napi_internal.h"

#define RESULT(env, expr)                 \
  do {                                    \
    NAPI_CHECK_ENV(env);                  \
    NAPI_CHECK_ARG(env, result);          \
    *result = eddy_napi_track(env, expr); \
    return NAPI_OK(env);                  \
  } while (0)

napi_status napi_get_undefined(napi_env env, napi_value* result) {
  RESULT(env, JSValueMakeUndefined(env->ctx));
}
napi_status napi_get_null(napi_env env, napi_value* result) {
  RESULT(env, JSValueMakeNull(env->ctx));
}
napi_status napi_get_global(napi_env env, napi_value* result) {
  RESULT(env, JSContextGetGlobalObject(env->ctx));
}
napi_status napi_get_boolean(napi_env env, bool value, napi_value* result) {
  RESULT(env, JSValueMakeBoolean(env->ctx, value));
}
napi_status napi_create_double(napi_env env, double value, napi_value* result) {
  RESULT(env, JSValueMakeNumber(env->ctx, value));
}
napi_status napi_create_int32(napi_env env, int32_t value, napi_value* result) {
  RESULT(env, JSValueMakeNumber(env->ctx, value));
}
napi_status napi_create_uint32(napi_env env, uint32_t value, napi_value* result) {
  RESULT(env, JSValueMakeNumber(env->ctx, value));
}
napi_status napi_create_int64(napi_env env, int64_t value, napi_value* result) {
  RESULT(env, JSValueMakeNumber(env->ctx, (double)value));
}
napi_status napi_create_bigint_int64(napi_env env, int64_t value, napi_value* result) {
  RESULT(env, JSBigIntCreateWithInt64(env->ctx, value, NULL));
}
napi_status napi_create_bigint_uint64(napi_env env, uint64_t value, napi_value* result) {
  RESULT(env, JSBigIntCreateWithUInt64(env->ctx, value, NULL));
}

napi_status napi_create_date(napi_env env, double time, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  JSValueRef t = JSValueMakeNumber(env->ctx, time), exc = NULL;
  JSObjectRef d = JSObjectMakeDate(env->ctx, 1, &t, &exc);
  if (exc) return eddy_napi_exception(env, exc);
  *result = eddy_napi_track(env, d);
  return NAPI_OK(env);
}

napi_status napi_is_date(napi_env env, napi_value value, bool* is_date) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, is_date);
  *is_date = JSValueIsDate(env->ctx, V(value));
  return NAPI_OK(env);
}

napi_status napi_get_date_value(napi_env env, napi_value value, double* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  if (!JSValueIsDate(env->ctx, V(value))) return eddy_napi_status(env, napi_date_expected);
  *result = JSValueToNumber(env->ctx, V(value), NULL);
  return NAPI_OK(env);
}

napi_status napi_typeof(napi_env env, napi_value value, napi_valuetype* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  JSContextRef ctx = env->ctx;
  switch (JSValueGetType(ctx, V(value))) {
    case kJSTypeUndefined: *result = napi_undefined; break;
    case kJSTypeNull: *result = napi_null; break;
    case kJSTypeBoolean: *result = napi_boolean; break;
    case kJSTypeNumber: *result = napi_number; break;
    case kJSTypeString: *result = napi_string; break;
    case kJSTypeSymbol: *result = napi_symbol; break;
    case kJSTypeBigInt: *result = napi_bigint; break;
    case kJSTypeObject:
      if (JSValueIsObjectOfClass(ctx, V(value), eddy_napi_external_class()))
        *result = napi_external;
      else if (JSObjectIsFunction(ctx, O(value)))
        *result = napi_function;
      else
        *result = napi_object;
      break;
    default: return eddy_napi_status(env, napi_invalid_arg);
  }
  return NAPI_OK(env);
}

napi_status napi_get_value_double(napi_env env, napi_value value, double* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  if (!JSValueIsNumber(env->ctx, V(value))) return eddy_napi_status(env, napi_number_expected);
  *result = JSValueToNumber(env->ctx, V(value), NULL);
  return NAPI_OK(env);
}

/* Node's integer reads: non-finite numbers are 0; int32/uint32 wrap modulo 2^32
 * (ToInt32), int64 saturates. */
napi_status napi_get_value_int32(napi_env env, napi_value value, int32_t* result) {
  double d;
  napi_status s = napi_get_value_double(env, value, &d);
  if (s != napi_ok) return s;
  *result = JSValueToInt32(env->ctx, V(value), NULL);
  return NAPI_OK(env);
}

napi_status napi_get_value_uint32(napi_env env, napi_value value, uint32_t* result) {
  double d;
  napi_status s = napi_get_value_double(env, value, &d);
  if (s != napi_ok) return s;
  *result = JSValueToUInt32(env->ctx, V(value), NULL);
  return NAPI_OK(env);
}

napi_status napi_get_value_int64(napi_env env, napi_value value, int64_t* result) {
  double d;
  napi_status s = napi_get_value_double(env, value, &d);
  if (s != napi_ok) return s;
  if (!isfinite(d))
    *result = 0;
  else if (d >= 9223372036854775808.0)
    *result = INT64_MAX;
  else if (d <= -9223372036854775808.0)
    *result = INT64_MIN;
  else
    *result = (int64_t)d;
  return NAPI_OK(env);
}

napi_status napi_get_value_bool(napi_env env, napi_value value, bool* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  if (!JSValueIsBoolean(env->ctx, V(value))) return eddy_napi_status(env, napi_boolean_expected);
  *result = JSValueToBoolean(env->ctx, V(value));
  return NAPI_OK(env);
}

/* BigInts. */
napi_status napi_get_value_bigint_int64(napi_env env, napi_value value, int64_t* result,
                                        bool* lossless) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  NAPI_CHECK_ARG(env, lossless);
  if (!JSValueIsBigInt(env->ctx, V(value))) return eddy_napi_status(env, napi_bigint_expected);
  *result = JSValueToInt64(env->ctx, V(value), NULL);
  *lossless = JSValueCompareInt64(env->ctx, V(value), *result, NULL) == kJSRelationConditionEqual;
  return NAPI_OK(env);
}

napi_status napi_get_value_bigint_uint64(napi_env env, napi_value value, uint64_t* result,
                                         bool* lossless) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  NAPI_CHECK_ARG(env, lossless);
  if (!JSValueIsBigInt(env->ctx, V(value))) return eddy_napi_status(env, napi_bigint_expected);
  *result = JSValueToUInt64(env->ctx, V(value), NULL);
  *lossless = JSValueCompareUInt64(env->ctx, V(value), *result, NULL) == kJSRelationConditionEqual;
  return NAPI_OK(env);
}

/* Words cross as hex text: lib/internal/napi.js parses and prints BigInts. */
napi_status napi_create_bigint_words(napi_env env, int sign_bit, size_t word_count,
                                     const uint64_t* words, napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  if (word_count > 0) NAPI_CHECK_ARG(env, words);
  if (word_count > INT32_MAX) return eddy_napi_status(env, napi_invalid_arg);
  char* hex = eddy_malloc(word_count * 16 + 3);
  size_t n = 0;
  hex[n++] = '0';
  for (size_t i = word_count; i-- > 0;) {
    static const char digits[] = "0123456789abcdef";
    for (int b = 60; b >= 0; b -= 4) hex[n++] = digits[(words[i] >> b) & 15];
  }
  JSValueRef args[2] = {JSValueMakeBoolean(env->ctx, sign_bit != 0),
                        eddy_js_cstr(env->ctx, (hex[n] = 0, hex))};
  free(hex);
  JSValueRef r = eddy_napi_helper(env, EDDY_NAPI_H_bigintFromHex, 2, args);
  if (!r) return napi_pending_exception;
  *result = eddy_napi_track(env, r);
  return NAPI_OK(env);
}

napi_status napi_get_value_bigint_words(napi_env env, napi_value value, int* sign_bit,
                                        size_t* word_count, uint64_t* words) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, word_count);
  if (!JSValueIsBigInt(env->ctx, V(value))) return eddy_napi_status(env, napi_bigint_expected);
  JSValueRef arg = V(value);
  JSValueRef hexv = eddy_napi_helper(env, EDDY_NAPI_H_bigintHex, 1, &arg);
  if (!hexv) return napi_pending_exception;
  char* hex = eddy_js_to_utf8(env->ctx, hexv, NULL, NULL);
  const char* digits = hex;
  bool negative = *digits == '-';
  if (negative) digits++;
  size_t len = strlen(digits);
  size_t needed = (len + 15) / 16;
  if (needed == 0) needed = 1;
  if (words == NULL) {
    *word_count = needed;
  } else {
    NAPI_CHECK_ARG(env, sign_bit);
    size_t count = needed < *word_count ? needed : *word_count;
    for (size_t w = 0; w < count; w++) {
      uint64_t word = 0;
      size_t end = len - w * 16 > len ? 0 : len - w * 16; /* digits of word w end here */
      size_t start = end >= 16 ? end - 16 : 0;
      for (size_t i = start; i < end; i++) {
        char c = digits[i];
        word = word << 4 | (uint64_t)(c <= '9' ? c - '0' : c - 'a' + 10);
      }
      words[w] = word;
    }
    *sign_bit = negative;
    *word_count = count;
  }
  free(hex);
  return NAPI_OK(env);
}

/* Strings. */
static size_t auto_length(const char* s, size_t length) {
  return length == NAPI_AUTO_LENGTH ? strlen(s) : length;
}

napi_status napi_create_string_utf8(napi_env env, const char* str, size_t length,
                                    napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  if (str == NULL && length != 0) return eddy_napi_status(env, napi_invalid_arg);
  if (length != NAPI_AUTO_LENGTH && length > INT32_MAX)
    return eddy_napi_status(env, napi_invalid_arg);
  *result = eddy_napi_track(
      env, eddy_js_utf8(env->ctx, str ? str : "", str ? auto_length(str, length) : 0));
  return NAPI_OK(env);
}

napi_status napi_create_string_latin1(napi_env env, const char* str, size_t length,
                                      napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  if (str == NULL && length != 0) return eddy_napi_status(env, napi_invalid_arg);
  if (length != NAPI_AUTO_LENGTH && length > INT32_MAX)
    return eddy_napi_status(env, napi_invalid_arg);
  *result = eddy_napi_track(env, eddy_js_latin1(env->ctx, (const uint8_t*)(str ? str : ""),
                                                str ? auto_length(str, length) : 0));
  return NAPI_OK(env);
}

napi_status napi_create_string_utf16(napi_env env, const char16_t* str, size_t length,
                                     napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  if (str == NULL && length != 0) return eddy_napi_status(env, napi_invalid_arg);
  if (length == NAPI_AUTO_LENGTH) {
    length = 0;
    while (str && str[length]) length++;
  }
  if (length > INT32_MAX) return eddy_napi_status(env, napi_invalid_arg);
  JSStringRef s = JSStringCreateWithCharacters((const JSChar*)str, length);
  *result = eddy_napi_track(env, JSValueMakeString(env->ctx, s));
  JSStringRelease(s);
  return NAPI_OK(env);
}

/* External strings are always copied (the API allows it: *copied says so), and
 * as the API requires for a copy, the caller's memory is finalized before return. */
napi_status node_api_create_external_string_latin1(napi_env env, char* str, size_t length,
                                                   napi_finalize finalize_callback,
                                                   void* finalize_hint, napi_value* result,
                                                   bool* copied) {
  napi_status s = napi_create_string_latin1(env, str, length, result);
  if (s != napi_ok) return s;
  if (copied) *copied = true;
  if (finalize_callback) finalize_callback(env, str, finalize_hint);
  return NAPI_OK(env);
}

napi_status node_api_create_external_string_utf16(napi_env env, char16_t* str, size_t length,
                                                  napi_finalize finalize_callback,
                                                  void* finalize_hint, napi_value* result,
                                                  bool* copied) {
  napi_status s = napi_create_string_utf16(env, str, length, result);
  if (s != napi_ok) return s;
  if (copied) *copied = true;
  if (finalize_callback) finalize_callback(env, str, finalize_hint);
  return NAPI_OK(env);
}

napi_status node_api_create_property_key_latin1(napi_env env, const char* str, size_t length,
                                                napi_value* result) {
  return napi_create_string_latin1(env, str, length, result);
}
napi_status node_api_create_property_key_utf8(napi_env env, const char* str, size_t length,
                                              napi_value* result) {
  return napi_create_string_utf8(env, str, length, result);
}
napi_status node_api_create_property_key_utf16(napi_env env, const char16_t* str, size_t length,
                                               napi_value* result) {
  return napi_create_string_utf16(env, str, length, result);
}

/* get_value_string_*: with buf NULL, *result is the full length (bytes or units,
 * without the NUL); otherwise at most bufsize-1 units are copied (a UTF-8 character
 * is never split), a NUL follows, and *result is the count copied. */
static napi_status string_chars(napi_env env, napi_value value, JSStringRef* s) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  if (!JSValueIsString(env->ctx, V(value))) return eddy_napi_status(env, napi_string_expected);
  *s = JSValueToStringCopy(env->ctx, V(value), NULL);
  return napi_ok;
}

/* One encoding for get_value_string: the full length of n UTF-16 units in it, and
 * the copy of at most `room` units of it into buf, followed by a NUL; returns the
 * count copied. */
typedef struct string_encoding {
  size_t (*length)(const uint16_t* chars, size_t n);
  size_t (*copy)(const uint16_t* chars, size_t n, void* buf, size_t room);
} string_encoding;

static size_t utf8_length(const uint16_t* chars, size_t n) { return eddy_utf8_length(chars, n); }
static size_t utf8_copy(const uint16_t* chars, size_t n, void* buf, size_t room) {
  size_t read;
  size_t copied = eddy_utf8_encode(chars, n, buf, room, &read);
  ((char*)buf)[copied] = 0;
  return copied;
}

static size_t units_length(const uint16_t* chars, size_t n) { return (void)chars, n; }
static size_t latin1_copy(const uint16_t* chars, size_t n, void* buf, size_t room) {
  size_t copied = n < room ? n : room;
  for (size_t i = 0; i < copied; i++) ((char*)buf)[i] = (char)(chars[i] & 0xff);
  ((char*)buf)[copied] = 0;
  return copied;
}
static size_t utf16_copy(const uint16_t* chars, size_t n, void* buf, size_t room) {
  size_t copied = n < room ? n : room;
  memcpy(buf, chars, copied * sizeof(char16_t));
  ((char16_t*)buf)[copied] = 0;
  return copied;
}

static napi_status get_value_string(napi_env env, napi_value value, void* buf, size_t bufsize,
                                    size_t* result, const string_encoding* encoding) {
  JSStringRef s = NULL;
  napi_status st = string_chars(env, value, &s);
  if (st != napi_ok) return st;
  const uint16_t* chars = (const uint16_t*)JSStringGetCharactersPtr(s);
  size_t n = JSStringGetLength(s);
  if (buf == NULL) {
    if (result == NULL) {
      JSStringRelease(s);
      return eddy_napi_status(env, napi_invalid_arg);
    }
    *result = encoding->length(chars, n);
  } else if (bufsize != 0) {
    size_t copied = encoding->copy(chars, n, buf, bufsize - 1);
    if (result) *result = copied;
  } else if (result) {
    *result = 0;
  }
  JSStringRelease(s);
  return NAPI_OK(env);
}

napi_status napi_get_value_string_utf8(napi_env env, napi_value value, char* buf, size_t bufsize,
                                       size_t* result) {
  static const string_encoding utf8 = {utf8_length, utf8_copy};
  return get_value_string(env, value, buf, bufsize, result, &utf8);
}

napi_status napi_get_value_string_latin1(napi_env env, napi_value value, char* buf, size_t bufsize,
                                         size_t* result) {
  static const string_encoding latin1 = {units_length, latin1_copy};
  return get_value_string(env, value, buf, bufsize, result, &latin1);
}

napi_status napi_get_value_string_utf16(napi_env env, napi_value value, char16_t* buf,
                                        size_t bufsize, size_t* result) {
  static const string_encoding utf16 = {units_length, utf16_copy};
  return get_value_string(env, value, buf, bufsize, result, &utf16);
}

/* Symbols. */
napi_status napi_create_symbol(napi_env env, napi_value description, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  JSStringRef d = NULL;
  if (description) {
    if (!JSValueIsString(env->ctx, V(description)))
      return eddy_napi_status(env, napi_string_expected);
    d = JSValueToStringCopy(env->ctx, V(description), NULL);
  }
  *result = eddy_napi_track(env, JSValueMakeSymbol(env->ctx, d));
  if (d) JSStringRelease(d);
  return NAPI_OK(env);
}

napi_status node_api_symbol_for(napi_env env, const char* utf8description, size_t length,
                                napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, result);
  napi_value desc;
  napi_status s = napi_create_string_utf8(env, utf8description, length, &desc);
  if (s != napi_ok) return s;
  JSValueRef arg = V(desc);
  JSValueRef r = eddy_napi_helper(env, EDDY_NAPI_H_symbolFor, 1, &arg);
  if (!r) return napi_pending_exception;
  *result = eddy_napi_track(env, r);
  return NAPI_OK(env);
}

/* Comparison and coercion. */
napi_status napi_strict_equals(napi_env env, napi_value lhs, napi_value rhs, bool* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, lhs);
  NAPI_CHECK_ARG(env, rhs);
  NAPI_CHECK_ARG(env, result);
  *result = JSValueIsStrictEqual(env->ctx, V(lhs), V(rhs));
  return NAPI_OK(env);
}

napi_status napi_coerce_to_bool(napi_env env, napi_value value, napi_value* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  RESULT(env, JSValueMakeBoolean(env->ctx, JSValueToBoolean(env->ctx, V(value))));
}

napi_status napi_coerce_to_number(napi_env env, napi_value value, napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  JSValueRef exc = NULL;
  double d = JSValueToNumber(env->ctx, V(value), &exc);
  if (exc) return eddy_napi_exception(env, exc);
  *result = eddy_napi_track(env, JSValueMakeNumber(env->ctx, d));
  return NAPI_OK(env);
}

napi_status napi_coerce_to_string(napi_env env, napi_value value, napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  JSValueRef exc = NULL;
  JSStringRef s = JSValueToStringCopy(env->ctx, V(value), &exc);
  if (exc) return eddy_napi_exception(env, exc);
  *result = eddy_napi_track(env, JSValueMakeString(env->ctx, s));
  JSStringRelease(s);
  return NAPI_OK(env);
}

napi_status napi_coerce_to_object(napi_env env, napi_value value, napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  JSValueRef exc = NULL;
  JSObjectRef o = JSValueToObject(env->ctx, V(value), &exc);
  if (exc) return eddy_napi_exception(env, exc);
  *result = eddy_napi_track(env, o);
  return NAPI_OK(env);
}
