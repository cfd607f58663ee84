'use strict';
// node.console in the process's trace, as node records it: console.count and
// countReset as counters ('C') named count::<label>, each console.time timer as an
// async span time::<label> ('b' at time, 'n' at each timeLog, 'e' at timeEnd).

const { isEnabled, trace: record } = require('internal/trace_events/state');

const kGroup = 'node,node.console';

function trace(ph, kind, label, data) {
  if (isEnabled(kGroup)) record(ph, kGroup, `${kind}::${label}`, 0, data === undefined ? undefined : { data });
}

module.exports = { trace };
