'use strict';
// node's permission model (--permission): what the process may read, write and
// start. The one place every guarded API asks. `enabled` is fixed at start-up, and
// each guarded API tests it once before calling in here, so with the model off
// nothing else of this file runs (and the fs binding lib/ uses is the raw one).
//
// Grants come from --allow-fs-read / --allow-fs-write (repeatable; `*` for all, a
// trailing `*` for every path that starts with what precedes it; relative paths
// resolved against the working directory) and the boolean --allow-* flags. A path
// is checked as given, resolved against the working directory and normalized (so
// `..` cannot climb out of a grant); symbolic links are not followed, as in node.

const { getOptionValue, getOptionValues, permissionEnabled: enabled } = require('internal/options');
// Taken now: a program may replace path.resolve, and the model must not follow it.
const { resolve: resolvePath, isAbsolute } = require('path');

// Paths granted for one kind of access.
class Grants {
  all = false;
  exact = []; // absolute paths of files (or of nothing yet): each grants itself
  dirs = []; // absolute paths of directories: each grants itself and what is below it
  prefixes = []; // from wildcards: each grants every path starting with it

  add(entry) {
    if (entry === '*') {
      this.all = true;
      return;
    }
    const star = entry.indexOf('*');
    if (star === -1) {
      // As node: what is below a path is granted only when the path is a directory then.
      const path = resolvePath(entry);
      if (internalBinding('fs').internalModuleStat(path) === 1) this.dirs.push(path);
      else this.exact.push(path);
      return;
    }
    // Anything after the first `*` is ignored, as node's tree does.
    const head = entry.slice(0, star);
    let prefix = resolvePath(head);
    if ((head.endsWith('/') || head === '') && !prefix.endsWith('/')) prefix += '/';
    this.prefixes.push(prefix);
  }

  // Whether the absolute, normalized path is granted.
  has(path) {
    if (this.all) return true;
    if (this.exact.includes(path)) return true;
    for (const d of this.dirs) {
      if (path === d || d === '/' || (path.startsWith(d) && path.charCodeAt(d.length) === 47)) return true;
    }
    for (const p of this.prefixes) {
      if (path.startsWith(p) || `${path}/` === p) return true;
    }
    return false;
  }
}

const fsRead = new Grants();
const fsWrite = new Grants();
let allowChild = false;
let allowWorker = false;
let allowAddons = false;
let allowWasi = false;
let allowInspector = false;

// The public names of process.permission.has() scopes.
const kFsNames = { __proto__: null, fs: true, 'fs.read': true, 'fs.write': true };

// A path argument (string, Buffer, Uint8Array, URL already made a path by lib/) as a string.
function pathString(p) {
  if (typeof p === 'string') return p;
  if (p instanceof Uint8Array) return require('buffer').Buffer.from(p.buffer, p.byteOffset, p.byteLength).toString();
  return `${p}`;
}

function fsGranted(grants, path) {
  return grants.has(resolvePath(path));
}

function has(scope, reference) {
  load();
  const { validateString } = require('internal/validators');
  validateString(scope, 'scope');
  if (reference != null) {
    if (reference instanceof Uint8Array) reference = pathString(reference);
    else validateString(reference, 'reference');
  }
  if (!enabled) return true;
  if (scope in kFsNames) {
    // 'fs' is the whole file system, whatever the reference, as in node.
    if (scope === 'fs') return fsRead.all && fsWrite.all;
    const grants = scope === 'fs.read' ? fsRead : fsWrite;
    return reference == null ? grants.all : fsGranted(grants, reference);
  }
  switch (scope) {
    case 'child': return allowChild;
    case 'worker': return allowWorker;
    case 'addon': return allowAddons;
    case 'wasi': return allowWasi;
    case 'inspector': return allowInspector;
    default: return false;
  }
}

// --- denials ------------------------------------------------------------------

