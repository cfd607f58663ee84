'use strict';
// EventSource (server-sent events) over fetch, as node has it behind
// --experimental-eventsource: the text/event-stream parser, reconnection with
// Last-Event-ID and the retry field.

const { EventTarget, Event, defineEventHandler } = require('internal/event_target');
const { argCount, describe } = require('internal/fetch/webidl');

const CONNECTING = 0;
const OPEN = 1;
const CLOSED = 2;
const kState = Symbol('state');
const defaultRetry = 3000;

let warned = false;

function state(es) {
  const s = es?.[kState];
  if (s === undefined) throw require('internal/fetch/webidl').illegalInvocation();
  return s;
}

class EventSource extends EventTarget {
  constructor(url, init = undefined) {
    super();
    argCount(arguments.length, 1, 'EventSource constructor');
    if (init !== undefined && init !== null && typeof init !== 'object' && typeof init !== 'function') {
      throw new TypeError(`EventSource constructor: Expected ${describe(init)} to be one of: Null, Undefined, Object.`);
    }
    if (!warned) {
      warned = true;
      process.emitWarning('EventSource is experimental, expect them to change at any time.', { code: 'UNDICI-ES' });
    }
    let parsed;
    try {
      parsed = new URL(`${url}`);
    } catch (err) {
      throw new DOMException(`${err}`, 'SyntaxError');
    }
    this[kState] = {
      url: parsed,
      withCredentials: Boolean(init?.withCredentials),
      readyState: CONNECTING,
      lastEventId: '',
      retry: defaultRetry,
      controller: null,
      timer: null,
    };
    Object.defineProperty(this, kState, { enumerable: false });
    connect(this);
  }

  get readyState() { return state(this).readyState; }
  get url() { return state(this).url.href; }
  get withCredentials() { return state(this).withCredentials; }

  close() {
    const s = state(this);
    s.readyState = CLOSED;
    clearTimeout(s.timer);
    s.controller?.abort();
    s.controller = null;
  }
}

function connect(es) {
  const s = es[kState];
  const headers = { accept: 'text/event-stream', 'cache-control': 'no-cache' };
  if (s.lastEventId !== '') headers['last-event-id'] = s.lastEventId;
  const controller = new AbortController();
  s.controller = controller;
  const { fetch } = require('internal/fetch/fetch');
  fetch(s.url.href, { headers, signal: controller.signal }).then(async (res) => {
    if (s.readyState === CLOSED || s.controller !== controller) return;
    const type = (res.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (res.status !== 200 || type !== 'text/event-stream') {
      res.body?.cancel().catch(() => {});
      return failConnection(es);
    }
    s.readyState = OPEN;
    es.dispatchEvent(new Event('open'));
    await readStream(es, res.body);
    if (s.controller === controller) reconnect(es);
  }, () => {
    if (s.controller === controller) reconnect(es);
  });
}

// The connection ended or broke: CONNECTING, an 'error' event, a new try later.
function reconnect(es) {
  const s = es[kState];
  if (s.readyState === CLOSED) return;
  s.readyState = CONNECTING;
  es.dispatchEvent(new Event('error'));
  if (s.readyState === CLOSED) return;
  s.timer = setTimeout(() => connect(es), s.retry);
}

function failConnection(es) {
  const s = es[kState];
  s.readyState = CLOSED;
  s.controller = null;
  es.dispatchEvent(new Event('error'));
}

async function readStream(es, body) {
  const s = es[kState];
  const decoder = new TextDecoder();
  const event = { data: '', type: '', id: null };
  let buffer = '';
  let first = true;
  try {
    for await (const chunk of body) {
      if (s.readyState === CLOSED) return;
      buffer += decoder.decode(chunk, { stream: true });
      if (first && buffer.length > 0) {
        first = false;
        if (buffer.charCodeAt(0) === 0xfeff) buffer = buffer.slice(1);
      }
      // Complete lines end in CRLF, LF or CR; a CR at the very end may be half a CRLF.
      let start = 0;
      const re = /\r\n|\n|\r(?!$)/g;
      let m;
      while ((m = re.exec(buffer)) !== null) {
        processLine(es, event, buffer.slice(start, m.index));
        start = m.index + m[0].length;
        if (s.readyState === CLOSED) return;
      }
      buffer = buffer.slice(start);
    }
  } catch {
    // a network error ends the stream like its end does
  }
}

function processLine(es, event, line) {
  const s = es[kState];
  if (line === '') {
    // Dispatch: the id (even empty) becomes the last event ID.
    if (event.id !== null) s.lastEventId = event.id;
    event.id = null;
    if (event.data === '') {
      event.type = '';
      return;
    }
    const data = event.data.endsWith('\n') ? event.data.slice(0, -1) : event.data;
    const type = event.type || 'message';
    event.data = '';
    event.type = '';
    const { MessageEvent } = require('internal/worker/io');
    es.dispatchEvent(new MessageEvent(type, { data, origin: s.url.origin, lastEventId: s.lastEventId }));
    return;
  }
  if (line[0] === ':') return;
  const colon = line.indexOf(':');
  let field = line;
  let value = '';
  if (colon !== -1) {
    field = line.slice(0, colon);
    value = line.slice(colon + 1);
    if (value[0] === ' ') value = value.slice(1);
  }
  switch (field) {
    case 'event':
      event.type = value;
      break;
    case 'data':
      event.data += `${value}\n`;
      break;
    case 'id':
      if (!value.includes('\0')) event.id = value;
      break;
    case 'retry':
      if (/^\d+$/.test(value)) s.retry = Number(value);
      break;
  }
}

for (const name of ['open', 'message', 'error']) defineEventHandler(EventSource.prototype, name);
require('internal/fetch/webidl').orderMembers(EventSource.prototype, [
  'readyState', 'url', 'withCredentials', 'close', 'onopen', 'onmessage', 'onerror',
]);
for (const [name, value] of [['CONNECTING', CONNECTING], ['OPEN', OPEN], ['CLOSED', CLOSED]]) {
  Object.defineProperty(EventSource, name, { value, enumerable: true });
  Object.defineProperty(EventSource.prototype, name, { value, enumerable: true });
}
Object.defineProperty(EventSource.prototype, Symbol.toStringTag, { value: 'EventSource', configurable: true });

module.exports = { EventSource };
