'use strict';
// new MessageEvent(type, init) checks init.source (null, undefined or a MessagePort)
// and init.ports (an iterable object of MessagePorts) with node's TypeErrors.
require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const cases = [
  [{ source: 1 }, 'Expected eventInitDict.source ("1") to be an instance of MessagePort.'],
  [{ source: {} }, 'Expected eventInitDict.source ("{}") to be an instance of MessagePort.'],
  [{ source: 'x' }, 'Expected eventInitDict.source (""x"") to be an instance of MessagePort.'],
  [{ source: [1] }, 'Expected eventInitDict.source ("[ 1 ]") to be an instance of MessagePort.'],
  [{ ports: 0 }, 'eventInitDict.ports (0) is not iterable.'],
  [{ ports: null }, 'eventInitDict.ports (null) is not iterable.'],
  [{ ports: 'ab' }, 'eventInitDict.ports ("ab") is not iterable.'],
  [{ ports: [null] }, 'Expected eventInitDict.ports[0] ("null") to be an instance of MessagePort.'],
  [{ ports: [port1, 'y'] }, 'Expected eventInitDict.ports[1] (""y"") to be an instance of MessagePort.'],
];
for (const [init, message] of cases) {
  assert.throws(() => new MessageEvent('message', init), {
    name: 'TypeError', message: `MessageEvent constructor: ${message}`,
  });
}

const ok = new MessageEvent('message', { source: port1, ports: new Set([port1, port2]) });
assert.strictEqual(ok.source, port1);
assert.deepStrictEqual(ok.ports, [port1, port2]);
assert.strictEqual(new MessageEvent('message', { source: null, ports: undefined }).source, null);
assert.deepStrictEqual(new MessageEvent('message').ports, []);
port1.close();
