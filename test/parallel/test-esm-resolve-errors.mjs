// The resolver's errors, with node's codes and messages.
import '../common/index.js';
import assert from 'node:assert';
import path from 'node:path';

const dir = path.join(import.meta.dirname, '..', 'fixtures', 'esm');
const here = import.meta.filename;

await assert.rejects(import('../fixtures/esm/counter'), {
  code: 'ERR_MODULE_NOT_FOUND',
  message: `Cannot find module '${dir}/counter' imported from ${here}`,
});
await assert.rejects(import('../fixtures/esm/dir'), {
  code: 'ERR_UNSUPPORTED_DIR_IMPORT',
  message: `Directory import '${dir}/dir' is not supported resolving ES modules imported from ${here}`,
});
await assert.rejects(import('no-such-package-here'), {
  code: 'ERR_MODULE_NOT_FOUND',
  message: `Cannot find package 'no-such-package-here' imported from ${here}`,
});
await assert.rejects(import('../fixtures/esm/file.txt'), {
  code: 'ERR_UNKNOWN_FILE_EXTENSION',
  message: `Unknown file extension ".txt" for ${dir}/file.txt`,
});
await assert.rejects(import('node:no-such-builtin'), { code: 'ERR_UNKNOWN_BUILTIN_MODULE' });
await assert.rejects(import('https://example.com/x.mjs'), {
  code: 'ERR_UNSUPPORTED_ESM_URL_SCHEME',
  message: "Only URLs with a scheme in: file and data are supported by the default ESM loader. Received protocol 'https:'",
});
await assert.rejects(import('nope:x'), {
  code: 'ERR_UNSUPPORTED_ESM_URL_SCHEME',
  message: 'Only URLs with a scheme in: file, data, and node are supported by the default ESM ' +
    "loader. Received protocol 'nope:'",
});
await assert.rejects(import('@bad%name/x'), { code: 'ERR_INVALID_MODULE_SPECIFIER' });

// Inside a package, node suggests what CommonJS resolution would have found.
await assert.rejects(import('../fixtures/esm/pkgs/app/internal'), {
  code: 'ERR_MODULE_NOT_FOUND',
  message: `Cannot find module '${dir}/pkgs/app/internal' imported from ${here}`,
});
