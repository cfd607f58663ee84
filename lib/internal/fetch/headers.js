'use strict';
// WHATWG Headers: a header list keyed by lower-cased name. Values of a repeated name
// are combined with ", " except set-cookie, whose values stay separate.

const { customInspectSymbol } = require('internal/util');
const { illegalInvocation, argCount, defineIterators, enumerableMethods } = require('internal/fetch/webidl');

const kGuard = Symbol('guard');
const kList = Symbol('list'); // Map lower-cased name -> array of values
const kNames = Symbol('names'); // Map lower-cased name -> the name as first given (for the wire)

const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// A value may not hold NUL, CR or LF, nor start or end with HTTP whitespace (after
// normalizing it never does).
const badValueRe = /[\0\r\n]/;

function normalizeValue(v) {
  return String(v).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
}

function checkName(name, where) {
  name = `${name}`;
  if (!tokenRe.test(name)) throw new TypeError(`Headers.${where}: "${name}" is an invalid header name.`);
  return name.toLowerCase();
}

function checkValue(value, where) {
  if (badValueRe.test(value) || /[^\x00-\xff]/.test(value)) {
    throw new TypeError(`Headers.${where}: "${value}" is an invalid header value.`);
  }
}

function check(headers) {
  if (headers === null || typeof headers !== 'object' || !(kList in headers)) throw illegalInvocation();
}

function checkGuard(headers) {
  if (headers[kGuard] === 'immutable') throw new TypeError('immutable');
}

class Headers {
  constructor(init = undefined) {
    this[kGuard] = 'none';
    this[kList] = new Map();
    this[kNames] = new Map();
    if (init === undefined || init === null && arguments.length === 0) return;
    fillHeaders(this, init);
  }

  append(name, value) {
    check(this);
    argCount(arguments.length, 2, 'Headers.append');
    const key = checkName(name, 'append');
    value = normalizeValue(value);
    checkValue(value, 'append');
    checkGuard(this);
    appendRaw(this, key, value);
    if (!this[kNames].has(key)) this[kNames].set(key, `${name}`);
  }

  delete(name) {
    check(this);
    argCount(arguments.length, 1, 'Headers.delete');
    const key = checkName(name, 'delete');
    checkGuard(this);
    this[kList].delete(key);
    this[kNames].delete(key);
  }

  get(name) {
    check(this);
    argCount(arguments.length, 1, 'Headers.get');
    const key = checkName(name, 'get');
    const values = this[kList].get(key);
    return values === undefined ? null : values.join(', ');
  }

  has(name) {
    check(this);
    argCount(arguments.length, 1, 'Headers.has');
    return this[kList].has(checkName(name, 'has'));
  }

  set(name, value) {
    check(this);
    argCount(arguments.length, 2, 'Headers.set');
    const key = checkName(name, 'set');
    value = normalizeValue(value);
    checkValue(value, 'set');
    checkGuard(this);
    this[kList].set(key, [value]);
    if (!this[kNames].has(key)) this[kNames].set(key, `${name}`);
  }

  getSetCookie() {
    check(this);
    return [...(this[kList].get('set-cookie') ?? [])];
  }

  [customInspectSymbol](depth, options, inspect) {
    const obj = {};
    for (const [name, values] of this[kList]) obj[name] = values.join(', ');
    const inner = inspect(obj, options);
    return `Headers ${inner}`;
  }
}

enumerableMethods(Headers.prototype);
defineIterators(Headers.prototype, 'Headers', (h) => sortedEntries(h), check);
Object.defineProperty(Headers.prototype, Symbol.toStringTag, { value: 'Headers', configurable: true });

function sortedEntries(headers) {
  const names = [...headers[kList].keys()].sort();
  const out = [];
  for (const name of names) {
    const values = headers[kList].get(name);
    if (name === 'set-cookie') for (const v of values) out.push([name, v]);
    else out.push([name, values.join(', ')]);
  }
  return out;
}

function appendRaw(headers, key, value) {
  const values = headers[kList].get(key);
  if (values === undefined) headers[kList].set(key, [value]);
  else values.push(value);
}

function fillHeaders(headers, init) {
  if (typeof init !== 'object' && typeof init !== 'function' || init === null) {
    throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: ' +
      'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
  }
  if (init instanceof Headers) {
    for (const [key, values] of init[kList]) headers[kList].set(key, [...values]);
    for (const [key, name] of init[kNames]) headers[kNames].set(key, name);
    return;
  }
  if (typeof init[Symbol.iterator] === 'function') {
    for (const pair of init) {
      const arr = [...pair];
      if (arr.length !== 2) {
        throw new TypeError(`Headers constructor: expected name/value pair to be length 2, found ${arr.length}.`);
      }
      headers.append(arr[0], arr[1]);
    }
    return;
  }
  for (const key of Reflect.ownKeys(init)) {
    const desc = Reflect.getOwnPropertyDescriptor(init, key);
    if (desc === undefined || !desc.enumerable) continue;
    if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    headers.append(key, init[key]);
  }
}

// Internal: builds Headers from a node IncomingMessage's rawHeaders.
function headersFromRaw(rawHeaders, guard) {
  const h = new Headers();
  for (let i = 0; i < rawHeaders.length; i += 2) {
    appendRaw(h, rawHeaders[i].toLowerCase(), normalizeValue(rawHeaders[i + 1]));
  }
  h[kGuard] = guard;
  return h;
}

function setGuard(headers, guard) {
  headers[kGuard] = guard;
}

// Internal: [name, value] pairs for an outgoing request, set-cookie kept apart.
function headerPairs(headers) {
  const out = [];
  for (const [key, values] of headers[kList]) {
    const name = headers[kNames].get(key) ?? key;
    if (key === 'set-cookie') for (const v of values) out.push([name, v]);
    else out.push([name, values.join(', ')]);
  }
  return out;
}

module.exports = { Headers, fillHeaders, headersFromRaw, setGuard, headerPairs, kGuard };
