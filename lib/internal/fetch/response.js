'use strict';
// WHATWG Response.

const { customInspectSymbol } = require('internal/util');
const { Headers, fillHeaders, setGuard, kGuard } = require('internal/fetch/headers');
const { kBody, extractBody, makeBody, installBodyMixin, cloneBody, unusable } = require('internal/fetch/body');

const kState = Symbol('response');
const nullBodyStatus = new Set([101, 103, 204, 205, 304]);
const redirectStatus = new Set([301, 302, 303, 307, 308]);
const reasonRe = /^[\t\x20-\x7e\x80-\xff]*$/;

function initResponse(response, init, body) {
  if (init === null || init === undefined) {
    init = {};
  } else if (typeof init !== 'object' && typeof init !== 'function') {
    throw new TypeError(`undefined: Expected ${require('internal/fetch/webidl').describe(init)} to be one of: Null, Undefined, Object.`);
  }
  const status = init.status !== undefined ? Number(init.status) : 200;
  if (init.status !== undefined && (!Number.isFinite(status) || status < 200 || status > 599)) {
    throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
  }
  const statusText = init.statusText !== undefined ? `${init.statusText}` : '';
  if (!reasonRe.test(statusText)) throw new TypeError('Invalid statusText');
  const headers = new Headers();
  if (init.headers !== undefined) fillHeaders(headers, init.headers);
  setGuard(headers, 'response');
  const state = {
    type: 'default', url: null, urlList: [], status: Math.trunc(status), statusText, headers,
  };
  response[kState] = state;
  response[kBody] = null;
  if (body !== null) {
    if (nullBodyStatus.has(state.status)) {
      throw new TypeError(`Response constructor: Invalid response status code ${state.status}`);
    }
    response[kBody] = makeBody(body.source);
    if (body.type !== null && !headers.has('content-type')) {
      setGuard(headers, 'none');
      headers.append('content-type', body.type);
      setGuard(headers, 'response');
    }
  }
}

class Response {
  constructor(body = null, init = {}) {
    initResponse(this, init, body != null ? extractBody(body) : null);
  }

  static error() {
    const r = makeResponse({ type: 'error', status: 0, statusText: '' });
    setGuard(r.headers, 'immutable');
    return r;
  }

  static json(data, init = {}) {
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const r = Object.create(Response.prototype);
    initResponse(r, init, { source: new TextEncoder().encode(text), type: 'application/json' });
    return r;
  }

  static redirect(url, status = 302) {
    let parsed;
    try {
      parsed = new URL(`${url}`);
    } catch (err) {
      throw new TypeError(`Failed to parse URL from ${url}`, { cause: err });
    }
    if (!redirectStatus.has(status)) throw new RangeError(`Invalid status code ${status}`);
    const r = makeResponse({ status });
    r.headers.append('location', parsed.href);
    setGuard(r.headers, 'immutable');
    return r;
  }

  get type() { return st(this).type; }
  get url() {
    const list = st(this).urlList;
    if (list.length === 0) return '';
    const u = new URL(list[list.length - 1]);
    u.hash = '';
    return u.href;
  }
  get redirected() { return st(this).urlList.length > 1; }
  get status() { return st(this).status; }
  get ok() { const s = st(this).status; return s >= 200 && s <= 299; }
  get statusText() { return st(this).statusText; }
  get headers() { return st(this).headers; }

  clone() {
    st(this);
    if (unusable(this[kBody])) throw new TypeError('Response.clone: Body has already been consumed.');
    const copy = Object.create(Response.prototype);
    const state = { ...this[kState], urlList: [...this[kState].urlList] };
    const original = this[kState].headers;
    state.headers = new Headers(original);
    setGuard(state.headers, original[kGuard]);
    copy[kState] = state;
    copy[kBody] = cloneBody(this[kBody]);
    return copy;
  }

  [customInspectSymbol](depth, options, inspect) {
    const obj = {
      status: this.status, statusText: this.statusText, headers: this.headers, body: this.body,
      bodyUsed: this.bodyUsed, ok: this.ok, redirected: this.redirected, type: this.type, url: this.url,
    };
    return `Response ${inspect(obj, options)}`;
  }
}

function st(self) {
  const state = self?.[kState];
  if (state === undefined) throw require('internal/fetch/webidl').illegalInvocation();
  return state;
}

installBodyMixin(Response.prototype);
// node's (undici's) member order, which Object.keys and inspect show.
require('internal/fetch/webidl').orderMembers(Response.prototype, [
  'type', 'url', 'redirected', 'status', 'ok', 'statusText', 'headers', 'body', 'bodyUsed',
  'clone', 'blob', 'arrayBuffer', 'text', 'json', 'formData', 'bytes',
]);
Object.defineProperty(Response.prototype, Symbol.toStringTag, { value: 'Response', configurable: true });

// Internal: a Response made by fetch. `fields` may carry status, statusText, headers,
// urlList, type and a body source (Uint8Array, Blob or ReadableStream).
function makeResponse(fields) {
  const r = Object.create(Response.prototype);
  const headers = fields.headers ?? new Headers();
  r[kState] = {
    type: fields.type ?? 'default',
    urlList: fields.urlList ?? [],
    status: fields.status ?? 200,
    statusText: fields.statusText ?? '',
    headers,
  };
  r[kBody] = fields.body != null ? makeBody(fields.body) : null;
  return r;
}

module.exports = { Response, makeResponse };
