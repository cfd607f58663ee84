'use strict';
// Calls the functions and class methods of core modules with odd arguments and
// receivers, chosen by a seeded generator so that a failure repeats. A call may
// return or throw; the process must not end (an abort in a native check, a bad
// read of memory). Used by test/parallel/test-odd-arguments-survive.js, and by
// `make fuzz-js` for more modules and seeds under the sanitizers:
//   eddy test/fuzz/odd-calls.js SEED CALLS [module,module,...]
// Run it from a scratch directory: fs functions get relative paths.

const oddValues = [
  undefined, null, 0, -1, 1.5, NaN, Infinity, -Infinity, 2 ** 31, 2 ** 32, 2 ** 53,
  '', 'a', 'utf8', 'hex', 'base64', 'latin1', '\ud800', 'x'.repeat(300),
  {}, [], [1, 2, 3], { length: -1 }, { length: 100 }, Buffer.alloc(0), Buffer.alloc(16, 1),
  new Uint16Array(3), new ArrayBuffer(8), new DataView(new ArrayBuffer(4)), new Float64Array(2),
  Symbol('s'), 10n, () => {}, true, Object.create(null), new Date(NaN), /re/g, new Map(),
  new Proxy({}, {}), new SharedArrayBuffer(8),
  { toString() { throw new Error('from toString'); } }, { valueOf() { return 2 ** 40; } },
];

// Functions that act on the process or the machine (exit, signals, credentials, the
// working directory, spawning, deleting files), block, listen or connect, or
// allocate or compute as much as they are told.
const skip = new Set([
  'exit', 'abort', 'kill', 'reallyExit', 'chdir', 'setuid', 'setgid', 'seteuid', 'setegid',
  'setgroups', 'initgroups', 'umask', 'dlopen', 'setPriority', 'setSourceMapsEnabled',
  'setMaxListeners', 'setDefaultHighWaterMark', 'writeHeapSnapshot', 'getHeapSnapshot',
  'setFlagsFromString', 'takeCoverage', 'stopCoverage', 'setHeapSnapshotNearHeapLimit',
  'watch', 'watchFile', 'setDefaultResultOrder', 'setServers', 'setDefaultAutoSelectFamily',
  'setDefaultAutoSelectFamilyAttemptTimeout', 'setEngine', 'setFips', 'secureHeapUsed', 'debuglog',
  'setTimeout', 'setInterval', 'setImmediate', 'runInContext', 'runInNewContext',
  'runInThisContext', 'compileFunction', 'measureMemory', 'Worker', 'createInterface',
  'emitKeypressEvents', 'setEnvironmentData', 'pbkdf2Sync', 'pbkdf2', 'scryptSync', 'scrypt',
  'generatePrimeSync', 'generatePrime', 'generateKeyPairSync', 'generateKeyPair',
  'generateKeySync', 'generateKey', 'checkPrimeSync', 'checkPrime', 'randomFillSync',
  'randomFill', 'hkdfSync', 'hkdf', 'argon2Sync', 'argon2', 'repeat', 'alloc', 'allocUnsafe',
  'allocUnsafeSlow', 'SlowBuffer', 'lookup', 'lookupService', 'resolve', 'resolveAny', 'reverse',
  'resolve4', 'resolve6', 'resolveCname', 'resolveCaa', 'resolveMx', 'resolveNaptr', 'resolveNs',
  'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt', 'resolveTlsa', 'connect',
  'createConnection', 'createServer', 'listen', 'once', 'on', 'createReadStream',
  'createWriteStream', 'ReadStream', 'WriteStream', 'spawn', 'spawnSync', 'exec', 'execSync',
  'execFile', 'execFileSync', 'fork', 'setupPrimary', 'setupMaster', 'execve', 'disconnect',
  'rmSync', 'rm', 'rmdirSync', 'rmdir', 'unlinkSync', 'unlink', 'channel', 'subscribe',
  'tracingChannel', 'createHook', 'wait', 'yield',
]);

function functionsOf(moduleNames) {
  const found = [];
  const collect = (object, depth) => {
    for (const key of Object.getOwnPropertyNames(object)) {
      if (skip.has(key) || key.startsWith('_') || key === 'constructor') continue;
      let value;
      try {
        value = object[key];
      } catch {
        continue; // An accessor refusing this receiver: that is an answer too.
      }
      if (typeof value === 'function') {
        found.push([value, object]);
        if (depth === 0 && value.prototype) collect(value.prototype, 1);
      } else if (value && typeof value === 'object' && depth === 0 && key !== 'constants') {
        collect(value, 1);
      }
    }
  };
  for (const name of moduleNames) collect(require(name), 0);
  return found;
}

// Makes `calls` calls; returns how many functions there were to choose from.
function run({ modules, calls, seed }) {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  const pick = (list) => list[Math.floor(random() * list.length)];
  const functions = functionsOf(modules);
  for (let i = 0; i < calls; i++) {
    const [fn, owner] = pick(functions);
    const args = Array.from({ length: Math.floor(random() * 4) }, () => pick(oddValues));
    const self = random() < 0.3 ? pick(oddValues) : owner;
    try {
      const result = random() < 0.2 ? Reflect.construct(fn, args) : Reflect.apply(fn, self, args);
      if (result && typeof result.on === 'function') result.on('error', () => {});
      if (result && typeof result.then === 'function') result.then(() => {}, () => {});
      if (result && typeof result.destroy === 'function') result.destroy();
    } catch {
      // Thrown errors are answers; only the process ending is not.
    }
  }
  return functions.length;
}

module.exports = { run };

if (require.main === module) {
  process.on('uncaughtException', () => {});
  process.on('unhandledRejection', () => {});
  const [seed = 1, calls = 20000, list] = process.argv.slice(2);
  const modules = (list || 'buffer,util,path,url,querystring,string_decoder,crypto,zlib,events,' +
    'punycode,os,assert,stream,fs,net,http,https,tls,dgram,dns,readline,v8,vm,perf_hooks,' +
    'worker_threads,timers,diagnostics_channel,async_hooks,module').split(',');
  const n = run({ modules, calls: +calls, seed: +seed });
  console.log(`seed ${seed}: ${calls} calls over ${n} functions`);
  setTimeout(() => process.exit(0), 200); // what the calls left open stays open
}
