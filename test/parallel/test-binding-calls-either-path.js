'use strict';
// Built-in modules answer the same whichever way their native functions are made:
// eddy makes them as engine host functions unless EDDY_PUBLIC_FUNCTIONS=1 asks for
// the C API's own (node ignores the variable; both runs must agree there too).
// Covers results, `this`, thrown native errors and callbacks through the loop.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const program = `
const fs = require('fs'), path = require('path'), crypto = require('crypto'), zlib = require('zlib');
const out = [];
const file = path.join(${JSON.stringify(tmpdir.path)}, 'either-path.txt');
fs.writeFileSync(file, 'héllo');
out.push(fs.readFileSync(file, 'latin1'), fs.statSync(file).size);
try { fs.openSync(file + '.missing', 'r'); } catch (e) { out.push(e.code, e.syscall, e.errno); }
out.push(crypto.createHash('sha256').update('abc').digest('hex').slice(0, 16));
out.push(zlib.inflateSync(zlib.deflateSync(Buffer.from('abc'.repeat(50)))).length);
out.push(Buffer.from('aGk=', 'base64').toString(), Buffer.from([0xe9]).toString('latin1'));
fs.readFile(file, (err, data) => {
  out.push(err, data.length);
  fs.unlinkSync(file);
  console.log(JSON.stringify(out));
});
`;

function run(env) {
  const r = spawnSync(process.execPath, ['-e', program], { env: { ...process.env, ...env }, encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

const engine = run({});
const publicPath = run({ EDDY_PUBLIC_FUNCTIONS: '1' });
assert.deepStrictEqual(engine, ['hÃ©llo', 6, 'ENOENT', 'open', -2, 'ba7816bf8f01cfea', 150, 'hi', 'é', null, 6]);
assert.deepStrictEqual(publicPath, engine);
