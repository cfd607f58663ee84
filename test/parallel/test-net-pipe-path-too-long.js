'use strict';
// A Unix socket path longer than the system allows is refused with EINVAL, for listen
// and for connect, rather than used cut short.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const pipePath = `${tmpdir.path}/${'x'.repeat(200)}.sock`;
net.createServer(common.mustNotCall()).listen(pipePath).on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'EINVAL');
}));
net.connect(pipePath).on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'EINVAL');
}));
