#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

_Noreturn void eddy__check_failed(const char* file, int line, const char* expr) {
  fprintf(stderr, "eddy: %s:%d: CHECK(%s) failed\n", file, line, expr);
  fflush(stderr);
  abort();
}

static void* out_of_memory(size_t size) {
  fprintf(stderr, "eddy: out of memory allocating %zu bytes\n", size);
  abort();
}

void* eddy_malloc(size_t size) {
  void* p = malloc(size ? size : 1);
  return p ? p : out_of_memory(size);
}

void* eddy_calloc(size_t count, size_t size) {
  void* p = calloc(count ? count : 1, size ? size : 1);
  return p ? p : out_of_memory(count * size);
}

void* eddy_realloc(void* ptr, size_t size) {
  void* p = realloc(ptr, size ? size : 1);
  return p ? p : out_of_memory(size);
}

char* eddy_strndup(const char* s, size_t n) {
  char* p = eddy_malloc(n + 1);
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

char* eddy_strdup(const char* s) { return eddy_strndup(s, strlen(s)); }
