'use strict';
// Facts on the process object, shaped as node shapes them.
require('../common');
const assert = require('assert');
const path = require('path');

assert.strictEqual(process.version, 'v24.12.0');
assert.strictEqual(process.versions.node, '24.12.0');
assert.strictEqual(typeof process.versions.uv, 'string');
assert.strictEqual(process.release.name, 'node');
assert.strictEqual(process.platform, 'linux');
assert.strictEqual(process.arch, 'x64');
assert.strictEqual(typeof process.pid, 'number');
assert.strictEqual(typeof process.ppid, 'number');
assert.ok(path.isAbsolute(process.execPath));
assert.strictEqual(process.argv[0], process.execPath.length ? process.argv[0] : '');
assert.strictEqual(process.argv[1], __filename);
assert.ok(Array.isArray(process.execArgv));
assert.strictEqual(Object.prototype.toString.call(process), '[object process]');
assert.strictEqual(typeof process.config.variables, 'object');
assert.strictEqual(typeof process.features.inspector, 'boolean');
assert.strictEqual(typeof process.title, 'string');
assert.strictEqual(typeof process.umask(), 'number');
assert.strictEqual(process.umask(0o22), process.umask());
assert.strictEqual(typeof process.getuid(), 'number');
assert.strictEqual(typeof process.uptime(), 'number');

const [sec, ns] = process.hrtime();
assert.ok(Number.isInteger(sec) && Number.isInteger(ns) && ns < 1e9);
const diff = process.hrtime([sec, ns]);
assert.ok(diff[0] >= 0 && diff[1] >= 0);
assert.strictEqual(typeof process.hrtime.bigint(), 'bigint');
assert.throws(() => process.hrtime([1]), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => process.hrtime(1), { code: 'ERR_INVALID_ARG_TYPE' });

const mem = process.memoryUsage();
assert.deepStrictEqual(Object.keys(mem), ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers']);
assert.ok(mem.rss > 0 && process.memoryUsage.rss() > 0);
const cpu = process.cpuUsage();
assert.deepStrictEqual(Object.keys(cpu), ['user', 'system']);
const ru = process.resourceUsage();
assert.strictEqual(Object.keys(ru).length, 16);
assert.ok(ru.maxRSS > 0);

assert.strictEqual(process.kill(process.pid, 0), true);
assert.throws(() => process.kill(process.pid, 'SIGNOPE'), {
  code: 'ERR_UNKNOWN_SIGNAL', message: 'Unknown signal: SIGNOPE',
});
assert.throws(() => process.kill('x'), { code: 'ERR_INVALID_ARG_TYPE' });
