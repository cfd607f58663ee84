/* eddy's command line: node's flags, parsed the way node parses them, then one
 * runtime for the main thread. Options come from NODE_OPTIONS first, then argv. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <uv.h>

#include "runtime/engine.h"
#include "runtime/memory_trim.h"
#include "runtime/options.h"
#include "runtime/runtime.h"
#include "runtime/trace_agent.h"
#include "util/check.h"
#include "version.h"

static void print_help(void) {
  printf(
      "Usage: eddy [options] [ script.js ] [arguments]\n"
      "       eddy [options] -e \"script\" [arguments]\n"
      "\n"
      "eddy runs Node.js programs. Options:\n"
      "  -e, --eval script           evaluate script\n"
      "  -p, --print script          evaluate script and print the result\n"
      "  -r, --require module        preload a module (repeatable)\n"
      "  --import module             preload an ES module before the entry point (repeatable)\n"
      "  --input-type=module|commonjs  how to read -e and stdin source\n"
      "  -c, --check                 check the script's syntax without running it\n"
      "  -i, --interactive           the REPL, even when stdin is not a terminal\n"
      "  --run script [-- args]      run a script of the nearest package.json\n"
      "  --env-file=file             load environment variables from file\n"
      "  --unhandled-rejections=mode throw (default), strict, warn, none, warn-with-error-code\n"
      "  --stack-trace-limit=n       frames kept in error stacks\n"
      "  --expose-gc                 define globalThis.gc()\n"
      "  --no-warnings               silence process warnings\n"
      "  --no-deprecation            silence deprecation warnings\n"
      "  --throw-deprecation         throw on deprecations\n"
      "  --trace-warnings            print a stack with each warning\n"
      "  --trace-deprecation         print a stack with each deprecation\n"
      "  --abort-on-uncaught-exception  abort (core file) on an exception nothing takes\n"
      "  --redirect-warnings=file    append warnings to file instead of stderr\n"
      "  --disable-warning=code|type do not print these warnings (repeatable)\n"
      "  --test [files]              run tests with node:test (--test-reporter, --test-only,\n"
      "                              --test-name-pattern, --test-skip-pattern, --test-timeout)\n"
      "  -v, --version               print eddy's version\n"
      "  -h, --help                  print this help\n"
      "  -                           read the script from stdin\n"
      "  --                          end of options\n");
}

typedef struct arg_list {
  int count, cap;
  char** items;
} arg_list;

static void list_push(arg_list* l, char* s) {
  if (l->count == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 8;
    l->items = eddy_realloc(l->items, l->cap * sizeof(char*));
  }
  l->items[l->count++] = s;
}

static void push_const(const char*** arr, int* count, const char* s) {
  *arr = eddy_realloc((void*)*arr, (*count + 1) * sizeof(char*));
  (*arr)[(*count)++] = s;
}

/* One option, with --version and --help done here: an EDDY_OPT_* status. */
static int parse_one(eddy_options* o, eddy_option_reader* r, int n, char** args, int* i) {
  int status = eddy_options_parse_one(o, r, n, args, i);
  if (status == EDDY_OPT_VERSION)
    printf("v%s\n", EDDY_VERSION);
  else if (status == EDDY_OPT_HELP)
    print_help();
  else
    return status;
  r->exit_code = 0;
  return EDDY_OPT_EXIT_NOW;
}

/* As node does, the message names the program the way it was invoked (argv[0]). */
static int report(const char* program, int status, const char* arg) {
  if (status == EDDY_OPT_BAD)
    fprintf(stderr, "%s: bad option: %s\n", program, arg);
  else if (status == EDDY_OPT_MISSING_VALUE)
    fprintf(stderr, "%s: %s requires an argument\n", program, arg);
  else if (status == EDDY_OPT_BAD_NEGATION)
    fprintf(stderr, "%s: %.*s is an invalid negation because it is not a boolean option\n", program,
            (int)strcspn(arg, "="), arg);
  return 9;
}

/* The value of the last `NODE_OPTIONS=` line of dotenv text (NUL-terminated, "\r\n"
 * already "\n"), read as lib/internal/process/env_file.js reads every line:
 * `export ` allowed, quoted values (which may span lines; double quotes expand
 * "\n"), else cut at '#'. Appended to *out (malloc'd) when found. */
