'use strict';
// sqlite.backup(sourceDb, path[, options]): copies a database into a file, `rate`
// pages per step, each step on the thread pool (src/binding/sqlite_backup.c).
// Resolves with the number of pages copied. The progress function is called
// between steps ({ totalPages, remainingPages }), not after the last one; if it
// throws, the backup is abandoned and the promise rejects with that error.

const binding = internalBinding('sqlite');
const {
  argType, validateFn, validateObj, validateStr,
} = require('internal/sqlite/errors');

function makeBackup(handleOf, toLocation) {
  return function backup(sourceDb, path, options = undefined) {
    validateObj(sourceDb, 'sourceDb');
    const handle = handleOf(sourceDb);
    const location = toLocation(path);
    let source = 'main';
    let target = 'main';
    let rate = 100;
    let progress;
    if (options !== undefined) {
      validateObj(options, 'options');
      if (options.source !== undefined) validateStr(options.source, 'options.source');
      if (options.target !== undefined) validateStr(options.target, 'options.target');
      if (options.rate !== undefined && !Number.isInteger(options.rate)) {
        throw argType('The "options.rate" argument must be an integer.');
      }
      if (options.progress !== undefined) validateFn(options.progress, 'options.progress');
      ({ source = 'main', target = 'main', rate = 100, progress } = options);
    }
    const job = binding.backupStart(handle, location, source, target, rate);
    return new Promise((resolve, reject) => {
      const onStep = (err, totalPages, remainingPages, done) => {
        if (err !== null) return reject(err);
        if (done) return resolve(totalPages);
        if (progress !== undefined) {
          try {
            progress({ totalPages, remainingPages });
          } catch (error) {
            binding.backupAbort(job);
            return reject(error);
          }
        }
        binding.backupStep(job, onStep);
      };
      binding.backupStep(job, onStep);
    });
  };
}

module.exports = { makeBackup };
