'use strict';
// Stack traces in V8's shape. JavaScriptCore writes frames as `fn@file:line:col`;
// node programs and packages expect `    at fn (file:line:col)`, and call
// Error.captureStackTrace / Error.prepareStackTrace with CallSite objects. This
// module parses JSC's frames and offers V8's API on top of them.

// The engine's own Error.captureStackTrace, kept before the global Error is
// replaced (this file may load after that).
const { defineLazyStack, nativeCaptureStackTrace: nativeCapture } = require('internal/errors/constructors');

// Column offsets added by wrappers on line 1: user modules' are recorded by their
// loaders, a built-in's is its module wrapper's.
const { firstLineOffsets, setFirstLineOffset } = require('internal/errors/line_offsets');
const kBuiltinPrefix = '(function (exports, require, module, process, internalBinding) {'.length;

// node:vm's columnOffset: added to the columns of one line of a file (its first,
// after lineOffset), once they are V8's.
const columnOffsets = new Map();
function setColumnOffset(filename, line, offset) {
  if (offset === 0) columnOffsets.delete(filename);
  else columnOffsets.set(filename, { line, offset });
}

const frameRe = /^(?:(.*?)@)?(.*?)(?::(\d+):(\d+))?$/;
const identChar = /[\w$\u00a0-\uffff]/;
const jscLocation = /:\d+:\d+$/;
const identName = /^[\w$]+$/;

// JSC puts a call's column on its '(' and a property access's on its '.'; V8 puts
// them on the callee's name (or `new`) and on the property name. Maps one to the
// other using the source line.
function v8Column(fileName, line, column) {
  const { readSourceLine } = require('internal/util/source');
  const text = readSourceLine(fileName, line);
  if (text === undefined) return column;
  let i = column - 1;
  const c = text[i];
  if (c === '.') return text[i + 1] === '.' ? column : column + 1;
  if (c !== '(' && c !== '`') return column;
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  const end = j;
  while (j >= 0 && identChar.test(text[j])) j--;
  if (j === end) return column; // not a name: e.g. (fn)() or a()()
  let start = j + 1;
  if (text[j] !== '.' && text[j] !== '?') {
    const before = text.slice(0, start).trimEnd();
    if (before.endsWith('new') && !identChar.test(before[before.length - 4] ?? '')) {
      start = before.length - 3;
    }
  }
  return start + 1;
}

// JSC names an accessor's frame by its property alone; V8 says `get x` / `set x`.
// The source tells which: before the frame's position, the nearest `x(` that is
// not a call (`.x(`) is the function's own header, which an accessor's starts with
// `get` or `set`. Looked back over a few lines only; answers are kept.
const kAccessorScanLines = 100;
const accessorKinds = new Map();
function accessorKind(fileName, line, column, name) {
  const key = `${fileName}:${line}:${column}:${name}`;
  let kind = accessorKinds.get(key);
  if (kind !== undefined) return kind;
  kind = null;
  const { readSourceLine } = require('internal/util/source');
  const header = new RegExp(`(?:^|[^.\\w$])(?:(get|set)\\s+)?${name.replace(/\$/g, '\\$')}\\s*\\(`, 'g');
  for (let l = line; l > 0 && l > line - kAccessorScanLines; l--) {
    let text = readSourceLine(fileName, l);
    if (text === undefined) break;
    if (l === line) text = text.slice(0, column - 1);
    let last = null;
    let m;
    header.lastIndex = 0;
    while ((m = header.exec(text)) !== null) last = m;
    if (last !== null) {
      kind = last[1] ?? null;
      break;
    }
  }
  if (accessorKinds.size >= 256) accessorKinds.clear();
  accessorKinds.set(key, kind);
  return kind;
}

// One JSC frame line -> { functionName, fileName, line, column, native, eval }.
function parseFrame(text) {
  if (text === '[native code]' || text.endsWith('@[native code]')) {
    const at = text.lastIndexOf('@');
    return { functionName: at > 0 ? text.slice(0, at) : '', fileName: null, line: null,
      column: null, native: true, eval: false, toplevel: false };
  }
  const m = frameRe.exec(text);
  if (!m) return null;
  let functionName = m[1] ?? '';
  let fileName = m[2] || null;
  const line = m[3] !== undefined ? Number(m[3]) : null;
  let column = m[4] !== undefined ? Number(m[4]) : null;
  let toplevel = false;
  const isEval = functionName === 'eval code';
  if (functionName === 'global code' || functionName === 'module code' || isEval) {
    functionName = '';
    toplevel = true;
  }
  if (line === 1 && column !== null && fileName) {
    let offset = firstLineOffsets.get(fileName);
    if (offset === undefined && fileName.startsWith('node:')) offset = kBuiltinPrefix;
    if (offset !== undefined) column = Math.max(1, column - offset);
  }
  if (column !== null && line !== null && fileName) {
    column = v8Column(fileName, line, column);
    const shift = columnOffsets.get(fileName);
    if (shift !== undefined && shift.line === line) column += shift.offset;
    if (functionName !== '' && identName.test(functionName)) {
      const kind = accessorKind(fileName, line, column, functionName);
      if (kind !== null) functionName = `${kind} ${functionName}`;
    }
  }
  return { functionName, fileName, line, column, native: false, eval: isEval, toplevel };
}

