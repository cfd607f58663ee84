'use strict';
// Replays damaged copies of real protocol exchanges at the network parsers. Each
// protocol's exchange (HTTP/1.1 keep-alive with a chunked body and trailers, an
// HTTP/2 session, a TLS session, a WebSocket session) runs once through a relay that
// keeps what each side sent. Then the client's bytes, mutated (seeded.js) and sent in
// chunks of random size, go to the live server, and the server's bytes, mutated, go
// to a live client from a bare socket. Every connection may be answered, refused or
// reset; the process must live on, every client must settle (no hang), and after
// each batch the unchanged exchange must still get its whole answer. From a seed:
//   eddy test/fuzz/mutated-wire.js SEED ROUNDS [--outcomes | --each] [--save DIR | --load DIR]
//     [--only NAME]
// (`make fuzz-js` runs it). Two runtimes record different bytes (TLS keys, HTTP/2
// settings, WebSocket keys): --save writes each exchange's recorded bytes to DIR and
// --load replays those in place of this run's, so that a differential run feeds both
// runtimes the same damaged bytes.

const net = require('net');
const http = require('http');
const http2 = require('http2');
const tls = require('tls');
const { agent1Cert, agent1Key } = require('../fixtures/keys/keys');

const listen = (server) => new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { kIdle, body, digest, readAll, h2Client, wsClient, exchanges } = require('./wire-exchanges');

// --- the protocols: a live server and the exchange a well-behaved client makes ----

const http1 = {
  name: 'http/1.1',
  server() {
    return http.createServer((req, res) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c)).on('error', () => {});
      req.on('end', () => {
        res.sendDate = false; // the same bytes every run, for --outcomes
        res.setHeader('x-trailer', String(req.trailers['x-check']));
        res.end(`${req.method} ${req.url} ${digest(chunks)}`);
      });
    });
  },
  // A chunked POST with a trailer, then a GET on the same kept-alive connection.
  async exchange(port) {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const ask = (options, write) => new Promise((resolve, reject) => {
      const req = http.request({ port, host: '127.0.0.1', agent, ...options }, (res) => {
        readAll(res).then((b) => resolve(`${res.statusCode} ${res.headers['x-trailer']} ${b}`), reject);
      });
      req.on('error', reject);
      req.setTimeout(kIdle, () => req.destroy(new Error('timed out')));
      write(req);
    });
    try {
      const posted = await ask({ method: 'POST', path: '/upload?a=1', headers: { 'Trailer': 'x-check' } },
                               (req) => {
                                 for (const part of body) req.write(part);
                                 req.addTrailers({ 'x-check': 'yes' });
                                 req.end();
                               });
      const got = await ask({ path: '/x', headers: { 'accept': '*/*', 'x-many': ['a', 'b'] } },
                            (req) => req.end());
      return `${posted} | ${got}`;
    } finally {
      agent.destroy();
    }
  },
};

const h2 = {
  name: 'http/2',
  server() {
    const server = http2.createServer();
    server.on('stream', (stream, headers) => {
      stream.on('error', () => {});
      readAll(stream).then((b) => {
        if (stream.destroyed) return;
        stream.respond({ ':status': 200, 'x-path': headers[':path'] });
        stream.end(`${headers[':method']} ${digest([b])}`);
      }, () => {});
    });
    server.on('sessionError', () => {});
    return server;
  },
  async exchange(port) {
    const { session, answers } = h2Client(port);
    const ask = (headers, data) => {
      const req = session.request(headers);
      const answer = new Promise((resolve, reject) => {
        req.on('response', (h) => readAll(req).then((b) => resolve(`${h[':status']} ${h['x-path']} ${b}`),
                                                    reject));
        req.on('error', reject).on('close', () => reject(new Error('closed before its response')));
      });
      req.end(data);
      return answer;
    };
    return answers([ask({ ':method': 'POST', ':path': '/up' }, body.join('')), ask({ ':path': '/get' })]);
  },
};

const tlsEcho = {
  name: 'tls',
  server() {
    const server = tls.createServer({ key: agent1Key, cert: agent1Cert }, (socket) => {
      socket.on('error', () => {});
      readAll(socket).then((b) => socket.end(`echo ${b}`), () => {});
    });
    server.on('tlsClientError', () => {});
    return server;
  },
  async exchange(port) {
    const socket = tls.connect({ port, host: '127.0.0.1', rejectUnauthorized: false });
    socket.setTimeout(kIdle, () => socket.destroy(new Error('timed out')));
    socket.end('ping over tls');
    return String(await readAll(socket));
  },
};

