/* Strings across the engine boundary without the public API's copies.
 *
 * JavaScriptCore keeps a string as 8-bit Latin-1 when it can, but its C API only
 * speaks UTF-16: JSStringCreateWithCharacters copies the units into an
 * OpaqueJSString, JSValueMakeString copies them again, and JSStringGetCharactersPtr
 * widens an 8-bit string into a fresh 16-bit buffer. Every Buffer#toString,
 * Buffer.from(string), socket write of a string and header made from bytes paid
 * for those copies, and every string made that way took twice the memory (and GC
 * pressure) it needed. Measured on a 1 KB string: 0.96 us to make one, 0.73 us to
 * read one, against 0.08 us for the allocation and copy themselves.
 *
 * Here a string is made by filling a WTF::StringImpl of the right width in place
 * and wrapping it in a JSString, and read by looking at the StringImpl behind the
 * OpaqueJSString JSValueToStringCopy returns (no copy: it shares the JSString's).
 * That uses symbols libjavascriptcore exports but does not declare, resolved at run
 * time, and three field offsets checked against the public API on first use; if
 * any of it is missing or different, every call falls back to the public API, so
 * a different engine build is slower, never wrong. */
#ifndef EDDY_UTIL_JS_STRING_H
#define EDDY_UTIL_JS_STRING_H

#include <JavaScriptCore/JavaScript.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A string being made: eddy_string_begin8/16 hands out room for len characters,
 * the caller fills it, and eddy_string_finish turns the first n of them into a JS
 * string (n <= len; fewer when a decoder produced less than its bound). */
typedef struct {
  void* impl;     /* the engine's StringImpl being filled, or NULL */
  void* fallback; /* malloc'd characters when the engine's path is not there */
  size_t len;     /* characters asked for */
  bool wide;      /* 16-bit characters */
} eddy_string_builder;

/* Room for len Latin-1 (begin8) or UTF-16 (begin16) characters; NULL when the
 * memory is not there (nothing to release then). */
uint8_t* eddy_string_begin8(JSContextRef ctx, eddy_string_builder* b, size_t len);
uint16_t* eddy_string_begin16(JSContextRef ctx, eddy_string_builder* b, size_t len);
/* The JS string of the first n characters; releases the builder. */
JSValueRef eddy_string_finish(JSContextRef ctx, eddy_string_builder* b, size_t n);
/* Releases a builder without making a string (an error after begin). */
void eddy_string_abandon(eddy_string_builder* b);

/* The engine's own string inside s, for engine entry points that take one (a
 * `const WTF::String&`), or NULL when the engine's path is not there. Valid while s is. */
const void* eddy_string_engine_ref(JSContextRef ctx, JSStringRef s);

/* A JS string's characters, read in place: exactly one of latin1/utf16 is set
 * (both NULL when len is 0). Valid until eddy_string_view_close, while v is alive
 * and no JS runs (the characters may be borrowed from v's own string). */
typedef struct {
  JSStringRef ref;
  const uint8_t* latin1;
  const uint16_t* utf16;
  size_t len;
} eddy_string_view;

/* Converts v to a string as JS's String(v) does; false with *exception set when
 * that throws. */
bool eddy_string_view_open(JSContextRef ctx, JSValueRef v, eddy_string_view* view,
                           JSValueRef* exception);
void eddy_string_view_close(eddy_string_view* view);

/* The view's UTF-8 length, and its UTF-8 encoding into at most cap bytes (never
 * splitting a character; *read, when given, gets the characters consumed). Lone
 * surrogates encode as U+FFFD. */
size_t eddy_string_view_utf8_length(const eddy_string_view* view);
size_t eddy_string_view_utf8(const eddy_string_view* view, uint8_t* out, size_t cap, size_t* read);
/* Each character's low byte (node's latin1/binary/ascii writes), at most cap. */
size_t eddy_string_view_latin1(const eddy_string_view* view, uint8_t* out, size_t cap);

#endif
