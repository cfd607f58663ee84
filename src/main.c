/* eddy's command line: node's flags, parsed the way node parses them, then one
 * runtime for the main thread. Options come from NODE_OPTIONS first, then argv. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <uv.h>

#include "runtime/engine.h"
#include "runtime/runtime.h"
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

enum { PARSED = 0, NOT_AN_OPTION = 1, BAD_OPTION = 2, MISSING_VALUE = 3, EXIT_NOW = 4 };

/* Options that take a value: given as --name=value or --name value. */
static const char* const valued[] = {"-e", "--eval", "-p", "--print", "-pe", "-r", "--require", "--import", "--run",
                                     "--input-type", "--env-file", "--env-file-if-exists",
                                     "--unhandled-rejections", "--stack-trace-limit",
                                     "--max-old-space-size", "--title", "--test-reporter",
                                     "--test-reporter-destination", "--test-name-pattern",
                                     "--test-skip-pattern", "--test-concurrency",
                                     "--test-timeout", "--test-isolation", "--experimental-test-isolation",
                                     "--test-global-setup", "--test-rerun-failures", "--test-shard",
                                     "--test-coverage-include", "--test-coverage-exclude",
                                     "--test-coverage-branches", "--test-coverage-functions",
                                     "--test-coverage-lines",
                                     "--redirect-warnings",
                                     "--disable-warning", "--tls-keylog", "--tls-cipher-list",
                                     "--stack-size", "--max-http-header-size",
                                     "--network-family-autoselection-attempt-timeout", "--conditions",
                                     "-C", "--experimental-loader", "--loader", "--trace-require-module",
                                     NULL};

/* Boolean flags only lib/ reads (lib/internal/options.js): handed to it as given. */
static const char* const lib_flags[] = {
    "--preserve-symlinks", "--preserve-symlinks-main", "--experimental-require-module",
    "--no-experimental-require-module", "--experimental-detect-module",
    "--no-experimental-detect-module", "--experimental-import-meta-resolve",
    "--experimental-print-required-tla", "--enable-source-maps", "--insecure-http-parser",
    "--network-family-autoselection", "--no-network-family-autoselection", "--entry-url",
    "--no-addons", "--abort-on-uncaught-exception", "--async-context-frame",
    "--no-async-context-frame", NULL};

static int takes_value(const char* name) {
  for (int i = 0; valued[i]; i++)
    if (strcmp(name, valued[i]) == 0) return 1;
  return 0;
}

/* Applies one option; `value` is its value for valued options. */
static bool tls_min_13, tls_max_12; /* the TLS version flags node refuses together */

/* Whether value is one of the NULL-terminated choices. */
static bool one_of(const char* value, const char* const* choices) {
  for (; *choices; choices++)
    if (!strcmp(value, *choices)) return true;
  return false;
}

/* A flag whose value node refuses: its message, and exit code 9. */
static int invalid_value(const char* name, int* exit_code) {
  fprintf(stderr, "eddy: invalid value for %s\n", name);
  *exit_code = 9;
  return EXIT_NOW;
}

static const char* const kRejectionModes[] = {"throw", "strict", "warn", "none", "warn-with-error-code", NULL};
static const char* const kTraceRequireModes[] = {"all", "no-node-modules", NULL};

