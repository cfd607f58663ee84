// An ES module that fails on a CommonJS variable (require, module, exports,
// __filename, __dirname) gets node's explanation in the error message, with the
// hint about the '.cjs' extension for a .js file of a "type": "module" package.
import '../common/index.js';
import tmpdir from '../common/tmpdir.js';
import assert from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

await assert.rejects(import('data:text/javascript,require;'), {
  name: 'ReferenceError',
  message: 'require is not defined in ES module scope, you can use import instead',
});
await assert.rejects(import('data:text/javascript,exports={};'), {
  name: 'ReferenceError',
  message: 'exports is not defined in ES module scope',
});
await assert.rejects(import('data:text/javascript,require_custom;'), (err) => {
  assert.ok(err instanceof ReferenceError);
  assert.doesNotMatch(err.message, /ES module scope/);
  return true;
});

tmpdir.refresh();
const pkg = path.join(tmpdir.path, 'pkg');
fs.mkdirSync(pkg);
fs.writeFileSync(path.join(pkg, 'package.json'), '{ "type": "module" }');
fs.writeFileSync(path.join(pkg, 'cjs.js'), "module.exports = 'x';\n");
await assert.rejects(import(`${pathToFileURL(path.join(pkg, 'cjs.js'))}?query`), {
  name: 'ReferenceError',
  message: 'module is not defined in ES module scope\nThis file is being treated as an ES ' +
    "module because it has a '.js' file extension and " +
    `'${path.join(pkg, 'package.json')}' contains "type": "module". To treat it as a ` +
    "CommonJS script, rename it to use the '.cjs' file extension.",
});

// Caught inside the module, the error is the engine's own.
const { caught } = await import('data:text/javascript,export let caught; try { __dirname } catch (e) { caught = e; }');
assert.ok(caught instanceof ReferenceError);
assert.doesNotMatch(caught.message, /ES module scope/);

// With top-level await as well, node says the format cannot be told.
await assert.rejects(import('data:text/javascript,await 1; require("fs");'), {
  name: 'ReferenceError',
  message: 'Cannot determine intended module format because both require() and top-level await ' +
    'are present. If the code is intended to be CommonJS, wrap await in an async function. If the ' +
    'code is intended to be an ES module, replace require() with import.',
});
