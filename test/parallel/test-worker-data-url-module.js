'use strict';
// A Worker made from a data: URL runs it as an ES module: it may export, import
// built-ins and await at top level; CommonJS names are not defined there; a
// text/plain URL fails to load; an await that never settles exits with 13.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const url = (text) => new URL(`data:text/javascript,${encodeURIComponent(text)}`);

new Worker(url(`
  import { parentPort } from 'node:worker_threads';
  await Promise.resolve();
  parentPort.postMessage([typeof require, typeof module, import.meta.url.startsWith('data:')]);
  export const x = 1;
`)).on('message', common.mustCall((m) => assert.deepStrictEqual(m, ['undefined', 'undefined', true])))
  .on('error', common.mustNotCall());

new Worker(url('module.exports = {}')).on('error', common.mustCall((err) => {
  assert.strictEqual(err.name, 'ReferenceError');
}));

new Worker(new URL('data:text/plain,x')).on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_UNKNOWN_MODULE_FORMAT');
}));

new Worker(url('await Promise.reject(new Error("rejected"))')).on('error', common.mustCall((err) => {
  assert.strictEqual(err.message, 'rejected');
}));

new Worker(url('await new Promise(() => {})'), { stderr: true })
  .on('exit', common.mustCall((code) => assert.strictEqual(code, 13)));
