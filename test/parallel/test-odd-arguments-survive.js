'use strict';
// Flags: --no-warnings
// Every function and class method of the pure core modules, called 6,000 times
// with odd arguments and receivers from a fixed seed, returns or throws, and the
// process lives on (test/fuzz/odd-calls.js; the build before 7fabf70 aborted here).
require('../common');
const assert = require('assert');
const { run } = require('../fuzz/odd-calls');

process.on('unhandledRejection', () => {});
const functions = run({
  modules: ['buffer', 'util', 'path', 'url', 'querystring', 'string_decoder', 'crypto', 'zlib',
            'events', 'punycode', 'os'],
  calls: 6000,
  seed: 12345,
});
assert.ok(functions > 400, `functions found: ${functions}`);