const { serverFrame, switchingProtocols } = require('../common/websocket-raw');
const webSocket = {
  name: 'websocket',
  answerHead: (request) => switchingProtocols(request),
  // Accepts the upgrade and sends a text message, a binary one, a message in two
  // fragments around a ping, then the close frame.
  server() {
    const server = http.createServer();
    server.on('upgrade', (req, socket) => {
      socket.on('error', () => {}).on('data', () => {});
      socket.write(switchingProtocols(`sec-websocket-key: ${req.headers['sec-websocket-key']}\r\n`));
      socket.write(Buffer.concat([
        serverFrame(1, Buffer.from('hello')), serverFrame(2, Buffer.from([1, 2, 3])),
        serverFrame(1, Buffer.from('two '), false), serverFrame(9, Buffer.from('p')),
        serverFrame(0, Buffer.from('x'.repeat(200))), serverFrame(8, Buffer.from([0x03, 0xe8])),
      ]));
      socket.end();
    });
    return server;
  },
  exchange(port) {
    return wsClient(port, {
      message: (ws, e, got) => got.push(typeof e.data === 'string' ? e.data.length : e.data.byteLength),
      closeCode: 1000,
      result: (got, e) => `${got} ${e.code}`,
    });
  },
};

// The first four run in `make test` (test-wire-mutations-survive); the rest widen
// the differential runs.
const protocols = [http1, h2, tlsEcho, webSocket, ...exchanges];

// --- recording and replaying --------------------------------------------------------

// Runs the exchange once through a relay; returns its result and the bytes each
// side sent.
async function record(protocol, port) {
  const sent = { client: [], server: [] };
  // Half-open both ways: what one side sends after the other's end is relayed too.
  const relay = net.createServer({ allowHalfOpen: true }, (inbound) => {
    const outbound = net.connect({ port, host: '127.0.0.1', allowHalfOpen: true });
    inbound.on('data', (d) => { sent.client.push(d); outbound.write(d); });
    outbound.on('data', (d) => { sent.server.push(d); inbound.write(d); });
    inbound.on('end', () => outbound.end()).on('error', () => outbound.destroy());
    outbound.on('end', () => inbound.end()).on('error', () => inbound.destroy());
  });
  await listen(relay);
  const result = await protocol.exchange(relay.address().port);
  relay.close();
  return { result, client: Buffer.concat(sent.client), server: Buffer.concat(sent.server) };
}

// Writes bytes in chunks of random size, each chunk in its own turn of the loop.
function writeInChunks(socket, bytes, rng, done) {
  let at = 0;
  const next = () => {
    if (socket.destroyed) return done();
    if (at >= bytes.length) return done();
    const n = 1 + rng.below(rng.random() < 0.3 ? 8 : 600);
    socket.write(bytes.subarray(at, at + n));
    at += n;
    setImmediate(next);
  };
  next();
}

// Sends a damaged copy of the client's bytes to the live server. A server may wait
// for the rest of a message cut short: the connection is dropped after a while.
// Resolves with the status lines of what an HTTP/1 server answered (for --outcomes).
function damageServer(port, bytes, rng) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let timer;
    let answer = '';
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(answer.match(/HTTP\/1\.1 \d+[^\r]*/g)?.join(' + ') ?? 'no answer');
    };
    socket.on('error', done).on('close', done).on('data', (d) => { answer += d.toString('latin1'); });
    socket.on('connect', () => writeInChunks(socket, rng.mutate(bytes), rng, () => {
      if (rng.random() < 0.5) socket.end();
      timer = setTimeout(done, 200);
    }));
  });
}

// Answers a live client with a damaged copy of the server's bytes from a bare socket,
// then closes: the client must settle (succeed or fail) soon after.
async function damageClient(protocol, bytes, rng) {
  const server = net.createServer((socket) => {
    socket.on('error', () => {});
    if (!protocol.answerHead) {
      socket.on('data', () => {});
      writeInChunks(socket, rng.mutate(bytes), rng, () => socket.end());
      return;
    }
    // The head of the answer is made for this request; what follows it is damaged.
    let request = '';
    socket.on('data', (d) => {
      if (request.includes('\r\n\r\n')) return;
      request += d.toString('latin1');
      if (!request.includes('\r\n\r\n')) return;
      const rest = bytes.subarray(bytes.indexOf('\r\n\r\n') + 4);
      socket.write(protocol.answerHead(request));
      writeInChunks(socket, rng.mutate(rest), rng, () => socket.end());
    });
  });
  await listen(server);
  let timer;
  const stuck = new Promise((resolve) => { timer = setTimeout(resolve, 5000, 'stuck'); });
  const outcome = await Promise.race([protocol.exchange(server.address().port)
    .then(() => 'ok', (err) => `failed ${err.code ?? err.message}`),
                                      stuck]);
  clearTimeout(timer);
  server.close();
  return outcome;
}

