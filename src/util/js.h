/* Small helpers over the JavaScriptCore C API: making and reading strings and
 * properties, and defining native functions. No JS policy lives here. */
#ifndef EDDY_UTIL_JS_H
#define EDDY_UTIL_JS_H

#include <JavaScriptCore/JavaScript.h>
#include <stddef.h>
#include <stdint.h>

/* The signature of every native function exposed to JS. */
#define EDDY_JS_FN(name)                                                                 \
  JSValueRef name(JSContextRef ctx, JSObjectRef function, JSObjectRef self, size_t argc, \
                  const JSValueRef argv[], JSValueRef* exception)

/* Strings in: UTF-8 (WHATWG-decoded), Latin-1 bytes, or a C literal. */
JSValueRef eddy_js_utf8(JSContextRef ctx, const char* s, size_t len);
JSValueRef eddy_js_cstr(JSContextRef ctx, const char* s);
JSValueRef eddy_js_latin1(JSContextRef ctx, const uint8_t* s, size_t len);

/* Strings out: a malloc'd NUL-terminated UTF-8 copy (lone surrogates become U+FFFD).
 * Returns NULL only when the value cannot be converted (an exception is set). */
char* eddy_js_to_utf8(JSContextRef ctx, JSValueRef v, size_t* len, JSValueRef* exception);

JSValueRef eddy_js_get(JSContextRef ctx, JSObjectRef obj, const char* name);
void eddy_js_set(JSContextRef ctx, JSObjectRef obj, const char* name, JSValueRef v);
void eddy_js_set_number(JSContextRef ctx, JSObjectRef obj, const char* name, double v);
void eddy_js_set_cstr(JSContextRef ctx, JSObjectRef obj, const char* name, const char* s);
void eddy_js_set_fn(JSContextRef ctx, JSObjectRef obj, const char* name,
                    JSObjectCallAsFunctionCallback fn);

/* The argument at i, or undefined past the end. */
static inline JSValueRef eddy_js_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                                     size_t i) {
  return i < argc ? argv[i] : JSValueMakeUndefined(ctx);
}

/* Number arguments, trusting the lib/ caller to have validated them. */
double eddy_js_arg_num(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i);
int64_t eddy_js_arg_int(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i);

/* Bytes of a TypedArray/DataView/ArrayBuffer argument, or NULL when it is none. */
uint8_t* eddy_js_bytes(JSContextRef ctx, JSValueRef v, size_t* len);

/* Arrays built element by element. Store each new value straight into the array:
 * JSC's collector scans the C stack but not malloc'd memory, so values parked in a
 * malloc'd JSValueRef[] before JSObjectMakeArray may be collected first. While an
 * exception is pending (a worker being terminated: any engine call may then fail)
 * the engine makes no array; these return a plain object then, never NULL, and the
 * setters (here and eddy_js_set) ignore a NULL object or value. */
JSObjectRef eddy_js_array_new(JSContextRef ctx);
JSObjectRef eddy_js_array_of(JSContextRef ctx, size_t n, const JSValueRef items[]);
/* array.length as a count: 0 when it is no length (or reading it failed because an
 * exception is pending). eddy_js_count converts a value read already (NULL: 0). */
size_t eddy_js_length(JSContextRef ctx, JSObjectRef array);
size_t eddy_js_count(JSContextRef ctx, JSValueRef v);
void eddy_js_array_set(JSContextRef ctx, JSObjectRef array, size_t index, JSValueRef value);

/* Publishes a lazily made JSClass into *slot. Worker threads can race to make the
 * same class: the first one stored wins and the loser's copy is released. */
void eddy_js_class_publish(_Atomic(JSClassRef)* slot, JSClassRef made);

/* A malloc'd UTF-8 copy of string property `name` of o, or NULL when it is no string. */
char* eddy_js_string_prop(JSContextRef ctx, JSObjectRef o, const char* name);
/* A NULL-terminated malloc'd array of UTF-8 copies of array property `name`, or NULL
 * when it is no array. Free with eddy_free_strings. */
char** eddy_js_string_array_prop(JSContextRef ctx, JSObjectRef o, const char* name);
void eddy_free_strings(char** strings);

/* The value of a script given as C source, or NULL when it throws: for the probes
 * that check the engine's layout against values JS made. */
JSValueRef eddy_js_eval(JSContextRef ctx, const char* source);

/* The deallocator of an ArrayBuffer made over malloc'd bytes
 * (JSObjectMakeArrayBufferWithBytesNoCopy): frees them when it is collected. */
void eddy_js_free_bytes(void* bytes, void* context);

/* A plain Error with a message, to throw through *exception. */
JSValueRef eddy_js_error(JSContextRef ctx, const char* message);
/* The same as a TypeError. */
JSValueRef eddy_js_type_error(JSContextRef ctx, const char* message);

/* The private data of v when it is an object of cls; otherwise NULL, with a TypeError
 * ("Illegal invocation", V8's words for a receiver of the wrong kind) in *exception.
 * For handles that lib/ methods pass on from `this`, which user code can call on
 * any object (X509Certificate.prototype.subject, Hash.prototype.update.call({})). */
void* eddy_js_private_of_class(JSContextRef ctx, JSValueRef v, JSClassRef cls,
                               JSValueRef* exception);

#endif
