'use strict';
// The navigator global: its shape, and its language taken from the environment
// as ICU takes it.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const os = require('os');

assert.strictEqual(typeof navigator, 'object');
assert.strictEqual(typeof Navigator, 'function');
assert.ok(navigator instanceof Navigator);
assert.throws(() => new Navigator(), { code: 'ERR_ILLEGAL_CONSTRUCTOR', name: 'TypeError' });
const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
assert.strictEqual(descriptor.enumerable, true);
assert.deepStrictEqual(Object.keys(navigator), []);
for (const name of ['hardwareConcurrency', 'language', 'languages', 'userAgent', 'platform']) {
  const d = Object.getOwnPropertyDescriptor(Navigator.prototype, name);
  assert.strictEqual(typeof d.get, 'function', name);
  assert.strictEqual(d.enumerable, true, name);
}
assert.strictEqual(navigator.hardwareConcurrency, os.availableParallelism());
assert.strictEqual(navigator.userAgent, `Node.js/${process.versions.node.split('.')[0]}`);
assert.deepStrictEqual(navigator.languages, [navigator.language]);
if (process.platform === 'linux' && process.arch === 'x64') assert.strictEqual(navigator.platform, 'Linux x86_64');

const languageWith = (env) => spawnSync(process.execPath, ['-p', 'navigator.language'],
                                        { env, encoding: 'utf8' }).stdout.trim();
assert.strictEqual(languageWith({}), 'en-US');
assert.strictEqual(languageWith({ LANG: 'C' }), 'en-US');
assert.strictEqual(languageWith({ LANG: 'pt_BR.UTF-8' }), 'pt-BR');
assert.strictEqual(languageWith({ LANG: 'de_DE.UTF-8', LC_MESSAGES: 'it_IT.UTF-8' }), 'it-IT');
assert.strictEqual(languageWith({ LANG: 'fr_FR', LC_ALL: '' }), 'und');
assert.strictEqual(languageWith({ LANG: 'sr_RS@latin' }), 'sr-RS-latin');