const kFlagOf = {
  __proto__: null,
  FileSystemRead: '--allow-fs-read',
  FileSystemWrite: '--allow-fs-write',
  ChildProcess: '--allow-child-process',
  WorkerThreads: '--allow-worker',
  WASI: '--allow-wasi',
  Addon: '--allow-addons',
  Inspector: '--allow-inspector',
};

// node's error for a refused API: a plain Error (its native layer throws it) with
// code, permission and resource.
function accessDenied(permission, resource = '') {
  const err = new Error(`Access to this API has been restricted. Use ${kFlagOf[permission]} to manage permissions.`);
  err.code = 'ERR_ACCESS_DENIED';
  err.permission = permission;
  err.resource = resource;
  return err;
}

// The error for a path not granted for reading (read) or writing, else undefined.
function fsDenied(path, read) {
  if (path === undefined || typeof path === 'number') return undefined;
  load();
  const resource = pathString(path);
  if (fsGranted(read ? fsRead : fsWrite, resource)) return undefined;
  return accessDenied(read ? 'FileSystemRead' : 'FileSystemWrite', resource);
}

function checkRead(path) {
  const err = fsDenied(path, true);
  if (err !== undefined) throw err;
}

function checkWrite(path) {
  const err = fsDenied(path, false);
  if (err !== undefined) throw err;
}

function check(permission, resource = '') {
  load();
  let granted;
  switch (permission) {
    case 'ChildProcess': granted = allowChild; break;
    case 'WorkerThreads': granted = allowWorker; break;
    case 'WASI': granted = allowWasi; break;
    case 'Addon': granted = allowAddons; break;
    case 'Inspector': granted = allowInspector; break;
    default: granted = false;
  }
  if (!granted) throw accessDenied(permission, resource);
}

// --- the fs binding lib/ uses ---------------------------------------------------

// What open flags ask: read unless write-only; write unless read-only, or when
// they create, truncate or append.
function openDenied(path, flags) {
  const { O_ACCMODE = 3, O_WRONLY, O_RDONLY, O_CREAT, O_TRUNC, O_APPEND } =
    require('internal/fs/utils').fsConstants;
  const mode = flags & O_ACCMODE;
  let err;
  if (mode !== O_WRONLY) err = fsDenied(path, true);
  if (err === undefined && (mode !== O_RDONLY || (flags & (O_CREAT | O_TRUNC | O_APPEND)) !== 0)) {
    err = fsDenied(path, false);
  }
  return err;
}

const R = (i) => (a) => fsDenied(a[i], true);
const W = (i) => (a) => fsDenied(a[i], false);
// Linking reads and writes the source, and writes the new name.
const linkDenied = (a) => fsDenied(a[0], true) ?? fsDenied(a[0], false) ?? fsDenied(a[1], false);

// node's lstat checks in JS, with that error's shorter message. realpathSync is
// not checked, as in node (the module loader and tmpdir helpers resolve through it);
// the asynchronous realpath lstats each directory on the way, as node's does.
function realpathDenied(path) {
  const full = resolvePath(pathString(path));
  for (let i = full.indexOf('/', 1); ; i = full.indexOf('/', i + 1)) {
    const err = lstatDenied(i === -1 ? full : full.slice(0, i));
    if (err !== undefined || i === -1) return err;
  }
}

function lstatDenied(path) {
  if (path === undefined || fsDenied(path, true) === undefined) return undefined;
  const { ERR_ACCESS_DENIED } = require('internal/errors').codes;
  return new ERR_ACCESS_DENIED('Access to this API has been restricted', 'FileSystemRead', pathString(path));
}

