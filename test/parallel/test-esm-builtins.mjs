// Built-ins as modules: default is the CommonJS exports, every own enumerable
// property is a named export, with and without the node: scheme.
import '../common/index.js';
import assert from 'node:assert';
import { createRequire } from 'node:module';
import path, { join, sep } from 'node:path';
import * as pathNs from 'path';
import EventEmitter, { once } from 'events';

const require = createRequire(import.meta.url);
assert.strictEqual(path, require('path'));
assert.strictEqual(join, path.join);
assert.strictEqual(sep, '/');
assert.strictEqual(pathNs.default, path);
for (const key of Object.keys(path)) assert.ok(key in pathNs, key);
assert.strictEqual(EventEmitter, require('events'));
assert.strictEqual(once, EventEmitter.once);
