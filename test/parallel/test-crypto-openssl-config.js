'use strict';
// --openssl-config loads an OpenSSL configuration file at start-up, from its
// nodejs_conf section (openssl_conf with --openssl-shared-config). A configuration
// that leaves no random number generator aborts the process before it runs.
require('../common');
const assert = require('assert');
const path = require('path');
const { run } = require('../common/child');

const fixtures = path.join(__dirname, '..', 'fixtures', 'openssl-config');
const baseOnly = path.join(fixtures, 'base-only.cnf');
const shared = path.join(fixtures, 'shared-base-only.cnf');
const program = ['-p', 'require("crypto").randomBytes(4).length'];

const aborted = run([`--openssl-config=${baseOnly}`, ...program]);
assert.strictEqual(aborted.signal, 'SIGABRT');
assert.strictEqual(aborted.stdout, '');

const ownSection = run([`--openssl-config=${shared}`, ...program]);
assert.strictEqual(ownSection.stdout, '4\n', ownSection.stderr);
assert.strictEqual(ownSection.code, 0);

const sharedSection = run(['--openssl-shared-config', `--openssl-config=${shared}`, ...program]);
assert.strictEqual(sharedSection.signal, 'SIGABRT');
