'use strict';
// process.binding(name) (DEP0111): node 24 still answers it for a fixed list of its
// internal bindings and says "No such module" for any other name. eddy's bindings
// are its own, so only those whose node shape eddy can give exactly are answered,
// and spawn_sync, whose spawn programs wrap (see internal/child_process/spawn_sync);
// the rest of node's list throws ERR_METHOD_NOT_IMPLEMENTED.

const kNodeList = new Set(['async_wrap', 'buffer', 'cares_wrap', 'config', 'constants', 'contextify',
  'crypto', 'fs', 'fs_event_wrap', 'icu', 'inspector', 'js_stream', 'natives', 'os', 'pipe_wrap',
  'process_wrap', 'signal_wrap', 'spawn_sync', 'stream_wrap', 'tcp_wrap', 'tls_wrap', 'tty_wrap',
  'udp_wrap', 'url', 'util', 'uv', 'v8', 'zlib']);

let uv;
// 'uv': errname(code) and a UV_<NAME> constant per libuv error.
function uvBinding() {
  if (uv !== undefined) return uv;
  uv = { errname: (code) => require('util').getSystemErrorName(code) };
  for (const [code, name] of internalBinding('uv').getErrorMap()) uv[`UV_${name}`] = code;
  return uv;
}

let warned = false;
function binding(name) {
  if (require('internal/options').permissionEnabled) {
    throw new (require('internal/errors').codes.ERR_ACCESS_DENIED)('process.binding');
  }
  name = `${name}`;
  if (!warned && require('internal/options').pendingDeprecation) {
    warned = true;
    process.emitWarning('process.binding() is deprecated. Please use public APIs instead.',
                        'DeprecationWarning', 'DEP0111');
  }
  if (!kNodeList.has(name)) throw new Error(`No such module: ${name}`);
  if (name === 'uv') return uvBinding();
  if (name === 'spawn_sync') return require('internal/child_process/spawn_sync').legacyBinding;
  const { codes } = require('internal/errors');
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED(`process.binding('${name}')`);
}

module.exports = { binding };