static void dotenv_node_options(const char* text, char** out) {
  const char* p = text;
  while (*p) {
    const char* end = strchr(p, '\n');
    if (!end) end = p + strlen(p);
    const char* line = p;
    p = *end ? end + 1 : end;
    while (line < end && (*line == ' ' || *line == '\t')) line++;
    if (line == end || *line == '#') continue;
    const char* eq = memchr(line, '=', (size_t)(end - line));
    if (!eq) continue;
    const char* key = line;
    if (!strncmp(key, "export ", 7)) key += 7;
    while (key < eq && (*key == ' ' || *key == '\t')) key++;
    const char* key_end = eq;
    while (key_end > key && (key_end[-1] == ' ' || key_end[-1] == '\t')) key_end--;
    if ((size_t)(key_end - key) != 12 || strncmp(key, "NODE_OPTIONS", 12)) continue;
    const char* value = eq + 1;
    while (value < end && (*value == ' ' || *value == '\t')) value++;
    const char* value_end = end;
    while (value_end > value && (value_end[-1] == ' ' || value_end[-1] == '\t')) value_end--;
    char q = *value;
    const char* close = q == '"' || q == '\'' || q == '`' ? strchr(value + 1, q) : NULL;
    free(*out);
    if (close) {
      /* A closed quote: its text, maybe over several lines; reading goes on after it. */
      *out = eddy_malloc((size_t)(close - value));
      size_t n = 0;
      for (const char* c = value + 1; c < close; c++) {
        if (q == '"' && c[0] == '\\' && c + 1 < close && c[1] == 'n')
          (*out)[n++] = '\n', c++;
        else
          (*out)[n++] = *c;
      }
      (*out)[n] = '\0';
      const char* after = strchr(close, '\n');
      p = after ? after + 1 : close + strlen(close);
      continue;
    }
    const char* hash = memchr(value, '#', (size_t)(value_end - value));
    if (hash) {
      value_end = hash;
      while (value_end > value && (value_end[-1] == ' ' || value_end[-1] == '\t')) value_end--;
    }
    *out = eddy_malloc((size_t)(value_end - value) + 1);
    memcpy(*out, value, (size_t)(value_end - value));
    (*out)[value_end - value] = '\0';
  }
}

/* Whether arg is --env-file or --env-file-if-exists (any '_' spelling), with its
 * value after '=' in *value when given so. */
static bool env_file_option(const char* arg, const char** value) {
  char name[32];
  size_t len = strcspn(arg, "=");
  if (len >= sizeof(name)) return false;
  for (size_t k = 0; k < len; k++) name[k] = arg[k] == '_' && k >= 2 ? '-' : arg[k];
  name[len] = '\0';
  *value = arg[len] == '=' ? arg + len + 1 : NULL;
  return !strcmp(name, "--env-file") || !strcmp(name, "--env-file-if-exists");
}

/* The NODE_OPTIONS the --env-file files of argv set (the last file's that does),
 * which node applies when the environment has none: malloc'd, or NULL. The files'
 * other variables, and a missing file's error, come later (lib/internal/main). */
static char* env_files_node_options(int argc, char** argv) {
  char* found = NULL;
  for (int i = 1; i < argc; i++) {
    const char* arg = argv[i];
    if (arg[0] != '-' || !strcmp(arg, "-") || !strcmp(arg, "--")) break;
    const char* path;
    bool is_env_file = env_file_option(arg, &path);
    int skip = eddy_options_value_words(argc, argv, i);
    if (is_env_file && !path && skip) path = argv[i + 1];
    i += skip;
    if (!is_env_file || !path) continue;
    FILE* f = fopen(path, "rb");
    if (!f) continue;
    size_t cap = 4096, n = 0;
    char* text = eddy_malloc(cap);
    for (size_t got; (got = fread(text + n, 1, cap - n - 1, f)) > 0;) {
      n += got;
      if (cap - n - 1 == 0) text = eddy_realloc(text, cap *= 2);
    }
    fclose(f);
    /* "\r\n" and a lone "\r" end lines as "\n" does. */
    size_t w = 0;
    for (size_t k = 0; k < n; k++) {
      if (text[k] == '\r') {
        text[w++] = '\n';
        if (k + 1 < n && text[k + 1] == '\n') k++;
      } else {
        text[w++] = text[k];
      }
    }
    text[w] = '\0';
    dotenv_node_options(text, &found);
    free(text);
  }
  return found;
}

/* Node starts every program from the same signal state whatever its parent left:
 * all dispositions default except SIGPIPE and SIGXFSZ (ignored: writes report EPIPE
 * and EFBIG instead), nothing blocked. A shell's background job, for one, inherits
 * SIGINT ignored, and `kill -INT` must still end it. */
static void reset_signals(void) {
  for (int sig = 1; sig < NSIG; sig++) {
    if (sig == SIGKILL || sig == SIGSTOP) continue;
    struct sigaction act = {0};
    act.sa_handler = sig == SIGPIPE || sig == SIGXFSZ ? SIG_IGN : SIG_DFL;
    sigaction(sig, &act, NULL); /* fails harmlessly for the C library's own signals */
  }
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, NULL);
}

/* A closed stdin, stdout or stderr becomes /dev/null, as in node: otherwise the
 * first descriptors the runtime opens (the loop's epoll, a pipe) would take those
 * numbers, and writing to "stdout" or probing it would reach them. */
