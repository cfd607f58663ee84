'use strict';
// util.debuglog: NODE_DEBUG=a,b* enables `A 1234: message` lines on stderr for the
// named sections. The variable is read once, on first use.

let enabledTest;
function initialize() {
  const env = process.env.NODE_DEBUG;
  if (env) {
    const source = env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replaceAll('*', '.*')
      .replaceAll(',', '$|^');
    const re = new RegExp(`^${source}$`, 'i');
    enabledTest = (name) => re.test(name);
  } else {
    enabledTest = () => false;
  }
}

const warned = new Set();
function emitWarningIfNeeded(set) {
  if ((set === 'HTTP' || set === 'HTTP2') && !warned.has(set)) {
    warned.add(set);
    process.emitWarning(`Setting the NODE_DEBUG environment variable to '${set.toLowerCase()}' ` +
      'can expose sensitive data (such as passwords, tokens and authentication headers) ' +
      'in the resulting log.');
  }
}

function noop() {}

function debuglogImpl(enabled, set) {
  if (!enabled) return noop;
  emitWarningIfNeeded(set);
  return function debug(...args) {
    const { formatWithOptions, inspect } = require('internal/util/inspect');
    const colors = require('internal/util/colors').shouldColorize(process.stderr);
    const msg = formatWithOptions({ colors }, ...args);
    process.stderr.write(`${set} ${inspect(process.pid, { colors })}: ${msg}\n`);
  };
}

// Returns a logger that decides whether it is enabled on its first call, so creating
// one at module load costs nothing; `cb` is told the real logger once it exists.
function debuglog(set, cb) {
  let debugImpl;
  let enabled;
  function init() {
    if (enabledTest === undefined) initialize();
    set = `${set}`.toUpperCase();
    enabled = enabledTest(set);
  }
  let test = () => {
    init();
    test = () => enabled;
    return enabled;
  };
  const logger = (...args) => {
    if (debugImpl === undefined) {
      if (enabled === undefined) init();
      debugImpl = debuglogImpl(enabled, set);
      if (typeof cb === 'function') cb(debugImpl);
    }
    switch (args.length) {
      case 1: return debugImpl(args[0]);
      case 2: return debugImpl(args[0], args[1]);
      default: return debugImpl(...args);
    }
  };
  Object.defineProperty(logger, 'enabled', {
    get() { return test(); },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

module.exports = { debuglog };
