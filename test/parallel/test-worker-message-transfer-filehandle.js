'use strict';
// A FileHandle listed in postMessage()'s transfer list moves: the receiver reads
// the file through it, and the sender's handle is closed ('The FileHandle has
// been transferred'). Unlisted, or busy, it cannot be sent.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { once } = require('events');
const { MessageChannel } = require('worker_threads');

(async () => {
  const fh = await fs.promises.open(__filename);
  const { port1, port2 } = new MessageChannel();
  assert.throws(() => port1.postMessage(fh), { name: 'DataCloneError' });

  port1.postMessage(fh, [fh]);
  assert.strictEqual(fh.fd, -1);
  const [moved] = await once(port2, 'message');
  assert.strictEqual(Object.getPrototypeOf(moved), Object.getPrototypeOf(fh));
  assert.deepStrictEqual(await moved.readFile(), fs.readFileSync(__filename));
  await moved.close();
  await assert.rejects(fh.read(), { code: 'EBADF', message: 'The FileHandle has been transferred', syscall: 'read' });

  const busy = await fs.promises.open(__filename);
  const reading = busy.readFile();
  assert.throws(() => port1.postMessage(busy, [busy]), {
    name: 'DataCloneError', message: 'Cannot transfer FileHandle while in use',
  });
  await reading;
  await busy.close();
  port1.close();
})().then(common.mustCall());
