/* Returning memory that malloc holds free to the system (see memory_trim.c). */
#ifndef EDDY_RUNTIME_MEMORY_TRIM_H
#define EDDY_RUNTIME_MEMORY_TRIM_H

#include <uv.h>

/* On the main thread's loop, once: malloc's arenas are the process's. */
void eddy_memory_trim_start(uv_loop_t* loop);

#endif
