'use strict';
// Session ticket keys: servers given the same ticketKeys resume each other's
// sessions, setTicketKeys() with other keys stops that, getTicketKeys() returns what
// was set, and bad keys get node's errors.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const crypto = require('crypto');
const keys = require('../fixtures/keys/keys.js');

const ticketKeys = crypto.randomBytes(48);
const options = { key: keys.agent1Key, cert: keys.agent1Cert, ticketKeys };
const a = tls.createServer(options, (c) => c.end('a'));
const b = tls.createServer(options, (c) => c.end('b'));
assert.ok(a.getTicketKeys().equals(ticketKeys));
assert.ok(Buffer.isBuffer(a.getTicketKeys()));
assert.notStrictEqual(tls.createServer({}).getTicketKeys().compare(ticketKeys), 0);

assert.throws(() => tls.createSecureContext({ ticketKeys: Buffer.alloc(10) }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.ticketKeys' must be exactly 48 bytes. Received 10",
});
assert.throws(() => tls.createSecureContext({ ticketKeys: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => a.setTicketKeys(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be an instance of Buffer, TypedArray, or DataView. Received type number (5)',
});

function connect(server, session) {
  return new Promise((resolve) => {
    let first;
    const c = tls.connect({ port: server.address().port, rejectUnauthorized: false, session });
    c.on('session', (s) => { first ??= s; });
    c.on('secureConnect', () => {
      const ticket = c.getTLSTicket();
      const reused = c.isSessionReused();
      resolve(new Promise((done) => {
        c.resume();
        c.on('close', () => done({ reused, session: first, ticket }));
      }));
    });
  });
}

a.listen(0, common.mustCall(() => b.listen(0, common.mustCall(async () => {
  const first = await (await connect(a));
  assert.strictEqual(first.reused, false);
  assert.ok(first.session);
  const second = await (await connect(b, first.session));
  assert.strictEqual(second.reused, true);
  assert.ok(Buffer.isBuffer(second.ticket));

  b.setTicketKeys(crypto.randomBytes(48));
  const third = await (await connect(b, first.session));
  assert.strictEqual(third.reused, false);
  a.close();
  b.close();
}))));
