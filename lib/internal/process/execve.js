'use strict';
// process.execve on the main thread (internal/bootstrap/node.js loads this on its
// first call).

const binding = internalBinding('process');
const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { validateArray, validateObject, validateString } = require('internal/validators');

// process.execve(execPath[, args[, env]]): this process becomes another program, on
// the main thread only. No 'exit' listener runs. When the program cannot be run the
// process reports the errno and aborts, as node does.
function execve(execPath, args = [], env = process.env) {
  require('internal/util').emitExperimentalWarning('process.execve');
  validateString(execPath, 'execPath');
  validateArray(args, 'args');
  for (let i = 0; i < args.length; i++) {
    if (typeof args[i] !== 'string' || args[i].includes('\u0000')) {
      throw new ERR_INVALID_ARG_VALUE(`args[${i}]`, args[i], 'must be a string without null bytes');
    }
  }
  validateObject(env, 'env');
  const envList = [];
  for (const key of Object.keys(env)) {
    const value = env[key];
    if (typeof value !== 'string' || key.includes('\u0000') || value.includes('\u0000')) {
      throw new ERR_INVALID_ARG_VALUE('env', env, 'must be an object with string keys and values without null bytes');
    }
    envList.push(`${key}=${value}`);
  }
  if (require('internal/options').permissionEnabled) {
    require('internal/process/permission').check('ChildProcess', execPath);
  }
  const err = binding.execve(execPath, { list: args, env: envList });
  const [code] = require('internal/errors').uvErrorInfo(err);
  // Stacks drop lib/'s own top frames; this one names the call that failed, as node's does.
  const stack = new Error().stack.split('\n').slice(1).join('\n');
  process._rawDebug(`process.execve failed with error code ${code}\n` +
    `    at execve (node:internal/process/per_thread)\n${stack}`);
  process.abort();
}

module.exports = { execve };
