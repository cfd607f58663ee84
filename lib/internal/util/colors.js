'use strict';
// Whether a stream gets colours: a TTY whose colour depth is above 2, or FORCE_COLOR;
// NO_COLOR and NODE_DISABLE_COLORS turn them off (as node's tty.getColorDepth does).

function envForcesColor() {
  const force = process.env.FORCE_COLOR;
  if (force === undefined) return undefined;
  return !(force === '0' || force === 'false');
}

let warnedIgnored = false;
function shouldColorize(stream) {
  const forced = envForcesColor();
  if (forced !== undefined) {
    if (!warnedIgnored) {
      const ignored = process.env.NODE_DISABLE_COLORS !== undefined ? 'NODE_DISABLE_COLORS'
        : process.env.NO_COLOR !== undefined ? 'NO_COLOR' : undefined;
      if (ignored !== undefined) {
        warnedIgnored = true;
        process.emitWarning(`The '${ignored}' env is ignored due to the 'FORCE_COLOR' env being set.`);
      }
    }
    return forced;
  }
  if (stream?.isTTY !== true) return false;
  const env = process.env;
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') {
    return false;
  }
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

module.exports = { shouldColorize };