const counts = (list) => Object.entries(Object.groupBy(list, (o) => o))
  .map(([o, all]) => `${o}: ${all.length}`).sort().join(', ');

// In batches of `parallel` at a time.
async function inBatches(count, parallel, fn) {
  const results = [];
  for (let i = 0; i < count; i += parallel) {
    const batch = [];
    for (let j = i; j < Math.min(count, i + parallel); j++) batch.push(fn(j));
    results.push(...await Promise.all(batch));
  }
  return results;
}

// Returns one line per protocol; throws when an exchange no longer works or a client
// got stuck.
// With outcomes, each line also gives the digest of the recorded answer and, per
// damaged answer, whether the client took it as whole (o) or failed (f), then the
// digest and counts of the outcomes with their error codes: two runtimes that
// recorded the same answer should agree on all of it.
async function run({ seed, rounds, outcomes: showOutcomes = false, each = false, save, load, only }) {
  const { seeded } = require('./seeded');
  // One generator per connection, from the seed and the connection's number: what a
  // connection is sent does not depend on how the others were scheduled.
  const rngFor = (n) => seeded(seed * 100003 + n);
  const report = [];
  for (const [p, protocol] of protocols.entries()) {
    if (only && !only(protocol.name, p)) continue;
    const server = protocol.server();
    await listen(server);
    const { port } = server.address();
    const recorded = await record(protocol, port);
    const file = (side) => require('path').join(save ?? load, `${protocol.name.replace(/\W/g, '_')}.${side}`);
    for (const side of ['client', 'server']) {
      if (save) require('fs').writeFileSync(file(side), recorded[side]);
      if (load) recorded[side] = require('fs').readFileSync(file(side));
    }
    const base = p * 2 * rounds;
    const answers = await inBatches(rounds, 16, (i) => damageServer(port, recorded.client, rngFor(base + i)));
    const after = await protocol.exchange(port);
    if (after !== recorded.result) {
      throw new Error(`${protocol.name}: after damaged requests the exchange gave ${after}, ` +
                      `before ${recorded.result}`);
    }
    const outcomes = await inBatches(rounds, 16,
                                     (i) => damageClient(protocol, recorded.server, rngFor(base + rounds + i)));
    const stuck = outcomes.filter((o) => o === 'stuck').length;
    if (stuck) throw new Error(`${protocol.name}: ${stuck} clients never settled`);
    server.close();
    let line = `${protocol.name}: ${rounds} damaged requests, ${rounds} damaged answers ` +
               `(${outcomes.filter((o) => o === 'ok').length} taken as whole)`;
    if (showOutcomes) {
      line += `\n    answer ${digest([recorded.server]).slice(0, 12)} ` +
              outcomes.map((o) => (o === 'ok' ? 'o' : 'f')).join('') +
              `\n    outcomes ${digest([Buffer.from(outcomes.join('\n'))]).slice(0, 12)} ` +
              counts(outcomes);
      if (protocol.name.startsWith('http/1')) line += `\n    server answers ${digest([Buffer.from(answers.join('\n'))]).slice(0, 12)} ${counts(answers)}`;
      // With each, every connection's outcome on its own line, to find the ones two
      // runtimes disagree on.
      if (each) {
        line += answers.map((a, i) => `\n    request ${i}: ${a}`).join('') +
                outcomes.map((o, i) => `\n    answer ${i}: ${o}`).join('');
      }
    }
    report.push(line);
  }
  return report;
}

module.exports = { run };

if (require.main === module) {
  const seed = +process.argv[2] || 1;
  const each = process.argv.includes('--each');
  const outcomes = each || process.argv.includes('--outcomes');
  const option = (name) => { const at = process.argv.indexOf(name); return at > 0 ? process.argv[at + 1] : undefined; };
  run({ seed, rounds: +process.argv[3] || 200, outcomes, each, save: option('--save'),
        load: option('--load'), only: option('--only') && ((name) => name.includes(option('--only'))) }).then((report) => {
    console.log(`seed ${seed}:\n  ${report.join('\n  ')}`);
  }, (err) => {
    console.error(err);
    process.exit(1);
  });
}
