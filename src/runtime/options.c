/* node's options (see options.h). One table of what takes a value, one function
 * that applies each option; the process and its workers read options alike. */
#include "options.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/check.h"

static void push_const(const char*** arr, int* count, const char* s) {
  *arr = eddy_realloc((void*)*arr, (*count + 1) * sizeof(char*));
  (*arr)[(*count)++] = s;
}

/* Options that take a value: given as --name=value or --name value. */
static const char* const valued[] = {"-e",
                                     "--openssl-config",
                                     "--secure-heap",
                                     "--secure-heap-min",
                                     "--disable-proto",
                                     "--use-largepages",
                                     "--eval",
                                     "-p",
                                     "--print",
                                     "-pe",
                                     "-r",
                                     "--require",
                                     "--import",
                                     "--run",
                                     "--input-type",
                                     "--env-file",
                                     "--env-file-if-exists",
                                     "--unhandled-rejections",
                                     "--stack-trace-limit",
                                     "--max-old-space-size",
                                     "--max-old-space-size-percentage",
                                     "--title",
                                     "--test-reporter",
                                     "--test-reporter-destination",
                                     "--test-name-pattern",
                                     "--test-skip-pattern",
                                     "--test-concurrency",
                                     "--test-timeout",
                                     "--test-isolation",
                                     "--experimental-test-isolation",
                                     "--test-global-setup",
                                     "--test-rerun-failures",
                                     "--test-shard",
                                     "--test-coverage-include",
                                     "--test-coverage-exclude",
                                     "--test-coverage-branches",
                                     "--test-coverage-functions",
                                     "--test-coverage-lines",
                                     "--redirect-warnings",
                                     "--disable-warning",
                                     "--tls-keylog",
                                     "--tls-cipher-list",
                                     "--stack-size",
                                     "--gc-interval",
                                     "--max-http-header-size",
                                     "--network-family-autoselection-attempt-timeout",
                                     "--conditions",
                                     "-C",
                                     "--experimental-loader",
                                     "--loader",
                                     "--trace-require-module",
                                     "--allow-fs-read",
                                     "--allow-fs-write",
                                     "--max-semi-space-size",
                                     "--v8-pool-size",
                                     "--trace-event-categories",
                                     "--trace-event-file-pattern",
                                     "--perf-basic-prof-path",
                                     "--watch-path",
                                     "--watch-kill-signal",
                                     "--security-revert",
                                     "--localstorage-file",
                                     NULL};

/* Boolean flags only lib/ reads (lib/internal/options.js): handed to it as given,
 * "--name" or "--no-name" (the last given wins there). */
static const char* const lib_flags[] = {
    "--preserve-symlinks", "--preserve-symlinks-main", "--experimental-require-module",
    "--experimental-detect-module", "--experimental-import-meta-resolve",
    "--experimental-print-required-tla", "--enable-source-maps", "--insecure-http-parser",
    "--network-family-autoselection", "--entry-url", "--addons", "--abort-on-uncaught-exception",
    "--async-context-frame", "--trace-exit", "--enable-sharedarraybuffer-per-context",
    "--zero-fill-buffers", "--use-strict", "--extra-info-on-fatal-exception",
    "--experimental-websocket", "--experimental-sqlite", "--experimental-webstorage",
    "--trace-sync-io", "--frozen-intrinsics",
    /* the permission model (lib/internal/process/permission.js) */
    "--permission", "--allow-addons", "--allow-child-process", "--allow-inspector", "--allow-wasi",
    "--allow-worker", NULL};

static int takes_value(const char* name) {
  for (int i = 0; valued[i]; i++)
    if (strcmp(name, valued[i]) == 0) return 1;
  return 0;
}

/* What node keeps per process or hands to V8, which a Worker's execArgv (or the
 * NODE_OPTIONS of its env) may not hold: node refuses them there with
 * ERR_WORKER_INVALID_EXEC_ARGV. */
