'use strict';
// More exchanges for mutated-wire.js, each reaching a part of a parser the first four
// leave alone. An exchange is { name, server(), exchange(port), answerHead? }: a live
// server, what a well-behaved client does against a port (resolving with a string
// that is the same on every run), and, when the server's answer depends on the
// request, the head to send before the damaged rest. Every answer is deterministic:
// no Date header, fixed bodies.

const net = require('net');
const http = require('http');
const http2 = require('http2');
const tls = require('tls');
const crypto = require('crypto');
const { agent1Cert, agent1Key, agent2Cert, agent2Key, caCert } = require('../fixtures/keys/keys');
const { serverFrame, switchingProtocols } = require('../common/websocket-raw');

// A client gives up after this long without progress: node's own HTTP/2 client, for
// one, waits for ever on some damaged answers (a frame length changed to megabytes,
// then the end of the connection).
const kIdle = 1000;

const body = ['first part ', 'x'.repeat(3000), ' last part'];
const digest = (chunks) => crypto.createHash('sha1').update(Buffer.concat(chunks)).digest('hex');
// A stream's bytes, or why it closed before its end.
const readAll = (stream) => new Promise((resolve, reject) => {
  const chunks = [];
  stream.on('data', (c) => chunks.push(Buffer.from(c))).on('end', () => resolve(Buffer.concat(chunks)));
  stream.on('error', reject).on('close', () => reject(new Error('closed before its end')));
});

// One HTTP/1 request from a fresh connection; resolves with what `read` makes of the
// response. A response that never comes, or stops, fails after kIdle.
// An HTTP/2 client session for an exchange, and answers(promises): what its streams
// answered, joined, or the session's error (a client gives up after kIdle without
// progress); the session is closed either way.
function h2Client(port, options) {
  const session = http2.connect(`http://127.0.0.1:${port}`, options);
  const errors = new Promise((resolve, reject) => session.on('error', reject));
  session.setTimeout(kIdle, () => session.destroy(new Error('timed out')));
  const answers = async (promises) => {
    try {
      return (await Promise.race([Promise.all(promises), errors])).join(' | ');
    } finally {
      session.close();
    }
  };
  return { session, answers };
}

function ask(port, options, write, read) {
  return new Promise((resolve, reject) => {
    const req = http.request({ port, host: '127.0.0.1', agent: false, ...options }, (res) => {
      readAll(res).then((b) => resolve(read(res, b)), reject);
    });
    req.on('error', reject);
    req.setTimeout(kIdle, () => req.destroy(new Error('timed out')));
    write(req);
  });
}

// A POST with `Expect: 100-continue` whose body is written on 'continue'.
const http1Continue = {
  name: 'http/1.1 100-continue',
  server() {
    return http.createServer((req, res) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c)).on('error', () => {});
      req.on('end', () => {
        res.sendDate = false;
        res.end(`${req.headers.expect} ${digest(chunks)}`);
      });
    });
  },
  exchange(port) {
    return ask(port, { method: 'POST', path: '/c', headers: { 'Expect': '100-continue', 'Content-Length': 3021 } },
               (req) => req.on('continue', () => req.end(body.join(''))),
               (res, b) => `${res.statusCode} ${b}`);
  },
};

// A chunked response with trailers, read by the client.
const http1Trailers = {
  name: 'http/1.1 response trailers',
  server() {
    return http.createServer((req, res) => {
      req.resume();
      res.sendDate = false;
      // An HTTP/1.0 request (a damaged one) cannot take a chunked answer or trailers.
      if (req.httpVersion !== '1.1') return res.end(body.join(''));
      res.writeHead(200, { 'Trailer': 'x-sum, x-count', 'Content-Type': 'text/plain' });
      for (const part of body) res.write(part);
      res.addTrailers({ 'x-sum': digest([Buffer.from(body.join(''))]), 'x-count': String(body.length) });
      res.end();
    });
  },
  exchange(port) {
    return ask(port, { path: '/t' }, (req) => req.end(),
               (res, b) => `${res.statusCode} ${res.headers['transfer-encoding']} ${digest([b])} ` +
                           `${JSON.stringify(res.trailers)}`);
  },
};

// An `Upgrade` request: the server switches to a protocol that echoes, and both
// sides then speak it over the same socket.
const http1Upgrade = {
  name: 'http/1.1 upgrade',
  server() {
    const server = http.createServer((req, res) => res.end('not upgraded'));
    server.on('upgrade', (req, socket, head) => {
      socket.on('error', () => {});
      socket.write('HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: echo\r\n\r\n' +
                   `hello ${req.headers.upgrade} `);
      socket.write(head);
      socket.pipe(socket);
    });
    return server;
  },
  exchange(port) {
    return new Promise((resolve, reject) => {
      const req = http.request({ port, host: '127.0.0.1', agent: false,
                                 headers: { 'Connection': 'Upgrade', 'Upgrade': 'echo' } });
      req.on('upgrade', (res, socket, head) => {
        socket.setTimeout(kIdle, () => socket.destroy(new Error('timed out')));
        readAll(socket).then((b) => resolve(`${res.statusCode} ${res.headers.upgrade} ${head}${b}`), reject);
        socket.end('ping after upgrade');
      });
      req.on('response', (res) => { res.resume(); reject(new Error(`answered ${res.statusCode}`)); });
      req.on('error', reject);
      req.setTimeout(kIdle, () => req.destroy(new Error('timed out')));
      req.end();
    });
  },
};