static int apply_option(eddy_options* o, const char* name, const char* value, int* exit_code) {
  if (!strcmp(name, "-e") || !strcmp(name, "--eval")) {
    o->eval_source = value;
  } else if (!strcmp(name, "-p") || !strcmp(name, "--print") || !strcmp(name, "-pe")) {
    o->eval_source = value;
    o->print_eval = true;
  } else if (!strcmp(name, "-r") || !strcmp(name, "--require")) {
    push_const(&o->requires, &o->require_count, value);
  } else if (!strcmp(name, "--import")) {
    push_const(&o->imports, &o->import_count, value);
  } else if (!strcmp(name, "--trace-require-module") && !one_of(value, kTraceRequireModes)) {
    return invalid_value(name, exit_code);
  } else if (!strcmp(name, "--conditions") || !strcmp(name, "-C") ||
             !strcmp(name, "--experimental-loader") || !strcmp(name, "--loader") ||
             !strcmp(name, "--trace-require-module")) {
    /* Valued flags only lib/ reads: handed over as "--name=value" (-C as --conditions,
       --loader as --experimental-loader). */
    const char* canon = !strcmp(name, "-C") ? "--conditions"
                        : !strcmp(name, "--loader") ? "--experimental-loader" : name;
    char* flag = eddy_malloc(strlen(canon) + strlen(value) + 2);
    sprintf(flag, "%s=%s", canon, value);
    push_const(&o->lib_flags, &o->lib_flag_count, flag);
  } else if (!strcmp(name, "--input-type")) {
    o->input_type = value;
  } else if (!strcmp(name, "--env-file") || !strcmp(name, "--env-file-if-exists")) {
    push_const(&o->env_files, &o->env_file_count, value);
  } else if (!strcmp(name, "--unhandled-rejections")) {
    if (!one_of(value, kRejectionModes)) return invalid_value(name, exit_code);
    o->unhandled_rejections = value;
  } else if (!strcmp(name, "--stack-trace-limit")) {
    o->stack_trace_limit = atoi(value);
  } else if (!strcmp(name, "--max-old-space-size")) {
    o->max_old_space_mb = atoi(value);
  } else if (!strcmp(name, "--disable-warning")) {
    push_const(&o->disable_warnings, &o->disable_warning_count, value);
  } else if (!strcmp(name, "--redirect-warnings")) {
    o->redirect_warnings = value;
  } else if (!strcmp(name, "--title")) {
    o->title = value;
  } else if (!strcmp(name, "--expose-gc") || !strcmp(name, "--expose_gc")) {
    o->expose_gc = true;
  } else if (!strcmp(name, "--no-warnings")) {
    o->no_warnings = true;
  } else if (!strcmp(name, "--no-deprecation")) {
    o->no_deprecation = true;
  } else if (!strcmp(name, "--throw-deprecation")) {
    o->throw_deprecation = true;
  } else if (!strcmp(name, "--trace-warnings")) {
    o->trace_warnings = true;
  } else if (!strcmp(name, "--trace-deprecation")) {
    o->trace_deprecation = true;
  } else if (!strcmp(name, "--test")) {
    o->test = true;
  } else if (!strcmp(name, "-c") || !strcmp(name, "--check")) {
    o->check = true;
  } else if (!strcmp(name, "-i") || !strcmp(name, "--interactive")) {
    o->interactive = true;
  } else if (!strcmp(name, "--run")) {
    o->run_script = value;
  } else if (!strncmp(name, "--test-", 7) || !strcmp(name, "--experimental-test-isolation")) {
    /* --test-reporter, --test-only, ...: node:test reads them from process.execArgv. */
  } else if (!strcmp(name, "--experimental-test-coverage")) {
    /* node:test reads it from process.execArgv: without an inspector there is no
       coverage, and lib/ warns as node built without one does. */
  } else if (!strcmp(name, "--pending-deprecation")) {
    o->pending_deprecation = true;
  } else if (!strcmp(name, "--tls-min-v1.0") || !strcmp(name, "--tls-min-v1.1") ||
             !strcmp(name, "--tls-min-v1.2") || !strcmp(name, "--tls-min-v1.3") ||
             !strcmp(name, "--tls-max-v1.2") || !strcmp(name, "--tls-max-v1.3") ||
             !strcmp(name, "--tls-keylog") || !strcmp(name, "--tls-cipher-list") ||
             !strcmp(name, "--use-system-ca") || !strcmp(name, "--no-use-system-ca") ||
             !strcmp(name, "--use-bundled-ca") || !strcmp(name, "--use-openssl-ca") ||
             !strcmp(name, "--no-use-bundled-ca") || !strcmp(name, "--no-use-openssl-ca") ||
             !strcmp(name, "--max-http-header-size") ||
             !strcmp(name, "--network-family-autoselection-attempt-timeout")) {
    /* lib/tls.js, lib/_tls_common.js, lib/_http_server.js and lib/net.js read these from
     * process.execArgv and NODE_OPTIONS; only the one contradiction node rejects is
     * checked here. */
    if (!strcmp(name, "--tls-min-v1.3")) tls_min_13 = true;
    if (!strcmp(name, "--tls-max-v1.2")) tls_max_12 = true;
    if (tls_min_13 && tls_max_12) {
      fprintf(stderr, "eddy: either --tls-min-v1.3 or --tls-max-v1.2 can be used, not both\n");
      *exit_code = 9;
      return EXIT_NOW;
    }
  } else if (!strcmp(name, "--trace-uncaught") ||
             !strcmp(name, "--experimental-eventsource") ||
             !strcmp(name, "--experimental-vm-modules") ||
             !strcmp(name, "--experimental-wasm-modules") || /* on by default in node 24 */
             !strcmp(name, "--stack-size") || /* V8's; JSC sizes its own stack */
             !strncmp(name, "--harmony", 9) || !strcmp(name, "--js-source-phase-imports")) {
    /* Accepted for compatibility; eddy's behaviour does not depend on them yet. */
  } else if (!strcmp(name, "-v") || !strcmp(name, "--version")) {
    printf("v%s\n", EDDY_VERSION);
    *exit_code = 0;
    return EXIT_NOW;
  } else if (!strcmp(name, "-h") || !strcmp(name, "--help")) {
    print_help();
    *exit_code = 0;
    return EXIT_NOW;
  } else {
    for (int i = 0; lib_flags[i]; i++) {
      if (!strcmp(name, lib_flags[i])) {
        push_const(&o->lib_flags, &o->lib_flag_count, lib_flags[i]);
        return PARSED;
      }
    }
    return BAD_OPTION;
  }
  return PARSED;
}

