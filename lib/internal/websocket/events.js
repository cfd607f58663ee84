'use strict';
// The events a WebSocket dispatches: CloseEvent, MessageEvent and ErrorEvent.

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

// MessageEvent belongs to the worker messaging module when eddy has one.
let MessageEvent;
if (internalBinding('builtins').ids.includes('internal/worker/io')) {
  MessageEvent = require('internal/worker/io').MessageEvent;
} else {
  MessageEvent = class MessageEvent extends Event {
    constructor(type, init = undefined) {
      super(type, init);
      fields.set(this, {
        data: init?.data ?? null,
        origin: init?.origin !== undefined ? `${init.origin}` : '',
        lastEventId: init?.lastEventId !== undefined ? `${init.lastEventId}` : '',
        source: init?.source ?? null,
        ports: Object.freeze([...(init?.ports ?? [])]),
      });
    }

    get data() { return fields.get(this).data; }
    get origin() { return fields.get(this).origin; }
    get lastEventId() { return fields.get(this).lastEventId; }
    get source() { return fields.get(this).source; }
    get ports() { return fields.get(this).ports; }
  };
  for (const name of ['data', 'origin', 'lastEventId', 'source', 'ports']) {
    Object.defineProperty(MessageEvent.prototype, name, { enumerable: true });
  }
}

for (const [cls, names] of [[CloseEvent, ['wasClean', 'code', 'reason']],
                             [ErrorEvent, ['message', 'filename', 'lineno', 'colno', 'error']]]) {
  for (const name of names) {
    Object.defineProperty(cls.prototype, name, { enumerable: true });
  }
  Object.defineProperty(cls.prototype, Symbol.toStringTag, { value: cls.name, configurable: true });
}

module.exports = { CloseEvent, ErrorEvent, MessageEvent };