// A response the client reads with the lenient parser: many headers, repeated ones,
// a header folded over two lines, `Connection: close` and a body that runs to the
// end of the connection. node's server cannot send a folded header: this one is a
// bare socket.
const foldedAnswer = 'HTTP/1.1 200 OK\r\n' +
  Array.from({ length: 40 }, (_, i) => `X-Header-${i}: value ${i}\r\n`).join('') +
  'Set-Cookie: a=1\r\nSet-Cookie: b=2\r\nX-Folded: first\r\n  second\r\n' +
  'Connection: close\r\n\r\n' + body.join('');
const http1Folded = {
  name: 'http/1.1 folded headers',
  server() {
    return net.createServer((socket) => {
      socket.on('error', () => {});
      let head = '';
      socket.on('data', (d) => {
        if (head.includes('\r\n\r\n')) return;
        head += d.toString('latin1');
        if (head.includes('\r\n\r\n')) socket.end(foldedAnswer);
      });
    });
  },
  exchange(port) {
    return ask(port, { path: '/f', insecureHTTPParser: true }, (req) => req.end(),
               (res, b) => `${res.statusCode} ${res.rawHeaders.length} ${res.headers['x-folded']} ` +
                           `${res.headers['set-cookie']} ${res.headers.connection} ${digest([b])}`);
  },
};

// An HTTP/2 session with three concurrent streams (one answered with trailers, one
// the server resets after part of its body, one the client resets after part of its
// own), a SETTINGS change from each side and a PING.
const h2Streams = {
  name: 'http/2 streams',
  server() {
    const server = http2.createServer();
    server.on('session', (session) => {
      session.on('error', () => {});
      session.settings({ maxConcurrentStreams: 50, initialWindowSize: 70000 });
    });
    server.on('stream', (stream, headers) => {
      stream.on('error', () => {});
      const path = headers[':path'];
      if (path === '/trailers') {
        stream.respond({ ':status': 200 }, { waitForTrailers: true });
        stream.on('wantTrailers', () => stream.sendTrailers({ 'x-sum': 'abc', 'x-n': '3' }));
        stream.end(body.join(''));
      } else if (path === '/reset') {
        stream.respond({ ':status': 200 });
        stream.write('partial ', () => stream.close(http2.constants.NGHTTP2_INTERNAL_ERROR));
      } else {
        // '/cancel': no answer, so that the client's RST_STREAM always comes first.
        stream.resume();
        stream.on('aborted', () => {});
      }
    });
    server.on('sessionError', () => {});
    return server;
  },
  async exchange(port) {
    const { session, answers } = h2Client(port, { settings: { enablePush: false } });
    const stream = (headers, onStream) => new Promise((resolve, reject) => {
      const req = session.request(headers);
      const chunks = [];
      let status;
      let trailers = '';
      req.on('response', (h) => { status = h[':status']; });
      req.on('trailers', (t) => { trailers = ` ${t['x-sum']} ${t['x-n']}`; });
      req.on('data', (c) => chunks.push(c)).on('error', () => {});
      req.on('close', () => {
        if (status === undefined && req.rstCode === 0) reject(new Error('closed before its response'));
        else resolve(`${status} ${req.rstCode} ${digest(chunks).slice(0, 8)}${trailers}`);
      });
      onStream(req);
    });
    const ping = () => new Promise((resolve, reject) => {
      session.ping(Buffer.from('eddyping'), (err, duration, payload) => {
        if (err) reject(err);
        else resolve(String(payload));
      });
    });
    return answers([
      stream({ ':path': '/trailers' }, (req) => req.end()),
      stream({ ':path': '/reset' }, (req) => req.end()),
      stream({ ':path': '/cancel', ':method': 'POST' }, (req) => {
        req.write(body[0], () => req.close(http2.constants.NGHTTP2_CANCEL));
      }),
      // A ping before the session connects is cancelled: after the server's settings.
      // (A session closed by a damaged GOAWAY may never see them: it fails.)
      new Promise((resolve, reject) => {
        session.once('remoteSettings', (s) => resolve(s.initialWindowSize));
        session.once('close', () => reject(new Error('closed before its settings')));
      })
        .then(async (size) => {
          session.settings({ initialWindowSize: 90000 });
          return `${size} ${await ping()}`;
        }),
    ]);
  },
};

