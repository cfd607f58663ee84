'use strict';
// module.SourceMap: decodes a Source Map v3 payload (or an index map's sections)
// and answers findEntry (0-based) and findOrigin (1-based) with node's shapes.
require('../common');
const assert = require('assert');
const { SourceMap } = require('module');

assert.throws(() => new SourceMap('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: "The \"payload\" argument must be of type object. Received type string ('x')",
});

const payload = {
  version: 3,
  sources: ['a.ts', 'b.ts'],
  names: ['fn'],
  // line 0: col 0 -> a.ts 0:0; col 4 -> a.ts 1:2 named fn
  // line 1: col 2 -> b.ts 3:0; col 4: no original position
  mappings: 'AAAA,IACEA;ECEF,E;AAAA',
};
const sm = new SourceMap(payload, { lineLengths: [10, 20] });
assert.deepStrictEqual(sm.findEntry(0, 0), {
  generatedLine: 0, generatedColumn: 0, originalSource: 'a.ts',
  originalLine: 0, originalColumn: 0, name: undefined,
});
assert.deepStrictEqual(sm.findEntry(0, 7), {
  generatedLine: 0, generatedColumn: 4, originalSource: 'a.ts',
  originalLine: 1, originalColumn: 2, name: 'fn',
});
assert.strictEqual(sm.findEntry(1, 3).originalSource, 'b.ts');
assert.deepStrictEqual(sm.findOrigin(1, 6), {
  name: 'fn', fileName: 'a.ts', lineNumber: 2, columnNumber: 4,
});
assert.deepStrictEqual(sm.findEntry(-1, 0), {});
assert.deepStrictEqual(sm.lineLengths, [10, 20]);
// The payload is a copy, both ways.
assert.notStrictEqual(sm.payload, payload);
assert.deepStrictEqual(sm.payload, payload);
assert.notStrictEqual(sm.payload.sources, payload.sources);

// VLQ edge values: "B" is -0, read as -2**31.
for (const [vlq, value] of [['B', -2147483648], ['D', -1], ['+/////D', 2147483647], ['//////D', -2147483647]]) {
  assert.strictEqual(new SourceMap({ sources: ['t.js'], mappings: `AAA${vlq}` }).findEntry(0, 0).originalColumn, value);
}

// An index map: sections shifted by their offsets.
const index = new SourceMap({
  version: 3,
  sections: [
    { offset: { line: 0, column: 0 }, map: { version: 3, sources: ['one.js'], names: [], mappings: 'AAAA' } },
    { offset: { line: 2, column: 5 }, map: { version: 3, sources: ['two.js'], names: [], mappings: 'AACA' } },
  ],
});
assert.strictEqual(index.findEntry(1, 0).originalSource, 'one.js');
const two = index.findEntry(2, 6);
assert.deepStrictEqual([two.originalSource, two.generatedColumn, two.originalLine], ['two.js', 5, 1]);

// A segment with no original position ends the one before it.
assert.deepStrictEqual(sm.findEntry(1, 4), {
  generatedLine: 1, generatedColumn: 4, originalSource: undefined,
  originalLine: undefined, originalColumn: undefined, name: undefined,
});
