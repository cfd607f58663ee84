'use strict';
// node:inspector and node:inspector/promises load and have node's shape, and a
// Session is driven as node drives it: connect once, post only while connected, with
// node's argument checks; a method no protocol domain has is answered before post()
// returns with ERR_INSPECTOR_COMMAND (-32601), or as a rejection from the promise
// API. Packages require this module unconditionally (pm2, tap).
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const inspector = require('inspector');
const promises = require('inspector/promises');
const { builtinModules } = require('module');

assert.ok(builtinModules.includes('inspector'));
assert.ok(builtinModules.includes('inspector/promises'));
assert.deepStrictEqual(Object.keys(inspector),
                       ['open', 'close', 'url', 'waitForDebugger', 'console', 'Session', 'Network',
                        'NetworkResources']);
assert.strictEqual(require('node:inspector'), inspector);
assert.strictEqual(promises.console, inspector.console);
assert.strictEqual(promises.Network, inspector.Network);
assert.strictEqual(Object.getPrototypeOf(promises.Session), inspector.Session);
assert.ok(inspector.Session.prototype instanceof EventEmitter);
assert.deepStrictEqual(Object.getOwnPropertyNames(inspector.Session.prototype),
                       ['constructor', 'connect', 'connectToMainThread', 'post', 'disconnect']);
assert.strictEqual(inspector.url(), undefined);
assert.strictEqual(inspector.close(), undefined);
assert.strictEqual(inspector.console.log.name, 'log');
assert.notStrictEqual(inspector.console.log, console.log);
assert.strictEqual(inspector.console.log('not on stdout'), undefined);
assert.ok(Object.keys(inspector.console).includes('context'));
assert.strictEqual(inspector.Network.requestWillBeSent({}), undefined);
assert.throws(() => inspector.Network.dataSent(5), { code: 'ERR_INVALID_ARG_TYPE' });

const session = new inspector.Session();
assert.throws(() => session.post('Nope.method'), {
  code: 'ERR_INSPECTOR_NOT_CONNECTED', message: 'Session is not connected',
});
session.connect();
assert.throws(() => session.connect(), {
  code: 'ERR_INSPECTOR_ALREADY_CONNECTED',
  message: 'The inspector session is already connected',
});
assert.throws(() => session.connectToMainThread(), {
  code: 'ERR_INSPECTOR_NOT_WORKER', message: 'Current thread is not a worker',
});
assert.throws(() => session.post(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => session.post('A.b', 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => session.post('A.b', [], () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => session.post('A.b', {}, 5), { code: 'ERR_INVALID_ARG_TYPE' });

let answered = false;
session.post('Nope.method', { a: 1 }, common.mustCall((err, result) => {
  assert.strictEqual(err.code, 'ERR_INSPECTOR_COMMAND');
  assert.strictEqual(err.message, "Inspector error -32601: 'Nope.method' wasn't found");
  assert.strictEqual(result, undefined);
  answered = true;
}));
assert.ok(answered);
session.post('Nope.method');
session.post('Nope.method', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_INSPECTOR_COMMAND')));
session.disconnect();
session.disconnect();
assert.throws(() => session.post('Nope.method'), { code: 'ERR_INSPECTOR_NOT_CONNECTED' });

const promised = new promises.Session();
promised.connect();
assert.rejects(promised.post('Nope.other'), {
  code: 'ERR_INSPECTOR_COMMAND',
  message: "Inspector error -32601: 'Nope.other' wasn't found",
}).then(common.mustCall(() => promised.disconnect()));