// A TLS session with ALPN, a server name and a client certificate checked by the
// server; the echo names what each side learned of the other.
const tlsAlpn = {
  name: 'tls alpn sni client-cert',
  server() {
    // Half-open: the echo goes out after the client's end.
    const server = tls.createServer({ key: agent1Key, cert: agent1Cert, ca: [caCert], requestCert: true,
                                      allowHalfOpen: true,
                                      rejectUnauthorized: true, ALPNProtocols: ['other', 'eddy'] }, (socket) => {
      socket.on('error', () => {});
      const peer = socket.getPeerCertificate();
      readAll(socket).then((b) => socket.end(`${socket.servername} ${socket.alpnProtocol} ` +
                                             `${peer.subject?.CN} ${b}`), () => {});
    });
    server.on('tlsClientError', () => {});
    return server;
  },
  async exchange(port) {
    const socket = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ALPNProtocols: ['eddy'],
                                 ca: [caCert], key: agent2Key, cert: agent2Cert });
    socket.setTimeout(kIdle, () => socket.destroy(new Error('timed out')));
    socket.end('ping over tls');
    const b = await readAll(socket);
    return `${socket.authorized} ${socket.alpnProtocol} ${b}`;
  },
};

// The client frames of `buffer` that are whole, unmasked, and what is left after
// them; null for a frame no client sends (unmasked, or 64 KiB and more).
function takeClientFrames(buffer) {
  const frames = [];
  for (;;) {
    if (buffer.length < 2) return { frames, rest: buffer };
    if ((buffer[1] & 0x80) === 0 || (buffer[1] & 0x7f) === 127) return null;
    const extended = (buffer[1] & 0x7f) === 126;
    const at = extended ? 8 : 6;
    if (buffer.length < at) return { frames, rest: buffer };
    const length = extended ? buffer.readUInt16BE(2) : buffer[1] & 0x7f;
    if (buffer.length < at + length) return { frames, rest: buffer };
    const mask = buffer.subarray(at - 4, at);
    const payload = Buffer.from(buffer.subarray(at, at + length));
    for (let i = 0; i < payload.length; i++) payload[i] ^= mask[i & 3];
    frames.push({ fin: (buffer[0] & 0x80) !== 0, opcode: buffer[0] & 0xf, payload });
    buffer = buffer.subarray(at + length);
  }
}

// A WebSocket session where the client speaks first and closes: the server echoes
// each message in three fragments with a ping between them, answers the client's
// pong with a text message, and answers the client's close with its own.
const webSocketEcho = {
  name: 'websocket echo',
  answerHead: (request) => switchingProtocols(request),
  server() {
    const server = http.createServer();
    server.on('upgrade', (req, socket) => {
      socket.on('error', () => {});
      socket.write(switchingProtocols(`sec-websocket-key: ${req.headers['sec-websocket-key']}\r\n`));
      let pending = Buffer.alloc(0);
      socket.on('data', (d) => {
        const taken = takeClientFrames(Buffer.concat([pending, d]));
        if (taken === null) return socket.destroy();
        pending = taken.rest;
        for (const { opcode, payload } of taken.frames) {
          if (opcode === 1 || opcode === 2) {
            const third = Math.ceil(payload.length / 3);
            socket.write(Buffer.concat([
              serverFrame(opcode, payload.subarray(0, third), false), serverFrame(9, Buffer.from('ping')),
              serverFrame(0, payload.subarray(third, 2 * third), false),
              serverFrame(0, payload.subarray(2 * third)),
            ]));
          } else if (opcode === 10) {
            socket.write(serverFrame(1, Buffer.concat([Buffer.from('pong '), payload])));
          } else if (opcode === 8) {
            socket.end(serverFrame(8, payload));
          }
        }
      });
    });
    return server;
  },
  exchange(port) {
    return wsClient(port, {
      open(ws) {
        ws.send('hello '.repeat(30));
        ws.send(new Uint8Array(300).fill(7));
      },
      message(ws, e, got) {
        got.push(typeof e.data === 'string' ? e.data.slice(0, 12) : e.data.byteLength);
        if (got.length === 4) ws.close(4000, 'bye');
      },
      closeCode: 4000,
      result: (got, e) => `${got.sort()} ${e.code} ${e.reason} ${e.wasClean}`,
    });
  },
};

// A WebSocket client for an exchange (binary messages as ArrayBuffers), closed when
// nothing happened for kIdle: open(ws) and message(ws, event, got) drive it; it
// resolves with result(got, closeEvent) when it closes with closeCode, and rejects
// on any other close.
function wsClient(port, { open, message, closeCode, result }) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/`);
    ws.binaryType = 'arraybuffer';
    const got = [];
    const timer = setTimeout(() => ws.close(), kIdle);
    if (open) ws.onopen = () => open(ws);
    ws.onmessage = (e) => message(ws, e, got);
    ws.onerror = () => {};
    ws.onclose = (e) => {
      clearTimeout(timer);
      if (e.code === closeCode) resolve(result(got, e));
      else reject(new Error(`close ${e.code}`));
    };
  });
}

module.exports = {
  kIdle, body, digest, readAll, h2Client, wsClient,
  exchanges: [http1Continue, http1Trailers, http1Upgrade, http1Folded, h2Streams, tlsAlpn, webSocketEcho],
};
