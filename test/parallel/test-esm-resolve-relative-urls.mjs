// Relative specifiers resolve against the importing module's URL as the WHATWG
// URL parser resolves them: dot segments, empty segments, '\' as '/', and the
// percent-encoding of path, query and fragment.
import '../common/index.js';
import assert from 'node:assert';

const dir = import.meta.url.slice(0, import.meta.url.lastIndexOf('/') + 1);
const up = dir.slice(0, dir.slice(0, -1).lastIndexOf('/') + 1);
const cases = [
  ['./a.mjs', `${dir}a.mjs`],
  ['./x/y.mjs', `${dir}x/y.mjs`],
  ['./x/../y.mjs', `${dir}y.mjs`],
  ['./x/./y.mjs', `${dir}x/y.mjs`],
  ['./x/..', dir],
  ['./x/.', `${dir}x/`],
  ['./.', dir],
  ['./x//y.mjs', `${dir}x//y.mjs`],
  ['./%2e/x.mjs', `${dir}x.mjs`],
  ['./x/%2E%2E/y.mjs', `${dir}y.mjs`],
  ['./..x.mjs', `${dir}..x.mjs`],
  ['../a.mjs', `${up}a.mjs`],
  ['./a b.mjs', `${dir}a%20b.mjs`],
  ['./a%20b.mjs', `${dir}a%20b.mjs`],
  ['./ü.mjs', `${dir}%C3%BC.mjs`],
  ['./a[b]|c^d{e}`f', `${dir}a[b]|c%5Ed%7Be%7D%60f`],
  ['./a\\b.mjs', `${dir}a/b.mjs`],
  ['./q?a b\'"#f a\'`', `${dir}q?a%20b%27%22#f%20a'%60`],
];
for (const [specifier, expected] of cases) {
  assert.strictEqual(import.meta.resolve(specifier), expected, specifier);
}

// Spellings of one file are one module (its URL is made again from its path).
const a = await import('../fixtures/esm/other.mjs');
const b = await import('../fixtures/esm/%6fther%2emjs');
assert.strictEqual(a, b);