function isLoaderFrame(f) {
  return f !== undefined && f.fileName === 'node:internal/modules/cjs/loader';
}

function parseStack(stack) {
  if (typeof stack !== 'string' || stack === '') return [];
  const frames = [];
  // Indexed, not for-of: every `new Error()` comes here, and a program may have
  // replaced %ArrayIteratorPrototype%.next.
  const lines = stack.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith('    at ')) return null; // already V8-shaped
    // JSC writes `name@url:line:col`, `name@` or `url:line:col`: any other line is
    // a stack the program set (`err.stack = 'text'`), which is not reshaped.
    if (line !== '' && !line.includes('@') && !jscLocation.test(line)) return null;
    const f = parseFrame(line);
    if (f) frames.push(f);
  }
  // A CommonJS module's own code runs in the anonymous wrapper function the loader
  // calls; V8 names that frame `Object.<anonymous>`.
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i];
    if (f.functionName === '' && !f.native && !f.toplevel && isLoaderFrame(frames[i + 1]) &&
        !isLoaderFrame(f)) {
      f.functionName = 'Object.<anonymous>';
    }
  }
  dropVmPlumbing(frames);
  return frames;
}

// node:vm's own plumbing between a script and the vm method its caller called (the
// binding's native run, evaluate, and an interruptible run's wrappers) is left
// out, as node's stacks go from the script to Script.runInThisContext.
const kVmPlumbing = new Set(['evaluate', 'callInterruptible', 'runInterruptible', '']);
function dropVmPlumbing(frames) {
  for (let i = 0; i < frames.length; i++) {
    if (!frames[i].native || frames[i].functionName !== 'run') continue;
    let j = i + 1;
    while (j < frames.length && frames[j].fileName === 'node:vm' && kVmPlumbing.has(frames[j].functionName)) j++;
    if (j > i + 1 && frames[j - 1].functionName === 'evaluate') frames.splice(i, j - i);
  }
}

// Where a SyntaxError from compiling a file points (JSC gives the line only).
const syntaxLocations = new WeakMap();
function setSyntaxLocation(err, location) {
  syntaxLocations.set(err, location);
}

