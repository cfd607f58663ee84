/* The engine's VM lock, taken from C. A native function made through the public C
 * API runs with the VM's lock dropped (the API re-takes it in each call; see
 * js_native.h), and code running from the loop holds none, so C that calls JSC's
 * own functions, or makes several C API calls in a row, takes it around them. The
 * lock is recursive; releasing the outermost hold runs the engine's end-of-turn work
 * (on the main thread, the promise jobs). */
#ifndef EDDY_UTIL_JS_LOCK_H
#define EDDY_UTIL_JS_LOCK_H

#include <JavaScriptCore/JavaScript.h>
#include <string.h>

/* JSC::JSLockHolder(VM&) and ~JSLockHolder(), exported by the library but not in its
 * public headers. The holder is one pointer (a RefPtr<VM>); eddy_js_lock gives it
 * generous, aligned storage. */
void eddy_jsc_lock_holder_init(void* holder, void* vm) __asm__("_ZN3JSC12JSLockHolderC1ERNS_2VME");
void eddy_jsc_lock_holder_destroy(void* holder) __asm__("_ZN3JSC12JSLockHolderD1Ev");

typedef struct eddy_js_lock {
  _Alignas(16) unsigned char holder[64];
} eddy_js_lock;

/* Takes the lock of ctx's VM (a context group is its VM). */
static inline void eddy_js_lock_take(eddy_js_lock* lock, JSContextRef ctx) {
  memset(lock, 0, sizeof(*lock));
  eddy_jsc_lock_holder_init(lock->holder, (void*)JSContextGetGroup(ctx));
}

static inline void eddy_js_lock_release(eddy_js_lock* lock) {
  eddy_jsc_lock_holder_destroy(lock->holder);
}

#endif
