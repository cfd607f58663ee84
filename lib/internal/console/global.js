'use strict';
// The global console: Console's methods bound to one object whose streams are
// process.stdout and process.stderr, looked up on each write (so a program may replace
// them), with node's key order and inspector-only methods as no-ops.

const { Console, defineHiddenState, initConsole } = require('internal/console/constructor');

const globalConsole = { __proto__: {} };
initConsole(globalConsole, {});
const order = ['log', 'info', 'debug', 'warn', 'error', 'dir', 'time', 'timeEnd', 'timeLog',
  'trace', 'assert', 'clear', 'count', 'countReset', 'group', 'groupEnd', 'table', 'dirxml',
  'groupCollapsed'];
for (const key of order) {
  const fn = Console.prototype[key].bind(globalConsole);
  Object.defineProperty(fn, 'name', { value: key });
  globalConsole[key] = fn;
}
defineHiddenState(globalConsole);
globalConsole.Console = Console;
for (const key of ['profile', 'profileEnd', 'timeStamp']) {
  globalConsole[key] = { [key]() {} }[key];
}
globalConsole.context = function context(name) {
  const c = { __proto__: {} };
  initConsole(c, {});
  for (const key of order) c[key] = Console.prototype[key].bind(globalConsole);
  void name;
  return c;
};
globalConsole.createTask = function createTask(name) {
  void name;
  return { run(fn) { return fn(); } };
};
const { consoleStream } = require('internal/console/direct_write');
for (const [name, get] of [['_stdout', () => consoleStream('stdout', 1)],
  ['_stderr', () => consoleStream('stderr', 2)]]) {
  Object.defineProperty(globalConsole, name, {
    get,
    set(value) {
      Object.defineProperty(globalConsole, name, {
        value, writable: true, configurable: true, enumerable: false,
      });
    },
    configurable: true,
    enumerable: false,
  });
}

Object.defineProperty(globalConsole, Symbol.toStringTag, {
  value: 'console', writable: false, enumerable: false, configurable: true,
});

module.exports = globalConsole;
