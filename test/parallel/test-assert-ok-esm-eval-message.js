'use strict';
// assert.ok in an --input-type=module --eval program quotes the failing expression,
// as it does for CommonJS: the eval'd module's text is kept for source lines.
const common = require('../common');
const assert = require('assert');
const { execFile } = require('child_process');

execFile(process.execPath, ['--input-type', 'module', '--eval',
                            'import assert from "assert";\nassert.ok(0 === 2);\n'],
         common.mustCall((err, stdout, stderr) => {
           assert.strictEqual(err.code, 1);
           assert.match(stderr, /AssertionError \[ERR_ASSERTION\]: The expression evaluated to a falsy value:\n\n {2}assert\.ok\(0 === 2\)\n/);
         }));
