'use strict';
// Chooses what the process runs: -e/-p source, a script from stdin, or a file,
// after --env-file and -r preloads, as node's main scripts do.

const builtins = internalBinding('builtins');
// The CommonJS loader, on first use: a worker posts 'online' before it needs it.
const cjs = () => require('internal/modules/cjs/loader');

// The directory -e code, preloads and loaders resolve from: the working directory,
// or, when it has been removed (getcwd fails), the executable's, as in node.
function entryDir() {
  try {
    return process.cwd();
  } catch {
    return require('path').dirname(process.execPath);
  }
}

function preload(requests) {
  if (requests.length === 0) return;
  const { Module, setPreloading } = cjs();
  const parent = new Module('internal/preload', null);
  parent.paths = Module._nodeModulePaths(entryDir());
  setPreloading(true);
  try {
    for (const request of requests) Module._load(request, parent, false);
  } finally {
    setPreloading(false);
  }
}

// -e and stdin code run as a script in the global scope, with require, module,
// exports, __filename and __dirname as globals, as in node.
// As in node, -e scripts (not stdin ones) see the public built-ins as lazy globals (`fs`,
// `os`, ...), non-enumerable, which an assignment replaces with a plain value.
function addBuiltinLibsToGlobal(module) {
  // `crypto` is the one global node replaces here: -e sees node:crypto, not WebCrypto.
  require('internal/repl').addBuiltinLibsToObject(globalThis, module, ['crypto']);
}

function evalScript(name, source, print) {
  const { options } = internalBinding('process');
  if (options.inputType === 'module') {
    return require('internal/modules/esm/run_main').evalModule(name, source, print);
  }
  const { Module, makeRequireFunction } = cjs();
  const module = new Module(name);
  const dir = entryDir();
  module.filename = require('path').join(dir, name);
  module.paths = Module._nodeModulePaths(dir);
  const scope = {
    __filename: name, module, exports: module.exports, __dirname: '.',
    require: makeRequireFunction(module),
  };
  for (const [key, value] of Object.entries(scope)) {
    Object.defineProperty(globalThis, key, { value, writable: true, enumerable: true, configurable: true });
  }
  if (name === '[eval]') addBuiltinLibsToGlobal(module);
  require('internal/util/eval_source').setEvalSource(name, source);
  let body = source.charCodeAt(0) === 35 && source.charCodeAt(1) === 33 ? `//${source.slice(2)}` : source;
  // import() in a script: src/esm renames it to _$imp$ (see the CommonJS loader).
  const rewritten = body.includes('import') ? internalBinding('esm').transformDynamicImport(body) : null;
  if (rewritten !== null) {
    body = rewritten;
    const { makeDynamicImport } = require('internal/modules/esm/loader');
    const { pathToFileURL } = require('internal/modules/esm/url');
    Object.defineProperty(globalThis, '_$imp$', {
      value: makeDynamicImport(pathToFileURL(module.filename)),
      writable: true, configurable: true, enumerable: false,
    });
  }
  // --use-strict: the code is strict (`void 0` keeps the completion value of code
  // without statements undefined, not the directive's string).
  const prefix = require('internal/options').getOptionValue('--use-strict') ? "'use strict';void 0;" : '';
  if (prefix !== '') require('internal/errors/line_offsets').setFirstLineOffset(name, prefix.length);
  let result;
  try {
    result = builtins.compileFunction(body, name, prefix, '');
  } catch (err) {
    // Without --input-type, source that only parses as a module (import/export,
    // import.meta, top-level await) runs as one, as node's syntax detection does;
    // the CommonJS variables are not defined there.
    if (err instanceof SyntaxError && options.inputType === '' &&
        require('internal/options').getOptionValue('--experimental-detect-module', true) &&
        internalBinding('esm').hasModuleSyntax(source)) {
      for (const key of [...Object.keys(scope), '_$imp$']) delete globalThis[key];
      return require('internal/modules/esm/run_main').evalModule(name, source, print);
    }
    if (err instanceof SyntaxError && err.sourceURL === name) {
      require('internal/modules/cjs/loader').locateSyntaxError(err, body, name, prefix);
    }
    throw err;
  }
  // As node, the value is printed when the process exits, so a promise shows how
  // it settled by then.
  if (print) process.on('exit', () => console.log(result));
}

