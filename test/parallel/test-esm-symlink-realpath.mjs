// A module reached through a symlinked file or directory is keyed by its real
// path: one instance, whose import.meta.url is the real file's URL.
import '../common/index.js';
import tmpdir from '../common/tmpdir.js';
import assert from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

tmpdir.refresh();
const real = path.join(tmpdir.path, 'real');
fs.mkdirSync(path.join(real, 'dir'), { recursive: true });
fs.writeFileSync(path.join(real, 'dir', 'mod.mjs'),
                 'export const url = import.meta.url; export const box = {};\n');
fs.writeFileSync(path.join(real, 'dir', 'sibling.mjs'), "export * from './mod.mjs';\n");
fs.symlinkSync(path.join(real, 'dir'), path.join(tmpdir.path, 'linked-dir'));
fs.symlinkSync(path.join(real, 'dir', 'mod.mjs'), path.join(tmpdir.path, 'linked.mjs'));

const realURL = pathToFileURL(fs.realpathSync(path.join(real, 'dir', 'mod.mjs'))).href;
const direct = await import(realURL);
const viaDir = await import(pathToFileURL(path.join(tmpdir.path, 'linked-dir', 'mod.mjs')).href);
const viaFile = await import(pathToFileURL(path.join(tmpdir.path, 'linked.mjs')).href);
const viaSibling = await import(pathToFileURL(path.join(tmpdir.path, 'linked-dir', 'sibling.mjs')).href);
assert.strictEqual(direct.url, realURL);
assert.strictEqual(viaDir, direct);
assert.strictEqual(viaFile, direct);
assert.strictEqual(viaSibling.box, direct.box);
