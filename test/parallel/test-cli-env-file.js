'use strict';
// --env-file and process.loadEnvFile load dotenv files; the real environment wins.
require('../common');
const assert = require('assert');
const path = require('path');
const { run } = require('../common/child');

const file = path.join(__dirname, '..', 'fixtures', 'cli', 'basic.env');
const code = 'console.log(JSON.stringify([process.env.FOO, process.env.QUOTED, process.env.EMPTY, ' +
  'process.env.SPACED, process.env.SINGLE, process.env.EXISTING]))';
const expected = JSON.stringify(['bar', 'a b\nc', '', 'value with spaces', 'x # not a comment', 'from-env']) + '\n';
const env = { ...process.env, EXISTING: 'from-env' };

let r = run([`--env-file=${file}`, '-e', code], { env });
assert.strictEqual(r.stdout, expected);

r = run(['-e', `process.loadEnvFile(${JSON.stringify(file)}); ${code}`], { env });
assert.strictEqual(r.stdout, expected);

r = run(['-e', 'process.loadEnvFile("/no/such/file.env")']);
assert.strictEqual(r.code, 1);
assert.match(r.stderr, /ENOENT: no such file or directory, open '\/no\/such\/file.env'/);
