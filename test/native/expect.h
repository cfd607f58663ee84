/* The C unit tests' soft check: a failed EXPECT prints where and why (printf-style
 * message) and counts in `failures`; the test goes on and main() returns non-zero
 * at the end when any failed. */
#ifndef EDDY_TEST_NATIVE_EXPECT_H
#define EDDY_TEST_NATIVE_EXPECT_H

#include <stdio.h>

static int failures;

#define EXPECT(cond, ...)                                  \
  do {                                                     \
    if (!(cond)) {                                         \
      failures++;                                          \
      fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__); \
      fprintf(stderr, __VA_ARGS__);                        \
      fprintf(stderr, "\n");                               \
    }                                                      \
  } while (0)

#endif
