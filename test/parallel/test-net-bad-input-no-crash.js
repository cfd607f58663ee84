'use strict';
// Odd inputs to sockets, servers and UDP never crash the process: each either
// throws a JS error or is reported through 'error', and the runtime carries on.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const dgram = require('dgram');

const values = [undefined, null, 0, -1, 1.5, NaN, 2 ** 53, '', 'x', '65536', {}, [], () => {}, Symbol('s'),
  true, new Uint8Array(3), Buffer.alloc(0), { port: 'nope' }, { path: 1 }, { port: 0, host: 1 }];

function quiet(emitter) {
  emitter.on('error', () => {});
  return emitter;
}

function attempt(fn) {
  try {
    const r = fn();
    if (r && typeof r.on === 'function') {
      r.on('error', () => {});
      if (typeof r.destroy === 'function') r.destroy();
      else if (typeof r.close === 'function') try { r.close(); } catch { /* closed already */ }
    }
  } catch (err) {
    assert.ok(err instanceof Error, String(err));
  }
}

for (const v of values) {
  attempt(() => net.connect(v));
  attempt(() => net.connect(v, v));
  attempt(() => net.createServer(v));
  attempt(() => net.createServer().listen(v));
  attempt(() => quiet(new net.Socket()).write(v));
  attempt(() => quiet(new net.Socket()).setNoDelay(v));
  attempt(() => quiet(new net.Socket()).setKeepAlive(v, v));
  attempt(() => quiet(new net.Socket()).setEncoding(v));
  if (typeof v !== 'number' || v < 2 ** 31) attempt(() => quiet(new net.Socket()).setTimeout(v));
  attempt(() => dgram.createSocket(v));
  attempt(() => dgram.createSocket('udp4').send(v, v, v));
  attempt(() => dgram.createSocket('udp4').bind(v));
  attempt(() => net.isIP(v));
  attempt(() => new net.BlockList().check(v));
}

// A destroyed socket ignores further use.
const s = quiet(new net.Socket());
s.destroy();
attempt(() => s.write('x'));
attempt(() => s.end());
attempt(() => s.resetAndDestroy());
attempt(() => s.setTimeout(10));

const server = net.createServer();
server.listen(0, '127.0.0.1', common.mustCall(() => {
  server.close();
  attempt(() => server.close());
  attempt(() => server.address());
  setTimeout(common.mustCall(), 20);
}));
