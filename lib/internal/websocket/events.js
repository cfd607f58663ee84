'use strict';
// The events a WebSocket dispatches besides MessageEvent: CloseEvent and ErrorEvent.

const { Event } = require('internal/event_target');

const fields = new WeakMap(); // event -> its init fields

class CloseEvent extends Event {
  constructor(type, init = undefined) {
    super(type, init);
    fields.set(this, {
      wasClean: Boolean(init?.wasClean),
      code: init?.code !== undefined ? Number(init.code) & 0xffff : 0,
      reason: init?.reason !== undefined ? `${init.reason}` : '',
    });
  }

  get wasClean() { return fields.get(this).wasClean; }
  get code() { return fields.get(this).code; }
  get reason() { return fields.get(this).reason; }
}

class ErrorEvent extends Event {
  constructor(type, init = undefined) {
    super(type, init);
    fields.set(this, {
      message: init?.message !== undefined ? `${init.message}` : '',
      filename: init?.filename !== undefined ? `${init.filename}` : '',
      lineno: init?.lineno >>> 0,
      colno: init?.colno >>> 0,
      error: init?.error,
    });
  }

  get message() { return fields.get(this).message; }
  get filename() { return fields.get(this).filename; }
  get lineno() { return fields.get(this).lineno; }
  get colno() { return fields.get(this).colno; }
  get error() { return fields.get(this).error; }
}

// MessageEvent is the worker messaging module's (loaded on first use: it sets up ports).
let MessageEvent;
function lazyMessageEvent() {
  MessageEvent ??= require('internal/worker/io').MessageEvent;
  return MessageEvent;
}

for (const [cls, names] of [[CloseEvent, ['wasClean', 'code', 'reason']],
                             [ErrorEvent, ['message', 'filename', 'lineno', 'colno', 'error']]]) {
  for (const name of names) {
    Object.defineProperty(cls.prototype, name, { enumerable: true });
  }
  Object.defineProperty(cls.prototype, Symbol.toStringTag, { value: cls.name, configurable: true });
}

module.exports = { CloseEvent, ErrorEvent, lazyMessageEvent };
