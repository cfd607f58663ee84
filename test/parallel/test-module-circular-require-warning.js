'use strict';
// In a require() cycle, reading a property the unfinished exports do not have
// warns (node's warning); own properties, Object.prototype's members and
// __esModule do not, and the exports' prototype is Object.prototype again once
// the module has loaded.
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

tmpdir.refresh();
const a = path.join(tmpdir.path, 'a.js');
const b = path.join(tmpdir.path, 'b.js');
fs.writeFileSync(a, "exports.early = 1;\nrequire('./b.js');\nexports.late = 2;\n");
fs.writeFileSync(b, "const a = require('./a.js');\n" +
                    'module.exports = [a.early, a.late, typeof a.toString, a.__esModule, a[Symbol.for("s")]];\n');

const seen = [];
process.removeAllListeners('warning'); // collected below, not printed
process.on('warning', common.mustCall((w) => seen.push(w.message), 2));
const exportsA = require(a);
assert.strictEqual(Object.getPrototypeOf(exportsA), Object.prototype);
assert.deepStrictEqual(require(b), [1, undefined, 'function', undefined, undefined]);
process.on('exit', () => {
  assert.deepStrictEqual(seen, [
    "Accessing non-existent property 'late' of module exports inside circular dependency",
    "Accessing non-existent property 'Symbol(s)' of module exports inside circular dependency",
  ]);
});