static const char* const process_only_names[] = {"--title",
                                                 "--openssl-config",
                                                 "--openssl-shared-config",
                                                 "--secure-heap",
                                                 "--secure-heap-min",
                                                 "--use-largepages",
                                                 "--max-old-space-size",
                                                 "--max-old-space-size-percentage",
                                                 "--stack-size",
                                                 "--stack-trace-limit",
                                                 "--expose-gc",
                                                 "--expose_gc",
                                                 "--abort-on-uncaught-exception",
                                                 "-v",
                                                 "--version",
                                                 "-h",
                                                 "--help",
                                                 "--tls-cipher-list",
                                                 "--use-openssl-ca",
                                                 "--use-bundled-ca",
                                                 "--use-system-ca",
                                                 "--run",
                                                 "--js-source-phase-imports",
                                                 "--node-snapshot",
                                                 "--enable-sharedarraybuffer-per-context",
                                                 "--debug-arraybuffer-allocations",
                                                 NULL};

/* V8's options (in node) that a Worker's env NODE_OPTIONS may hold: node ignores
 * them there, as the V8 of the process is already set up. */
static const char* const v8_names[] = {"--max-old-space-size",
                                       "--max-semi-space-size",
                                       "--stack-size",
                                       "--stack-trace-limit",
                                       "--expose-gc",
                                       "--abort-on-uncaught-exception",
                                       "--jitless",
                                       "--interpreted-frames-native-stack",
                                       NULL};

static bool v8_option(const char* name) {
  if (!strncmp(name, "--harmony", 9) || !strncmp(name, "--perf-", 7)) return true;
  for (int i = 0; v8_names[i]; i++)
    if (!strcmp(name, v8_names[i])) return true;
  return false;
}

static bool process_only(const char* name) {
  if (!strncmp(name, "--harmony", 9)) return true;
  for (int i = 0; process_only_names[i]; i++)
    if (!strcmp(name, process_only_names[i])) return true;
  return false;
}

/* Applies one option; `value` is its value for valued options. */
static bool tls_min_13, tls_max_12; /* the TLS version flags node refuses together */
static bool openssl_ca, bundled_ca; /* the CA store flags node refuses together */

/* Whether value is one of the NULL-terminated choices. */
static bool one_of(const char* value, const char* const* choices) {
  for (; *choices; choices++)
    if (!strcmp(value, *choices)) return true;
  return false;
}

/* A flag whose value node refuses: its message, and exit code 9. */
static int invalid_value(const char* name, eddy_option_reader* r) {
  if (r->worker) return EDDY_OPT_INVALID_VALUE;
  fprintf(stderr, "eddy: invalid value for %s\n", name);
  r->exit_code = 9;
  return EDDY_OPT_EXIT_NOW;
}

/* --max-old-space-size-percentage: a number over 0 and up to 100, with node's messages
 * (named by the executable's path, as node names itself) for anything else. */
static int old_space_percentage(eddy_options* o, const char* value, eddy_option_reader* r) {
  char* end = NULL;
  double pct = *value ? strtod(value, &end) : 0;
  if (*value && *end == 0 && pct > 0 && pct <= 100) {
    o->max_old_space_percentage = pct;
    return EDDY_OPT_PARSED;
  }
  if (r->worker) return EDDY_OPT_INVALID_VALUE;
  char exe[4096];
  size_t size = sizeof(exe);
  if (uv_exepath(exe, &size) != 0) snprintf(exe, sizeof(exe), "eddy");
  if (!*value)
    fprintf(stderr, "%s: --max-old-space-size-percentage= requires an argument\n", exe);
  else
    fprintf(stderr,
            "%s: --max-old-space-size-percentage must be greater than 0 and up to 100. Got: %s\n",
            exe, value);
  r->exit_code = 9;
  return EDDY_OPT_EXIT_NOW;
}

static const char* const kRejectionModes[] = {
    "throw", "strict", "warn", "none", "warn-with-error-code", NULL};
static const char* const kTraceRequireModes[] = {"all", "no-node-modules", NULL};
static const char* const kLargePagesModes[] = {"off", "on", "silent", NULL};

/* Hands a flag only lib/ reads to it: a boolean as its name (or "--no-" and its
 * name when turned off), a valued one as "--name=value" (lib/internal/options.js). */
