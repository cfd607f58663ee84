'use strict';
// emitKeypressEvents() decodes characters, control keys, meta keys and escape
// sequences (with modifiers) into node's (string, key) pairs.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
readline.emitKeypressEvents(input);
const keys = [];
input.on('keypress', (s, key) => keys.push([s, key]));
input.write('aZ\x03\r\x1b[A\x1b[1;5C\x1bb\x1b[3~\x1bOP\x1b[Z');
setImmediate(common.mustCall(() => {
  const k = (sequence, name, extra = {}) => ({ sequence, name, ctrl: false, meta: false, shift: false, ...extra });
  assert.deepStrictEqual(keys, [
    ['a', k('a', 'a')],
    ['Z', k('Z', 'z', { shift: true })],
    ['\x03', k('\x03', 'c', { ctrl: true })],
    ['\r', k('\r', 'return')],
    [undefined, k('\x1b[A', 'up', { code: '[A' })],
    [undefined, k('\x1b[1;5C', 'right', { ctrl: true, code: '[C' })],
    [undefined, k('\x1bb', 'b', { meta: true })],
    [undefined, k('\x1b[3~', 'delete', { code: '[3~' })],
    [undefined, k('\x1bOP', 'f1', { code: 'OP' })],
    [undefined, k('\x1b[Z', 'tab', { shift: true, code: '[Z' })],
  ]);
}));
