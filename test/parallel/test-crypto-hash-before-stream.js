'use strict';
// A Hash, Hmac or Cipheriv made before node:stream is loaded is already a Transform:
// every name Transform's prototypes (and statics) define is reachable from it, for-in
// lists what it lists once streams are loaded, it works as a stream, and it is an
// instance of stream.Transform once a program can name stream.Transform. (eddy loads
// node:stream only when such an object is first used as a stream.)
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const crypto = require('crypto');
const stream = require('stream');

const { Transform, Duplex, Readable, Stream } = stream;
const knownSymbols = new Map([
  [Symbol.for('nodejs.rejection'), 'Symbol.for("nodejs.rejection")'],
  [Symbol.asyncDispose, 'Symbol.asyncDispose'],
  [Symbol.asyncIterator, 'Symbol.asyncIterator'],
]);
// Each name as the source text of a property key.
function keysOf(objects, skip) {
  const keys = new Set();
  for (const o of objects) {
    for (const k of Reflect.ownKeys(o)) {
      if (skip.includes(k)) continue;
      if (typeof k === 'symbol') {
        assert.ok(knownSymbols.has(k), `unexpected symbol ${String(k)}`);
        keys.add(knownSymbols.get(k));
      } else {
        keys.add(JSON.stringify(k));
      }
    }
  }
  return [...keys];
}
const protoKeys = keysOf([Transform.prototype, Duplex.prototype, Readable.prototype, Stream.prototype],
                         ['constructor']);
const staticKeys = keysOf([Transform, Duplex, Readable, Stream], ['length', 'name', 'prototype']);

const makeAll = `
  const crypto = require('crypto');
  const objects = [crypto.createHash('sha256'), crypto.createHmac('sha256', 'k'),
    crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16))];
`;
function forInOf(o) {
  const keys = [];
  for (const k in o) keys.push(k);
  return keys;
}
function run(source) {
  const r = spawnSync(process.execPath, ['-e', source], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

// Names and for-in, before anything else touches streams.
const before = run(`${makeAll}
  const out = { missing: [], missingStatic: [], forIn: [] };
  for (const o of objects) {
    for (const k of [${protoKeys.join(', ')}]) if (!(k in o)) out.missing.push(String(k));
    for (const k of [${staticKeys.join(', ')}]) if (!(k in o.constructor)) out.missingStatic.push(String(k));
    const keys = [];
    for (const k in o) keys.push(k);
    out.forIn.push(keys);
  }
  // Assigning a stream method on an instance shadows it there only.
  objects[0].pipe = 1;
  out.shadow = [Object.hasOwn(objects[0], 'pipe'), typeof crypto.createHash('sha256').pipe];
  require('fs').writeSync(1, JSON.stringify(out));
`);
assert.deepStrictEqual(before.missing, []);
assert.deepStrictEqual(before.missingStatic, []);
assert.deepStrictEqual(before.shadow, [true, 'function']);
const objects = [crypto.createHash('sha256'), crypto.createHmac('sha256', 'k'),
                 crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16))];
assert.deepStrictEqual(before.forIn, objects.map(forInOf));

// Loading node:stream afterwards completes the chain.
const loaded = run(`${makeAll}
  const stream = require('stream');
  // Hash.prototype -> LazyTransform.prototype -> Transform.prototype (a Cipheriv has
  // one more level in eddy).
  const lazyProto = Object.getPrototypeOf(Object.getPrototypeOf(objects[0]));
  const out = objects.map((o) => [o instanceof stream.Transform,
    lazyProto.isPrototypeOf(o) && Object.getPrototypeOf(lazyProto) === stream.Transform.prototype,
    o.pipe === stream.Readable.prototype.pipe, o.constructor.from === stream.Duplex.from]);
  require('fs').writeSync(1, JSON.stringify(out));
`);
assert.deepStrictEqual(loaded, [[true, true, true, true], [true, true, true, true], [true, true, true, true]]);

// Used as a stream without a require of node:stream.
const used = run(`
  const crypto = require('crypto');
  const h = crypto.createHash('sha256');
  h.setEncoding('hex');
  let out = '';
  h.on('data', (d) => { out += d; });
  h.on('end', () => require('fs').writeSync(1, JSON.stringify(out)));
  h.end('abc');
`);
assert.strictEqual(used, crypto.createHash('sha256').update('abc').digest('hex'));