// `eddy` alone: the REPL, in the global context, with the built-in modules as
// globals (as -e code has them).
function startRepl(options) {
  if (options.inputType !== '') {
    process.stderr.write('Cannot specify --input-type for REPL\n');
    process.exit(9);
  }
  process.stdout.write(`Welcome to eddy v${process.versions.eddy} (the Node.js ${process.version} API).\n` +
    'Type ".help" for more information.\n');
  const { kStandaloneREPL } = require('internal/repl');
  const replModule = require('repl');
  const { env } = process;
  const size = Number.parseInt(env.NODE_REPL_HISTORY_SIZE, 10);
  const server = replModule.start({
    useGlobal: true,
    [kStandaloneREPL]: true,
    // Ctrl+C stops a running input, as in node.
    breakEvalOnSigint: true,
    historySize: Number.isNaN(size) || size < 0 ? undefined : size,
    removeHistoryDuplicates: env.NODE_REPL_HISTORY_REMOVE_DUPLICATES === '1' ? true : undefined,
  });
  replModule.repl = server;
  // History is kept in ~/.node_repl_history, or NODE_REPL_HISTORY ('' turns it off).
  server.setupHistory({ filePath: env.NODE_REPL_HISTORY });
}

function readStdin() {
  const text = internalBinding('fs').readFileUtf8(0);
  return typeof text === 'string' ? text : '';
}

// Whether process.argv[1] names a script file to run (not -e code, stdin, --test,
// --run or an --entry-url URL).
function hasMainFile(options) {
  const main = process.argv[1];
  return options.eval === null && main !== undefined && main !== '' && main !== '-' && !options.test &&
    options.runScript === null && !require('internal/options').getOptionValue('--entry-url');
}

// The files the process was asked to run, which the permission model lets it read:
// the main script and the -r preloads named by absolute path, as node grants.
function entryFiles(options) {
  const path = require('path');
  const files = options.requires.filter((r) => path.isAbsolute(r));
  if (hasMainFile(options)) files.push(process.argv[1]);
  return files;
}

// The main thread's entry (a worker's is internal/main/worker_thread.js).
function run(options) {
  // --watch: this process only runs the program in a child and reruns it on changes;
  // the child reads the --env-file files itself, each run afresh. The child is not a
  // watcher again (a --watch in NODE_OPTIONS reaches it too).
  if (options.watch && !options.test && process.env.WATCH_REPORT_DEPENDENCIES === undefined) {
    // Started with an IPC channel, it passes the program's messages on.
    if (process.env.NODE_CHANNEL_FD !== undefined) require('internal/child_process/ipc').setupChildChannel();
    require('internal/main/watch_mode').run();
    return;
  }
  // --env-file variables come first, as node sets them before running any JS
  // (NODE_NO_WARNINGS=1 there silences the warnings of start-up, say).
  for (const file of options.envFiles) require('internal/process/env_file').loadEnvFile(file, true);
  // The main script's path is made absolute first, as node does: -r preloads and
  // --import modules already see the resolved process.argv[1].
  if (hasMainFile(options)) process.argv[1] = require('path').resolve(process.argv[1]);
  const opts = require('internal/options');
  if (opts.permissionEnabled || opts.getOptionValues('--allow-fs-read').length > 0 ||
      opts.getOptionValues('--allow-fs-write').length > 0) {
    require('internal/process/permission').initialize(entryFiles(options));
  }
  if (options.runScript !== null) {
    require('internal/main/run_script').runScript(options.runScript, options.runArgs ? process.argv.slice(1) : []);
    return;
  }
  // A child started by fork() (or with stdio 'ipc') talks to its parent on this fd.
  if (process.env.NODE_CHANNEL_FD !== undefined) require('internal/child_process/ipc').setupChildChannel();
  // A cluster worker (forked by cluster.fork) reports to its primary.
  if (process.env.NODE_UNIQUE_ID !== undefined && process.send !== undefined) {
    require('cluster')._setupWorker();
    delete process.env.NODE_UNIQUE_ID;
  }
  preload(options.requires); // before the loaders, as node's main thread
  // --frozen-intrinsics: the built-ins are frozen after the -r preloads (which may
  // still change them) and before anything else of the program runs.
  if (opts.getOptionValue('--frozen-intrinsics')) require('internal/freeze_intrinsics').freezeIntrinsics();
  registerLoaders();
  if (options.imports.length > 0) {
    // --import: ES modules loaded (in order, each awaited) before the entry point.
    importPreloads(options.imports).then(() => runEntry(options), (err) => {
      require('internal/process/execution').triggerUncaughtException(err, true);
    });
    return;
  }
  runEntry(options);
}

