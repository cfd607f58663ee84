'use strict';
// Minimal node:os for test/common/tmpdir until the os helper's module lands
// (that version replaces this file).

function tmpdir() {
  let path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

module.exports = {
  EOL: '\n',
  constants: internalBinding('constants').os,
  platform: () => process.platform,
  tmpdir,
};