static void push_lib_flag(eddy_options* o, eddy_option_reader* r, const char* name,
                          const char* value) {
  if (value == NULL) {
    char* flag = eddy_malloc(strlen(name) + 1);
    strcpy(flag, name);
    if (r->own) r->own(r->own_data, flag);
    push_const(&o->lib_flags, &o->lib_flag_count, flag);
    return;
  }
  char* flag = eddy_malloc(strlen(name) + strlen(value) + 2);
  sprintf(flag, "%s=%s", name, value);
  if (r->own) r->own(r->own_data, flag);
  push_const(&o->lib_flags, &o->lib_flag_count, flag);
}

/* A boolean only lib/ reads, as given: "--name", or "--no-name" when off. */
static void push_lib_bool(eddy_options* o, eddy_option_reader* r, const char* name, bool on) {
  if (on) {
    push_lib_flag(o, r, name, NULL);
    return;
  }
  char negated[140];
  snprintf(negated, sizeof(negated), "--no-%s", name + 2);
  push_lib_flag(o, r, negated, NULL);
}

/* V8 flags programs are run with in deployments and node's own tests: its stack size
 * (JSC sizes its own), GC logging and scheduling (JSC's log is JSC_logGC=1), memory
 * and threading modes, the optimizing tier (--no-opt) and language staging. */
static bool v8_tuning_flag(const char* name) {
  static const char* const names[] = {"--stack-size",
                                      "--trace-gc",
                                      "--gc-interval",
                                      "--stress-compaction",
                                      "--optimize-for-size",
                                      "--predictable-gc-schedule",
                                      "--single-threaded",
                                      "--single-threaded-gc",
                                      "--opt",
                                      NULL};
  if (!strncmp(name, "--harmony", 9)) return true;
  for (int i = 0; names[i]; i++)
    if (!strcmp(name, names[i])) return true;
  return false;
}

/* Applies one option: `value` is a valued option's value; `on` is false for a
 * boolean given as --no-name. */
