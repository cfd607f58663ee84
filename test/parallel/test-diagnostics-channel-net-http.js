'use strict';
// The net and http channels: net.client.socket and net.server.socket for each
// connection, net.server.listen traced (asyncStart with the options, then asyncEnd,
// or error when listening fails), and http's request/response channels on both
// sides in node's order.
const common = require('../common');
const assert = require('assert');
const dc = require('diagnostics_channel');
const http = require('http');
const net = require('net');

const events = [];
for (const name of ['net.client.socket', 'net.server.socket', 'http.client.request.created',
  'http.client.request.start', 'http.server.request.start', 'http.server.response.created',
  'http.server.response.finish', 'http.client.response.finish']) {
  dc.subscribe(name, (message) => events.push([name, message]));
}
const listenEvents = [];
dc.tracingChannel('net.server.listen').subscribe({
  asyncStart: (ctx) => listenEvents.push(['asyncStart', ctx.server, ctx.options.tag]),
  asyncEnd: (ctx) => listenEvents.push(['asyncEnd', ctx.server]),
  error: (ctx) => listenEvents.push(['error', ctx.server, ctx.error.code]),
});
const errors = [];
dc.subscribe('http.client.request.error', ({ request, error }) => errors.push([request, error]));

const server = http.createServer(common.mustCall((req, res) => res.end('ok')));
server.listen({ port: 0, host: '127.0.0.1', tag: 'first' }, common.mustCall(() => {
  const { port } = server.address();
  const req = http.get({ port, host: '127.0.0.1', agent: false }, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => {
      const names = events.map(([name]) => name);
      for (const name of ['net.client.socket', 'net.server.socket', 'http.client.request.created',
        'http.client.request.start', 'http.server.request.start', 'http.server.response.created',
        'http.server.response.finish', 'http.client.response.finish']) {
        assert.ok(names.includes(name), name);
      }
      assert.ok(names.indexOf('http.client.request.created') < names.indexOf('http.client.request.start'));
      assert.ok(names.indexOf('http.server.response.created') < names.indexOf('http.server.request.start'));
      const start = events.find(([name]) => name === 'http.server.request.start')[1];
      assert.ok(start.request instanceof http.IncomingMessage);
      assert.ok(start.response instanceof http.ServerResponse);
      assert.ok(start.socket instanceof net.Socket);
      assert.strictEqual(start.server, server);
      const finish = events.find(([name]) => name === 'http.client.response.finish')[1];
      assert.strictEqual(finish.request, req);
      assert.strictEqual(finish.response, res);
      assert.deepStrictEqual(listenEvents, [['asyncStart', server, 'first'], ['asyncEnd', server]]);

      // A listen that fails, and a request that fails.
      const second = net.createServer();
      second.on('error', common.mustCall((err) => {
        assert.deepStrictEqual(listenEvents.slice(2), [['asyncStart', second, 'second'],
                                                      ['error', second, 'EADDRINUSE']]);
        const bad = http.get({ port, host: '127.0.0.1', path: '/', agent: false, headers: { 'x': 'y' } });
        bad.on('error', common.mustCall((e) => {
          assert.deepStrictEqual(errors, [[bad, e]]);
          server.close();
        }));
        bad.destroy(new Error('stop'));
      }));
      second.listen({ port, host: '127.0.0.1', tag: 'second' });
    }));
  }));
}));
