'use strict';
// BlockList.fromJSON checks its input's type and skips rules it cannot read;
// util.inspect past the depth shows [BlockList].
require('../common');
const assert = require('node:assert');
const util = require('node:util');
const { BlockList } = require('node:net');

const list = new BlockList();
for (const bad of [1, null, [1, 2], '123', [Symbol()], new Map()]) {
  assert.throws(() => list.fromJSON(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "data" argument must be of type string or string\[\]\. Received /,
  });
}
assert.throws(() => list.fromJSON('{'), SyntaxError);

list.fromJSON([
  'Address: IPv4 1.1.1.1', 'Range: IPv4 1.1.1.5-1.1.1.9', 'Subnet: IPv6 8592::/16',
  'Address: IPv7 1.1.1.1', 'Subnet: IPv4 1.1.1.1', 'foo', 'Address: IPv4 x', 'Subnet: IPv4 1.1.1.1/x',
]);
assert.deepStrictEqual(list.rules.sort(), [
  'Address: IPv4 1.1.1.1', 'Range: IPv4 1.1.1.5-1.1.1.9', 'Subnet: IPv6 8592::/16',
]);
assert.throws(() => list.fromJSON(['Subnet: IPv4 1.1.1.1/40']), { code: 'ERR_OUT_OF_RANGE' });

const copy = new BlockList();
copy.fromJSON(JSON.stringify(list));
assert(copy.check('1.1.1.7'));
assert(!copy.check('1.1.1.4'));

assert.strictEqual(util.inspect(new BlockList(), { depth: -1 }), '[BlockList]');
assert.strictEqual(util.inspect({ x: new BlockList() }, { depth: 0 }), '{ x: [BlockList] }');
assert.strictEqual(util.inspect(new BlockList()), 'BlockList { rules: [] }');
