// Flags: --experimental-vm-modules --js-source-phase-imports
'use strict';
// A SourceTextModule lists each distinct request once (specifier, attributes
// sorted by key, phase), its linker is asked once per request, and linkRequests()
// takes one module per distinct request.
const common = require('../common');
const assert = require('assert');
const { SourceTextModule } = require('vm');

const m = new SourceTextModule(`
  import { a } from './a.js';
  import * as A from './a.js';
  export { b } from './b.js';
  import j from './c.json' with { type: 'json', x: 'y' };
  import k from './c.json' with { x: 'y', type: 'json' };
  import source S from './s';
  import * as S2 from './s';
`);
assert.deepStrictEqual(m.dependencySpecifiers, ['./a.js', './b.js', './c.json', './s', './s']);
assert.deepStrictEqual(m.moduleRequests.map((r) => [r.specifier, { ...r.attributes }, r.phase]), [
  ['./a.js', {}, 'evaluation'],
  ['./b.js', {}, 'evaluation'],
  ['./c.json', { type: 'json', x: 'y' }, 'evaluation'],
  ['./s', {}, 'source'],
  ['./s', {}, 'evaluation'],
]);
assert.deepStrictEqual(Object.keys(m.moduleRequests[2].attributes), ['type', 'x']);

// linkRequests: one module per distinct request.
const five = new SourceTextModule('export default 5; export const x = 1;');
five.linkRequests([]);
const twice = new SourceTextModule('import v from "f"; import { x } from "f"; globalThis.seen = v + x;');
assert.throws(() => twice.linkRequests([five, five]), { code: 'ERR_MODULE_LINK_MISMATCH' });
twice.linkRequests([five]);
twice.instantiate();

// An unlinked dependency is named with its first request.
const top = new SourceTextModule('import "dep"', { identifier: 'file://top' });
const dep = new SourceTextModule('import "missing"', { identifier: 'file://dep' });
top.linkRequests([dep]);
assert.throws(() => top.instantiate(), {
  code: 'ERR_VM_MODULE_LINK_FAILURE',
  message: "request for 'missing' can not be resolved on module 'file://dep' that is not linked",
});

// link(): the linker runs once per distinct request.
const asked = [];
const n = new SourceTextModule('import "p"; import "q"; import "p"; import { x } from "p";');
n.link(common.mustCall((specifier) => {
  asked.push(specifier);
  const dep = new SourceTextModule('export const x = 1;');
  return dep;
}, 2)).then(common.mustCall(async () => {
  assert.deepStrictEqual(asked, ['p', 'q']);
  await twice.evaluate();
  assert.strictEqual(globalThis.seen, 6);
}));
