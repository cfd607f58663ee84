'use strict';
// fs.cp / cpSync / promises.cp: copies a file, a symlink or (recursive) a tree,
// written once as a generator over the fs binding like every other operation.

const binding = internalBinding('fs');
const {
  codes: { ERR_FS_CP_EEXIST, ERR_FS_CP_FIFO_PIPE, ERR_FS_CP_SOCKET, ERR_FS_CP_UNKNOWN },
} = require('internal/errors');
const { validateBoolean, validateFunction, validateObject, validateInteger } = require('internal/validators');
const { Call, runSync, runCallback, runPromise } = require('internal/fs/run');
const { getStatsFromBinding, getValidatedPath, listing, pathModule } = require('internal/fs/utils');

const defaults = {
  dereference: false, errorOnExist: false, force: true, mode: 0,
  preserveTimestamps: false, recursive: false, verbatimSymlinks: false, filter: undefined,
};

function validateCpOptions(options) {
  if (options === undefined) return defaults;
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  for (const k of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks']) {
    validateBoolean(options[k], `options.${k}`);
  }
  validateInteger(options.mode, 'options.mode', 0, 7);
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
}

// A plain Error with a code, as node's cpSync reports these checks.
function cpError(code, message) {
  const err = new Error(message);
  err.code = code;
  return err;
}

function* statOf(fn, syscall, path) {
  yield new Call(fn, [path], syscall, path);
  return getStatsFromBinding(binding.statValues);
}

function* statOrNull(fn, syscall, path) {
  try {
    return yield* statOf(fn, syscall, path);
  } catch (err) {
    if (err.code === 'ENOENT') return null;
    throw err;
  }
}

// Waits for a value that may be a promise (a filter's answer) on the async paths.
function settle(value, req) {
  if (req === undefined) return value;
  Promise.resolve(value).then((v) => req.oncomplete(v ? 1 : 0), (err) => {
    req.call.error = () => err;
    req.oncomplete(-1);
  });
  return undefined;
}

function* cp(src, dest, options) {
  options = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  const statFn = options.dereference ? binding.stat : binding.lstat;
  const statName = options.dereference ? 'stat' : 'lstat';
  const srcStat = yield* statOf(statFn, statName, src);
  const destStat = yield* statOrNull(statFn, statName, dest);
  if (destStat && destStat.ino === srcStat.ino && destStat.dev === srcStat.dev) {
    throw cpError('ERR_FS_CP_EINVAL', `src and dest cannot be the same ${dest}`);
  }
  const srcDir = src.endsWith('/') ? src : `${src}/`;
  if (destStat) {
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw cpError('ERR_FS_CP_DIR_TO_NON_DIR', `Cannot overwrite non-directory ${dest} with directory ${src}`);
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw cpError('ERR_FS_CP_NON_DIR_TO_DIR', `Cannot overwrite directory ${dest} with non-directory ${src}`);
    }
  }
  const absSrc = pathModule.resolve(src);
  const absDest = pathModule.resolve(dest);
  if (srcStat.isDirectory() && absDest.startsWith(`${absSrc}/`)) {
    throw cpError('ERR_FS_CP_EINVAL', `Cannot copy ${srcDir} to a subdirectory of self ${dest}`);
  }
  // A parent of dest that is src itself (reached through a symlink) is copying into
  // self too. These checks come before the directory check, as in node.
  yield* checkParentPaths(absSrc, srcStat, absDest, srcDir, dest);
  if (srcStat.isDirectory() && !options.recursive) {
    throw cpError('ERR_FS_EISDIR', `Recursive option not enabled, cannot copy a directory: ${srcDir}`);
  }
  if (options.filter && !(yield new Call(settle, [options.filter(src, dest)], 'cp'))) return;
  yield* copyEntry(src, dest, srcStat, destStat, options);
}

// Walks up from dest's parent to src's parent (or the root), failing when one of
// them is src.
function* checkParentPaths(absSrc, srcStat, absDest, srcDir, dest) {
  const srcParent = pathModule.dirname(absSrc);
  let parent = pathModule.dirname(absDest);
  while (parent !== srcParent && parent !== pathModule.parse(parent).root) {
    const st = yield* statOrNull(binding.stat, 'stat', parent);
    if (st === null) return;
    if (st.ino === srcStat.ino && st.dev === srcStat.dev) {
      throw cpError('ERR_FS_CP_EINVAL', `Cannot copy ${srcDir} to a subdirectory of self ${dest}`);
    }
    parent = pathModule.dirname(parent);
  }
}

function* copyEntry(src, dest, srcStat, destStat, options) {
  if (srcStat.isDirectory()) {
    if (!destStat) yield new Call(binding.mkdir, [dest, srcStat.mode & 0o7777], 'mkdir', dest);
    const names = listing(yield new Call(binding.readdir, [src, false, false], 'scandir', src));
    const statFn = options.dereference ? binding.stat : binding.lstat;
    const statName = options.dereference ? 'stat' : 'lstat';
    for (const name of names) {
      const s = `${src}/${name}`;
      const d = `${dest}/${name}`;
      if (options.filter && !(yield new Call(settle, [options.filter(s, d)], 'cp'))) continue;
      const childStat = yield* statOf(statFn, statName, s);
      const childDest = yield* statOrNull(statFn, statName, d);
      yield* copyEntry(s, d, childStat, childDest, options);
    }
    if (!destStat) yield new Call(binding.chmod, [dest, srcStat.mode & 0o7777], 'chmod', dest);
    return;
  }
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    if (destStat) {
      if (!options.force) {
        if (options.errorOnExist) {
          throw new ERR_FS_CP_EEXIST({
            message: `${dest} already exists`, path: dest, syscall: 'cp', errno: 17, code: 'EEXIST',
          });
        }
        return;
      }
    }
    // A symlink in the way is replaced, not followed.
    if (destStat?.isSymbolicLink()) yield new Call(binding.unlink, [dest], 'unlink', dest);
    yield new Call(binding.copyfile, [src, dest, options.mode], 'copyfile', src, dest);
    if (options.preserveTimestamps) {
      yield new Call(binding.utime, [dest, srcStat.atimeMs / 1000, srcStat.mtimeMs / 1000], 'utime', dest);
    }
    return;
  }
  if (srcStat.isSymbolicLink()) {
    let target = yield new Call(binding.readlink, [src], 'readlink', src);
    if (!options.verbatimSymlinks && !pathModule.isAbsolute(target)) {
      target = pathModule.resolve(pathModule.dirname(src), target);
    }
    if (destStat) yield new Call(binding.unlink, [dest], 'unlink', dest);
    yield new Call(binding.symlink, [target, dest, 0], 'symlink', target, dest);
    return;
  }
  const context = { message: `cannot copy ${src}`, path: dest, syscall: 'cp', errno: 22, code: 'EINVAL' };
  if (srcStat.isFIFO()) throw new ERR_FS_CP_FIFO_PIPE(context);
  if (srcStat.isSocket()) throw new ERR_FS_CP_SOCKET(context);
  throw new ERR_FS_CP_UNKNOWN(context);
}

function cpSync(src, dest, options) {
  runSync(cp(src, dest, options));
}

function cpCallback(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'cb');
  runCallback(cp(src, dest, options), (err) => callback(err ?? null));
}

function cpPromise(src, dest, options) {
  return runPromise(cp(src, dest, options));
}

module.exports = { cp: cpCallback, cpSync, cpPromise };
