// Module text of every width compiles and links the same: ASCII, Latin-1 beyond
// ASCII (é), and text with characters past Latin-1 (€, emoji); a module whose only
// `await` and `using` are in comments and strings; a module that calls import() next
// to one that does not; and stack columns on a Latin-1 line.
import '../common/index.js';
import tmpdir from '../common/tmpdir.js';
import assert from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

tmpdir.refresh();
const files = {
  'ascii.mjs': "export const word = 'plain';\nexport function twice(x) { return x * 2; }\n",
  'latin1.mjs': "import { word } from './ascii.mjs';\n" +
    "export const café = `${word} crème`;\nexport let count = 1;\nexport function bump() { count++; }\n",
  'wide.mjs': "import { café } from './latin1.mjs';\n" +
    "export const price = '12 €';\nexport const both = café + ' 🍰';\nexport default class Gâteau {}\n",
  'words.mjs': '// await using here is only a comment\n' +
    "export const said = 'await using x = y';\nexport const later = async () => { await null; return 'ok'; };\n",
  'dynamic.mjs': "export const load = () => import('./ascii.mjs');\n",
  'thrower.mjs': "export function fail() {\n  const é = 'é'; throw new Error(é);\n}\n",
};
for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(tmpdir.path, name), text);
const url = (name) => pathToFileURL(path.join(tmpdir.path, name)).href;

const latin1 = await import(url('latin1.mjs'));
assert.strictEqual(latin1.café, 'plain crème');
assert.strictEqual(latin1.count, 1);
latin1.bump();
assert.strictEqual(latin1.count, 2);

const wide = await import(url('wide.mjs'));
assert.strictEqual(wide.price, '12 €');
assert.strictEqual(wide.both, 'plain crème 🍰');
assert.strictEqual(wide.default.name, 'Gâteau');

const words = await import(url('words.mjs'));
assert.strictEqual(words.said, 'await using x = y');
assert.strictEqual(await words.later(), 'ok');

const dynamic = await import(url('dynamic.mjs'));
const ascii = await dynamic.load();
assert.strictEqual(ascii.twice(21), 42);

const { fail } = await import(url('thrower.mjs'));
assert.throws(fail, (err) => {
  assert.strictEqual(err.message, 'é');
  assert.match(err.stack.split('\n')[1], /thrower\.mjs:2:24\)$/);
  return true;
});
