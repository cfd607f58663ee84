/* node's command-line options, read into an eddy_options: from the process's
 * NODE_OPTIONS and argv (src/main.c), and from a Worker's execArgv and the
 * NODE_OPTIONS of its env (src/binding/worker.c). */
#ifndef EDDY_RUNTIME_OPTIONS_H
#define EDDY_RUNTIME_OPTIONS_H

#include <stdbool.h>

#include "runtime.h"

enum {
  EDDY_OPT_PARSED = 0,
  EDDY_OPT_NOT_AN_OPTION = 1, /* args[*i] is no option (the script, say) */
  EDDY_OPT_BAD = 2,           /* unknown, or (for a worker) one node keeps per process */
  EDDY_OPT_MISSING_VALUE = 3,
  EDDY_OPT_EXIT_NOW = 4,      /* a refused value (printed): exit with exit_code */
  EDDY_OPT_INVALID_VALUE = 5, /* a worker's option with a value node refuses (nothing printed) */
  EDDY_OPT_VERSION = 6,       /* -v: print the version (the caller prints) */
  EDDY_OPT_HELP = 7,          /* -h */
};

typedef struct eddy_option_reader {
  /* A Worker's options: the ones node keeps per process or hands to V8 (--title,
   * --max-old-space-size, --expose-gc, ...) are refused, and nothing is printed. */
  bool worker;
  /* Receives each string the reader allocates (a "--name=value" it composes), so
   * a worker can free them with its options; NULL leaves them to the process. */
  void (*own)(void* data, char* s);
  void* own_data;
  int exit_code; /* with EDDY_OPT_EXIT_NOW */
} eddy_option_reader;

/* Reads args[*i] (and args[*i + 1] when it is the option's value, advancing *i)
 * into o. Valued options point into args, which must outlive o. */
int eddy_options_parse_one(eddy_options* o, eddy_option_reader* r, int n, char** args, int* i);

/* NODE_OPTIONS split into words as node splits it (at spaces outside double quotes;
 * a backslash in quotes escapes the next character, elsewhere it is itself): a
 * malloc'd array of *count malloc'd strings. */
char** eddy_options_split(const char* s, int* count);

#endif
