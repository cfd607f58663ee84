'use strict';
// fs.cp / cpSync / promises.cp: copies a file, a symlink or (recursive) a tree,
// written once as a generator over the fs binding like every other operation.

const binding = require('internal/fs/binding');
const { codes } = require('internal/errors');
const {
  ERR_FS_CP_EEXIST, ERR_FS_CP_FIFO_PIPE, ERR_FS_CP_SOCKET, ERR_FS_CP_UNKNOWN,
  ERR_INCOMPATIBLE_OPTION_PAIR, ERR_INVALID_RETURN_VALUE,
} = codes;
const { validateBoolean, validateFunction, validateObject, validateInteger } = require('internal/validators');
const { types: { isPromise } } = require('internal/util/types');
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
  if (options.dereference && options.verbatimSymlinks) {
    throw new ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  }
  validateInteger(options.mode, 'mode', 0, 7);
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
}

const ENOTDIR = 20;
const EISDIR = 21;
const EINVAL = 22;
const errnoNames = { [ENOTDIR]: 'ENOTDIR', [EISDIR]: 'EISDIR', [EINVAL]: 'EINVAL' };

// Node's cpSync and cp report the same checks differently: cpSync as a plain Error
// with a code and a capitalised message, cp / promises.cp as a SystemError naming
// path, syscall 'cp' and errno. `sync` picks the shape; syncMessage is cpSync's,
// detail, path and errno are cp's.
function cpError(sync, code, syncMessage, detail, path, errno) {
  if (sync) {
    const err = new Error(syncMessage);
    err.code = code;
    return err;
  }
  return new codes[code]({ message: detail, path, syscall: 'cp', errno, code: errnoNames[errno] });
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

// Asks the filter whether to copy src to dest. cpSync cannot wait, so a promise
// (an async filter) is refused there rather than read as true.
function* filtered(options, src, dest, sync) {
  if (options.filter === undefined) return true;
  const answer = options.filter(src, dest);
  if (sync) {
    if (isPromise(answer)) throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', answer);
    return Boolean(answer);
  }
  return Boolean(yield new Call(settle, [answer], 'cp'));
}

function sameFile(a, b) {
  return a.ino === b.ino && a.dev === b.dev;
}

// Whether `path` is `dir` or lies under it (both absolute).
function isWithin(dir, path) {
  return path === dir || path.startsWith(dir.endsWith('/') ? dir : `${dir}/`);
}

function* cp(src, dest, options, sync) {
  options = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  if (require('internal/options').permissionEnabled) {
    yield new Call(require('internal/process/permission').copyCheck, [src, dest], 'cp', src, dest);
  }
  // The filter sees every path first: a skipped one is not checked at all.
  if (!(yield* filtered(options, src, dest, sync))) return;
  const statFn = options.dereference ? binding.stat : binding.lstat;
  const statName = options.dereference ? 'stat' : 'lstat';
  const srcStat = yield* statOf(statFn, statName, src);
  const destStat = yield* statOrNull(statFn, statName, dest);
  yield* checkPair(src, dest, srcStat, destStat, sync);
  const absSrc = pathModule.resolve(src);
  const absDest = pathModule.resolve(dest);
  const srcDir = src.endsWith('/') ? src : `${src}/`;
  if (srcStat.isDirectory() && absDest.startsWith(`${absSrc}/`)) {
    throw cpError(sync, 'ERR_FS_CP_EINVAL', `Cannot copy ${srcDir} to a subdirectory of self ${dest}`,
                  `cannot copy ${src} to a subdirectory of self ${dest}`, dest, EINVAL);
  }
  // A parent of dest that is src itself (reached through a symlink) is copying into
  // self too. These checks come before the directory check, as in node.
  yield* checkParentPaths(absSrc, srcStat, absDest, srcDir, src, dest, sync);
  if (srcStat.isDirectory() && !options.recursive && sync) {
    throw cpError(sync, 'ERR_FS_EISDIR', `Recursive option not enabled, cannot copy a directory: ${srcDir}`);
  }
  // dest's parent is made as needed; cp (not cpSync) does that before refusing a
  // directory without `recursive`.
  const parent = pathModule.dirname(absDest);
  if ((yield* statOrNull(binding.stat, 'stat', parent)) === null) {
    yield* require('internal/fs/ops').mkdir(parent, { recursive: true });
  }
  if (srcStat.isDirectory() && !options.recursive) {
    throw cpError(sync, 'ERR_FS_EISDIR', '', `${src} is a directory (not copied)`, src, EISDIR);
  }
  yield* copyEntry(src, dest, srcStat, destStat, options, sync);
}

// The checks between one src and its dest, at the top and for every entry below.
function* checkPair(src, dest, srcStat, destStat, sync) {
  if (!destStat) return;
  if (sameFile(srcStat, destStat)) {
    throw cpError(sync, 'ERR_FS_CP_EINVAL', `src and dest cannot be the same ${dest}`,
                  'src and dest cannot be the same', dest, EINVAL);
  }
  if (srcStat.isDirectory() && !destStat.isDirectory()) {
    throw cpError(sync, 'ERR_FS_CP_DIR_TO_NON_DIR', `Cannot overwrite non-directory ${dest} with directory ${src}`,
                  `cannot overwrite non-directory ${dest} with directory ${src}`, dest, EISDIR);
  }
  if (!srcStat.isDirectory() && destStat.isDirectory()) {
    throw cpError(sync, 'ERR_FS_CP_NON_DIR_TO_DIR', `Cannot overwrite directory ${dest} with non-directory ${src}`,
                  `cannot overwrite directory ${dest} with non-directory ${src}`, dest, ENOTDIR);
  }
}

// Walks up from dest's parent to src's parent (or the root), failing when one of
// them is src.
function* checkParentPaths(absSrc, srcStat, absDest, srcDir, src, dest, sync) {
  const srcParent = pathModule.dirname(absSrc);
  let parent = pathModule.dirname(absDest);
  while (parent !== srcParent && parent !== pathModule.parse(parent).root) {
    const st = yield* statOrNull(binding.stat, 'stat', parent);
    if (st === null) return;
    if (sameFile(st, srcStat)) {
      throw cpError(sync, 'ERR_FS_CP_EINVAL', `Cannot copy ${srcDir} to a subdirectory of self ${dest}`,
                    `cannot copy ${src} to a subdirectory of self ${dest}`, dest, EINVAL);
    }
    parent = pathModule.dirname(parent);
  }
}

function* copyEntry(src, dest, srcStat, destStat, options, sync) {
  if (srcStat.isDirectory()) {
    if (!destStat) yield new Call(binding.mkdir, [dest, srcStat.mode & 0o7777], 'mkdir', dest);
    const names = listing(yield new Call(binding.readdir, [src, false, false], 'scandir', src));
    const statFn = options.dereference ? binding.stat : binding.lstat;
    const statName = options.dereference ? 'stat' : 'lstat';
    for (const name of names) {
      const s = `${src}/${name}`;
      const d = `${dest}/${name}`;
      if (!(yield* filtered(options, s, d, sync))) continue;
      const childStat = yield* statOf(statFn, statName, s);
      const childDest = yield* statOrNull(statFn, statName, d);
      yield* checkPair(s, d, childStat, childDest, sync);
      yield* copyEntry(s, d, childStat, childDest, options, sync);
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
    yield* copyLink(src, dest, destStat, options, sync);
    return;
  }
  const context = { message: `cannot copy ${src}`, path: dest, syscall: 'cp', errno: 22, code: 'EINVAL' };
  if (srcStat.isFIFO()) throw new ERR_FS_CP_FIFO_PIPE(context);
  if (srcStat.isSocket()) throw new ERR_FS_CP_SOCKET(context);
  throw new ERR_FS_CP_UNKNOWN(context);
}

function* readlinkOrNull(path) {
  try {
    return yield new Call(binding.readlink, [path], 'readlink', path);
  } catch (err) {
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') return null;
    throw err;
  }
}

// A symlink is copied as a symlink to the same target (made absolute unless
// verbatimSymlinks). An existing symlink at dest is replaced unless both lead to
// directories, one inside the other; anything else there makes symlink() fail
// with EEXIST.
function* copyLink(src, dest, destStat, options, sync) {
  let target = yield new Call(binding.readlink, [src], 'readlink', src);
  if (!options.verbatimSymlinks && !pathModule.isAbsolute(target)) {
    target = pathModule.resolve(pathModule.dirname(src), target);
  }
  const destTarget = destStat ? yield* readlinkOrNull(dest) : null;
  if (destTarget !== null) {
    const absTarget = pathModule.resolve(target);
    const absDestTarget = pathModule.resolve(pathModule.dirname(dest), destTarget);
    // Replacing dest would cut the link into (or out of) the tree that src leads to.
    const targetStat = yield* statOrNull(binding.stat, 'stat', src);
    if (targetStat?.isDirectory()) {
      if (isWithin(absTarget, absDestTarget)) {
        throw cpError(sync, 'ERR_FS_CP_EINVAL', `Cannot copy ${absTarget} to a subdirectory of self ${absDestTarget}`,
                      `cannot copy ${absTarget} to a subdirectory of self ${absDestTarget}`, dest, EINVAL);
      }
      if (isWithin(absDestTarget, absTarget)) {
        const message = `cannot overwrite ${absDestTarget} with ${absTarget}`;
        throw cpError(sync, 'ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', message, message, dest, EINVAL);
      }
    }
    yield new Call(binding.unlink, [dest], 'unlink', dest);
  }
  yield new Call(binding.symlink, [target, dest, 0], 'symlink', target, dest);
}

function cpSync(src, dest, options) {
  runSync(cp(src, dest, options, true));
}

function cpCallback(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'cb');
  runCallback(cp(src, dest, options, false), (err) => callback(err ?? null));
}

function cpPromise(src, dest, options) {
  return runPromise(cp(src, dest, options, false));
}

module.exports = { cp: cpCallback, cpSync, cpPromise };
