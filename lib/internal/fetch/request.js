'use strict';
// WHATWG Request.

const { customInspectSymbol } = require('internal/util');
const { illegalInvocation, argCount, oneOf, describe } = require('internal/fetch/webidl');
const { Headers, fillHeaders, setGuard } = require('internal/fetch/headers');
const {
  kBody, extractBody, makeBody, installBodyMixin, cloneBody, unusable, isReadableStream,
} = require('internal/fetch/body');

const kState = Symbol('request');

const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const normalMethods = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
const forbiddenMethods = new Set(['CONNECT', 'TRACE', 'TRACK']);

function parseURL(input) {
  try {
    return new URL(`${input}`);
  } catch (err) {
    throw new TypeError(`Failed to parse URL from ${input}`, { cause: err });
  }
}


let patchWarned = false;
function warnPatch() {
  if (patchWarned) return;
  patchWarned = true;
  process.emitWarning('Using `patch` is highly likely to result in a `405 Method Not Allowed`. ' +
    '`PATCH` is much more likely to succeed.', { code: 'UNDICI-FETCH-patch' });
}

class Request {
  constructor(input, init = {}) {
    argCount(arguments.length, 1, 'Request constructor');
    if (init !== undefined && init !== null && typeof init !== 'object' && typeof init !== 'function') {
      throw new TypeError(`undefined: Expected ${describe(init)} to be one of: Null, Undefined, Object.`);
    }
    init ??= {};
    let base = null;
    let url;
    if (input instanceof Request) {
      base = input[kState];
      url = base.url;
    } else {
      url = parseURL(input);
      if (url.username || url.password) {
        throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
      }
    }
    const state = {
      url,
      method: base?.method ?? 'GET',
      redirect: base?.redirect ?? 'follow',
      keepalive: base?.keepalive ?? false,
      mode: base?.mode ?? 'cors',
      credentials: base?.credentials ?? 'same-origin',
      cache: base?.cache ?? 'default',
      integrity: base?.integrity ?? '',
      referrer: base?.referrer ?? 'about:client',
      referrerPolicy: base?.referrerPolicy ?? '',
      duplex: 'half',
      signal: null,
      headers: null,
    };
    if (init.method !== undefined) {
      let method = `${init.method}`;
      if (!tokenRe.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
      const upper = method.toUpperCase();
      if (forbiddenMethods.has(upper)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
      if (normalMethods.has(upper)) method = upper;
      else if (upper === 'PATCH' && method !== 'PATCH') warnPatch();
      state.method = method;
    }
    if (init.redirect !== undefined) state.redirect = oneOf(init.redirect, ['follow', 'manual', 'error']);
    if (init.keepalive !== undefined) state.keepalive = Boolean(init.keepalive);
    if (init.mode !== undefined) {
      state.mode = oneOf(init.mode, ['navigate', 'same-origin', 'no-cors', 'cors']);
      if (state.mode === 'navigate') {
        throw new TypeError("Request constructor: invalid request mode navigate.");
      }
    }
    if (init.credentials !== undefined) {
      state.credentials = oneOf(init.credentials, ['omit', 'same-origin', 'include']);
    }
    if (init.cache !== undefined) {
      state.cache = oneOf(init.cache, ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached']);
    }
    if (init.integrity !== undefined) state.integrity = `${init.integrity}`;
    if (init.referrer !== undefined) {
      const r = `${init.referrer}`;
      state.referrer = r === '' ? '' : (r === 'about:client' ? r : parseURL(r).href);
    }
    if (init.referrerPolicy !== undefined) state.referrerPolicy = `${init.referrerPolicy}`;

    // The signal follows the input's and init's.
    const ac = new AbortController();
    state.signal = ac.signal;
    const parentSignal = init.signal !== undefined ? init.signal : base?.signal;
    if (parentSignal != null) {
      if (typeof parentSignal !== 'object' || !(parentSignal instanceof AbortSignal)) {
        throw new TypeError(`RequestInit: Expected signal ("${describe(parentSignal)}") to be an instance of AbortSignal.`);
      }
      if (parentSignal.aborted) ac.abort(parentSignal.reason);
      else parentSignal.addEventListener('abort', () => ac.abort(parentSignal.reason), { once: true });
    }

    const headers = new Headers();
    if (init.headers !== undefined) fillHeaders(headers, init.headers);
    else if (base !== null) fillHeaders(headers, base.headers);
    state.headers = headers;

    let body = null;
    const inputBody = input instanceof Request ? input[kBody] : null;
    if ((init.body != null || inputBody !== null) && (state.method === 'GET' || state.method === 'HEAD')) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    if (init.body != null) {
      const extracted = extractBody(init.body);
      if (isReadableStream(extracted.source)) {
        if (init.duplex === undefined) {
          throw new TypeError('RequestInit: duplex option is required when sending a body.');
        }
        if (state.keepalive) throw new TypeError('keepalive');
      }
      if (init.duplex !== undefined && init.duplex !== 'half') {
        throw new TypeError(`undefined: ${init.duplex} is not an accepted type. Expected one of half.`);
      }
      if (extracted.type !== null && !headers.has('content-type')) headers.append('content-type', extracted.type);
      body = makeBody(extracted.source);
    } else if (inputBody !== null) {
      if (unusable(inputBody)) throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      body = inputBody;
      // The input's body moves into this request.
      input[kBody] = { source: new Uint8Array(0), stream: null, used: true };
    }
    this[kState] = state;
    this[kBody] = body;
  }

  get method() { return st(this).method; }
  get url() { return st(this).url.href; }
  get headers() { return st(this).headers; }
  get destination() { return ''; }
  get referrer() {
    const r = st(this).referrer;
    return r === 'about:client' ? 'about:client' : r;
  }
  get referrerPolicy() { return st(this).referrerPolicy; }
  get mode() { return st(this).mode; }
  get credentials() { return st(this).credentials; }
  get cache() { return st(this).cache; }
  get redirect() { return st(this).redirect; }
  get integrity() { return st(this).integrity; }
  get keepalive() { return st(this).keepalive; }
  get isReloadNavigation() { return false; }
  get isHistoryNavigation() { return false; }
  get signal() { return st(this).signal; }
  get duplex() { return 'half'; }

  clone() {
    st(this);
    if (unusable(this[kBody])) throw new TypeError('Request.clone: Body has already been consumed.');
    const copy = Object.create(Request.prototype);
    const state = { ...this[kState] };
    state.headers = new Headers(this[kState].headers);
    const ac = new AbortController();
    const signal = this[kState].signal;
    if (signal.aborted) ac.abort(signal.reason);
    else signal.addEventListener('abort', () => ac.abort(signal.reason), { once: true });
    state.signal = ac.signal;
    copy[kState] = state;
    copy[kBody] = cloneBody(this[kBody]);
    return copy;
  }

  [customInspectSymbol](depth, options, inspect) {
    const obj = {
      method: this.method, url: this.url, headers: this.headers, destination: this.destination,
      referrer: this.referrer, referrerPolicy: this.referrerPolicy, mode: this.mode,
      credentials: this.credentials, cache: this.cache, redirect: this.redirect,
      integrity: this.integrity, keepalive: this.keepalive,
      isReloadNavigation: this.isReloadNavigation, isHistoryNavigation: this.isHistoryNavigation,
      signal: this.signal,
    };
    return `Request ${inspect(obj, options)}`;
  }
}

function st(self) {
  const state = self?.[kState];
  if (state === undefined) throw require('internal/fetch/webidl').illegalInvocation();
  return state;
}

installBodyMixin(Request.prototype);
// node's (undici's) member order, which Object.keys and inspect show.
require('internal/fetch/webidl').orderMembers(Request.prototype, [
  'method', 'url', 'headers', 'destination', 'referrer', 'referrerPolicy', 'mode', 'credentials',
  'cache', 'redirect', 'integrity', 'keepalive', 'isReloadNavigation', 'isHistoryNavigation',
  'signal', 'body', 'bodyUsed', 'duplex', 'clone', 'blob', 'arrayBuffer', 'text', 'json',
  'formData', 'bytes',
]);
Object.defineProperty(Request.prototype, Symbol.toStringTag, { value: 'Request', configurable: true });

function requestState(request) {
  return request[kState];
}

module.exports = { Request, requestState, setGuard };
