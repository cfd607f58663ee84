'use strict';
// How util.inspect prints an error: its stack in V8's shape (JSC's own frames are
// converted), the class name worked into the first line when it differs from the
// error's name, `[cause]` and AggregateError's `[errors]` listed as hidden keys, frames
// shared with the cause folded away, and every line indented to the current level.

// Built-ins captured at load, so that a program replacing them (Object.keys = ...)
// does not change how values print.
const { isArray: ArrayIsArray } = Array;
const { min: MathMin } = Math;

const { v8Stack } = require('internal/errors/stack');

const errorToString = (err) => Error.prototype.toString.call(err);
const nullProtoName = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/;
const nullProtoBareName = /^([a-z_A-Z0-9-]*Error)$/;
const jscFrame = /@.*:\d+:\d+$|@\[native code\]$|^\[native code\]$/;
const coreFrame = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;
const nodeModulesPart = /[/\\]node_modules[/\\](.+?)(?=[/\\])/g;

// err.stack as text, or its inspection when it is no string.
function getStackString(ctx, err, internals) {
  let stack;
  try {
    stack = err.stack;
  } catch {
    stack = undefined;
  }
  // JSC's own frames (`fn@file:1:2`) become V8's; a stack a program wrote stays as is.
  if (typeof stack === 'string' && jscFrame.test(stack.slice(0, stack.indexOf('\n') >>> 0))) {
    stack = v8Stack(err);
  }
  if (stack) {
    if (typeof stack === 'string') return stack;
    // A non-string stack is shown under the error's summary line. Node passes no depth
    // here, which makes the nested value print one entry per line.
    ctx.seen.push(err);
    ctx.indentationLvl += 4;
    const result = internals.formatValue(ctx, stack, undefined);
    ctx.indentationLvl -= 4;
    ctx.seen.pop();
    return `${errorToString(err)}\n    ${result}`;
  }
  try {
    return errorToString(err);
  } catch {
    return 'Error';
  }
}

// name, message and stack are hidden when the stack already says them.
function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (ctx.showHidden || keys.length === 0) return;
  for (const name of ['name', 'message', 'stack']) {
    const index = keys.indexOf(name);
    if (index !== -1 && (typeof err[name] !== 'string' || stack.includes(err[name]))) {
      keys.splice(index, 1);
    }
  }
}

// Works the constructor's name into the first line: `MyErr [Error]: x`.
function improveStack(stack, constructor, name, tag, internals) {
  let len = name.length;
  if (constructor === null ||
      (name.endsWith('Error') && stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = nullProtoName.exec(stack) || nullProtoBareName.exec(stack);
      fallback = start?.[1] || '';
      len = fallback.length;
      fallback ||= 'Error';
    }
    const prefix = internals.getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

// The longest run (more than three frames) shared by a and b: { len, offset in a }.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = MathMin(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

function getStackFrames(ctx, err, stackFrames, internals) {
  const frames = stackFrames.split('\n');
  let cause;
  try {
    ({ cause } = err);
  } catch {
    // A throwing `cause` getter folds nothing.
  }
  if (cause != null && internals.isErrorLike(cause)) {
    const causeStack = getStackString(ctx, cause, internals);
    const causeStart = causeStack.indexOf('\n    at');
    if (causeStart !== -1) {
      const causeFrames = causeStack.slice(causeStart + 1).split('\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

let builtinIds;
function isBuiltin(id) {
  builtinIds ??= new Set(internalBinding('builtins').ids);
  return builtinIds.has(id);
}

// With colours, node's own frames are dimmed and node_modules names underlined.
function colorFrames(ctx, lines) {
  let out = '';
  for (const line of lines) {
    const core = coreFrame.exec(line);
    if (core !== null && isBuiltin(core[1])) {
      out += `\n${ctx.stylize(line, 'undefined')}`;
      continue;
    }
    nodeModulesPart.lastIndex = 0;
    out += `\n${line.replace(nodeModulesPart, (m, mod) =>
      m.slice(0, m.length - mod.length) + ctx.stylize(mod, 'module'))}`;
  }
  return out;
}

function formatError(err, constructor, tag, ctx, keys, internals) {
  // A symbol name throws here, as in node.
  const name = err.name != null ? `${err.name}` : 'Error';
  let stack = getStackString(ctx, err, internals);
  removeDuplicateErrorKeys(ctx, keys, err, stack);
  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  try {
    if (ArrayIsArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) {
      keys.push('errors');
    }
  } catch {
    // A throwing `errors` getter is not listed.
  }
  stack = improveStack(stack, constructor, name, tag, internals);

  // Frames start after the message, which may itself contain "\n    at".
  let message;
  try {
    message = err.message;
  } catch {
    // Treated as no message.
  }
  let pos = (typeof message === 'string' && message && stack.indexOf(message)) || -1;
  if (pos !== -1) pos += message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    const head = stack.slice(0, stackStart);
    const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1), internals);
    stack = ctx.colors ? head + colorFrames(ctx, lines) : `${head}\n${lines.join('\n')}`;
  }
  if (ctx.indentationLvl !== 0) {
    stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

module.exports = { formatError };
