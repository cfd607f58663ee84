'use strict';
// An AbortSignal reached through a forwarding Proxy still answers aborted /
// reason / throwIfAborted, so APIs given one (fs.promises.readFile here) see the
// abort rather than failing on `this`.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const forward = (target) => new Proxy(target, { get: (t, k, r) => Reflect.get(t, k, r) });
const signal = forward(AbortSignal.abort());
assert.strictEqual(signal.aborted, true);
assert.strictEqual(signal.reason.name, 'AbortError');
assert.throws(() => signal.throwIfAborted(), { name: 'AbortError' });
assert.strictEqual(forward(new AbortController().signal).aborted, false);
assert.throws(() => Reflect.get(AbortSignal.prototype, 'aborted', forward({})), {
  code: 'ERR_INVALID_THIS',
});

assert.rejects(fs.promises.readFile(__filename, { signal }), { name: 'AbortError' }).then(common.mustCall());
(async () => {
  const fh = await fs.promises.open(__filename);
  await assert.rejects(fh.readFile(forward({ signal: AbortSignal.abort() })), { name: 'AbortError' });
  await fh.close();
})().then(common.mustCall());