static int apply_option(eddy_options* o, const char* name, const char* value, bool on,
                        eddy_option_reader* r) {
  if (r->worker && r->node_options && v8_option(name)) return EDDY_OPT_PARSED;
  if (r->worker && process_only(name)) return EDDY_OPT_BAD;
  if (r->node_options && !strcmp(name, "--use-strict")) return EDDY_OPT_BAD;
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
    return invalid_value(name, r);
  } else if (!strcmp(name, "--conditions") || !strcmp(name, "-C") ||
             !strcmp(name, "--experimental-loader") || !strcmp(name, "--loader") ||
             !strcmp(name, "--trace-require-module") || !strcmp(name, "--allow-fs-read") ||
             !strcmp(name, "--allow-fs-write") || !strcmp(name, "--localstorage-file")) {
    /* Valued flags only lib/ reads: handed over as "--name=value" (-C as --conditions,
       --loader as --experimental-loader). */
    const char* canon = !strcmp(name, "-C")         ? "--conditions"
                        : !strcmp(name, "--loader") ? "--experimental-loader"
                                                    : name;
    push_lib_flag(o, r, canon, value);
  } else if (!strcmp(name, "--input-type")) {
    o->input_type = value;
  } else if (!strcmp(name, "--env-file") || !strcmp(name, "--env-file-if-exists")) {
    push_const(&o->env_files, &o->env_file_count, value);
  } else if (!strcmp(name, "--unhandled-rejections")) {
    if (!one_of(value, kRejectionModes)) return invalid_value(name, r);
    o->unhandled_rejections = value;
  } else if (!strcmp(name, "--stack-trace-limit")) {
    o->stack_trace_limit = atoi(value);
  } else if (!strcmp(name, "--max-old-space-size")) {
    o->max_old_space_mb = atoi(value);
  } else if (!strcmp(name, "--max-old-space-size-percentage")) {
    return old_space_percentage(o, value, r);
  } else if (!strcmp(name, "--disable-warning")) {
    push_const(&o->disable_warnings, &o->disable_warning_count, value);
  } else if (!strcmp(name, "--redirect-warnings")) {
    o->redirect_warnings = value;
  } else if (!strcmp(name, "--title")) {
    o->title = value;
  } else if (!strcmp(name, "--trace-event-categories")) {
    o->trace_event_categories = value;
  } else if (!strcmp(name, "--trace-event-file-pattern")) {
    o->trace_event_file_pattern = value;
  } else if (!strcmp(name, "--trace-events-enabled")) {
    o->trace_events_enabled = on;
  } else if (!strcmp(name, "--expose-gc")) {
    o->expose_gc = on;
  } else if (!strcmp(name, "--openssl-config")) {
    o->openssl_config = value;
  } else if (!strcmp(name, "--openssl-shared-config")) {
    o->openssl_shared_config = on;
  } else if (!strcmp(name, "--secure-heap")) {
    o->secure_heap = strtoll(value, NULL, 10); /* checked once all are read (main.c) */
  } else if (!strcmp(name, "--secure-heap-min")) {
    o->secure_heap_min = strtoll(value, NULL, 10);
  } else if (!strcmp(name, "--use-largepages")) {
    /* Node remaps its code to huge pages; eddy's code is the engine's shared library,
     * which it leaves as the loader mapped it: the modes are checked, none acts. */
    if (!one_of(value, kLargePagesModes)) return invalid_value(name, r);
  } else if (!strcmp(name, "--disable-proto")) {
    /* Read by lib/internal/bootstrap/node.js (and lib/vm.js for each context). */
    if (strcmp(value, "delete") != 0 && strcmp(value, "throw") != 0) {
      if (r->worker) return EDDY_OPT_INVALID_VALUE;
      fprintf(stderr, "eddy: invalid mode passed to --disable-proto\n");
      r->exit_code = 12;
      return EDDY_OPT_EXIT_NOW;
    }
    push_lib_flag(o, r, name, value);
  } else if (!strcmp(name, "--security-revert")) {
    /* Node 24 has no security fix that may be reverted: every CVE is unknown, and
     * node says so (with its executable's path) and exits with 12. */
    char exe[4096];
    size_t size = sizeof(exe);
    if (uv_exepath(exe, &size) != 0) snprintf(exe, sizeof(exe), "eddy");
    fprintf(stderr, "%s: Error: Attempt to revert an unknown CVE [%s]\n", exe, value);
    r->exit_code = 12;
    return EDDY_OPT_EXIT_NOW;
  } else if (!strcmp(name, "--disallow-code-generation-from-strings")) {
    o->disallow_code_generation = on;
  } else if (!strcmp(name, "--warnings")) {
    o->no_warnings = !on;
  } else if (!strcmp(name, "--deprecation")) {
    o->no_deprecation = !on;
  } else if (!strcmp(name, "--throw-deprecation")) {
    o->throw_deprecation = on;
  } else if (!strcmp(name, "--trace-warnings")) {
    o->trace_warnings = on;
  } else if (!strcmp(name, "--trace-deprecation")) {
    o->trace_deprecation = on;
  } else if (!strcmp(name, "--test")) {
    o->test = on;
  } else if (!strcmp(name, "-c") || !strcmp(name, "--check")) {
    o->check = on;
  } else if (!strcmp(name, "--watch") || !strcmp(name, "--watch-path")) {
    /* Watch mode (lib/internal/main/watch_mode.js reads the paths from the lib
       flags); a --watch-path turns it on too, as in node. */
    o->watch = on;
    if (value) push_lib_flag(o, r, name, value);
  } else if (!strcmp(name, "--watch-preserve-output") || !strcmp(name, "--watch-kill-signal")) {
    if (value)
      push_lib_flag(o, r, name, value);
    else
      push_lib_bool(o, r, name, on);
  } else if (!strcmp(name, "-i") || !strcmp(name, "--interactive")) {
    o->interactive = on;
  } else if (!strcmp(name, "--run")) {
    o->run_script = value;
  } else if (!strncmp(name, "--test-", 7) || !strcmp(name, "--experimental-test-isolation")) {
    /* --test-reporter, --test-only, ...: node:test reads them from process.execArgv. */
  } else if (!strcmp(name, "--experimental-test-coverage")) {
    /* node:test reads it from process.execArgv: without an inspector there is no
       coverage, and lib/ warns as node built without one does. */
  } else if (!strcmp(name, "--pending-deprecation")) {
    o->pending_deprecation = on;
  } else if (!strcmp(name, "--tls-min-v1.0") || !strcmp(name, "--tls-min-v1.1") ||
             !strcmp(name, "--tls-min-v1.2") || !strcmp(name, "--tls-min-v1.3") ||
             !strcmp(name, "--tls-max-v1.2") || !strcmp(name, "--tls-max-v1.3") ||
             !strcmp(name, "--tls-keylog") || !strcmp(name, "--tls-cipher-list") ||
             !strcmp(name, "--use-system-ca") || !strcmp(name, "--use-bundled-ca") ||
             !strcmp(name, "--use-openssl-ca")) {
    /* Process-wide TLS defaults, which lib/internal/tls_options.js and tls_ca.js read
     * from the lib flags (a worker has its parent's); only the one contradiction node
     * rejects is checked here. */
    if (r->worker) return EDDY_OPT_PARSED;
    if (!strcmp(name, "--tls-min-v1.3")) tls_min_13 = on;
    if (!strcmp(name, "--tls-max-v1.2")) tls_max_12 = on;
    if (tls_min_13 && tls_max_12) {
      fprintf(stderr, "eddy: either --tls-min-v1.3 or --tls-max-v1.2 can be used, not both\n");
      r->exit_code = 9;
      return EDDY_OPT_EXIT_NOW;
    }
    if (!strcmp(name, "--use-openssl-ca")) openssl_ca = on;
    if (!strcmp(name, "--use-bundled-ca")) bundled_ca = on;
    if (openssl_ca && bundled_ca) {
      /* Named by the executable's path, as node names itself here. */
      char exe[4096];
      size_t size = sizeof(exe);
      if (uv_exepath(exe, &size) != 0) snprintf(exe, sizeof(exe), "eddy");
      fprintf(stderr, "%s: either --use-openssl-ca or --use-bundled-ca can be used, not both\n",
              exe);
      r->exit_code = 9;
      return EDDY_OPT_EXIT_NOW;
    }
    if (value)
      push_lib_flag(o, r, name, value);
    else
      push_lib_bool(o, r, name, on);
  } else if (!strcmp(name, "--max-http-header-size") ||
             !strcmp(name, "--network-family-autoselection-attempt-timeout")) {
    /* Read by lib/_http_server.js and lib/net.js from the lib flags. */
    push_lib_flag(o, r, name, value);
  } else if (!strcmp(name, "--trace-uncaught") || !strcmp(name, "--experimental-eventsource") ||
             !strcmp(name, "--experimental-vm-modules") ||
             !strcmp(name, "--experimental-wasm-modules") ||     /* on by default in node 24 */
             !strcmp(name, "--node-snapshot") ||                 /* eddy has no start-up snapshot */
             !strcmp(name, "--debug-arraybuffer-allocations") || /* V8's debugging aid */
             !strcmp(name, "--js-source-phase-imports") ||
             !strcmp(name,
                     "--max-semi-space-size") || /* V8's young generation; JSC sizes its own */
             !strcmp(name, "--jitless") ||       /* V8's; JSC's JIT settings are engine.c's */
             !strncmp(name, "--perf-", 7) ||     /* V8's perf(1) maps */
             !strcmp(name, "--interpreted-frames-native-stack") ||
             !strcmp(name, "--track-heap-objects") ||
             !strcmp(name, "--v8-pool-size")) { /* eddy has no V8 platform threads */
    /* Accepted for compatibility; eddy's behaviour does not depend on them yet. */
  } else if (v8_tuning_flag(name)) {
    /* V8's own tuning and debugging flags, which node takes on its command line but
     * refuses in NODE_OPTIONS; they mean nothing to JavaScriptCore. */
    if (r->node_options) return EDDY_OPT_BAD;
  } else if (!strcmp(name, "-v") || !strcmp(name, "--version")) {
    if (on) return EDDY_OPT_VERSION;
  } else if (!strcmp(name, "-h") || !strcmp(name, "--help")) {
    if (on) return EDDY_OPT_HELP;
  } else {
    for (int i = 0; lib_flags[i]; i++) {
      if (!strcmp(name, lib_flags[i])) {
        if (on)
          push_const(&o->lib_flags, &o->lib_flag_count, lib_flags[i]);
        else
          push_lib_bool(o, r, name, false);
        return EDDY_OPT_PARSED;
      }
    }
    return EDDY_OPT_BAD;
  }
  return EDDY_OPT_PARSED;
}