static void stdio_reopen_closed(void) {
  for (int fd = 0; fd <= 2; fd++) {
    if (fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
    int nul = open("/dev/null", O_RDWR);
    if (nul >= 0 && nul != fd) {
      dup2(nul, fd);
      close(nul);
    }
  }
}

/* --secure-heap and --secure-heap-min must be powers of 2 (0: unset): node names
 * each that is not, then exits with 9. */
static bool power_of_two(long long v) { return v > 0 && (v & (v - 1)) == 0; }

static bool secure_heap_valid(const char* program, const eddy_options* o) {
  bool ok = true;
  if (o->secure_heap != 0 && !power_of_two(o->secure_heap)) {
    fprintf(stderr, "%s: --secure-heap must be a power of 2\n", program);
    ok = false;
  }
  if (o->secure_heap_min != 0 && !power_of_two(o->secure_heap_min)) {
    fprintf(stderr, "%s: --secure-heap-min must be a power of 2\n", program);
    ok = false;
  }
  return ok;
}

int main(int argc, char** argv) {
  stdio_reopen_closed();
  /* libuv keeps the process title in argv's memory (process.title): from here on
   * only its copy of the arguments is used. */
  argv = uv_setup_args(argc, argv);
  reset_signals();
  eddy_options o = {0};
  o.stack_trace_limit = -1;
  const char* pending = getenv("NODE_PENDING_DEPRECATION");
  o.pending_deprecation = pending && !strcmp(pending, "1");
  const char* preserve = getenv("NODE_PRESERVE_SYMLINKS");
  if (preserve && !strcmp(preserve, "1"))
    push_const(&o.lib_flags, &o.lib_flag_count, "--preserve-symlinks");
  int exit_code = 0;
  eddy_option_reader reader = {0};

  /* NODE_OPTIONS from the environment, else from an --env-file, as in node. */
  const char* node_options = getenv("NODE_OPTIONS");
  if (!node_options) node_options = env_files_node_options(argc, argv);
  int env_count;
  char** from_env = eddy_options_split(node_options, &env_count);
  reader.node_options = true;
  for (int i = 0; i < env_count; i++) {
    int start = i;
    int status = parse_one(&o, &reader, env_count, from_env, &i);
    if (status == EDDY_OPT_EXIT_NOW) return reader.exit_code;
    if (status == EDDY_OPT_BAD_NEGATION) return report(argv[0], status, from_env[start]);
    if (status != EDDY_OPT_PARSED) {
      /* (Named as node names it: a valued option up to its '='.) */
      const char* eq = strchr(from_env[i], '=');
      int shown = eq ? (int)(eq - from_env[i] + 1) : (int)strlen(from_env[i]);
      fprintf(stderr, "%s: %.*s is not allowed in NODE_OPTIONS\n", argv[0], shown, from_env[i]);
      return 9;
    }
  }

  reader.node_options = false;
  arg_list exec_argv = {0}, process_argv = {0};
  list_push(&process_argv, argv[0]);
  int i = 1;
  for (; i < argc; i++) {
    if (strcmp(argv[i], "--") == 0) {
      i++; /* ends the options; node leaves it out of process.execArgv */
      o.run_args = true;
      break;
    }
    int start = i;
    int status = parse_one(&o, &reader, argc, argv, &i);
    if (status == EDDY_OPT_EXIT_NOW) return reader.exit_code;
    if (status == EDDY_OPT_NOT_AN_OPTION) break;
    if (status != EDDY_OPT_PARSED) return report(argv[0], status, argv[start]);
    for (int k = start; k <= i; k++) list_push(&exec_argv, argv[k]);
  }
  if (!secure_heap_valid(argv[0], &o)) return 9;
  if (o.check && o.eval_source) {
    fprintf(stderr, "%s: either --check or --eval can be used, not both\n", argv[0]);
    return 9;
  }
  if (o.watch && o.eval_source) {
    fprintf(stderr, "%s: either --watch or --eval can be used, not both\n", argv[0]);
    return 9;
  }
  /* A lone "-" reads the script from stdin; like node it stays in process.argv. */
  if (i < argc && strcmp(argv[i], "-") == 0 && !o.eval_source) o.force_stdin = true;
  for (; i < argc; i++) list_push(&process_argv, argv[i]);
  o.argc = process_argv.count;
  o.argv = process_argv.items;
  o.exec_argc = exec_argv.count;
  o.exec_argv = exec_argv.items;

  eddy_trace_configure(o.trace_event_categories, o.trace_events_enabled,
                       o.trace_event_file_pattern);
  if (eddy_trace_group_enabled("node,node.bootstrap")) {
    eddy_trace_event e = {
        .ph = 'I', .group = "node,node.bootstrap", .name = "nodeStart", .ts_us = eddy_trace_now()};
    eddy_trace_add(&e);
  }
  eddy_engine_configure(&o);
  eddy_runtime rt;
  CHECK_EQ(eddy_runtime_init(&rt, &o), 0);
  eddy_memory_trim_start(&rt.loop);
  eddy_engine_adopt_main_thread();
  exit_code = eddy_runtime_run(&rt);
  eddy_runtime_exit(&rt, exit_code);
}
