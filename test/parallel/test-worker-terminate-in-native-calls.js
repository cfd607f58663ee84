'use strict';
// Workers terminated while they loop in native calls that build arrays and errors
// (loading CA certificates, reading X.509 names, generating keys, listing a vm
// context's names) end with exit code 1 and the process goes on. eddy crashed
// there: once a termination was pending, the engine refused to make arrays and
// errors, and the bindings used the NULL they got (and a failed read of a length
// became a loop of 2^63 turns).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const fixtures = require('../common/fixtures');
const { Worker } = require('worker_threads');

const cert = fs.readFileSync(fixtures.path('keys', 'agent1-cert.pem'), 'latin1');
const loops = [
  `const tls = require('tls'); for (;;) tls.createSecureContext({});`,
  `const { X509Certificate } = require('crypto');
   const pem = ${JSON.stringify(cert)};
   for (;;) { const x = new X509Certificate(pem); x.subject; x.infoAccess; x.toLegacyObject(); }`,
  `const { generateKeyPairSync } = require('crypto');
   for (;;) generateKeyPairSync('ec', { namedCurve: 'P-256' });`,
  `const vm = require('vm');
   for (;;) vm.runInContext('Object.keys(globalThis)', vm.createContext({ a: 1, b: 2 }));`,
];
const perLoop = 10;
let started = 0;
function next() {
  if (started === loops.length * perLoop) return;
  const i = started++;
  const worker = new Worker(loops[i % loops.length], { eval: true });
  worker.on('online', () => setTimeout(() => worker.terminate(), (i * 7) % 40));
  worker.on('exit', common.mustCall((code) => {
    assert.strictEqual(code, 1);
    next();
  }));
}
next();
