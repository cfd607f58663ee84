'use strict';
// A BlockList copied by structuredClone() or to another thread is the same list:
// a rule added through any copy applies to all, newest first, as in node.
const common = require('../common');
const assert = require('assert');
const { BlockList } = require('net');
const { Worker } = require('worker_threads');

const list = new BlockList();
list.addAddress('10.0.0.1');
const copy = structuredClone(list);
assert.notStrictEqual(copy, list);
assert.ok(BlockList.isBlockList(copy));
assert.ok(copy.check('10.0.0.1'));
copy.addSubnet('192.168.0.0', 16);
assert.ok(list.check('192.168.4.5'));

// Past the room first reserved: the list grows and its copies follow.
for (let i = 0; i < 40; i++) list.addAddress(`172.16.0.${i}`);
assert.ok(copy.check('172.16.0.39'));
assert.ok(!copy.check('172.16.0.40'));
const longest = 'ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.254';
copy.addRange('ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.0', longest, 'ipv6');
assert.ok(list.check('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ff10', 'ipv6'));
assert.strictEqual(list.rules.length, 43);
assert.deepStrictEqual(list.rules, copy.rules);
assert.match(list.rules[0], /^Range: IPv6 /);
assert.strictEqual(list.rules.at(-1), 'Address: IPv4 10.0.0.1');

// Another thread adds a rule through its copy; this thread sees it.
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', (copy) => {
    copy.addAddress('8.8.8.8');
    parentPort.postMessage(copy.check('192.168.0.1'));
  });
`, { eval: true });
worker.on('message', common.mustCall((sawParentRule) => {
  assert.strictEqual(sawParentRule, true);
  assert.ok(list.check('8.8.8.8'));
  worker.terminate();
}));
worker.postMessage(list);
