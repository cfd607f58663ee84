'use strict';
// TLS inside TLS, as through an HTTPS proxy's tunnel: a TLSSocket made over another
// TLSSocket takes that socket's reads over. The outer socket's 'data' listener sees
// what came before (the "CONNECT" here) and nothing after; the inner connection's
// handshake and data go both ways, and ending the inner one ends the outer stream.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const { agent1Cert: cert, agent1Key: key } = require('../fixtures/keys/keys');

const inner = tls.createServer({ key, cert }, common.mustCall((socket) => {
  socket.setEncoding('utf8');
  let got = '';
  socket.on('data', (d) => { got += d; });
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(got, 'ping through the tunnel');
    socket.end('pong from inside');
  }));
}));

const outer = tls.createServer({ key, cert }, common.mustCall((socket) => {
  const seen = [];
  socket.on('data', common.mustCall((chunk) => {
    seen.push(chunk.toString());
    assert.deepStrictEqual(seen, ['CONNECT']);
    inner.emit('connection', socket);
  }));
}));

outer.listen(0, '127.0.0.1', common.mustCall(() => {
  const down = tls.connect({ port: outer.address().port, host: '127.0.0.1', rejectUnauthorized: false });
  down.on('secureConnect', common.mustCall(() => {
    down.write('CONNECT', common.mustSucceed());
    const up = tls.connect({ socket: down, rejectUnauthorized: false });
    up.on('secureConnect', common.mustCall(() => {
      up.end('ping through the tunnel');
    }));
    up.setEncoding('utf8');
    let answer = '';
    up.on('data', (d) => { answer += d; });
    up.on('end', common.mustCall(() => {
      assert.strictEqual(answer, 'pong from inside');
      outer.close();
    }));
    up.on('close', common.mustCall(() => down.destroy()));
  }));
}));
