'use strict';
// The Console class: formatting with util.formatWithOptions, group indentation,
// counters, timers and console.table, writing each message with one stream.write().
// The global console (internal/console/global) is an instance whose streams are
// process.stdout/stderr, looked up on every write.

const {
  codes: { ERR_CONSOLE_WRITABLE_STREAM, ERR_INCOMPATIBLE_OPTION_PAIR, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateInteger, validateObject, validateOneOf } = require('internal/validators');
const { activeChannel } = require('internal/diagnostics_channel/builtin');

// util.inspect and its helpers load on the first message that needs them: a program
// that logs only strings never pays for them.
let inspectModule;
const lazyInspect = () => (inspectModule ??= require('internal/util/inspect'));
const inspect = (value, options) => lazyInspect().inspect(value, options);
// The console's inspect options are its own (validated when it was made), so messages
// go straight to util.format's worker, with the arguments array as it came.
let formatInternal;
const formatArgs = (options, args) => (formatInternal ??=
  require('internal/util/format').formatWithOptionsInternal)(options, args);
let shouldColorize;

const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};
const kMaxGroupIndentation = 1000;

// Per-console state, kept off the public object.
const states = new WeakMap();

function noop() {}

function isStackOverflow(err) {
  return err instanceof RangeError && typeof err.message === 'string' &&
    err.message.startsWith('Maximum call stack size exceeded');
}

function inspectOptionsFor(self, state, stream) {
  let color = state.colorMode;
  if (color === 'auto') {
    shouldColorize ??= require('internal/util/colors').shouldColorize;
    color = shouldColorize(stream);
  }
  let options = state.inspectOptions;
  // A Map gives each stream its own options (stdout and stderr may differ).
  if (options instanceof Map) options = options.get(stream);
  if (options) {
    if (options.colors === undefined) options.colors = color;
    return options;
  }
  return color ? kColorInspectOptions : kNoColorInspectOptions;
}

function write(self, useStdout, string) {
  const state = states.get(self);
  const stream = useStdout ? self._stdout : self._stderr;
  const indent = state.groupIndent;
  if (indent.length !== 0) {
    if (string.includes('\n')) string = string.replaceAll('\n', `\n${indent}`);
    string = indent + string;
  }
  string += '\n';
  if (state.ignoreErrors === false) return stream.write(string);
  // Errors of a console stream are swallowed: a synchronous throw (or an 'error'
  // emitted with no listener, which throws) here, an asynchronous one by the callback.
  try {
    stream.write(string, writeCallbackFor(stream));
  } catch (err) {
    if (isStackOverflow(err)) throw err;
  }
}

// One write callback per stream, made once rather than on every message.
const writeCallbacks = new WeakMap();
function writeCallbackFor(stream) {
  let cb = writeCallbacks.get(stream);
  if (cb === undefined) {
    cb = (err) => onWriteError(stream, err);
    writeCallbacks.set(stream, cb);
  }
  return cb;
}

// A stream calls a failed write's callback before it emits 'error' (on a later
// tick, for pipes): a noop listener added then keeps that 'error' from throwing.
function onWriteError(stream, err) {
  if (err == null || stream._writableState?.errorEmitted) return;
  if (stream.listenerCount('error') === 0) stream.once('error', noop);
}

function formatFor(self, useStdout, args) {
  if (args.length === 0) return '';
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  const opts = inspectOptionsFor(self, states.get(self), useStdout ? self._stdout : self._stderr);
  // One value is its inspection, which is all util.format would do with it: the
  // format module loads only for messages of several arguments.
  if (args.length === 1) return inspect(args[0], opts);
  return formatArgs(opts, args);
}

function pad2(value) {
  return `${value}`.padStart(2, '0');
}

