'use strict';
// Mocking libraries and test runners replace built-in exports by plain assignment
// (sinon.stub(fsPromises, 'opendir'), `http.Agent = FakeAgent`). node defines these as
// writable data properties; eddy loads some of them on first read, through an accessor
// that must then have a setter: in strict code, assigning a getter-only property throws.
require('../common');
const assert = require('assert');

const keys = [
  ['path', 'win32'],
  ['path/posix', 'win32'],
  ['http', 'Agent'],
  ['http', 'ClientRequest'],
  ['http', '_connectionListener'],
  ['tls', 'TLSSocket'],
  ['tls', 'Server'],
  ['url', 'URLPattern'],
  ['fs/promises', 'cp'],
  ['fs/promises', 'glob'],
  ['fs/promises', 'opendir'],
  ['fs/promises', 'watch'],
  ['domain', '_stack'],
];

// Assigning before the first read replaces the export as well.
const http = require('http');
const fake = { fake: true };
http.ClientRequest = fake;
assert.strictEqual(http.ClientRequest, fake);
http.ClientRequest = require('_http_client').ClientRequest;
assert.strictEqual(typeof http.ClientRequest, 'function');

for (const [id, key] of keys) {
  const name = `${id}.${key}`;
  const object = require(id);
  // Before the first read: enumerable, configurable, and assignable.
  const before = Object.getOwnPropertyDescriptor(object, key);
  assert.ok(before, name);
  assert.strictEqual(before.enumerable, true, name);
  assert.strictEqual(before.configurable, true, name);
  assert.ok(before.writable === true || typeof before.set === 'function', name);

  const original = object[key];
  assert.notStrictEqual(original, undefined, name);
  const stub = { stub: name };
  object[key] = stub;
  assert.strictEqual(object[key], stub, name);
  const after = Object.getOwnPropertyDescriptor(object, key);
  assert.strictEqual(after.enumerable, true, name);
  assert.strictEqual(after.configurable, true, name);
  object[key] = original;
  assert.strictEqual(object[key], original, name);
}
