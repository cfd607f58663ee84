'use strict';
// node:os: every function answers with the right type and shape, and the
// properties are defined as node defines them.
require('../common');
const assert = require('assert');
const os = require('os');

assert.deepStrictEqual(Object.keys(os), ['arch', 'availableParallelism', 'cpus', 'endianness',
  'freemem', 'getPriority', 'homedir', 'hostname', 'loadavg', 'networkInterfaces', 'platform',
  'release', 'setPriority', 'tmpdir', 'totalmem', 'type', 'userInfo', 'uptime', 'version', 'machine',
  'constants', 'EOL', 'devNull']);
assert.strictEqual(os.EOL, '\n');
assert.strictEqual(os.devNull, '/dev/null');
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(os, 'EOL'),
                       { value: '\n', writable: false, enumerable: true, configurable: true });
assert.strictEqual(Object.getOwnPropertyDescriptor(os, 'constants').configurable, false);
assert.strictEqual(os.constants.signals.SIGINT, 2);
assert.strictEqual(os.constants.priority.PRIORITY_HIGHEST, -20);
assert.strictEqual(os.arch(), process.arch);
assert.strictEqual(os.platform(), process.platform);
assert.strictEqual(`${os.platform}`, process.platform);
assert.strictEqual(os.endianness(), 'LE');
assert.strictEqual(os.type(), 'Linux');
assert.strictEqual(typeof os.release(), 'string');
assert.strictEqual(typeof os.version(), 'string');
assert.strictEqual(typeof os.machine(), 'string');
assert.ok(os.hostname().length > 0);
assert.ok(os.uptime() > 0);
assert.ok(os.totalmem() > os.freemem() && os.freemem() > 0);
assert.ok(Number.isInteger(os.availableParallelism()) && os.availableParallelism() >= 1);
const load = os.loadavg();
assert.strictEqual(load.length, 3);
for (const n of load) assert.strictEqual(typeof n, 'number');

const cpus = os.cpus();
assert.ok(cpus.length >= 1);
for (const cpu of cpus) {
  assert.deepStrictEqual(Object.keys(cpu), ['model', 'speed', 'times']);
  assert.deepStrictEqual(Object.keys(cpu.times), ['user', 'nice', 'sys', 'idle', 'irq']);
  assert.strictEqual(typeof cpu.model, 'string');
}

const interfaces = os.networkInterfaces();
const lo = interfaces.lo;
if (lo) {
  const v4 = lo.find((i) => i.family === 'IPv4');
  assert.deepStrictEqual(v4, {
    address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00',
    internal: true, cidr: '127.0.0.1/8',
  });
  const v6 = lo.find((i) => i.family === 'IPv6');
  if (v6) {
    assert.deepStrictEqual(Object.keys(v6), ['address', 'netmask', 'family', 'mac', 'internal', 'cidr', 'scopeid']);
    assert.strictEqual(v6.cidr, '::1/128');
  }
}

const user = os.userInfo();
assert.strictEqual(Object.getPrototypeOf(user), null);
assert.deepStrictEqual(Object.keys(user), ['uid', 'gid', 'username', 'homedir', 'shell']);
assert.strictEqual(user.uid, process.getuid?.() ?? user.uid);

const savedTmp = process.env.TMPDIR;
process.env.TMPDIR = '/some/tmp/';
assert.strictEqual(os.tmpdir(), '/some/tmp');
process.env.TMPDIR = '/';
assert.strictEqual(os.tmpdir(), '/');
if (savedTmp === undefined) delete process.env.TMPDIR;
else process.env.TMPDIR = savedTmp;

const savedHome = process.env.HOME;
process.env.HOME = '/home/elsewhere';
assert.strictEqual(os.homedir(), '/home/elsewhere');
process.env.HOME = savedHome;

// The functions node lets be used as values ('' + os.hostname) convert to their result.
const primitive = Object.keys(os).filter((k) => typeof os[k] === 'function' && os[k][Symbol.toPrimitive]);
assert.deepStrictEqual(primitive, ['arch', 'availableParallelism', 'endianness', 'freemem', 'homedir',
  'hostname', 'platform', 'release', 'tmpdir', 'totalmem', 'type', 'uptime', 'version', 'machine']);
assert.strictEqual(+os.availableParallelism, os.availableParallelism());
assert.strictEqual(`${os.hostname}`, os.hostname());

// userInfo({ encoding }): Buffers for 'buffer', strings in the encoding otherwise.
const asBuffer = os.userInfo({ encoding: 'buffer' });
assert(Buffer.isBuffer(asBuffer.username));
assert.strictEqual(asBuffer.username.toString(), user.username);
assert.strictEqual(os.userInfo({ encoding: 'hex' }).username, Buffer.from(user.username).toString('hex'));
assert.throws(() => os.userInfo({ get encoding() { throw new Error('xyz'); } }), { message: 'xyz' });