/* Parses args[*i] (and maybe args[*i+1]) as an option. */
/* The option name of arg (an option word) into name, as node reads it: before any
 * '=' of a "--" option (*eq points at it, else NULL), '_' spelled '-', a "--no-"
 * prefix dropped (*on false). False when the name is too long to be an option. */
static bool read_name(const char* arg, char name[128], const char** eq, bool* on) {
  *eq = strncmp(arg, "--", 2) == 0 ? strchr(arg, '=') : NULL;
  size_t name_len = *eq ? (size_t)(*eq - arg) : strlen(arg);
  if (name_len >= 128) return false;
  memcpy(name, arg, name_len);
  name[name_len] = '\0';
  /* node spells options with '_' or '-' alike after the leading dashes. */
  for (char* c = name + 2; *c; c++)
    if (*c == '_') *c = '-';
  /* As in node, --no-name is the boolean --name turned off (and --name on). */
  *on = strncmp(name, "--no-", 5) != 0;
  if (!*on) memmove(name + 2, name + 5, strlen(name + 5) + 1);
  return true;
}

/* -p / --print before another option (`-p -e code`) or alone (code from stdin)
 * only asks for the result to be printed, as in node. */
static bool print_flag_alone(const char* name, const char* eq, int n, char** args, int i) {
  return (!strcmp(name, "-p") || !strcmp(name, "--print")) && !eq &&
         (i + 1 >= n || args[i + 1][0] == '-');
}

