'use strict';
// Flags: --no-warnings
// Every function (and class method) of the pure core modules, called with odd
// arguments and receivers, either returns or throws: none may end the process
// (an abort in a native check or a bad read of memory did before). The calls are
// chosen by a fixed seed, so a failure repeats.
require('../common');
const assert = require('assert');

let state = 12345;
function random() {
  state = (state * 1103515245 + 12345) & 0x7fffffff;
  return state / 0x7fffffff;
}
const pick = (list) => list[Math.floor(random() * list.length)];

const oddValues = [
  undefined, null, 0, -1, 1.5, NaN, Infinity, -Infinity, 2 ** 31, 2 ** 32, 2 ** 53,
  '', 'a', 'utf8', 'hex', 'base64', 'latin1', '\ud800', 'x'.repeat(300),
  {}, [], [1, 2, 3], { length: -1 }, { length: 100 }, Buffer.alloc(0), Buffer.alloc(16, 1),
  new Uint16Array(3), new ArrayBuffer(8), new DataView(new ArrayBuffer(4)), new Float64Array(2),
  Symbol('s'), 10n, () => {}, true, Object.create(null), new Date(NaN), /re/g, new Map(),
  { toString() { throw new Error('from toString'); } }, { valueOf() { return 2 ** 40; } },
];
// Functions that act on the process or the machine, or allocate what they are told.
const skip = new Set([
  'setPriority', 'setMaxListeners', 'setDefaultHighWaterMark', 'debuglog', 'alloc', 'allocUnsafe',
  'allocUnsafeSlow', 'SlowBuffer', 'repeat', 'pbkdf2Sync', 'pbkdf2', 'scryptSync', 'scrypt',
  'generatePrimeSync', 'generatePrime', 'generateKeyPairSync', 'generateKeyPair', 'generateKeySync',
  'generateKey', 'checkPrimeSync', 'checkPrime', 'randomFillSync', 'randomFill', 'hkdfSync', 'hkdf',
  'argon2Sync', 'argon2', 'setEngine', 'setFips', 'secureHeapUsed', 'once', 'on',
]);

const functions = [];
function collect(object, depth) {
  for (const key of Object.getOwnPropertyNames(object)) {
    if (skip.has(key) || key.startsWith('_') || key === 'constructor') continue;
    let value;
    try {
      value = object[key];
    } catch {
      continue; // An accessor refusing this receiver: that is an answer too.
    }
    if (typeof value === 'function') {
      functions.push([value, object]);
      if (depth === 0 && value.prototype) collect(value.prototype, 1);
    } else if (value && typeof value === 'object' && depth === 0 && key !== 'constants') {
      collect(value, 1);
    }
  }
}
for (const name of ['buffer', 'util', 'path', 'url', 'querystring', 'string_decoder', 'crypto',
                    'zlib', 'events', 'punycode', 'os']) {
  collect(require(name), 0);
}
assert.ok(functions.length > 400, `functions found: ${functions.length}`);

process.on('unhandledRejection', () => {});
let made = 0;
for (let i = 0; i < 6000; i++) {
  const [fn, owner] = pick(functions);
  const args = Array.from({ length: Math.floor(random() * 4) }, () => pick(oddValues));
  const self = random() < 0.3 ? pick(oddValues) : owner;
  try {
    const result = random() < 0.2 ? Reflect.construct(fn, args) : Reflect.apply(fn, self, args);
    if (result && typeof result.on === 'function') result.on('error', () => {});
    if (result && typeof result.then === 'function') result.then(() => {}, () => {});
  } catch {
    // Thrown errors are fine; only the process ending is not.
  }
  made++;
}
assert.strictEqual(made, 6000);
