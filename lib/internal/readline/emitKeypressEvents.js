'use strict';
// emitKeypressEvents(stream[, interface]): makes a stream emit 'keypress' (string,
// key) events decoded from its 'data'. An escape sequence cut between chunks waits
// escapeCodeTimeout ms for the rest, then counts as a lone Escape key.

const { decodeKeys, makeUtf8Decoder } = require('internal/readline/utils');

const KEYPRESS_DECODER = Symbol('keypress-decoder');
const ESCAPE_CODE_TIMEOUT = 500;

function emitKeypressEvents(stream, iface = {}) {
  if (stream[KEYPRESS_DECODER]) return;
  stream[KEYPRESS_DECODER] = makeUtf8Decoder();
  let pending = '';
  let timeoutId = null;

  // Within a chunk of several characters (a paste), the interface hears every key
  // but the last with isCompletionEnabled false, as in node: a pasted Tab is no
  // completion request, and a paste in mid-line is redrawn once, at its end.
  let pasting = false;
  const emit = (s, key, last = true) => {
    if (pasting) iface.isCompletionEnabled = last;
    stream.emit('keypress', s, key);
  };

  // A lone ESC (or ESC ESC) that nothing followed is the Escape key; a cut-off
  // CSI/SS3 sequence keeps waiting for its end.
  function flushPending() {
    timeoutId = null;
    if (pending === '\x1b' || pending === '\x1b\x1b') {
      const rest = pending;
      pending = '';
      emit(undefined, { sequence: rest, name: 'escape', ctrl: false, meta: true, shift: false });
    }
  }

  function onData(input) {
    if (stream.listenerCount('keypress') > 0) {
      const string = stream[KEYPRESS_DECODER].write(input);
      if (string) {
        if (timeoutId !== null) {
          clearTimeout(timeoutId);
          timeoutId = null;
        }
        // A chunk of one character is a key typed (not pasted): the REPL's editor
        // mode indents after it.
        iface._sawKeyPress = string.length === (string.codePointAt(0) > 0xffff ? 2 : 1);
        pasting = !iface._sawKeyPress;
        try {
          pending = decodeKeys(pending + string, emit);
        } catch (err) {
          // A throwing 'keypress' listener drops the rest of this chunk; decoding
          // starts afresh with the next one.
          pending = '';
          throw err;
        } finally {
          if (pasting) iface.isCompletionEnabled = true;
          pasting = false;
        }
        if (pending) timeoutId = setTimeout(flushPending, iface.escapeCodeTimeout ?? ESCAPE_CODE_TIMEOUT);
      }
    } else {
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
    }
  }

  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }

  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = emitKeypressEvents;
