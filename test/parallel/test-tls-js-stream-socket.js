'use strict';
// A TLS socket over a JS stream exposes its handle's _parentWrap, whose constructor
// (node's JSStreamSocket, which http2-wrapper and so got take from there) makes a
// net.Socket over any Duplex: writes go to the stream, its data is read.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const tls = require('tls');
const { Duplex, PassThrough } = require('stream');

const JSStreamSocket = new tls.TLSSocket(new PassThrough())._handle._parentWrap.constructor;
assert.strictEqual(typeof JSStreamSocket, 'function');

const written = [];
const transport = new Duplex({
  read() {},
  write(chunk, encoding, cb) {
    written.push(String(chunk));
    cb();
  },
  final(cb) {
    this.push('bye');
    this.push(null);
    cb();
  },
});
const socket = new JSStreamSocket(transport);
assert.ok(socket instanceof net.Socket);
socket.setEncoding('utf8');
let read = '';
socket.on('data', (d) => { read += d; });
transport.push('hello ');
socket.write('one', common.mustCall());
socket.end('two');
socket.on('end', common.mustCall(() => {
  assert.deepStrictEqual(written, ['one', 'two']);
  assert.strictEqual(read, 'hello bye');
}));
socket.on('close', common.mustCall());
