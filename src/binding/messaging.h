/* MessagePort ends that can cross threads (internalBinding('messaging')).
 *
 * A port's data (eddy_port) lives apart from the JS object that uses it, so it can
 * move to another thread inside a message (transfer) or be handed to a worker. The
 * two ends of a channel share one lock; each end has an incoming queue. A port is
 * "attached" while a runtime's JS object owns it: then a uv_async_t on that runtime's
 * loop is woken for each message. Messages sent to a detached port wait in its queue.
 *
 * A message is a serialized string (lib/internal/worker/serialize.js makes and reads
 * it) plus the out-of-band parts the string refers to by index: ArrayBuffer
 * contents (copied, or moved when transferred), shared memory blocks
 * (SharedArrayBuffer) and transferred ports. */
#ifndef EDDY_BINDING_MESSAGING_H
#define EDDY_BINDING_MESSAGING_H

#include <JavaScriptCore/JavaScript.h>

#include "../runtime/runtime.h"

typedef struct eddy_port eddy_port;

/* Makes the runtime's messaging state (its wake-up eventfd) if it does not exist
 * yet: 0, or a negative errno. Every wrap below needs it. */
int eddy_messaging_ready(eddy_runtime* rt);

/* Two entangled ports, each with one reference owned by the caller. */
void eddy_port_pair(eddy_port** a, eddy_port** b);
/* Drops a reference a caller owns (a port never attached to JS). */
void eddy_port_release(eddy_port* p);
/* Wraps a port in a new MessagePort handle object of the runtime (taking over the
 * caller's reference). The runtime's messaging state must exist. */
JSObjectRef eddy_port_wrap(eddy_runtime* rt, JSContextRef ctx, eddy_port* p);

#endif
