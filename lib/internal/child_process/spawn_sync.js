'use strict';
// spawnSync, execFileSync and execSync on internalBinding('spawn_sync'), which runs
// the child on a private loop as node does.

const binding = internalBinding('spawn_sync');
const {
  codes: { ERR_INVALID_ARG_TYPE },
  errnoException,
} = require('internal/errors');
const { validateString, validateArray } = require('internal/validators');

const hasBuffer = internalBinding('builtins').ids.includes('buffer');

// The object process.binding('spawn_sync') answers (DEP0111). spawnSync calls through
// its spawn each time, so a program that replaces that function sees every
// synchronous spawn and may change its options, as in node (process-on-spawn, which
// nyc and tap load, wraps it to pass their environment to child processes). The
// options it gets are eddy's (stdio as 'pipe'/'inherit'/'ignore' or an fd, input as
// a Uint8Array), with node's names for file, args, cwd, envPairs, detached, uid, gid.
const legacyBinding = { spawn: binding.spawn };

function toBytes(value, encoding) {
  if (typeof value === 'string') {
    if (hasBuffer) return require('buffer').Buffer.from(value, encoding);
    const latin1 = unescape(encodeURIComponent(value));
    const bytes = new Uint8Array(latin1.length);
    for (let i = 0; i < latin1.length; i++) bytes[i] = latin1.charCodeAt(i);
    return bytes;
  }
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  throw new ERR_INVALID_ARG_TYPE('options.input', ['string', 'Buffer', 'TypedArray', 'DataView'], value);
}

function decode(bytes, encoding) {
  if (bytes === null) return null;
  if (hasBuffer) {
    const buf = require('buffer').Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
  }
  if (encoding && encoding !== 'buffer') {
    let s = '';
    for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
    try {
      return decodeURIComponent(escape(s));
    } catch {
      return s;
    }
  }
  return bytes;
}

function signalName(n) {
  const { signals } = internalBinding('constants').os;
  return Object.keys(signals).find((k) => signals[k] === n && k !== 'SIGIOT' && k !== 'SIGPOLL') ?? null;
}

function stdioArray(stdio) {
  if (stdio === undefined) return ['pipe', 'pipe', 'pipe'];
  if (typeof stdio === 'string') return [stdio, stdio, stdio];
  validateArray(stdio, 'stdio');
  const out = [];
  for (let i = 0; i < 3; i++) {
    const s = stdio[i] ?? 'pipe';
    out.push(s === null ? 'pipe' : typeof s === 'number' ? s :
      (s !== null && typeof s === 'object' && typeof s.fd === 'number') ? s.fd : s);
  }
  return out;
}

// node's normalizeSpawnArguments, shared with the async forms.
function normalize(file, args, options) {
  const o = require('internal/child_process').normalizeSpawnArguments(file, args, options);
  return { file: o.file, args: o.args, envPairs: o.envPairs, options: o };
}

function spawnSync(file, args, options) {
  const { syncIO, warnSyncIO } = require('internal/fs/run');
  if (syncIO.traced) warnSyncIO();
  const n = normalize(file, args, options);
  const opts = n.options;
  const { validateTimeout, validateMaxBuffer, sanitizeKillSignal } = require('internal/child_process');
  validateTimeout(opts.timeout);
  validateMaxBuffer(opts.maxBuffer);
  const killSignal = sanitizeKillSignal(opts.killSignal) ?? 15;
  const r = legacyBinding.spawn({
    file: n.file,
    args: n.args,
    cwd: typeof opts.cwd === 'string' ? opts.cwd : opts.cwd?.href ? require('internal/url').fileURLToPath(opts.cwd) : undefined,
    envPairs: n.envPairs,
    stdio: stdioArray(opts.stdio),
    input: opts.input === undefined ? undefined : toBytes(opts.input, opts.encoding),
    timeout: opts.timeout,
    killSignal,
    maxBuffer: opts.maxBuffer ?? 1024 * 1024,
    detached: !!opts.detached,
    uid: opts.uid,
    gid: opts.gid,
  });
  const encoding = opts.encoding;
  const output = r.output ? r.output.map((o) => decode(o, encoding)) : null;
  // node's key order: error (when there is one), status, signal, output, pid,
  // stdout, stderr. A full buffer is the system error ENOBUFS, as in node.
  const result = {};
  if (r.error !== undefined) {
    const err = errnoException(r.error, `spawnSync ${n.file}`);
    err.path = n.file;
    err.spawnargs = n.args.slice(1);
    result.error = err;
  }
  result.status = r.status ?? null;
  result.signal = r.signal ? signalName(r.signal) : null;
  result.output = output;
  result.pid = r.pid ?? 0;
  result.stdout = output ? output[1] : null;
  result.stderr = output ? output[2] : null;
  return result;
}

function checkExecSyncError(ret, args, cmd) {
  let err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
  } else if (ret.status !== 0) {
    let msg = 'Command failed: ';
    msg += cmd || args.join(' ');
    if (ret.stderr && ret.stderr.length > 0) msg += `\n${ret.stderr.toString()}`;
    err = new Error(msg);
    Object.assign(err, ret);
  }
  return err;
}

function writeInherited(ret, options) {
  const stdio = options?.stdio;
  const inheritStderr = !stdio;
  if (inheritStderr && ret.stderr && ret.stderr.length > 0) process.stderr.write(ret.stderr);
}

function execFileSync(file, args, options) {
  const n = normalize(file, args, options);
  const ret = spawnSync(file, Array.isArray(args) ? args : [], n.options);
  writeInherited(ret, n.options);
  const err = checkExecSyncError(ret, [file, ...(Array.isArray(args) ? args : [])], undefined);
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  validateString(command, 'command');
  const opts = { __proto__: null, ...options, shell: options?.shell ?? true };
  const ret = spawnSync(command, [], opts);
  writeInherited(ret, options);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

module.exports = { execFileSync, execSync, legacyBinding, spawnSync };
