'use strict';
// node:readline — line-by-line reading of a stream, with callback-style question().

const {
  Interface: InterfaceBase, kQuestion, kQuestionCancel,
} = require('internal/readline/interface');
const { clearLine, clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const emitKeypressEvents = require('internal/readline/emitKeypressEvents');
const { validateAbortSignal } = require('internal/validators');
const { AbortError } = require('internal/errors');
const { defineLazyProperty } = require('internal/util');

// Callable with or without `new`, and subclassable, as node's Interface is.
function Interface(input, output, completer, terminal) {
  if (!new.target) return new Interface(input, output, completer, terminal);
  return Reflect.construct(InterfaceBase, [input, output, completer, terminal], new.target);
}
Object.setPrototypeOf(Interface.prototype, InterfaceBase.prototype);
Object.setPrototypeOf(Interface, InterfaceBase);

Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options !== null && typeof options === 'object') {
    const { signal } = options;
    if (signal) {
      validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) return;
      const onAbort = () => { this[kQuestionCancel](); };
      signal.addEventListener('abort', onAbort, { once: true });
      const cleanup = () => { signal.removeEventListener('abort', onAbort); };
      const originalCb = cb;
      cb = typeof cb === 'function' ? (answer) => {
        cleanup();
        return originalCb(answer);
      } : cleanup;
    }
  }
  if (typeof cb === 'function') this[kQuestion](query, cb);
};

Object.defineProperty(Interface.prototype.question, Symbol.for('nodejs.util.promisify.custom'), {
  value: function question(query, options) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      if (options?.signal) {
        validateAbortSignal(options.signal, 'options.signal');
        if (options.signal.aborted) {
          return reject(new AbortError(undefined, { cause: options.signal.reason }));
        }
        const onAbort = () => reject(new AbortError(undefined, { cause: options.signal.reason }));
        options.signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          options.signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this.question(query, options, cb);
    });
  },
});

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};
defineLazyProperty(module.exports, 'promises', () => require('readline/promises'));
