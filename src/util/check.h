/* Assertions for states that cannot happen, and allocation that cannot fail.
 * A failed CHECK is a bug in eddy: it prints file and line and aborts, rather than
 * limping on in a state nobody designed for. */
#ifndef EDDY_UTIL_CHECK_H
#define EDDY_UTIL_CHECK_H

#include <stddef.h>

#define CHECK(expr)                                             \
  do {                                                          \
    if (!(expr)) eddy__check_failed(__FILE__, __LINE__, #expr); \
  } while (0)

#define CHECK_EQ(a, b) CHECK((a) == (b))

_Noreturn void eddy__check_failed(const char* file, int line, const char* expr);

/* malloc/calloc/realloc/strdup that abort on out-of-memory. */
void* eddy_malloc(size_t size);
void* eddy_calloc(size_t count, size_t size);
void* eddy_realloc(void* ptr, size_t size);
char* eddy_strdup(const char* s);
char* eddy_strndup(const char* s, size_t n);

#endif
