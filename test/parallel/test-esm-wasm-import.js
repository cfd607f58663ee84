'use strict';
// A .wasm file imports as an ES module: its imports come from the modules it names
// (evaluated first), its exports are the namespace (a global as its value), names
// under wasm: are refused, and the first import warns that the feature is
// experimental. A .wasm file can be the entry point too, and so can an
// extensionless file holding WebAssembly in a "type": "module" package.
require('../common');
const tmpdir = require('../common/tmpdir');
const { run } = require('../common/child');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const str = (s) => [s.length, ...Buffer.from(s)];
const section = (id, bytes) => [id, bytes.length, ...bytes];
// (import "./dep.mjs" "double" (func (param i32) (result i32)))
// (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
// (func (export "quad") (param i32) (result i32) local.get 0 call 0 call 0)
// (global (export "seven") i32 (i32.const 7))
function wasmModule(exportName = 'add', importModule = './dep.mjs') {
  return Buffer.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [2, 0x60, 2, 0x7f, 0x7f, 1, 0x7f, 0x60, 1, 0x7f, 1, 0x7f]),
    ...section(2, [1, ...str(importModule), ...str('double'), 0x00, 1]),
    ...section(3, [2, 0, 1]),
    ...section(6, [1, 0x7f, 0x00, 0x41, 7, 0x0b]),
    ...section(7, [3, ...str(exportName), 0x00, 1, ...str('quad'), 0x00, 2, ...str('seven'), 0x03, 0]),
    ...section(10, [2, 7, 0, 0x20, 0, 0x20, 1, 0x6a, 0x0b, 8, 0, 0x20, 0, 0x10, 0, 0x10, 0, 0x0b]),
  ]);
}

tmpdir.refresh();
const dir = tmpdir.path;
fs.writeFileSync(path.join(dir, 'm.wasm'), wasmModule());
fs.writeFileSync(path.join(dir, 'bad.wasm'), wasmModule('wasm:add'));
fs.writeFileSync(path.join(dir, 'dep.mjs'),
                 "console.log('dep runs first');\nexport function double(x) { return x * 2; }\n");
fs.writeFileSync(path.join(dir, 'main.mjs'), `
import { add, quad, seven } from './m.wasm';
import * as ns from './m.wasm';
console.log(add(2, 3), quad(5), seven, Object.keys(ns).join());
`);

let r = run([path.join(dir, 'main.mjs')]);
assert.strictEqual(r.stdout, 'dep runs first\n5 20 7 add,quad,seven\n', r.stderr);
assert.match(r.stderr, /ExperimentalWarning: Importing WebAssembly module instances is an experimental feature/);
assert.strictEqual(r.code, 0);

r = run(['--no-warnings', path.join(dir, 'm.wasm')]);
assert.strictEqual(r.stdout, 'dep runs first\n');
assert.strictEqual(r.code, 0);

r = run(['--no-warnings', '--input-type=module', '-e', 'import("./bad.wasm").catch((e) => ' +
         'console.log(e instanceof WebAssembly.LinkError, /Invalid Wasm export/.test(e.message)))'],
        { cwd: dir });
assert.strictEqual(r.stdout, 'true true\n', r.stderr);

fs.mkdirSync(path.join(dir, 'pkg'));
fs.writeFileSync(path.join(dir, 'pkg', 'package.json'), '{"type":"module"}');
fs.writeFileSync(path.join(dir, 'pkg', 'noext'), wasmModule('add', '../dep.mjs'));
r = run(['--no-warnings', path.join(dir, 'pkg', 'noext')]);
assert.strictEqual(r.stdout, 'dep runs first\n', r.stderr);
r = run(['--no-warnings', '--input-type=module', '-e',
         'import("./pkg/noext").then((ns) => console.log(ns.quad(3)))'], { cwd: dir });
assert.strictEqual(r.stdout, 'dep runs first\n12\n', r.stderr);

// Source phase imports: the compiled WebAssembly.Module, its imports neither
// loaded nor run; a JavaScript module has no source object.
fs.writeFileSync(path.join(dir, 'source.mjs'), `
import source mod from './m.wasm';
const again = await import.source('./m.wasm');
console.log(mod instanceof WebAssembly.Module, again === mod,
            WebAssembly.Module.exports(mod).map((e) => e.name).join());
await import.source('./dep.mjs').catch((e) => console.log(e.name, e.message.includes('dep.mjs')));
`);
r = run([path.join(dir, 'source.mjs')]);
assert.strictEqual(r.stdout, 'true true add,quad,seven\nSyntaxError true\n', r.stderr);
