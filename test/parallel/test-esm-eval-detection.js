'use strict';
// -e and stdin source that only parses as a module (import/export, import.meta,
// top-level await) runs as one unless --input-type says otherwise; there the
// CommonJS variables are not defined.
require('../common');
const { run } = require('../common/child');
const assert = require('assert');

const cases = [
  ['import { version } from "node:process"; console.log(version === process.version);', 'true\n'],
  ['await Promise.resolve(); console.log("executed");', 'executed\n'],
  ['const module = 3; import "node:os"; console.log(typeof require, module);', 'undefined 3\n'],
  ['console.log(typeof import.meta.url);', 'string\n'],
  // Script source stays CommonJS.
  ['console.log(typeof require, typeof module);', 'function object\n'],
];
for (const [source, stdout] of cases) {
  const r = run(['-e', source]);
  assert.strictEqual(r.stdout, stdout, `${source}\n${r.stderr}`);
  assert.strictEqual(run(['-'], { input: source }).stdout, stdout, source);
}
const r = run(['--input-type=commonjs', '-e', 'import "node:os";']);
assert.strictEqual(r.code, 1);
assert.match(r.stderr, /SyntaxError/);
