'use strict';
// module.register(): an async initialize() that settles at once is waited for
// (writing synchronously, as node runs hooks on a thread of their own)
// inside register(), so a second register() runs its initialize() before the next
// statement; one whose promise rejects at once makes register() throw the reason.
require('../common');
const { run } = require('../common/child');
const assert = require('assert');

const hooks = 'data:text/javascript,' + encodeURIComponent(
  'import { writeSync } from "node:fs"; let n = 0;' +
  'export async function initialize(tag) { writeSync(1, `init ${tag} ${++n}\\n`); }');
const r = run(['--no-warnings', '--input-type=module', '-e', `
  import { register } from 'node:module';
  console.log('result 1', register(${JSON.stringify(hooks)}, { data: 'a' }));
  console.log('result 2', register(${JSON.stringify(hooks)}, { data: 'b' }));
  await import('node:os');
`]);
assert.strictEqual(r.stderr, '');
assert.strictEqual(r.stdout, 'init a 1\nresult 1 undefined\ninit b 2\nresult 2 undefined\n');
assert.strictEqual(r.code, 0);

const rejected = run(['--no-warnings', '--input-type=module', '-e', `
  import { register } from 'node:module';
  try {
    register('data:text/javascript,export function initialize() { return Promise.reject(new Error("no")); }');
  } catch (e) {
    console.log('caught', e.message);
  }
`]);
assert.strictEqual(rejected.stderr, '');
assert.strictEqual(rejected.stdout, 'caught no\n');
assert.strictEqual(rejected.code, 0);