// --experimental-loader (--loader): module.register() of each, from the cwd.
function registerLoaders() {
  const loaders = require('internal/options').getOptionValues('--experimental-loader');
  if (loaders.length === 0) return;
  const calls = loaders.map((l) => `register(${JSON.stringify(l)}, pathToFileURL("./"));`);
  process.emitWarning('`--experimental-loader` may be removed in the future; instead use `register()`:\n' +
    '--import \'data:text/javascript,import { register } from "node:module"; import { pathToFileURL } ' +
    `from "node:url"; ${calls.join(' ')}'`, 'ExperimentalWarning');
  const { pathToFileURL } = require('internal/modules/esm/url');
  const { register } = require('internal/modules/esm/loader').useAsyncHooks();
  const parentURL = pathToFileURL(`${entryDir()}/`);
  try {
    for (const specifier of loaders) register(specifier, parentURL);
  } catch (err) {
    require('internal/process/execution').triggerUncaughtException(err, true);
  }
}

async function importPreloads(specifiers) {
  const { importModule } = require('internal/modules/esm/loader');
  const { pathToFileURL } = require('internal/modules/esm/url');
  const parentURL = pathToFileURL(`${entryDir()}/`);
  for (const specifier of specifiers) await importModule(specifier, parentURL);
}

function runEntry(options) {
  if (options.test) {
    require('internal/test_runner/runner').runCli();
    return;
  }
  if (options.eval !== null) {
    // fork() leaves the -e code out of a child's arguments by finding this (a child
    // that ran it again would fork again).
    process._eval = options.eval;
    evalScript('[eval]', options.eval, options.print);
    // -i: the REPL follows the -e code.
    if (options.interactive) startRepl(options);
    return;
  }
  const main = process.argv[1];
  // An empty script name reads the program from stdin, as in node.
  if (main === undefined || main === '' || (options.forceStdin && main === '-')) {
    const isTTY = internalBinding('util').guessHandleType(0) === 'TTY';
    if ((isTTY || options.interactive) && !options.forceStdin && !options.check) {
      startRepl(options);
      return;
    }
    if (options.check) require('internal/main/check_syntax').checkSource(readStdin(), '[stdin]', options.inputType);
    else evalScript('[stdin]', readStdin(), options.print);
    return;
  }
  if (options.check) {
    require('internal/main/check_syntax').checkFile(main);
    return;
  }
  if (require('internal/options').getOptionValue('--entry-url')) {
    // --entry-url: the entry point is a URL, relative to the working directory.
    require('internal/modules/esm/run_main').runMainURL(main);
    return;
  }
  cjs().Module.runMain(main);
}

module.exports = { run, evalScript, preload };
