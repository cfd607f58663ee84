'use strict';
// fs.openAsBlob: a Blob of the file's bytes (read once, now; node's Blob reads
// lazily from the file).

const { validateObject, validateString } = require('internal/validators');
const { getValidatedPath } = require('internal/fs/utils');
const { runPromiseOf } = require('internal/fs/run');
const ops = require('internal/fs/ops');

function openAsBlob(path, options = {}) {
  validateObject(options, 'options');
  const type = options.type ?? '';
  validateString(type, 'options.type');
  path = getValidatedPath(path);
  // node opens the file now: a refused path throws rather than rejects.
  if (require('internal/options').permissionEnabled) require('internal/process/permission').checkRead(path);
  return runPromiseOf(ops.readFile, path).then((bytes) => new Blob([bytes], { type }));
}

module.exports = { openAsBlob };
