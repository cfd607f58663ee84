/* SharedArrayBuffers that stay shared when posted to another thread (see
 * shared_memory.c). */
#ifndef EDDY_BINDING_SHARED_MEMORY_H
#define EDDY_BINDING_SHARED_MEMORY_H

#include <JavaScriptCore/JavaScript.h>
#include <stdbool.h>
#include <stddef.h>

/* Whether this JSC build passed the check made on first use (in ctx). */
bool eddy_shared_memory_supported(JSContextRef ctx);
/* A token holding a reference to the memory of SharedArrayBuffer sab, or NULL. */
void* eddy_shared_memory_share(JSContextRef ctx, JSObjectRef sab);
/* A SharedArrayBuffer of ctx's runtime over a token's memory, byteLength bytes
 * long; takes the token. NULL when it cannot be made (the token is then gone). */
JSObjectRef eddy_shared_memory_adopt(JSContextRef ctx, void* token, size_t byte_length);
/* Drops a token that will not be adopted. */
void eddy_shared_memory_release(void* token, size_t byte_length);

#endif
