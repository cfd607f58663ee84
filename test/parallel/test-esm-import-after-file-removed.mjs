// A specifier that failed to resolve is tried again on the next import(); one that
// resolved keeps its module from the same parent even once its file is removed.
import '../common/index.js';
import tmpdir from '../common/tmpdir.js';
import assert from 'node:assert';
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

tmpdir.refresh();
const target = pathToFileURL(path.join(tmpdir.path, 'late.mjs')).href;
await assert.rejects(import(target), { code: 'ERR_MODULE_NOT_FOUND' });
fs.writeFileSync(new URL(target), 'export default "here";\n');
const first = await import(target);
assert.strictEqual(first.default, 'here');
fs.rmSync(new URL(target));
assert.strictEqual(await import(target), first);
