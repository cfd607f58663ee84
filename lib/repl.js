'use strict';
// node:repl: a read-eval-print loop over readline. Each line is evaluated as a script
// (in the global context, or a context of its own); an input that only lacks its end
// (an open block, bracket or template) waits for more lines under the '| ' prompt;
// results print with util.inspect and are kept in `_`, thrown errors in `_error`.
// Commands start with a dot (.help, .exit, .break, .clear, .load, .save, and those
// of defineCommand).

const fs = require('fs');
const vm = require('vm');
const { kReplMainLoader } = require('internal/vm/loader_symbols');
const { Interface } = require('readline');
const { kTtyWrite } = require('internal/readline/interface');
const { kStandaloneREPL, addBuiltinLibsToObject } = require('internal/repl');
const { inspect } = require('internal/util/inspect');
const { codes } = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const { deprecate } = require('internal/util');
const { pendingDeprecation } = require('internal/options');

const kStreamAliasWarning = 'repl.inputStream and repl.outputStream are deprecated. Use repl.input and repl.output instead';

const REPL_MODE_SLOPPY = Symbol('repl-sloppy');
const REPL_MODE_STRICT = Symbol('repl-strict');

// An error meaning "the input goes on": evaluation waits for another line.
class Recoverable extends SyntaxError {
  constructor(err) {
    super();
    this.err = err;
  }
}

// JavaScriptCore's words for source that ends too early.
function endsTooEarly(err, code) {
  if (!(err instanceof SyntaxError)) return false;
  const { message } = err;
  // (vm gives V8's words for some: 'Unexpected end of input'.)
  if (message === 'Unexpected end of script' || message === 'Unexpected end of input' ||
      message === 'Multiline comment was not closed properly') {
    return true;
  }
  // An open template literal goes on; an open string does not (as in node).
  // A line ending in a backslash inside a string continues it.
  if (message === 'Unexpected EOF' && /\\\n$/.test(code)) return true;
  return message === 'Unexpected EOF' && code.lastIndexOf('`') > Math.max(code.lastIndexOf("'"), code.lastIndexOf('"'));
}

// Whether code is a whole program for the parser.
function isValidSyntax(code) {
  try {
    new vm.Script(code);
    return true;
  } catch {
    return false;
  }
}

// A line that starts with `{` and does not end with `;` is tried as an object
// literal first, as node does.
function looksLikeObjectLiteral(code) {
  return /^\s*\{/.test(code) && !/;\s*$/.test(code);
}

const writer = (value) => inspect(value, writer.options);
writer.options = { ...inspect.defaultOptions, showProxy: true };
// util.inspect.replDefaults: the options the REPL prints results with.
Object.defineProperty(inspect, 'replDefaults', {
  get() {
    return writer.options;
  },
  set(options) {
    validateObject(options, 'options');
    return Object.assign(writer.options, options);
  },
  enumerable: true,
  configurable: true,
});

// The value of key on object or its prototypes if it is a data property, else
// undefined (an accessor is not called).
function dataProperty(object, key) {
  for (let o = Object(object); o !== null; o = Object.getPrototypeOf(o)) {
    const desc = Object.getOwnPropertyDescriptor(o, key);
    if (desc !== undefined) return desc.value;
  }
  return undefined;
}

// What the main realm's Error.prepareStackTrace makes of err and the V8-format
// frame lines shown; undefined when there is none (or it fails).
function customStack(err, frameLines) {
  const prepare = Error.prepareStackTrace;
  const { CallSite } = require('internal/errors/stack');
  const { isDefaultPrepareStackTrace } = require('internal/errors/constructors');
  if (typeof prepare !== 'function' || isDefaultPrepareStackTrace(prepare)) return undefined;
  const sites = [];
  for (const line of frameLines) {
    const m = /^\s+at (?:(.*) \()?(.*?)(?::(\d+):(\d+))?\)?$/.exec(line);
    if (m === null) continue;
    sites.push(new CallSite({
      functionName: m[1] ?? '', fileName: m[2], line: m[3] === undefined ? null : +m[3],
      column: m[4] === undefined ? null : +m[4], native: m[2] === 'native', eval: false, toplevel: false,
    }));
  }
  try {
    const out = prepare(err, sites);
    return typeof out === 'string' ? out : undefined;
  } catch {
    return undefined;
  }
}

// The domains of REPLs inside a program: code they run (now or in a callback it
// set up) may not add 'uncaughtException' listeners, the REPL reports errors.
const embeddedDomains = new WeakSet();
let guarding = false;

function refuseUncaughtListener(event) {
  if (event === 'uncaughtException' && process.domain && embeddedDomains.has(process.domain)) {
    throw new codes.ERR_INVALID_REPL_INPUT('Listeners for `uncaughtException` cannot be used in the REPL');
  }
}

// The line of a parse error and a caret under its token: where vm located it,
// else under the token JavaScriptCore's message names (it gives no column).
const syntaxLocation = new WeakMap();
function showSyntaxLocation(err, code) {
  const located = require('internal/errors/stack').topFrame(err);
  if (located?.syntax && typeof located.line === 'number') {
    const text = code.split('\n')[located.line - 1] ?? '';
    const at = Math.max(0, (located.column ?? 1) - 1);
    syntaxLocation.set(err, `${text}\n${' '.repeat(at)}${'^'.repeat(located.width ?? 1)}\n\n`);
    return;
  }
  if (typeof err.line !== 'number') return;
  const text = code.split('\n')[err.line - 1] ?? '';
  const token = /'([^']+)'/.exec(err.message);
  const at = token ? Math.max(0, text.indexOf(token[1])) : 0;
  syntaxLocation.set(err, `${text}\n${' '.repeat(at)}^\n\n`);
  for (const key of ['line', 'column', 'sourceURL']) delete err[key];
}

