'use strict';
// readline splits input into lines the same way whether a chunk ends its lines
// with '\n' only or mixes '\r\n', '\r', U+2028 and U+2029, including lines that
// span chunks and multi-byte characters split between Buffers.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

function lines(chunks, expected) {
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  const got = [];
  rl.on('line', (l) => got.push(l));
  rl.on('close', common.mustCall(() => assert.deepStrictEqual(got, expected)));
  for (const c of chunks) input.write(c);
  input.end();
}

lines(['a\nb\nc'], ['a', 'b', 'c']);
lines(['a', 'b\nc', 'd\n', '\n', 'e'], ['ab', 'cd', '', 'e']);
lines(['\n\n\n'], ['', '', '']);
lines(['a\r\nb\rc\n', 'd\u2028e\u2029f\n'], ['a', 'b', 'c', 'd', 'e', 'f']);
lines(['x\r', '\ny\n'], ['x', 'y']);
lines(['one', 'two', 'three\nfour\n'], ['onetwothree', 'four']);
lines([Buffer.from([0xe2, 0x82]), Buffer.from([0xac, 0x0a, 0x41])], ['€', 'A']);
lines(['é\nü', 'x\n'], ['é', 'üx']);
lines(['l'.repeat(70000) + '\n' + 'm'.repeat(10)], ['l'.repeat(70000), 'm'.repeat(10)]);