// binding function -> [the error of a refused call (or undefined), index of its
// request]. A request index of -1 throws even for an asynchronous call, as node's
// mkdir, rmdir, readlink, chmod, utimes and lutimes do (the rest report through the
// callback).
const kFsRules = {
  __proto__: null,
  open: [(a) => openDenied(a[0], a[1]), 3],
  readFile: [(a) => openDenied(a[0], a[1]), 3],
  readFileUtf8: [(a) => openDenied(a[0], a[1] ?? 0), -1],
  writeFileSync: [(a) => openDenied(a[0], a[2]), -1],
  stat: [R(0), 1],
  lstat: [(a) => lstatDenied(a[0]), 1],
  statfs: [R(0), 1],
  readdir: [R(0), 3],
  readlink: [R(0), -1],
  realpath: [(a) => (a[1] == null ? undefined : realpathDenied(a[0])), 1],
  opendir: [R(0), 1],
  access: [R(0), 2],
  watchStart: [R(0), -1],
  pollStart: [R(0), -1],
  rmdir: [W(0), -1],
  unlink: [W(0), 1],
  mkdtemp: [W(0), 1],
  mkdir: [W(0), -1],
  chmod: [W(0), -1],
  chown: [W(0), 3],
  lchown: [W(0), 3],
  utime: [W(0), -1],
  lutime: [W(0), -1],
  rename: [linkDenied, 2],
  link: [linkDenied, 2],
  symlink: [(a) => symlinkDenied(a[0]) ?? linkDenied(a), 3],
  copyfile: [(a) => fsDenied(a[0], true) ?? fsDenied(a[1], false), 3],
  // A descriptor names no path to check: node turns these off.
  fchmod: [() => disabled('fchmod'), 2],
  fchown: [() => disabled('fchown'), 3],
};

function disabled(api) {
  const { ERR_ACCESS_DENIED } = require('internal/errors').codes;
  return new ERR_ACCESS_DENIED(`${api} API is disabled when Permission Model is enabled.`);
}

function symlinkDenied(target) {
  if (isAbsolute(pathString(target))) return undefined;
  const { ERR_ACCESS_DENIED } = require('internal/errors').codes;
  return new ERR_ACCESS_DENIED('relative symbolic link target');
}

// An asynchronous call refused before it ran reports through its request like a
// failed syscall: it returns a negative number, which run.js's callError turns back
// into the error kept here. Each refusal has its own number (run.js knows the base).
const kDeniedBase = -0x40000000;
const deferred = new Map();
let nextDeferred = 0;

function takeDeferredError(errno) {
  const err = deferred.get(errno);
  deferred.delete(errno);
  return err;
}

// A refusal as a binding call reports it: thrown without a request, else handed
// back as its own errno.
function refuse(err, req) {
  if (req == null) throw err;
  const errno = kDeniedBase - (nextDeferred++ % 0x10000000);
  deferred.set(errno, err);
  return errno;
}

function guard(fn, denied, reqIndex) {
  return function guarded(...args) {
    const err = denied(args);
    if (err === undefined) return Reflect.apply(fn, this, args);
    return refuse(err, reqIndex < 0 ? undefined : args[reqIndex]);
  };
}

// Binding-shaped checks that lib/ yields as a Call (internal/fs/run) ahead of a
// multi-step operation, so a refusal reaches the callback or promise as node's
// does: rm reads (lstat) then removes its root; cp reads its source and writes
// its destination.
function removeCheck(path, req) {
  const err = lstatDenied(path) ?? fsDenied(path, false);
  return err === undefined ? 0 : refuse(err, req);
}

function copyCheck(src, dest, req) {
  const err = fsDenied(src, true) ?? fsDenied(dest, false);
  return err === undefined ? 0 : refuse(err, req);
}

let guardedFs;
// The fs binding node:fs and its helpers call: the raw one with the model off.
function fsBinding() {
  const raw = internalBinding('fs');
  if (!enabled) return raw;
  if (guardedFs === undefined) {
    guardedFs = { __proto__: null, ...raw };
    for (const name of Object.keys(kFsRules)) {
      if (typeof raw[name] === 'function') guardedFs[name] = guard(raw[name], kFsRules[name][0], kFsRules[name][1]);
    }
  }
  return guardedFs;
}