// What the default eval reports when a domain of the input's took its error.
const kTakenByDomain = Symbol('kTakenByDomain');

let sessions = 0;
let evaluations = 0;
let turnOnEditorMode;
let loadSource;
// REPLs closed by .exit: inputs still waiting are dropped.
const exiting = new WeakSet();

class REPLServer extends Interface {
  constructor(prompt, stream, eval_, useGlobal, ignoreUndefined, replMode) {
    let options;
    if (prompt !== null && typeof prompt === 'object') {
      options = { ...prompt };
    } else {
      options = { prompt, stream, eval: eval_, useGlobal, ignoreUndefined, replMode };
    }
    validateObject(options, 'options');
    const input = options.input ?? options.stream ?? process.stdin;
    const output = options.output ?? options.stream ?? process.stdout;
    if (options.breakEvalOnSigint && options.eval !== undefined) throw new codes.ERR_INVALID_REPL_EVAL_CONFIG();
    if (options.eval !== undefined) validateFunction(options.eval, 'options.eval');
    const terminal = options.terminal ?? !!output.isTTY;
    super({
      input, output, terminal, prompt: options.prompt ?? '> ',
      historySize: options.historySize, removeHistoryDuplicates: options.removeHistoryDuplicates,
      completer: options.completer ?? ((line, callback) => callback(null, this.#editorCompletions(line))),
    });
    this.useColors = options.useColors ?? (terminal && output.isTTY === true);
    this.useGlobal = !!options.useGlobal;
    this.ignoreUndefined = !!options.ignoreUndefined;
    this.replMode = options.replMode ?? REPL_MODE_SLOPPY;
    this.underscoreAssigned = false;
    this.last = undefined;
    this.underscoreErrAssigned = false;
    this.lastError = undefined;
    this.breakEvalOnSigint = !!options.breakEvalOnSigint;
    this.editorMode = false;
    this.eval = options.eval ?? ((code, context, file, cb) => this.#defaultEval(code, context, file, cb));
    this.writer = options.writer ?? exports.writer;
    if (this.writer === writer && this.useColors) writer.options.colors = true;
    this._initialPrompt = options.prompt ?? '> ';
    this.lines = [];
    this.commands = { __proto__: null };
    this.bufferedCommand = '';
    this.context = null;
    this.session = ++sessions;
    // Errors the input throws later (in a timer or callback it set up) reach this
    // domain and are reported like the input's own, as in node: the REPL goes on.
    this._domain = require('domain').create();
    this._domain.on('error', (err) => {
      this.bufferedCommand = '';
      if (this.#handOver(err)) return;
      this.#report(err);
      this.displayPrompt();
    });
    this.#standalone = options[kStandaloneREPL] === true;
    if (!this.#standalone) {
      embeddedDomains.add(this._domain);
      if (!guarding) {
        guarding = true;
        process.prependListener('newListener', refuseUncaughtListener);
      }
    }
    this.resetContext();
    defineDefaultCommands(this);

    // Lines that arrive while an input is still being evaluated (awaited) wait
    // their turn, so results print in the order of the inputs.
    this.on('line', (line) => {
      if (this.#busy) this.#waiting.push(line);
      else this.#onLine(line);
    });
    this.on('SIGINT', () => this.#onInterrupt());
    // At the end of the input, inputs still waiting are evaluated first ('exit'
    // comes after them); .exit drops them.
    this.once('close', () => {
      if (this.#busy && !exiting.has(this)) this.#exitWhenIdle = true;
      else this.emit('exit');
    });
    // repl.inputStream/outputStream: old names of input and output.
    for (const [name, real] of [['inputStream', 'input'], ['outputStream', 'output']]) {
      const read = () => this[real];
      Object.defineProperty(this, name, {
        get: pendingDeprecation ? deprecate(read, kStreamAliasWarning, 'DEP0141') : read,
        set: (value) => {
          this[real] = value;
        },
        enumerable: false,
        configurable: true,
      });
    }
    this.displayPrompt();
  }

  // Keeps history in a file (one line per entry, newest first) as node does:
  // setupHistory(filePath | { filePath, size, removeHistoryDuplicates,
  // onHistoryFileLoaded }, callback). A REPL without a terminal keeps none.
  setupHistory(config = {}, callback) {
    if (typeof config === 'function') {
      callback = config;
      config = {};
    } else if (typeof config === 'string') {
      config = { filePath: config };
    }
    validateObject(config, 'historyConfig');
    callback ??= config.onHistoryFileLoaded;
    if (callback !== undefined) validateFunction(callback, 'callback');
    const done = (err) => callback?.(err, this);
    this.historyManager = { isFlushing: false };
    if (config.size !== undefined) this.historySize = config.size;
    if (config.removeHistoryDuplicates !== undefined) this.removeHistoryDuplicates = !!config.removeHistoryDuplicates;
    if (!this.terminal) return done(null);
    let { filePath } = config;
    if (filePath === undefined || filePath === null) {
      try {
        filePath = require('path').join(require('os').homedir(), '.node_repl_history');
      } catch {
        this._writeToOutput('\nError: Could not get the home directory.\nREPL session history will not be persisted.\n');
        this._refreshLine();
        filePath = '';
      }
    }
    if (typeof filePath !== 'string' || filePath.trim() === '') {
      this._writeToOutput('\nPersistent history support disabled. Set the NODE_REPL_HISTORY environment\n' +
        'variable to a valid, user-writable path to enable.\n');
      this._refreshLine();
      return done(null);
    }
    let text;
    try {
      text = fs.readFileSync(filePath, 'utf8');
    } catch (err) {
      if (err.code !== 'ENOENT') return this.#historyFailed(done);
      text = '';
    }
    try {
      fs.closeSync(fs.openSync(filePath, 'a', 0o600));
    } catch {
      return this.#historyFailed(done);
    }
    const entries = text.split(/[\n\r]+/).filter((line) => line.trim() !== '');
    this.history = [...entries.slice(0, this.historySize), ...this.history].slice(0, this.historySize);
    this.on('history', (history) => {
      try {
        fs.writeFileSync(filePath, history.join('\n'), { mode: 0o600 });
      } catch {
        // A history that cannot be written is not worth ending the session for.
      }
    });
    return done(null);
  }

  #historyFailed(done) {
    this._writeToOutput('\nError: Could not open history file.\nREPL session history will not be persisted.\n');
    this._refreshLine();
    this._writeToOutput('\nPersistent history support disabled. Set the NODE_REPL_HISTORY environment\n' +
      'variable to a valid, user-writable path to enable.\n');
    this._refreshLine();
    return done(null);
  }

  // The context lines run in: the global one, or a new one with the globals a
  // program expects, plus require and module for the REPL's directory.
  createContext() {
    let context;
    if (this.useGlobal) {
      context = globalThis;
    } else {
      context = vm.createContext();
      // The context keeps its own language built-ins (Object, Array, ...); the
      // runtime's globals (process, Buffer, ...) are shared.
      const inner = vm.runInContext('globalThis', context);
      for (const name of Object.getOwnPropertyNames(globalThis)) {
        if (name === 'globalThis' || Object.hasOwn(context, name) || Object.hasOwn(inner, name)) continue;
        Object.defineProperty(context, name, Object.getOwnPropertyDescriptor(globalThis, name));
      }
      context.global = context;
      // The context's console writes to the REPL's output.
      const { Console } = require('console');
      Object.defineProperty(context, 'console', {
        value: new Console(this.output), writable: true, configurable: true,
      });
    }
    const { Module, makeRequireFunction } = require('internal/modules/cjs/loader');
    const module = new Module('<repl>');
    // As node's: the folders a module in the working directory would search; none
    // when the working directory is gone (the REPL still starts, as node's does).
    let cwd;
    try {
      cwd = process.cwd();
    } catch {
      cwd = undefined;
    }
    const local = cwd === undefined ? [] : Module._nodeModulePaths(require('path').join(cwd, 'repl'));
    module.paths = local.concat(Module.globalPaths);
    Object.defineProperty(context, 'module', { value: module, writable: true, configurable: true });
    Object.defineProperty(context, 'require', {
      value: makeRequireFunction(module), writable: true, configurable: true,
    });
    // The built-in modules are globals of the REPL (`fs`, `util`, ...).
    addBuiltinLibsToObject(context, module);
    return context;
  }

  resetContext() {
    this.context = this.createContext();
    this.#defineUnderscores(this.context);
    this.underscoreAssigned = false;
    this.underscoreErrAssigned = false;
    this.lines = [];
    this.emit('reset', this.context);
  }

  // `_` and `_error` show the last result and error until the user assigns them.
  #defineUnderscores(context) {
    for (const [name, slot, assigned] of [
      ['_', 'last', 'underscoreAssigned'],
      ['_error', 'lastError', 'underscoreErrAssigned'],
    ]) {
      Object.defineProperty(context, name, {
        configurable: true,
        get: () => this[slot],
        set: (value) => {
          this[slot] = value;
          if (this[assigned]) return;
          this[assigned] = true;
          this.output.write(`Expression assignment to ${name} now disabled.\n`);
        },
      });
    }
  }

  defineCommand(keyword, cmd) {
    if (typeof cmd === 'function') cmd = { action: cmd };
    else validateFunction(cmd?.action, 'cmd.action');
    this.commands[keyword] = cmd;
  }

  // The prompt, or '| ' while an input waits for its end.
  displayPrompt(preserveCursor) {
    const prompt = this.bufferedCommand.length > 0 ? '| ' : this._initialPrompt;
    if (this.closed) {
      // Inputs left at the end of the input still show their prompts.
      if (!exiting.has(this)) this.output.write(prompt);
      return;
    }
    super.setPrompt(prompt);
    this.prompt(preserveCursor);
  }

  // As in node, the REPL closes on the next tick (so 'exit' listeners added
  // after .exit was typed still hear it).
  close() {
    process.nextTick(() => Interface.prototype.close.call(this));
  }

  clearBufferedCommand() {
    this.bufferedCommand = '';
  }

  setPrompt(prompt) {
    this._initialPrompt = prompt;
    super.setPrompt(prompt);
  }

  // Completes the last word of the line: a global name, or the property of a dotted
  // path of data properties (`Math.ma` -> `Math.max`); no getter runs.
  // As in node, complete(line, callback) answers through the callback (with the
  // completer's answer, so a custom completer is used); it also returns the
  // built-in completions for callers that read them directly.
  complete(line, callback) {
    if (typeof callback === 'function') {
      // A completer of one parameter answers by returning.
      if (this.completer.length <= 1) {
        let result;
        try {
          result = this.completer(line);
        } catch (err) {
          callback(err);
          return undefined;
        }
        callback(null, result);
      } else {
        this.completer(line, callback);
      }
      return undefined;
    }
    return this.#completions(line);
  }

  // In editor mode a tab inserts the completions' common start, lists nothing.
  #editorCompletions(line) {
    const result = this.#completions(line);
    if (!this.editorMode || result[0].length === 0) return result;
    let prefix = result[0][0];
    for (const name of result[0]) {
      while (!name.startsWith(prefix)) prefix = prefix.slice(0, -1);
    }
    return [prefix.length > result[1].length ? [prefix] : [], result[1]];
  }

  #completions(line) {
    return require('internal/repl/completion').complete(this.#completionEnv, line);
  }

  // What the completer reads of this REPL.
  #completionEnv = {
    commands: () => this.commands,
    binding: (name) => this.#binding(name),
    evaluate: (code) => (this.useGlobal ? vm.runInThisContext(code) : vm.runInContext(code, this.context)),
    // The global names: the prototypes' groups, then the context's own names.
    globals: () => {
      const { filterNames, propertyNames } = require('internal/repl/completion');
      const global = this.useGlobal ? globalThis : vm.runInContext('globalThis', this.context);
      const groups = [];
      for (let o = Object.getPrototypeOf(global); o !== null; o = Object.getPrototypeOf(o)) {
        groups.push(propertyNames(o));
      }
      const own = new Set(Object.getOwnPropertyNames(global));
      // (A context's global leaves its constant values out of its own names.)
      for (const name of ['NaN', 'Infinity', 'undefined']) own.add(name);
      if (!this.useGlobal) for (const n of Object.getOwnPropertyNames(this.context)) own.add(n);
      groups.push(filterNames([...own]));
      return groups;
    },
    modulePaths: () => this.context?.module?.paths,
    builtinNames: () => builtinNames(),
  };

  // The value of a top-level name: a data property of the context, or a
  // let/const/class binding of an earlier input (reading one runs no code).
  #binding(name) {
    const globals = [this.context];
    if (!this.useGlobal) globals.push(vm.runInContext('globalThis', this.context));
    for (const object of globals) {
      for (let o = object; o !== null; o = Object.getPrototypeOf(o)) {
        const desc = Object.getOwnPropertyDescriptor(o, name);
        if (desc !== undefined) return desc.value;
      }
    }
    try {
      const read = new vm.Script(`typeof ${name} === 'undefined' ? undefined : ${name}`);
      return this.useGlobal ? read.runInThisContext() : read.runInContext(this.context);
    } catch {
      return undefined;
    }
  }

  #onLine(line) {
    if (exiting.has(this)) return;
    line = line == null ? '' : `${line}`;
    this.#sawInterrupt = false;
    if (this.editorMode) {
      this.bufferedCommand += `${line}\n`;
      // A typed line keeps the indentation of the one before.
      const indent = this._sawKeyPress && !this.#loading ? /^\s+/.exec(line) : null;
      if (indent !== null) {
        this.write(indent[0]);
        this.line = indent[0];
        this.cursor = indent[0].length;
      }
      return;
    }
    const trimmed = line.trim();
    if (this.bufferedCommand === '' && trimmed.startsWith('.') && !/^\.\d/.test(trimmed)) {
      const [, keyword, rest = ''] = /^\.([^\s]*)\s*(.*)$/.exec(trimmed);
      const command = this.commands[keyword];
      if (command !== undefined) {
        command.action.call(this, rest);
        return;
      }
      this.output.write('Invalid REPL keyword\n');
      this.displayPrompt();
      return;
    }
    const code = `${this.bufferedCommand}${line}\n`;
    // (Numbered across all the REPLs of the process, as in node.)
    const file = `REPL${++evaluations}`;
    this.#busy = true;
    this.eval(code, this.context, file, (err, result) => {
      this.#busy = false;
      this.#finish(code, err, result);
      while (!this.#busy && !exiting.has(this) && this.#waiting.length > 0) this.#onLine(this.#waiting.shift());
      if (!this.#busy && this.#exitWhenIdle) {
        this.#exitWhenIdle = false;
        this.emit('exit');
      }
    });
  }

  #busy = false;
  #waiting = [];
  #exitWhenIdle = false;

  #finish(code, err, result) {
    const sawEnd = this.#sawCtrlD;
    this.#sawCtrlD = false;
    if (err instanceof Recoverable && sawEnd) err = err.err;
    if (err === kTakenByDomain) {
      // (node shows no new prompt here either.)
      this.bufferedCommand = '';
      return;
    }
    if (err instanceof Recoverable) {
      this.bufferedCommand = code;
      this.displayPrompt();
      return;
    }
    this.bufferedCommand = '';
    // An empty line goes to eval too (a custom eval may want it), but prints nothing.
    if (!err && code.trim() === '') {
      this.displayPrompt();
      return;
    }
    this.lines.push(...code.replace(/\n$/, '').split('\n'));
    if (err) {
      if (this.#handOver(err)) return;
      this.#report(err);
    } else {
      if (!this.underscoreAssigned) this.last = result;
      if (!(this.ignoreUndefined && result === undefined)) this.output.write(`${this.writer(result)}\n`);
    }
    this.displayPrompt();
  }

  // An error thrown by the input, as node prints it: "Uncaught", then the error
  // without the frames of the REPL's own top level.
  #standalone = false;

  // The process's own REPL gives errors to its 'uncaughtException' listeners
  // when it has some, as node does.
  #handOver(err) {
    if (!this.#standalone || process.listenerCount('uncaughtException') === 0) return false;
    process.nextTick(() => {
      process.emit('uncaughtException', err);
      this.bufferedCommand = '';
      this.displayPrompt();
    });
    return true;
  }

  #report(err) {
    if (!this.underscoreErrAssigned) this.lastError = err;
    const { isNativeError } = require('internal/util/types').types;
    let text;
    if ((isNativeError(err) || err instanceof Error) && typeof err.stack === 'string') {
      // (A stack may begin with the source line of the throw: skip to the header.)
      const lines = err.stack.split('\n');
      let first = lines.findIndex((l) => /^\[?([A-Z][a-z0-9_]*)*Error/.test(l));
      // A parse error shows its line and a caret above "Uncaught", as in node.
      const above = syntaxLocation.get(err);
      if (above !== undefined) this.output.write(above);
      // (A parse error's stack is only the parser's frames.)
      if (first === -1) {
        lines.length = 0;
        lines.push(`${err.name}: ${err.message}`);
        first = 0;
      }
      // JavaScriptCore's words for an unknown name, in node's (the message too,
      // which `_error` and a custom Error.prepareStackTrace read).
      if (err.name === 'ReferenceError') {
        lines[first] = lines[first].replace(/^ReferenceError: Can't find variable: (.*)$/, 'ReferenceError: $1 is not defined');
        const unknown = /^Can't find variable: (.*)$/.exec(err.message);
        if (unknown !== null) {
          try {
            err.message = `${unknown[1]} is not defined`;
          } catch {
            // a frozen error keeps its own
          }
        }
      }
      const end = lines.findIndex((l, i) => i > first && /^\s+at /.test(l));
      const header = lines.slice(first, end === -1 ? lines.length : end);
      // The frames above the input's own top level (those of the functions it
      // called); the REPL's machinery below it is not shown.
      const frames = [];
      for (const l of lines.slice(end === -1 ? lines.length : end)) {
        if (!/^\s+at /.test(l)) continue;
        if (/^\s+at (Object\.<anonymous> \(REPL|run \(native\)|(\S+ )?\(?node:vm:)/.test(l)) break;
        frames.push(l);
      }
      // The last frame of the input is its top level (which called the rest).
      if (frames.length > 0 && /^\s+at REPL\d+:\d+:\d+$/.test(frames.at(-1))) frames.pop();
      // A program's Error.prepareStackTrace formats what is shown, given the
      // frames above the input's top level, as node's REPL does.
      const custom = customStack(err, frames);
      if (custom !== undefined) {
        try {
          err.stack = custom;
        } catch {
          // A frozen error keeps its own.
        }
        this.output.write(`Uncaught ${custom}\n`);
        return;
      }
      // As in node, the error keeps the stack shown (for `_error`).
      try {
        err.stack = [...header, ...frames].join('\n');
      } catch {
        // A frozen error keeps its own.
      }
      const extra = Object.keys(err).filter((k) => !['stack', 'message', 'domainThrown', 'line', 'column', 'sourceURL'].includes(k));
      if (extra.length > 0 && frames.length === 0) {
        // An error with properties of its own prints as inspect shows it.
        const props = Object.fromEntries(extra.map((k) => [k, err[k]]));
        text = `[${header.join('\n')}] ${inspect(props, { colors: this.useColors })}`;
      } else {
        text = [...header, ...frames].join('\n');
        if (extra.length > 0) {
          const props = extra.map((k) => `  ${k}: ${inspect(err[k], { colors: this.useColors })}`);
          text += ` {\n${props.join(',\n')}\n}`;
        }
      }
      // A header longer than a line goes below "Uncaught:".
      const breakLength = this.writer.options?.breakLength ?? 80;
      if (!text.startsWith('[') && header[0].length > breakLength) {
        this.output.write(`Uncaught:\n${text}\n`);
        return;
      }
    } else {
      text = this.writer(err);
    }
    this.output.write(`Uncaught ${text}\n`);
  }

  #defaultEval(code, context, file, cb) {
    if (code.trim() === '') return cb(null, undefined);
    let script;
    let source = code;
    if (looksLikeObjectLiteral(code) && isValidSyntax(`(${code})`)) source = `(${code.trimEnd()})\n`;
    // (`void 0` keeps the directive from being the result of a declaration.)
    if (this.replMode === REPL_MODE_STRICT) source = `'use strict'; void 0; ${source}`;
    try {
      // import() resolves against the current directory, through the main loader.
      script = new vm.Script(source, { filename: file, importModuleDynamically: kReplMainLoader });
    } catch (err) {
      if (endsTooEarly(err, code)) return cb(new Recoverable(err));
      // `await` outside a function: the expression runs in an async function.
      if (err instanceof SyntaxError && /\bawait\b/.test(code)) return this.#evalAwait(code, context, file, cb);
      if (err instanceof SyntaxError) showSyntaxLocation(err, code);
      return cb(err);
    }
    let result;
    try {
      // A REPL inside a program reports errors itself: the input may not add
      // 'uncaughtException' listeners (the process's own REPL may).
      const runOptions = { breakOnSigint: this.breakEvalOnSigint };
      result = this._domain.run(() => (this.useGlobal ? script.runInThisContext(runOptions) : script.runInContext(context, runOptions)));
    } catch (err) {
      // Thrown inside a domain the input entered (domain.run): that domain gets it.
      const inner = process.domain;
      if (inner && inner !== this._domain) {
        inner.emit('error', err);
        inner.exit();
        this._domain.exit();
        return cb(kTakenByDomain);
      }
      // (The throw skipped leaving the REPL's domain.)
      this._domain.exit();
      return cb(err);
    }
    cb(null, result);
  }

  #evalAwait(code, context, file, cb) {
    let run;
    try {
      let body = code.trim().replace(/;$/, '');
      // `const x = await p` (one declaration): the name is declared first (as let,
      // as node does), then assigned what the awaited expression gives, so later
      // inputs see it; the input's result is undefined.
      const declaration = /^(const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*([\s\S]+)$/.exec(body);
      if (declaration !== null && isValidSyntax(`(async () => (${declaration[3]}))`)) {
        const [, kind, name, value] = declaration;
        const declare = new vm.Script(`${kind === 'var' ? 'var' : 'let'} ${name};`, { filename: file });
        if (this.useGlobal) declare.runInThisContext();
        else declare.runInContext(context);
        body = `void (${name} = (${value}))`;
      }
      run = new vm.Script(`(async () => (${body}))()`, { filename: file, importModuleDynamically: kReplMainLoader });
    } catch (err) {
      return cb(err);
    }
    let promise;
    try {
      promise = this.useGlobal ? run.runInThisContext() : run.runInContext(context);
    } catch (err) {
      return cb(err);
    }
    promise.then((value) => cb(null, value), (err) => cb(err));
  }

  #sawInterrupt = false;
  #sawCtrlD = false;

  // Ctrl+C drops the line and the input so far (and leaves editor mode); on an
  // empty prompt it explains how to exit, and a second one exits.
  #onInterrupt() {
    const empty = this.line.length === 0;
    this.clearLine();
    this.#editorOff();
    if (this.bufferedCommand.length === 0 && empty) {
      if (this.#sawInterrupt) {
        this.#sawInterrupt = false;
        this.close();
        return;
      }
      this.output.write('(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n');
      this.#sawInterrupt = true;
    } else {
      this.#sawInterrupt = false;
    }
    this.bufferedCommand = '';
    this.displayPrompt();
  }

  static {
    turnOnEditorMode = (repl) => repl.#editorOn();
    // .load types the file in editor mode (shown as typed), then evaluates it whole.
    loadSource = (repl, text) => {
      repl.#editorOn();
      repl.#loading = true;
      try {
        repl.write(text);
      } finally {
        repl.#loading = false;
      }
      repl.#editorOff();
      repl.write('\n');
    };
  }

  #loading = false;

  #editorOn() {
    this.editorMode = true;
    Interface.prototype.setPrompt.call(this, '');
  }

  #editorOff() {
    if (!this.editorMode) return;
    this.editorMode = false;
    Interface.prototype.setPrompt.call(this, this._initialPrompt);
  }

  // In editor mode Ctrl+D ends the input (it is evaluated whole) and history
  // keys do nothing.
  [kTtyWrite](s, key) {
    key = key || {};
    if (!this.editorMode || !this.terminal) {
      super[kTtyWrite](s, key);
      return;
    }
    if (key.ctrl && !key.shift && key.name === 'd') {
      this.#editorOff();
      this.#sawCtrlD = true;
      super[kTtyWrite](s, { name: 'return' });
      return;
    }
    if (key.ctrl && !key.shift && (key.name === 'n' || key.name === 'p')) return;
    if (!key.ctrl && !key.meta && (key.name === 'up' || key.name === 'down')) return;
    super[kTtyWrite](s, key);
  }
}

function defineDefaultCommands(repl) {
  repl.defineCommand('break', {
    help: 'Sometimes you get stuck, this gets you out',
    action() {
      this.clearBufferedCommand();
      this.displayPrompt();
    },
  });
  repl.defineCommand('clear', {
    help: repl.useGlobal ? 'Alias for .break' : 'Break, and also clear the local context',
    action() {
      this.clearBufferedCommand();
      if (!this.useGlobal) {
        this.output.write('Clearing context...\n');
        this.resetContext();
      }
      this.displayPrompt();
    },
  });
  if (repl.terminal) {
    repl.defineCommand('editor', {
      help: 'Enter editor mode',
      action() {
        turnOnEditorMode(this);
        this.output.write('// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)\n');
      },
    });
  }
  repl.defineCommand('exit', {
    help: 'Exit the REPL',
    action() {
      exiting.add(this);
      this.close();
    },
  });
  repl.defineCommand('help', {
    help: 'Print this help message',
    action() {
      const names = Object.keys(this.commands).sort();
      const width = Math.max(...names.map((n) => n.length));
      for (const name of names) {
        const { help } = this.commands[name];
        this.output.write(help ? `.${name.padEnd(width + 3)}${help}\n` : `.${name}\n`);
      }
      this.output.write('\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n');
      this.displayPrompt();
    },
  });
  repl.defineCommand('load', {
    help: 'Load JS from a file into the REPL session',
    action(file) {
      if (!file) {
        this.output.write('The "file" argument must be specified\n');
        this.displayPrompt();
        return;
      }
      let text;
      try {
        if (!fs.statSync(file).isFile()) {
          this.output.write(`Failed to load: ${file} is not a valid file\n`);
          this.displayPrompt();
          return;
        }
        text = fs.readFileSync(file, 'utf8');
      } catch {
        this.output.write(`Failed to load: ${file}\n`);
        this.displayPrompt();
        return;
      }
      loadSource(this, text);
    },
  });
  repl.defineCommand('save', {
    help: 'Save all evaluated commands in this REPL session to a file',
    action(file) {
      if (!file) {
        this.output.write('The "file" argument must be specified\n');
        this.displayPrompt();
        return;
      }
      try {
        fs.writeFileSync(file, this.lines.join('\n'));
        this.output.write(`Session saved to: ${file}\n`);
      } catch {
        this.output.write(`Failed to save: ${file}\n`);
      }
      this.displayPrompt();
    },
  });
}

function start(prompt, source, eval_, useGlobal, ignoreUndefined, replMode) {
  return new REPLServer(prompt, source, eval_, useGlobal, ignoreUndefined, replMode);
}

module.exports = exports = {
  start,
  writer,
  REPLServer,
  REPL_MODE_SLOPPY,
  REPL_MODE_STRICT,
  Recoverable,
  isValidSyntax,
};
// The built-in module names (deprecated aliases of module.builtinModules): one
// array, which a program may add names to for the completer, as in node.
let builtinList;
const builtinNames = () => {
  builtinList ??= require('module').builtinModules.filter((name) => !name.startsWith('_') && !name.startsWith('node:'));
  return builtinList;
};
for (const [name, code, message] of [
  ['builtinModules', 'DEP0191', 'repl.builtinModules is deprecated. Check module.builtinModules instead'],
  ['_builtinLibs', 'DEP0142', 'repl._builtinLibs is deprecated. Check module.builtinModules instead'],
]) {
  Object.defineProperty(exports, name, {
    get: pendingDeprecation ? deprecate(builtinNames, message, code) : builtinNames,
    set: (value) => Object.defineProperty(exports, name, { value, writable: true, enumerable: false, configurable: true }),
    enumerable: false,
    configurable: true,
  });
}
