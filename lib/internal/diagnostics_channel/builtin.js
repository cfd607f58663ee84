'use strict';
// The channels node's own modules publish to (console.log, module.require,
// udp.socket, child_process...), reached without loading node:diagnostics_channel:
// until a program loads that module nobody can have subscribed, and loading it
// for every program would cost start-up time. So a publisher asks here, per
// event, and pays a map lookup while nobody listens.

// The channel named name if node:diagnostics_channel is loaded and the channel has
// subscribers; undefined otherwise.
function activeChannel(name) {
  const dc = require.loadedExports('diagnostics_channel');
  if (dc === undefined || !dc.hasSubscribers(name)) return undefined;
  return dc.channel(name);
}

const kTracingEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

// The tracing channel named name if any of its five channels has subscribers;
// undefined otherwise.
function activeTracingChannel(name) {
  const dc = require.loadedExports('diagnostics_channel');
  if (dc === undefined) return undefined;
  for (const event of kTracingEvents) {
    if (dc.hasSubscribers(`tracing:${name}:${event}`)) return dc.tracingChannel(name);
  }
  return undefined;
}

// Publishes what makeMessage() returns to channel name, if anyone listens.
function publish(name, makeMessage) {
  const channel = activeChannel(name);
  if (channel !== undefined) channel.publish(makeMessage());
}

module.exports = { activeChannel, activeTracingChannel, publish };
