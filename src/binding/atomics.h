/* The Atomics waiters' registry (src/binding/atomics.c) as other bindings see it. */
#ifndef EDDY_BINDING_ATOMICS_H
#define EDDY_BINDING_ATOMICS_H

/* Wakes every thread blocked in Atomics.wait whose worker has been asked to stop
 * (after its stop flag is set), so that terminate() reaches a worker that waits. */
void eddy_atomics_wake_stopping(void);

#endif
