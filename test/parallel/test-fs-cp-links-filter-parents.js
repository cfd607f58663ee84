'use strict';
// fs.cp / cpSync: dest's missing parents are made, the filter runs before any
// check, cpSync refuses an async filter, and a symlink over an existing dest is
// refused when it would overwrite a file or loop a directory into itself. cp
// reports those as SystemErrors, cpSync as plain errors (node's shapes).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
let n = 0;
const next = () => path.join(tmpdir.path, `d${n++}`);

// A file into a directory that does not exist yet.
{
  const src = next();
  fs.writeFileSync(src, 'x');
  const dest = path.join(next(), 'a', 'f');
  fs.cpSync(src, dest);
  assert.strictEqual(fs.readFileSync(dest, 'utf8'), 'x');
  const dest2 = path.join(next(), 'b', 'f');
  fs.cp(src, dest2, common.mustSucceed(() => assert.strictEqual(fs.readFileSync(dest2, 'utf8'), 'x')));
}

assert.throws(() => fs.cpSync(next(), next(), { dereference: true, verbatimSymlinks: true }), {
  code: 'ERR_INCOMPATIBLE_OPTION_PAIR',
  message: 'Option "dereference" cannot be used in combination with option "verbatimSymlinks"',
});

// cpSync cannot wait for an async filter; a non-boolean answer is read as truthy.
{
  const src = next();
  fs.mkdirSync(src);
  assert.throws(() => fs.cpSync(src, next(), { recursive: true, filter: async () => true }), {
    code: 'ERR_INVALID_RETURN_VALUE',
    message: 'Expected boolean to be returned from the "filter" function but got an instance of Promise.',
  });
  const dest = next();
  fs.cpSync(src, dest, { recursive: true, filter: () => 1 });
  assert.ok(fs.statSync(dest).isDirectory());
}

// A filtered-out src is not checked against dest at all.
{
  const src = next();
  fs.mkdirSync(src);
  const dest = next();
  fs.writeFileSync(dest, 'file');
  fs.cpSync(src, dest, { recursive: true, filter: () => false });
  fs.cp(src, dest, { recursive: true, filter: () => false }, common.mustSucceed());
}

// A directory without `recursive`: cpSync and cp word it differently.
{
  const src = next();
  fs.mkdirSync(src);
  assert.throws(() => fs.cpSync(src, next()), {
    name: 'Error', code: 'ERR_FS_EISDIR', message: `Recursive option not enabled, cannot copy a directory: ${src}/`,
  });
  assert.rejects(fs.promises.cp(src, next()), {
    name: 'SystemError', code: 'ERR_FS_EISDIR', errno: 21, syscall: 'cp', path: src,
    message: `Path is a directory: cp returned EISDIR (${src} is a directory (not copied)) ${src}`,
  }).then(common.mustCall());
}

// A symlink in src where dest has a regular file.
{
  const src = next();
  fs.mkdirSync(path.join(src, 'a', 'b'), { recursive: true });
  fs.symlinkSync(path.join(src, 'a', 'b'), path.join(src, 'a', 'c'));
  const dest = next();
  fs.mkdirSync(path.join(dest, 'a'), { recursive: true });
  fs.writeFileSync(path.join(dest, 'a', 'c'), 'hello');
  assert.throws(() => fs.cpSync(src, dest, { recursive: true }), { code: 'EEXIST' });
  fs.cp(src, dest, { recursive: true }, common.mustCall((err) => assert.strictEqual(err.code, 'EEXIST')));
}

// dest has a symlink back to src: replacing it would put src inside itself.
{
  const src = next();
  fs.mkdirSync(path.join(src, 'a', 'b'), { recursive: true });
  fs.symlinkSync(path.join(src, 'a', 'b'), path.join(src, 'a', 'c'));
  const dest = next();
  fs.mkdirSync(path.join(dest, 'a'), { recursive: true });
  fs.symlinkSync(src, path.join(dest, 'a', 'c'));
  const message = `cannot overwrite ${src} with ${path.join(src, 'a', 'b')}`;
  assert.throws(() => fs.cpSync(src, dest, { recursive: true }), {
    name: 'Error', code: 'ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', message,
  });
  assert.rejects(fs.promises.cp(src, dest, { recursive: true }), {
    name: 'SystemError', code: 'ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', path: path.join(dest, 'a', 'c'),
    message: `Cannot overwrite symlink in subdirectory of self: cp returned EINVAL (${message}) ${path.join(dest, 'a', 'c')}`,
  }).then(common.mustCall());
}

// src has a symlink to dest: the second copy would replace a link to dest with itself.
{
  const src = next();
  const dest = next();
  fs.mkdirSync(src);
  fs.mkdirSync(dest);
  fs.symlinkSync(dest, path.join(src, 'link'));
  fs.cpSync(src, dest, { recursive: true });
  assert.strictEqual(fs.readlinkSync(path.join(dest, 'link')), dest);
  assert.throws(() => fs.cpSync(src, dest, { recursive: true }), {
    code: 'ERR_FS_CP_EINVAL', message: `Cannot copy ${dest} to a subdirectory of self ${dest}`,
  });
  fs.cp(src, dest, { recursive: true }, common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_FS_CP_EINVAL');
    assert.strictEqual(err.message,
                       `Invalid src or dest: cp returned EINVAL (cannot copy ${dest} to a subdirectory of self ${dest}) ` +
                       path.join(dest, 'link'));
  }));
}

// A symlink to a file over an existing symlink is replaced.
{
  const src = next();
  fs.mkdirSync(src);
  fs.writeFileSync(path.join(src, 'f'), '1');
  fs.symlinkSync(path.join(src, 'f'), path.join(src, 'l'));
  const dest = next();
  fs.cpSync(src, dest, { recursive: true });
  fs.cpSync(src, dest, { recursive: true });
  assert.strictEqual(fs.readlinkSync(path.join(dest, 'l')), path.join(src, 'f'));
}
