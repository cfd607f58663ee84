'use strict';
// The built-in exports node makes read-only, as node defines them: a getter without
// a setter or a non-writable value, with node's enumerability and configurability.
// Assigning one throws in strict code and leaves it unchanged.
require('../common');
const assert = require('assert');

// [module, key, enumerable, configurable]
const keys = [
  ['buffer', 'constants', true, false],
  ['fs', 'constants', true, false],
  ['perf_hooks', 'constants', true, false],
  ['crypto', 'constants', true, false],
  ['crypto', 'webcrypto', true, false],
  ['crypto', 'subtle', true, false],
  ['crypto', 'getRandomValues', true, false],
  ['tls', 'rootCertificates', true, false],
  ['util/types', 'isKeyObject', true, false],
  ['util/types', 'isCryptoKey', true, false],
  ['util', 'aborted', true, true],
  ['util', 'transferableAbortSignal', true, true],
  ['util', 'transferableAbortController', true, true],
  ['async_hooks', 'AsyncLocalStorage', true, true],
  ['fs', 'promises', true, true],
  ['fs', 'Utf8Stream', true, true],
  ['stream', 'promises', true, true],
  ['zlib', 'createGzip', true, true],
  ['zlib', 'createZstdDecompress', true, true],
  ['process', 'version', true, true],
  ['process', 'versions', true, true],
  ['process', 'arch', true, true],
  ['process', 'platform', true, true],
  ['process', 'release', true, true],
  ['process', 'config', true, true],
  ['process', 'pid', true, true],
  ['process', 'moduleLoadList', true, true],
  ['process', 'features', true, false],
  ['process', 'argv0', true, false],
  ['process', 'stdout', true, true],
  ['process', 'stderr', true, true],
  ['process', 'stdin', true, true],
];

for (const [id, key, enumerable, configurable] of keys) {
  const name = `${id}.${key}`;
  const object = require(id);
  const d = Object.getOwnPropertyDescriptor(object, key);
  assert.ok(d, name);
  assert.strictEqual(d.enumerable, enumerable, name);
  assert.strictEqual(d.configurable, configurable, name);
  if ('value' in d) assert.strictEqual(d.writable, false, name);
  else assert.strictEqual(d.set, undefined, name);

  const value = object[key];
  assert.notStrictEqual(value, undefined, name);
  assert.throws(() => { object[key] = { replaced: true }; }, TypeError, name);
  assert.strictEqual(object[key], value, name);
}