/* Parses args[*i] (and maybe args[*i+1]) as an option. */
static int parse_one(eddy_options* o, int n, char** args, int* i, int* exit_code) {
  char* arg = args[*i];
  if (arg[0] != '-' || strcmp(arg, "-") == 0) return NOT_AN_OPTION;
  char name[128];
  const char* value = NULL;
  const char* eq = strncmp(arg, "--", 2) == 0 ? strchr(arg, '=') : NULL;
  size_t name_len = eq ? (size_t)(eq - arg) : strlen(arg);
  if (name_len >= sizeof(name)) return BAD_OPTION;
  memcpy(name, arg, name_len);
  name[name_len] = '\0';
  /* node spells options with '_' or '-' alike after the leading dashes. */
  for (char* c = name + 2; *c; c++)
    if (*c == '_') *c = '-';
  if (takes_value(name)) {
    if (eq) value = eq + 1;
    else if (*i + 1 < n) value = args[++*i];
    else return MISSING_VALUE;
  } else if (eq) {
    return BAD_OPTION;
  }
  return apply_option(o, name, value, exit_code);
}

/* Splits NODE_OPTIONS on spaces, honouring double quotes and backslash escapes. */
static arg_list split_node_options(const char* s) {
  arg_list l = {0};
  while (s && *s) {
    while (*s == ' ') s++;
    if (!*s) break;
    char* word = eddy_malloc(strlen(s) + 1);
    size_t w = 0;
    int quoted = 0;
    for (; *s && (quoted || *s != ' '); s++) {
      if (*s == '"') quoted = !quoted;
      else if (*s == '\\' && s[1]) word[w++] = *++s;
      else word[w++] = *s;
    }
    word[w] = '\0';
    list_push(&l, word);
  }
  return l;
}

/* As node does, the message names the program the way it was invoked (argv[0]). */
static int report(const char* program, int status, const char* arg) {
  if (status == BAD_OPTION) fprintf(stderr, "%s: bad option: %s\n", program, arg);
  else if (status == MISSING_VALUE) fprintf(stderr, "%s: %s requires an argument\n", program, arg);
  return 9;
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

int main(int argc, char** argv) {
  /* libuv keeps the process title in argv's memory (process.title): from here on
   * only its copy of the arguments is used. */
  argv = uv_setup_args(argc, argv);
  reset_signals();
  eddy_options o = {0};
  o.stack_trace_limit = -1;
  const char* pending = getenv("NODE_PENDING_DEPRECATION");
  o.pending_deprecation = pending && !strcmp(pending, "1");
  const char* preserve = getenv("NODE_PRESERVE_SYMLINKS");
  if (preserve && !strcmp(preserve, "1")) push_const(&o.lib_flags, &o.lib_flag_count, "--preserve-symlinks");
  int exit_code = 0;

  arg_list from_env = split_node_options(getenv("NODE_OPTIONS"));
  for (int i = 0; i < from_env.count; i++) {
    int status = parse_one(&o, from_env.count, from_env.items, &i, &exit_code);
    if (status == EXIT_NOW) return exit_code;
    if (status != PARSED) {
      fprintf(stderr, "%s: %s is not allowed in NODE_OPTIONS\n", "eddy", from_env.items[i]);
      return 9;
    }
  }

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
    int status = parse_one(&o, argc, argv, &i, &exit_code);
    if (status == EXIT_NOW) return exit_code;
    if (status == NOT_AN_OPTION) break;
    if (status != PARSED) return report(argv[0], status, argv[start]);
    for (int k = start; k <= i; k++) list_push(&exec_argv, argv[k]);
  }
  if (o.check && o.eval_source) {
    fprintf(stderr, "%s: either --check or --eval can be used, not both\n", argv[0]);
    return 9;
  }
  /* A lone "-" reads the script from stdin; like node it stays in process.argv. */
  if (i < argc && strcmp(argv[i], "-") == 0 && !o.eval_source) o.force_stdin = true;
  for (; i < argc; i++) list_push(&process_argv, argv[i]);
  o.argc = process_argv.count;
  o.argv = process_argv.items;
  o.exec_argc = exec_argv.count;
  o.exec_argv = exec_argv.items;

  eddy_engine_configure(&o);
  eddy_runtime rt;
  CHECK_EQ(eddy_runtime_init(&rt, &o), 0);
  eddy_engine_adopt_main_thread();
  exit_code = eddy_runtime_run(&rt);
  eddy_runtime_exit(&rt, exit_code);
}