// --- start-up -------------------------------------------------------------------

// The grants, read on first use in each thread (a worker has its parent's flags;
// start-up has no process.cwd() yet to resolve them against).
let loaded = false;
function load() {
  if (loaded) return;
  loaded = true;
  allowAddons = getOptionValue('--allow-addons');
  allowChild = getOptionValue('--allow-child-process');
  allowInspector = getOptionValue('--allow-inspector');
  allowWasi = getOptionValue('--allow-wasi');
  allowWorker = getOptionValue('--allow-worker');
  for (const v of getOptionValues('--allow-fs-read')) fsRead.add(v);
  for (const v of getOptionValues('--allow-fs-write')) fsWrite.add(v);
}

// process.permission, in every thread of a process under --permission.
function defineProcessPermission() {
  Object.defineProperty(process, 'permission', {
    __proto__: null,
    value: { has },
    writable: false,
    enumerable: true,
    configurable: false,
  });
}

// The main thread's start: refuses grants without --permission, warns as node
// does, and lets the process read the files it was asked to run (`entries`: the
// main script, -r preloads), whatever the grants say.
function initialize(entries) {
  const read = getOptionValues('--allow-fs-read');
  const write = getOptionValues('--allow-fs-write');
  if (!enabled) {
    if (read.length > 0 || write.length > 0) {
      const { ERR_MISSING_OPTION } = require('internal/errors').codes;
      throw new ERR_MISSING_OPTION('--permission');
    }
    return;
  }
  load();
  for (const [flag, on] of [['--allow-addons', allowAddons], ['--allow-child-process', allowChild],
    ['--allow-inspector', allowInspector], ['--allow-wasi', allowWasi], ['--allow-worker', allowWorker]]) {
    if (on) {
      process.emitWarning(`The flag ${flag} must be used with extreme caution. ` +
        'It could invalidate the permission model.', 'SecurityWarning');
    }
  }
  for (const [flag, values] of [['--allow-fs-read', read], ['--allow-fs-write', write]]) {
    if (values.some((v) => v.includes(','))) {
      process.emitWarning(`The ${flag} CLI flag has changed. Passing a comma-separated list of paths is ` +
        'no longer valid. Documentation can be found at ' +
        'https://nodejs.org/api/permissions.html#file-system-permissions', 'Warning');
    }
  }
  for (const entry of entries) fsRead.exact.push(entry);
}

// The flags a child process inherits through NODE_OPTIONS (envPairs, 'KEY=value'
// strings, is changed in place), unless its arguments or NODE_OPTIONS say
// --permission themselves.
function inheritFlags(envPairs, args) {
  if (args.includes('--permission')) return;
  const flags = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    if (a !== '--permission' && !a.startsWith('--allow-')) continue;
    // `--allow-fs-read PATH` travels as one word (node drops the value here).
    if ((a === '--allow-fs-read' || a === '--allow-fs-write') && i + 1 < argv.length) a = `${a}=${argv[++i]}`;
    flags.push(/[\s"\\]/.test(a) ? `"${a.replace(/["\\]/g, '\\$&')}"` : a);
  }
  if (flags.length === 0) return;
  const i = envPairs.findIndex((p) => p.startsWith('NODE_OPTIONS='));
  if (i === -1) {
    envPairs.push(`NODE_OPTIONS=${flags.join(' ')}`);
    return;
  }
  const current = envPairs[i].slice('NODE_OPTIONS='.length);
  if (current.split(/\s+/).includes('--permission')) return;
  envPairs[i] = `NODE_OPTIONS=${current === '' ? '' : `${current} `}${flags.join(' ')}`;
}

module.exports = {
  check, checkRead, checkWrite, copyCheck, defineProcessPermission, fsBinding, has, inheritFlags, initialize,
  removeCheck, takeDeferredError,
};
