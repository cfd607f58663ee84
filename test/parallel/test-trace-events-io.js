'use strict';
// I/O in the process's trace, as node records it: asynchronous fs requests
// (node.fs.async), jobs on libuv's pool (node.threadpoolwork.async and .sync),
// connects (node.net.native, with the pipe's path) and HTTP requests (node.http),
// each an async span from its start ('b') to its end ('e'), matched by id.
require('../common');
const assert = require('node:assert');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();

function traceOf(categories, code) {
  const child = spawnSync(process.execPath, ['--trace-event-categories', categories, '-e', code],
                          { cwd: tmpdir.path, encoding: 'utf8' });
  assert.strictEqual(child.stderr, '');
  assert.strictEqual(child.status, 0);
  const path = tmpdir.resolve('node_trace.1.log');
  const events = JSON.parse(fs.readFileSync(path, 'utf8')).traceEvents;
  fs.unlinkSync(path);
  return events.filter((e) => e.cat !== '__metadata');
}

// Every 'b' has its 'e' (same category, name and id), and nothing else is there.
function spans(events, cat, name) {
  const mine = events.filter((e) => e.cat === cat && e.name === name && 'be'.includes(e.ph));
  const begins = mine.filter((e) => e.ph === 'b');
  for (const b of begins) assert.ok(mine.some((e) => e.ph === 'e' && e.id === b.id), name);
  assert.strictEqual(mine.length, begins.length * 2);
  return begins;
}

{
  const events = traceOf('node.fs.async', 'require("fs").stat(".", () => {})');
  assert.strictEqual(spans(events, 'node,node.fs,node.fs.async', 'stat').length, 1);
  assert.ok(events.every((e) => e.cat === 'node,node.fs,node.fs.async'));
}

{
  const events = traceOf('node.threadpoolwork.async,node.threadpoolwork.sync',
                         'require("zlib").gzip("x", () => {})');
  const jobs = spans(events, 'node,node.threadpoolwork,node.threadpoolwork.async', 'zlib').length;
  assert.ok(jobs >= 1);
  // Each job's run on a pool thread: a begin and an end there.
  const run = events.filter((e) => e.cat === 'node,node.threadpoolwork,node.threadpoolwork.sync');
  assert.ok(run.every((e) => e.name === 'zlib'));
  assert.strictEqual(run.filter((e) => e.ph === 'B').length, jobs);
  assert.strictEqual(run.filter((e) => e.ph === 'E').length, jobs);
}

{
  const code = 'const net = require("net");' +
               'net.connect(require("path").join(process.cwd(), "missing.sock")).on("error", () => {});';
  const events = traceOf('node.net.native', code);
  const [begin] = spans(events, 'node,node.net,node.net.native', 'connect');
  assert.strictEqual(begin.args.path_type, 'file');
  assert.strictEqual(begin.args.pipe_path, tmpdir.resolve('missing.sock'));
  assert.deepStrictEqual(events.find((e) => e.ph === 'e').args, { status: -2 });
}

{
  const code = 'const http = require("http");' +
               'const server = http.createServer((req, res) => res.end("ok")).listen(0, () => {' +
               '  http.get({ port: server.address().port, path: "/p", agent: false }, (res) => {' +
               '    res.resume(); server.close();' +
               '  });' +
               '});';
  const events = traceOf('node.http', code);
  const [server] = spans(events, 'node,node.http', 'http.server.request');
  const end = (begin) => events.find((e) => e.ph === 'e' && e.id === begin.id && e.name === begin.name);
  assert.deepStrictEqual(end(server).args, { data: { url: '/p', statusCode: 200 } });
  const [client] = spans(events, 'node,node.http', 'http.client.request');
  assert.deepStrictEqual(end(client).args, { data: { path: '/p', statusCode: 200 } });
}