class CallSite {
  #f;
  constructor(frame) { this.#f = frame; }
  getThis() { return undefined; }
  getTypeName() { return this.#f.toplevel ? 'Object' : null; }
  getFunction() { return undefined; }
  getFunctionName() { return this.#f.functionName || null; }
  getMethodName() { return null; }
  getFileName() { return this.#f.fileName ?? undefined; }
  getLineNumber() { return this.#f.line; }
  getColumnNumber() { return this.#f.column; }
  getEnclosingLineNumber() { return this.#f.line; }
  getEnclosingColumnNumber() { return this.#f.column; }
  getEvalOrigin() { return undefined; }
  getScriptNameOrSourceURL() { return this.#f.fileName ?? undefined; }
  getScriptHash() { return ''; }
  getPosition() { return 0; }
  getPromiseIndex() { return null; }
  isToplevel() { return this.#f.toplevel; }
  isEval() { return this.#f.eval; }
  isNative() { return false; }
  isConstructor() { return this.#f.functionName.startsWith('new '); }
  isAsync() { return false; }
  isPromiseAll() { return false; }
  toString() { return formatFrame(this.#f); }
}

function formatLocation(f) {
  if (f.native) return 'native';
  if (!f.fileName) return '<anonymous>';
  return f.line !== null ? `${f.fileName}:${f.line}:${f.column}` : f.fileName;
}

function formatFrame(f) {
  let name = f.functionName;
  if (!name) return formatLocation(f);
  // The tick loop, at the bottom of most asynchronous stacks: V8 names it by its
  // receiver, as node calls it on process.
  if (name === 'processTicksAndRejections' && f.fileName === 'node:internal/process/task_queues') {
    name = 'process.processTicksAndRejections';
  }
  return `${name} (${formatLocation(f)})`;
}

// While source maps are on (internal/modules/source_maps), frames are printed at
// their original positions.
let frameMapper = null;
function setFrameMapper(fn) {
  frameMapper = fn;
}

function formatFrames(frames) {
  let out = '';
  for (let i = 0; i < frames.length; i++) {
    out += `\n    at ${formatFrame(frameMapper === null ? frames[i] : frameMapper(frames[i]))}`;
  }
  return out;
}

// The first line of a V8 stack: `Name: message`, or `Name [CODE]: message` for
// node's own errors.
function stackHeader(err) {
  let name;
  let message;
  try {
    name = err.name;
    message = err.message;
  } catch {
    return 'Error';
  }
  name = name === undefined ? 'Error' : String(name);
  message = message === undefined ? '' : String(message);
  if (typeof err.code === 'string' && err.code.startsWith('ERR_') && err instanceof Error &&
      Object.getPrototypeOf(Object.getPrototypeOf(err))?.constructor?.name === name) {
    name = `${name} [${err.code}]`;
  }
  if (!name) return message;
  if (!message) return name;
  return `${name}: ${message}`;
}

// Frames of eddy's own lib/ at the top of a stack are dropped so a stack begins
// where the user's code called in (what node's hideStackFrames achieves).
function dropInternalTop(frames) {
  const isInternal = (f) => f.native || (f.fileName && f.fileName.startsWith('node:internal/'));
  let i = 0;
  while (i < frames.length && isInternal(frames[i])) i++;
  if (i < frames.length) return frames.slice(i);
  // All of it is lib/'s (an error made in a callback from the event loop): only the
  // frames of the error's own making go, as node's start where the error was made.
  let j = 0;
  while (j < frames.length && (frames[j].native || frames[j].fileName === 'node:internal/errors' ||
         frames[j].fileName === 'node:internal/errors/constructors')) j++;
  return j === frames.length ? frames : frames.slice(j);
}

function limit() {
  const n = Error.stackTraceLimit;
  return typeof n === 'number' && n >= 0 ? n : 0;
}

// Error.captureStackTrace(obj[, fn]) with V8's result: obj.stack becomes the
// header plus frames above fn (by name, as JSC frames carry no function identity),
// or whatever Error.prepareStackTrace returns for the CallSites. bareWhenInternal
// (for lib's system errors): no frames when none is outside lib/, as node's errors
// made in C++ for a completed request have none. As in V8, only the frames are
// taken now: they are parsed, and the header and Error.prepareStackTrace applied,
// when the stack is first read (a server's system errors are mostly never read).
function captureStackTraceImpl(obj, fn, bareWhenInternal = false) {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('object', 'Object', obj);
  }
  const saved = Error.stackTraceLimit;
  Error.stackTraceLimit = 200;
  const holder = {};
  nativeCapture(holder);
  Error.stackTraceLimit = saved;
  const raw = holder.stack;
  const max = limit();
  defineLazyStack(obj, () => formatCaptured(obj, raw, fn, bareWhenInternal, max), rememberV8Shaped);
}

function rememberV8Shaped(obj, value) {
  if (typeof value === 'string') v8Shaped.set(obj, value);
}

// The stack captureStackTraceImpl took, in V8's shape: frames above fn (or below
// lib's own), at most max of them.
function formatCaptured(obj, raw, fn, bareWhenInternal, max) {
  let frames = parseStack(raw) ?? [];
  frames = frames.slice(1); // captureStackTraceImpl
  if (typeof fn === 'function' && fn.name) {
    const idx = frames.findIndex((f) => f.functionName === fn.name ||
      f.functionName.endsWith(`.${fn.name}`) || f.functionName === `new ${fn.name}`);
    if (idx !== -1) frames = frames.slice(idx + 1);
  } else {
    const outside = frames.some((f) => !f.native && !(f.fileName && f.fileName.startsWith('node:internal/')));
    frames = bareWhenInternal && !outside ? [] : dropInternalTop(frames);
  }
  frames = frames.slice(0, max);
  const prepare = globalThis.Error.prepareStackTrace;
  if (typeof prepare === 'function' && prepare.name !== 'ErrorPrepareStackTrace') {
    return prepare(obj, frames.map((f) => new CallSite(f)));
  }
  return stackHeader(obj) + formatFrames(frames);
}

// The stacks captureStackTraceImpl wrote, by object: one with no frames (made in a
// callback with nothing of the program's below it) has no `    at ` line to tell it
// from JSC's raw form, and a multi-line message must not be read as frames.
const v8Shaped = new WeakMap();

// Errors the engine throws carry JSC's messages and JSC's `stack`. Wherever such an
// error reaches eddy's own code (uncaught, rejected, printed, sent from a worker,
// caught by assert) it is given V8's form in place: V8's message where JSC's text
// tells it (internal/errors/engine_messages), and V8's frames, so err.message,
// String(err) and err.stack read as node's from then on. A catch in the program's
// own code still sees JSC's form first: the engine offers no hook where it makes
// the error.
const { isError: nativeIsError } = Error;
const { getOwnPropertyDescriptor } = Object;
let engineMessages;

// Only errors the engine made: their `stack` is JSC's own data property (the
// program's constructors give theirs an accessor, constructors.js).
function v8EngineMessage(err) {
  const stack = getOwnPropertyDescriptor(err, 'stack');
  if (stack === undefined || !('value' in stack)) return;
  const desc = getOwnPropertyDescriptor(err, 'message');
  if (desc === undefined || typeof desc.value !== 'string' || !desc.writable) return;
  let name;
  try {
    name = err.name;
  } catch {
    return; // a getter of the program's that throws
  }
  if (typeof name !== 'string') return;
  engineMessages ??= require('internal/errors/engine_messages');
  const message = engineMessages.v8Message(name, desc.value);
  if (message !== undefined) {
    Object.defineProperty(err, 'message', { __proto__: null, value: message });
  }
}

function v8EngineError(err) {
  // Error.isError is false for a Proxy, so no trap of the program's runs here.
  if (!nativeIsError(err)) return err;
  v8EngineMessage(err);
  // Errors made by the program's constructors have an accessor (constructors.js);
  // the engine's own have JSC's text as a data property.
  const desc = getOwnPropertyDescriptor(err, 'stack');
  if (desc !== undefined && typeof desc.value === 'string' && desc.writable) {
    const stack = v8Stack(err);
    if (stack !== desc.value) Object.defineProperty(err, 'stack', { __proto__: null, value: stack });
  }
  return err;
}

// The stack of any thrown value in V8's shape, for printing and inspection.
function v8Stack(err) {
  if (nativeIsError(err)) v8EngineMessage(err);
  let raw;
  try {
    raw = err.stack;
  } catch {
    return undefined;
  }
  if (typeof raw !== 'string' || v8Shaped.get(err) === raw) return raw;
  const frames = parseStack(raw);
  if (frames === null) return raw; // already V8-shaped (captureStackTrace, or user-set)
  if (raw !== '' && frames.length === 0) return raw;
  return stackHeader(err) + formatFrames(frames.slice(0, limit()));
}

// The parsed top frame of an error, for the source line printed above it.
function topFrame(err) {
  if (err !== null && typeof err === 'object' && syntaxLocations.has(err)) {
    return syntaxLocations.get(err);
  }
  let raw;
  try {
    raw = err.stack;
  } catch {
    return null;
  }
  if (typeof raw !== 'string') return null;
  if (raw.includes('\n    at ')) {
    const m = /\n {4}at (?:.*? \()?(.*?):(\d+):(\d+)\)?(?:\n|$)/.exec(raw);
    return m ? { fileName: m[1], line: Number(m[2]), column: Number(m[3]) } : null;
  }
  const frames = parseStack(raw) ?? [];
  const top = frames.find((f) => f.fileName && !f.native) ?? null;
  return top !== null && frameMapper !== null ? frameMapper(top) : top;
}

function getCallSites(n = 10) {
  // As in node, Error.stackTraceLimit does not limit util.getCallSites().
  const saved = Error.stackTraceLimit;
  Error.stackTraceLimit = 200;
  const holder = {};
  nativeCapture(holder);
  Error.stackTraceLimit = saved;
  const frames = dropInternalTop((parseStack(holder.stack) ?? []).slice(1));
  return frames.slice(0, n).map((f) => ({
    functionName: f.functionName,
    scriptName: f.fileName ?? '',
    scriptId: '0',
    lineNumber: f.line ?? 0,
    columnNumber: f.column ?? 0,
    column: f.column ?? 0,
  }));
}

module.exports = {
  CallSite,
  captureStackTrace: captureStackTraceImpl,
  dropInternalTop,
  formatFrames,
  getCallSites,
  limit,
  parseStack,
  setColumnOffset,
  setFirstLineOffset,
  setFrameMapper,
  setSyntaxLocation,
  stackHeader,
  topFrame,
  v8EngineError,
  v8Stack,
};
