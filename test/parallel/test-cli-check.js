'use strict';
// -c / --check: compiles the entry point (a file or stdin) as it would run and runs
// nothing; a syntax error is reported at its line and exits with 1.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
function file(name, text) {
  const p = path.join(tmpdir.path, name);
  fs.writeFileSync(p, text);
  return p;
}
function check(args, input) {
  return spawnSync(process.execPath, args, { encoding: 'utf8', input });
}

for (const flag of ['-c', '--check']) {
  // Valid files of each kind: nothing runs, nothing is printed.
  for (const good of [
    file('good.js', 'throw new Error("ran");\nreturn 1; // legal in a CommonJS wrapper\n'),
    file('good.mjs', 'export const a = 1;\nawait 0;\nthrow new Error("ran");\n'),
    file('detect.js', 'import fs from "fs";\nthrow new Error("ran");\n'),
    file('shebang.js', '#!/usr/bin/env node\nthrow new Error("ran");\n'),
  ]) {
    const child = check([flag, good]);
    assert.strictEqual(child.status, 0, `${good}: ${child.stderr}`);
    assert.strictEqual(child.stdout, '');
    assert.strictEqual(child.stderr, '');
  }

  // A syntax error: where, the line, a caret under the token, the SyntaxError.
  const bad = file('bad.js', 'const a = 1;\nfoo bar\n');
  const child = check([flag, bad]);
  assert.strictEqual(child.status, 1);
  assert.strictEqual(child.stdout, '');
  assert.ok(child.stderr.startsWith(`${bad}:2\nfoo bar\n    ^^^\n\nSyntaxError: Unexpected identifier 'bar'`),
            child.stderr);
  const badModule = file('bad.mjs', 'export const a = 1;\nlet let = 2;\n');
  assert.match(check([flag, badModule]).stderr, /^SyntaxError: /m);
  assert.strictEqual(check([flag, badModule]).status, 1);

  // A file that does not exist.
  const missing = check([flag, path.join(tmpdir.path, 'missing.js')]);
  assert.strictEqual(missing.status, 1);
  assert.match(missing.stderr, /Cannot find module/);

  // stdin: a script, or a module with --input-type=module.
  assert.strictEqual(check([flag], 'throw new Error("ran");').status, 0);
  assert.strictEqual(check(['--input-type=module', flag], 'export var p = 5; throw 1;').status, 0);
  const piped = check([flag], 'var foo bar;');
  assert.strictEqual(piped.status, 1);
  assert.ok(piped.stderr.startsWith('[stdin]:1\nvar foo bar;\n'), piped.stderr);
  assert.match(piped.stderr, /^SyntaxError: Unexpected identifier\b/m);

  // Not with -e.
  const both = check([flag, '-e', '1']);
  assert.strictEqual(both.status, 9);
  assert.ok(both.stderr.startsWith(`${process.execPath}: either --check or --eval can be used, not both`));
}
