// module.register: the default resolve step names a file's format, null when only
// its source can tell (a .js or extensionless file outside a typed package), and
// none (undefined) for node: and data: URLs; the load hooks see that as
// context.format.
import '../common/index.js';
import tmpdir from '../common/tmpdir.js';
import assert from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { register } from 'node:module';
import { pathToFileURL } from 'node:url';

tmpdir.refresh();
const typeless = path.join(tmpdir.path, 'typeless');
const typed = path.join(tmpdir.path, 'typed');
fs.mkdirSync(typeless);
fs.mkdirSync(typed);
fs.writeFileSync(path.join(typeless, 'package.json'), '{}');
fs.writeFileSync(path.join(typeless, 'a.js'), 'module.exports = "a";');
fs.writeFileSync(path.join(typeless, 'noext'), 'module.exports = "n";');
fs.writeFileSync(path.join(typed, 'package.json'), '{ "type": "module" }');
fs.writeFileSync(path.join(typed, 'b.js'), 'export default "b";');
fs.writeFileSync(path.join(typed, 'c.mjs'), 'export default "c";');

// The hooks may run on a thread of their own (node): they report through a file.
const log = path.join(tmpdir.path, 'log.txt');
fs.writeFileSync(log, '');
const hooks = `
  import { appendFileSync } from 'node:fs';
  const record = (line) => appendFileSync(${JSON.stringify(log)}, line + '\\n');
  const name = (u) => u.startsWith('file:') ? u.slice(u.lastIndexOf('/') + 1) : u;
  export async function resolve(specifier, context, next) {
    const r = await next(specifier, context);
    record('resolve ' + name(r.url) + ' ' + r.format);
    return r;
  }
  export async function load(url, context, next) {
    record('load ' + name(url) + ' ' + context.format);
    return next(url, context);
  }`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);

const seen = [];
for (const file of [path.join(typeless, 'a.js'), path.join(typeless, 'noext'),
                    path.join(typed, 'b.js'), path.join(typed, 'c.mjs')]) {
  await import(pathToFileURL(file).href);
}
await import('data:text/javascript,export default 1');
seen.push(...fs.readFileSync(log, 'utf8').split('\n').filter((l) => l !== ''));
assert.deepStrictEqual(seen, [
  'resolve a.js null', 'load a.js null',
  'resolve noext null', 'load noext null',
  'resolve b.js module', 'load b.js module',
  'resolve c.mjs module', 'load c.mjs module',
  'resolve data:text/javascript,export default 1 undefined',
  'load data:text/javascript,export default 1 undefined',
]);
