'use strict';
// bench/crypto cases: `cases.js` lists them, `cases.js NAME` runs one (fixed work).
const crypto = require('crypto');
const cases = {
  'aes-256-gcm-256MiB'() {
    const key = Buffer.alloc(32, 1);
    const chunk = Buffer.alloc(1 << 20, 2);
    const c = crypto.createCipheriv('aes-256-gcm', key, Buffer.alloc(12));
    for (let i = 0; i < 256; i++) c.update(chunk);
    c.final();
    c.getAuthTag();
  },
  'pbkdf2-100k'() {
    crypto.pbkdf2Sync('password', 'salt', 100000, 32, 'sha256');
  },
  'rsa2048-sign-x1000'() {
    // A fixed key: generating one here would time prime search, which varies a lot.
    const privateKey = crypto.createPrivateKey(require('../../test/fixtures/keys/keys').agent2Key);
    const data = Buffer.from('hello');
    for (let i = 0; i < 1000; i++) crypto.sign('sha256', data, privateKey);
  },
  'ed25519-sign-x10k'() {
    const { privateKey } = crypto.generateKeyPairSync('ed25519');
    const data = Buffer.from('hello');
    for (let i = 0; i < 10000; i++) crypto.sign(null, data, privateKey);
  },
  'subtle-digest-x100k'() {
    const data = new Uint8Array(32);
    let p = Promise.resolve();
    for (let i = 0; i < 100000; i++) p = p.then(() => crypto.subtle.digest('SHA-256', data));
    return p;
  },
  'sha256-256MiB-64KiB'() {
    const chunk = Buffer.alloc(64 * 1024, 3);
    const h = crypto.createHash('sha256');
    for (let i = 0; i < 4096; i++) h.update(chunk);
    h.digest('hex');
  },
  'sha1-1M-x32B'() {
    const data = Buffer.alloc(32, 4);
    for (let i = 0; i < 1e6; i++) crypto.createHash('sha1').update(data).digest();
  },
  'tls-64MiB-loopback'() {
    // One TLS 1.3 connection over loopback: 64 MiB client -> server, hashed there.
    const tls = require('tls');
    const keys = require('../../test/fixtures/keys/keys');
    const total = 64 * 1024 * 1024;
    return new Promise((resolve) => {
      const server = tls.createServer({ key: keys.agent1Key, cert: keys.agent1Cert }, (s) => {
        let n = 0;
        s.on('data', (d) => { n += d.length; });
        s.on('end', () => s.end(String(n)));
      });
      server.listen(0, () => {
        const c = tls.connect({ port: server.address().port, host: 'localhost', ca: keys.caCert }, () => {
          const chunk = Buffer.alloc(64 * 1024, 7);
          let sent = 0;
          const pump = () => {
            while (sent < total) {
              sent += chunk.length;
              if (!c.write(chunk)) return c.once('drain', pump);
            }
            c.end();
          };
          pump();
        });
        c.resume();
        c.on('end', () => { server.close(); resolve(); });
      });
    });
  },
};
const name = process.argv[2];
if (!name) console.log(Object.keys(cases).join('\n'));
else cases[name]();