int eddy_options_value_words(int n, char** args, int i) {
  char name[128];
  const char* eq;
  bool on;
  if (args[i][0] != '-' || !read_name(args[i], name, &eq, &on)) return 0;
  if (!on || eq || !takes_value(name) || print_flag_alone(name, eq, n, args, i)) return 0;
  return i + 1 < n && args[i + 1][0] != '-' ? 1 : 0;
}

int eddy_options_parse_one(eddy_options* o, eddy_option_reader* r, int n, char** args, int* i) {
  char* arg = args[*i];
  if (arg[0] != '-' || strcmp(arg, "-") == 0) return EDDY_OPT_NOT_AN_OPTION;
  char name[128];
  const char* value = NULL;
  const char* eq;
  bool on;
  if (!read_name(arg, name, &eq, &on)) return EDDY_OPT_BAD;
  if (!on && takes_value(name)) return EDDY_OPT_BAD_NEGATION;
  if (print_flag_alone(name, eq, n, args, *i)) {
    o->print_eval = true;
    return EDDY_OPT_PARSED;
  }
  if (takes_value(name)) {
    if (eq) {
      value = eq + 1;
    } else if (*i + 1 < n && args[*i + 1][0] != '-') {
      /* A next word that starts with '-' is no value, as in node (`-r -e code` is
         "-r requires an argument"); one that starts with "\-" drops the
         backslash (so `-p "\-42"` prints -42). */
      value = args[++*i];
      if (value[0] == '\\' && value[1] == '-') value++;
    } else {
      return EDDY_OPT_MISSING_VALUE;
    }
  } else if (eq && v8_option(name)) {
    /* V8's booleans refuse a value; node's own ignore it (--watch=true, and
       --preserve-symlinks=false too, are on). */
    return EDDY_OPT_BAD;
  }
  return apply_option(o, name, value, on, r);
}

char** eddy_options_split(const char* s, int* count) {
  char** words = NULL;
  int n = 0;
  while (s && *s) {
    while (*s == ' ') s++;
    if (!*s) break;
    char* word = eddy_malloc(strlen(s) + 1);
    size_t w = 0;
    int quoted = 0;
    for (; *s && (quoted || *s != ' '); s++) {
      if (*s == '"')
        quoted = !quoted;
      else if (*s == '\\' && quoted && s[1])
        word[w++] = *++s; /* only in quotes, as node */
      else
        word[w++] = *s;
    }
    word[w] = '\0';
    words = eddy_realloc(words, (size_t)(n + 1) * sizeof(char*));
    words[n++] = word;
  }
  *count = n;
  return words;
}
