'use strict';
// A client talks to an echo server: node's event order on both sides, remote and
// local addresses, byte counters and readyState along the way.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const events = [];
const server = net.createServer(common.mustCall((sock) => {
  events.push('server connection');
  assert.strictEqual(sock.remoteAddress, '127.0.0.1');
  assert.strictEqual(sock.remoteFamily, 'IPv4');
  sock.on('data', (d) => {
    events.push(`server data ${d}`);
    sock.write(`echo:${d}`);
    sock.end();
  });
  sock.on('end', () => events.push('server end'));
  sock.on('finish', () => events.push('server finish'));
  sock.on('close', (hadError) => events.push(`server close ${hadError}`));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port, family, address } = server.address();
  assert.strictEqual(family, 'IPv4');
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(server.listening, true);
  const c = net.connect(port, '127.0.0.1');
  assert.strictEqual(c.pending, true);
  assert.strictEqual(c.connecting, true);
  assert.strictEqual(c.readyState, 'opening');
  c.on('connect', () => {
    events.push('connect');
    assert.strictEqual(c.readyState, 'open');
    assert.strictEqual(c.remotePort, port);
    assert.strictEqual(c.localAddress, '127.0.0.1');
    assert.strictEqual(typeof c.localPort, 'number');
    assert.deepStrictEqual(c.address(), { address: '127.0.0.1', family: 'IPv4', port: c.localPort });
    c.write('hi');
  });
  c.on('ready', () => events.push('ready'));
  c.setEncoding('utf8');
  c.on('data', (d) => events.push(`client data ${d} ${typeof d}`));
  c.on('end', () => events.push(`client end ${c.readyState}`));
  c.on('finish', () => events.push('client finish'));
  c.on('close', common.mustCall((hadError) => {
    events.push(`client close ${hadError}`);
    assert.strictEqual(c.bytesRead, 7);
    assert.strictEqual(c.bytesWritten, 2);
    assert.strictEqual(c.readyState, 'closed');
    server.close(common.mustCall(() => {
      assert.deepStrictEqual(events, [
        'server connection', 'connect', 'ready', 'server data hi', 'server finish',
        'client data echo:hi string', 'client end writeOnly', 'client finish', 'client close false',
        'server end',
      ]);
    }));
  }));
}));