// Durations as console.timeEnd prints them: ms, s, m:ss.mmm or h:mm:ss.mmm.
function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms %= 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms %= 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const [s, frac] = seconds.toFixed(3).split('.');
    const res = hours !== 0 ? `${hours}:${pad2(minutes)}` : minutes;
    return `${res}:${pad2(s)}.${frac} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

// console.count and console.time in the process's trace (node.console): recorded
// by internal/trace_events/console.js while the process traces.
function traceConsole(ph, kind, label, data) {
  if (internalBinding('trace_events').active()) {
    require('internal/trace_events/console').trace(ph, kind, label, data);
  }
}

function timeLogImpl(self, name, label, data) {
  const times = self._times;
  const start = times.get(label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  traceConsole(name === 'timeEnd' ? 'e' : 'n', 'time', label);
  const d = process.hrtime(start);
  const formatted = formatTime(d[0] * 1000 + d[1] / 1e6);
  if (data === undefined) self.log('%s: %s', label, formatted);
  else self.log('%s: %s', label, formatted, ...data);
  return true;
}

function tableInspect(self, v) {
  const depth = v !== null && typeof v === 'object' && !Array.isArray(v) &&
    Object.keys(v).length > 2 ? -1 : 0;
  return inspect(v, {
    depth, maxArrayLength: 3, breakLength: Infinity,
    ...inspectOptionsFor(self, states.get(self), self._stdout),
  });
}

// console.log and its kin. Each publishes its arguments to its diagnostics channel
// (console.log, console.info...) before formatting them, so that a subscriber can
// change what is printed, as in node.
function printer(name, toStdout) {
  const channelName = `console.${name}`;
  return {
    [name](...args) {
      const channel = activeChannel(channelName);
      if (channel !== undefined) channel.publish(args);
      write(this, toStdout, formatFor(this, toStdout, args));
    },
  }[name];
}

const consoleMethods = {
  log: printer('log', true),
  info: printer('info', true),
  debug: printer('debug', true),
  warn: printer('warn', false),
  error: printer('error', false),

  dir(object, options) {
    write(this, true, inspect(object, {
      customInspect: false, ...inspectOptionsFor(this, states.get(this), this._stdout), ...options,
    }));
  },

  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    traceConsole('b', 'time', label);
    this._times.set(label, process.hrtime());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) this._times.delete(label);
  },

  timeLog(label = 'default', ...data) {
    timeLogImpl(this, 'timeLog', `${label}`, data);
  },

  trace: function trace(...args) {
    const err = { name: 'Trace', message: formatFor(this, false, args) };
    Error.captureStackTrace(err, trace);
    this.error(err.stack);
  },

  assert(expression, ...args) {
    if (!expression) {
      if (args.length && typeof args[0] === 'string') args[0] = `Assertion failed: ${args[0]}`;
      else args.unshift('Assertion failed');
      Reflect.apply(this.warn, this, args);
    }
  },

  clear() {
    // Only a terminal can be cleared: cursor home, then erase below.
    if (this._stdout.isTTY && process.env.TERM !== 'dumb') this._stdout.write('\u001b[1;1H\u001b[0J');
  },

  count(label = 'default') {
    label = `${label}`;
    const counts = states.get(this).counts;
    const count = (counts.get(label) ?? 0) + 1;
    counts.set(label, count);
    traceConsole('C', 'count', label, count);
    this.log(`${label}: ${count}`);
  },

  countReset(label = 'default') {
    const counts = states.get(this).counts;
    if (!counts.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    traceConsole('C', 'count', label, 0);
    counts.delete(`${label}`);
  },

  group(...data) {
    if (data.length > 0) Reflect.apply(this.log, this, data);
    const state = states.get(this);
    state.groupIndent += ' '.repeat(state.groupIndentation);
  },

  groupEnd() {
    const state = states.get(this);
    state.groupIndent = state.groupIndent.slice(0, state.groupIndent.length - state.groupIndentation);
  },

  table(tabularData, properties) {
    if (properties !== undefined && !Array.isArray(properties)) {
      throw new ERR_INVALID_ARG_TYPE('properties', 'Array', properties);
    }
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);
    const { table } = require('internal/console/table');
    const { types } = require('internal/util/types');
    const { previewEntries } = require('internal/util/preview');
    const final = (k, v) => this.log(table(k, v));
    const show = (v) => tableInspect(this, v);
    const indexes = (length) => Array.from({ length }, (_, i) => show(i));

    if (types.isMapIterator(tabularData) || types.isSetIterator(tabularData)) {
      // An iterator lists what it has left; a Set's entries come as [v, v] pairs.
      const isMapIter = types.isMapIterator(tabularData);
      const [entries, isKeyValue] = previewEntries(tabularData);
      if (isMapIter && isKeyValue) {
        const keys = [];
        const values = [];
        for (let i = 0; i < entries.length; i += 2) {
          keys.push(show(entries[i]));
          values.push(show(entries[i + 1]));
        }
        return final(['(iteration index)', 'Key', 'Values'], [indexes(keys.length), keys, values]);
      }
      const values = entries.map(show);
      return final(['(iteration index)', 'Values'], [indexes(values.length), values]);
    }
    if (types.isMap(tabularData)) {
      const keys = [];
      const values = [];
      for (const [k, v] of tabularData) {
        keys.push(show(k));
        values.push(show(v));
      }
      return final(['(iteration index)', 'Key', 'Values'], [indexes(keys.length), keys, values]);
    }
    if (types.isSet(tabularData)) {
      const values = [];
      for (const v of tabularData) values.push(show(v));
      return final(['(iteration index)', 'Values'], [indexes(values.length), values]);
    }

    const map = { __proto__: null };
    let hasPrimitives = false;
    const valuesColumn = [];
    const indexColumn = Object.keys(tabularData);
    for (let i = 0; i < indexColumn.length; i++) {
      const item = tabularData[indexColumn[i]];
      const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        valuesColumn[i] = show(item);
      } else {
        const keys = properties || Object.keys(item);
        for (const key of keys) {
          map[key] ??= [];
          if ((primitive && properties) || !Object.hasOwn(item, key)) map[key][i] = '';
          else map[key][i] = show(item[key]);
        }
      }
    }
    const keys = Object.keys(map);
    const values = Object.values(map);
    if (hasPrimitives) {
      keys.push('Values');
      values.push(valuesColumn);
    }
    keys.unshift('(index)');
    values.unshift(indexColumn);
    return final(keys, values);
  },
};

function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  if (new.target === undefined) return Reflect.construct(Console, arguments);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }
  const {
    stdout, stderr = stdout, ignoreErrors = true, colorMode = 'auto', inspectOptions,
    groupIndentation,
  } = options;
  if (!stdout || typeof stdout.write !== 'function') throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  if (!stderr || typeof stderr.write !== 'function') throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
  validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  if (groupIndentation !== undefined) {
    validateInteger(groupIndentation, 'groupIndentation', 0, kMaxGroupIndentation);
  }
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
  }
  initConsole(this, { ignoreErrors, colorMode, inspectOptions, groupIndentation });
  for (const key of Object.keys(Console.prototype)) {
    this[key] = this[key].bind(this);
    Object.defineProperty(this[key], 'name', { value: key });
  }
  for (const [name, value] of [['_stdout', stdout], ['_stderr', stderr]]) {
    Object.defineProperty(this, name, { value, writable: true, configurable: true, enumerable: false });
  }
  defineHiddenState(this);
}

// Named as node's internal map so that inspecting console._times looks the same.
class SafeMap extends Map {}

function initConsole(self, { ignoreErrors = true, colorMode = 'auto', inspectOptions,
  groupIndentation = 2 }) {
  states.set(self, {
    ignoreErrors: !!ignoreErrors, colorMode, inspectOptions, groupIndentation,
    groupIndent: '', counts: new Map(),
  });
}

// The underscore properties node's consoles carry (non-enumerable), in node's order.
function defineHiddenState(self) {
  const hidden = { writable: true, configurable: true, enumerable: false };
  Object.defineProperties(self, {
    _stdoutErrorHandler: { ...hidden, value: function() {} },
    _stderrErrorHandler: { ...hidden, value: function() {} },
    _ignoreErrors: { ...hidden, value: states.get(self).ignoreErrors },
    _times: { ...hidden, value: new SafeMap() },
  });
}

// Prototype methods in node's order; aliases are the same functions.
for (const name of ['log', 'info', 'debug', 'warn', 'error', 'dir', 'time', 'timeEnd',
  'timeLog', 'trace', 'assert', 'clear', 'count', 'countReset', 'group', 'groupEnd', 'table',
  'dirxml', 'groupCollapsed']) {
  const alias = { dirxml: 'log', groupCollapsed: 'group' };
  Console.prototype[name] = consoleMethods[alias[name] ?? name];
}
Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) {
    return states.has(instance);
  },
});

module.exports = { Console, consoleMethods, defineHiddenState, formatTime, initConsole };
