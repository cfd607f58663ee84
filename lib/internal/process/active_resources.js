'use strict';
// process._getActiveHandles() and process.getActiveResourcesInfo()
// (internal/bootstrap/node.js loads this on their first call).

// The referenced stream and UDP handles, as their owners (net.Socket, net.Server,
// ...) for process._getActiveHandles() and by type for getActiveResourcesInfo().
function activeHandlePairs() {
  return internalBinding('process').activeHandles();
}

function getActiveHandles() {
  const { kOwner } = require('internal/stream_base_commons');
  const pairs = activeHandlePairs();
  const out = [];
  for (let i = 0; i < pairs.length; i += 2) out.push(pairs[i][kOwner] ?? pairs[i]);
  return out;
}

function getActiveResourcesInfo() {
  const { timeoutCount, immediateCount } = require('internal/timers').getTimerCounts();
  const requests = require('internal/fs/run').pendingRequestCount();
  const pairs = activeHandlePairs();
  const handles = [];
  for (let i = 1; i < pairs.length; i += 2) handles.push(pairs[i]);
  return [
    ...new Array(requests).fill('FSReqCallback'),
    ...handles,
    ...new Array(timeoutCount).fill('Timeout'),
    ...new Array(immediateCount).fill('Immediate'),
  ];
}

module.exports = { getActiveHandles, getActiveResourcesInfo };
