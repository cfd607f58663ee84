'use strict';
// util.transferableAbortSignal(): a signal marked here may be posted to another
// thread or port, cloned or in the transfer list, any number of times. Each copy is
// a new AbortSignal on the receiving side joined to the original by a channel of its
// own: aborting the original posts the reason down every channel. Neither end of a
// channel keeps the event loop alive.

const { abortSignal, createSignal } = require('internal/abort_controller');

const transferable = new WeakSet();

function markTransferable(signal) {
  transferable.add(signal);
  // Until a signal is marked, the serializer need not load this module to ask.
  require('internal/worker/serialize').noteTransferableSignals();
}

function isTransferable(value) {
  return value !== null && typeof value === 'object' && transferable.has(value);
}

// The sending side: the port to move with the message (null when the signal has
// already aborted and the copy needs only its reason).
function linkedPort(signal) {
  if (signal.aborted) return null;
  const { MessageChannel } = require('internal/worker/io');
  const { port1, port2 } = new MessageChannel();
  port1.unref();
  signal.addEventListener('abort', () => {
    port1.postMessage(signal.reason);
    port1.close();
  }, { once: true });
  return port2;
}

// The receiving side: a signal that aborts when the original does.
function adoptSignal(aborted, reason, port) {
  const signal = createSignal(aborted, reason);
  if (port !== null) {
    port.onmessage = ({ data }) => {
      port.close();
      abortSignal(signal, data);
    };
    port.unref();
  }
  return signal;
}

module.exports = { markTransferable, isTransferable, linkedPort, adoptSignal };
