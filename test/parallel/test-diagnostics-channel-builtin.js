'use strict';
// The channels node's own modules publish to: console.* (the arguments, before they
// are formatted), module.require and module.import (tracing channels around
// require() and import()), udp.socket, child_process and worker_threads (each new
// socket, process or worker).
const common = require('../common');
const assert = require('assert');
const dc = require('diagnostics_channel');
const dgram = require('dgram');
const { ChildProcess, spawn } = require('child_process');
const { Worker } = require('worker_threads');
const { Writable } = require('stream');
const { Console } = require('console');
const { pathToFileURL } = require('url');

// console: each method its own channel; a subscriber may change what is printed.
{
  let printed = '';
  const sink = new Writable({ write(chunk, enc, cb) { printed += chunk; cb(); } });
  const c = new Console({ stdout: sink, stderr: sink });
  const seen = [];
  for (const name of ['log', 'info', 'debug', 'warn', 'error']) {
    dc.subscribe(`console.${name}`, (args) => {
      seen.push(name);
      args[0].touched = name;
    });
  }
  for (const name of ['log', 'info', 'debug', 'warn', 'error']) c[name]({});
  assert.deepStrictEqual(seen, ['log', 'info', 'debug', 'warn', 'error']);
  assert.strictEqual(printed, "{ touched: 'log' }\n{ touched: 'info' }\n{ touched: 'debug' }\n" +
    "{ touched: 'warn' }\n{ touched: 'error' }\n");
}

// module.require: start and end around require(), with error between when it throws;
// every event gets the same context object.
{
  const events = [];
  const handlers = {};
  for (const name of ['start', 'end', 'asyncStart', 'asyncEnd', 'error']) {
    handlers[name] = (ctx) => events.push([name, ctx]);
  }
  const trace = dc.tracingChannel('module.require');
  trace.subscribe(handlers);
  const util = require('util');
  assert.throws(() => require('./no-such-module-here'), { code: 'MODULE_NOT_FOUND' });
  trace.unsubscribe(handlers);
  require('path');
  assert.deepStrictEqual(events.map(([name]) => name), ['start', 'end', 'start', 'error', 'end']);
  assert.strictEqual(events[0][1], events[1][1]);
  assert.deepStrictEqual({ ...events[1][1] }, { parentFilename: __filename, id: 'util', result: util });
  assert.strictEqual(events[2][1].id, './no-such-module-here');
  assert.strictEqual(events[3][1].error.code, 'MODULE_NOT_FOUND');
}

// module.import: import() traced as a promise.
{
  const events = [];
  const handlers = {};
  for (const name of ['start', 'end', 'asyncStart', 'asyncEnd', 'error']) {
    handlers[name] = (ctx) => events.push(name);
  }
  const trace = dc.tracingChannel('module.import');
  trace.subscribe(handlers);
  let context;
  dc.subscribe('tracing:module.import:asyncEnd', (ctx) => { context = ctx; });
  import('os').then(common.mustCall((ns) => {
    trace.unsubscribe(handlers);
    assert.deepStrictEqual(events, ['start', 'end', 'asyncStart', 'asyncEnd']);
    assert.strictEqual(context.parentURL, pathToFileURL(__filename).href);
    assert.strictEqual(context.url, 'os');
    assert.strictEqual(context.result, ns);
  }));
}

// udp.socket and child_process: the new object, as it is made.
dc.subscribe('udp.socket', common.mustCall(({ socket }) => {
  assert.ok(socket instanceof dgram.Socket);
}));
dgram.createSocket('udp4').close();

dc.subscribe('child_process', common.mustCall(({ process: child }) => {
  assert.ok(child instanceof ChildProcess);
  assert.strictEqual(child.pid, undefined); // published before it is spawned
}));
spawn(process.execPath, ['-e', '0']).on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

dc.subscribe('worker_threads', common.mustCall(({ worker }) => {
  assert.ok(worker instanceof Worker);
}));
new Worker('0', { eval: true }).on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
