/* Shared between the two files of internalBinding('contextify'): contextify.c (vm
 * contexts, running scripts) and contextify_interrupt.c (timeout, breakOnSigint);
 * builtins.c compiles user code through eddy_contextify_user_source too. */
#ifndef EDDY_BINDING_CONTEXTIFY_H
#define EDDY_BINDING_CONTEXTIFY_H

#include <JavaScriptCore/JavaScript.h>

#include "../runtime/runtime.h"

/* source after the user code rewrites (esm/user_source.h): source itself when
 * nothing changes, else a new string (source is released). */
JSStringRef eddy_contextify_user_source(JSStringRef source);

struct eddy_interrupt;

/* The interrupt state of rt's contextify binding. */
struct eddy_interrupt* eddy__contextify_interrupt(eddy_runtime* rt);

struct eddy_interrupt* eddy__interrupt_new(void);
void eddy__interrupt_free(struct eddy_interrupt* s);
void eddy__interrupt_add_functions(JSContextRef ctx, JSObjectRef binding);

#endif
