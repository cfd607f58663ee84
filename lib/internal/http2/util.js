'use strict';
// node:http2's helpers that need no session: the constants table, the settings
// helpers (getDefaultSettings, getPackedSettings, getUnpackedSettings and their
// validation) and the conversion of header objects to and from nghttp2's lists.

const { codes } = require('internal/errors');
const { validateObject } = require('internal/validators');

const binding = internalBinding('http2');

const sensitiveHeaders = Symbol('sensitiveHeaders');

const kMaxInt = 2 ** 32 - 1;
const kMaxFrameSize = 2 ** 24 - 1;
const kMaxStreams = 2 ** 32 - 1;
const kMaxAdditionalSettings = 10;

// --- constants --------------------------------------------------------------------

const kHeaderNames = [
  ['STATUS', ':status'], ['METHOD', ':method'], ['AUTHORITY', ':authority'],
  ['SCHEME', ':scheme'], ['PATH', ':path'], ['PROTOCOL', ':protocol'],
];
const kPlainHeaders = ('accept-encoding accept-language accept-ranges accept ' +
  'access-control-allow-credentials access-control-allow-headers access-control-allow-methods ' +
  'access-control-allow-origin access-control-expose-headers access-control-request-headers ' +
  'access-control-request-method age authorization cache-control connection content-disposition ' +
  'content-encoding content-length content-type cookie date etag forwarded host if-modified-since ' +
  'if-none-match if-range last-modified link location range referer server set-cookie ' +
  'strict-transport-security transfer-encoding te upgrade-insecure-requests upgrade user-agent vary ' +
  'x-content-type-options x-frame-options keep-alive proxy-connection x-xss-protection alt-svc ' +
  'content-security-policy early-data expect-ct origin purpose timing-allow-origin x-forwarded-for ' +
  'priority accept-charset access-control-max-age allow content-language content-location ' +
  'content-md5 content-range dnt expect expires from if-match if-unmodified-since max-forwards ' +
  'prefer proxy-authenticate proxy-authorization refresh retry-after trailer tk via warning ' +
  'www-authenticate http2-settings').split(' ');
const kMethods = ('ACL BASELINE-CONTROL BIND CHECKIN CHECKOUT CONNECT COPY DELETE GET HEAD ' +
  'LABEL LINK LOCK MERGE MKACTIVITY MKCALENDAR MKCOL MKREDIRECTREF MKWORKSPACE MOVE OPTIONS ' +
  'ORDERPATCH PATCH POST PRI PROPFIND PROPPATCH PUT REBIND REPORT SEARCH TRACE UNBIND ' +
  'UNCHECKOUT UNLINK UNLOCK UPDATE UPDATEREDIRECTREF VERSION-CONTROL').split(' ');
const kStatuses = [
  [100, 'CONTINUE'], [101, 'SWITCHING_PROTOCOLS'], [102, 'PROCESSING'], [103, 'EARLY_HINTS'],
  [200, 'OK'], [201, 'CREATED'], [202, 'ACCEPTED'], [203, 'NON_AUTHORITATIVE_INFORMATION'],
  [204, 'NO_CONTENT'], [205, 'RESET_CONTENT'], [206, 'PARTIAL_CONTENT'], [207, 'MULTI_STATUS'],
  [208, 'ALREADY_REPORTED'], [226, 'IM_USED'], [300, 'MULTIPLE_CHOICES'],
  [301, 'MOVED_PERMANENTLY'], [302, 'FOUND'], [303, 'SEE_OTHER'], [304, 'NOT_MODIFIED'],
  [305, 'USE_PROXY'], [307, 'TEMPORARY_REDIRECT'], [308, 'PERMANENT_REDIRECT'],
  [400, 'BAD_REQUEST'], [401, 'UNAUTHORIZED'], [402, 'PAYMENT_REQUIRED'], [403, 'FORBIDDEN'],
  [404, 'NOT_FOUND'], [405, 'METHOD_NOT_ALLOWED'], [406, 'NOT_ACCEPTABLE'],
  [407, 'PROXY_AUTHENTICATION_REQUIRED'], [408, 'REQUEST_TIMEOUT'], [409, 'CONFLICT'],
  [410, 'GONE'], [411, 'LENGTH_REQUIRED'], [412, 'PRECONDITION_FAILED'],
  [413, 'PAYLOAD_TOO_LARGE'], [414, 'URI_TOO_LONG'], [415, 'UNSUPPORTED_MEDIA_TYPE'],
  [416, 'RANGE_NOT_SATISFIABLE'], [417, 'EXPECTATION_FAILED'], [418, 'TEAPOT'],
  [421, 'MISDIRECTED_REQUEST'], [422, 'UNPROCESSABLE_ENTITY'], [423, 'LOCKED'],
  [424, 'FAILED_DEPENDENCY'], [425, 'TOO_EARLY'], [426, 'UPGRADE_REQUIRED'],
  [428, 'PRECONDITION_REQUIRED'], [429, 'TOO_MANY_REQUESTS'],
  [431, 'REQUEST_HEADER_FIELDS_TOO_LARGE'], [451, 'UNAVAILABLE_FOR_LEGAL_REASONS'],
  [500, 'INTERNAL_SERVER_ERROR'], [501, 'NOT_IMPLEMENTED'], [502, 'BAD_GATEWAY'],
  [503, 'SERVICE_UNAVAILABLE'], [504, 'GATEWAY_TIMEOUT'], [505, 'HTTP_VERSION_NOT_SUPPORTED'],
  [506, 'VARIANT_ALSO_NEGOTIATES'], [507, 'INSUFFICIENT_STORAGE'], [508, 'LOOP_DETECTED'],
  [509, 'BANDWIDTH_LIMIT_EXCEEDED'], [510, 'NOT_EXTENDED'],
  [511, 'NETWORK_AUTHENTICATION_REQUIRED'],
];

function makeConstants() {
  const c = {};
  const define = (name, value) => Object.defineProperty(c, name, {
    __proto__: null, value, writable: false, enumerable: true, configurable: false,
  });
  // The NGHTTP2_* numbers come from nghttp2's header through the binding.
  for (const name of Object.keys(binding.constants)) define(name, binding.constants[name]);
  for (const [name, value] of kHeaderNames) define(`HTTP2_HEADER_${name}`, value);
  for (const value of kPlainHeaders) define(`HTTP2_HEADER_${value.toUpperCase().replaceAll('-', '_')}`, value);
  for (const m of kMethods) define(`HTTP2_METHOD_${m.replaceAll('-', '_')}`, m);
  for (const [code, name] of kStatuses) define(`HTTP_STATUS_${name}`, code);
  return c;
}

const constants = makeConstants();

// --- settings ---------------------------------------------------------------------

// [name, id] in the order node packs them.
const kSettingIds = [
  ['headerTableSize', 1], ['enablePush', 2], ['maxConcurrentStreams', 3],
  ['initialWindowSize', 4], ['maxFrameSize', 5], ['maxHeaderListSize', 6],
  ['enableConnectProtocol', 8],
];

function getDefaultSettings() {
  return {
    __proto__: null,
    headerTableSize: 4096,
    enablePush: true,
    initialWindowSize: 65535,
    maxFrameSize: 16384,
    maxConcurrentStreams: kMaxStreams,
    maxHeaderSize: 65535,
    maxHeaderListSize: 65535,
    enableConnectProtocol: false,
  };
}

function assertWithinRange(name, value, min = 0, max = Infinity) {
  if (value !== undefined && (typeof value !== 'number' || value < min || value > max)) {
    throw new codes.ERR_HTTP2_INVALID_SETTING_VALUE.RangeError(name, value, min, max);
  }
}

function assertBoolean(name, value) {
  if (value !== undefined && typeof value !== 'boolean') {
    throw new codes.ERR_HTTP2_INVALID_SETTING_VALUE(name, value);
  }
}

function validateSettings(settings) {
  if (settings === undefined) return;
  assertWithinRange('headerTableSize', settings.headerTableSize, 0, kMaxInt);
  assertWithinRange('initialWindowSize', settings.initialWindowSize, 0, kMaxInt);
  assertWithinRange('maxFrameSize', settings.maxFrameSize, 16384, kMaxFrameSize);
  assertWithinRange('maxConcurrentStreams', settings.maxConcurrentStreams, 0, kMaxStreams);
  assertWithinRange('maxHeaderListSize', settings.maxHeaderListSize, 0, kMaxInt);
  assertWithinRange('maxHeaderSize', settings.maxHeaderSize, 0, kMaxInt);
  assertBoolean('enablePush', settings.enablePush);
  assertBoolean('enableConnectProtocol', settings.enableConnectProtocol);
  validateCustomSettings(settings.customSettings);
}

function validateCustomSettings(custom) {
  if (custom === undefined) return;
  if (typeof custom !== 'object' || custom === null) {
    throw new codes.ERR_INVALID_ARG_TYPE('customSettings', 'Number', custom);
  }
  const keys = Object.keys(custom);
  if (keys.length > kMaxAdditionalSettings) throw new codes.ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS();
  for (const key of keys) {
    const value = custom[key];
    if (typeof value !== 'number') continue;
    assertWithinRange('customSettings:value', value, 0, kMaxInt);
    const id = Number(key);
    assertWithinRange('customSettings:id', id, 0, 0xffff);
    if (!(id >= 1)) throw new codes.ERR_HTTP2_INVALID_SETTING_VALUE.RangeError('Range Error', id);
  }
}

// Settings as the flat [id, value, ...] list the binding sends; validated already.
function settingsToList(settings, customStart) {
  const list = [];
  if (settings == null) return list;
  let maxHeaderListSize = settings.maxHeaderListSize;
  if (settings.maxHeaderSize !== undefined) {
    if (maxHeaderListSize !== undefined && maxHeaderListSize !== settings.maxHeaderSize) {
      process.emitWarning('settings.maxHeaderSize overwrite settings.maxHeaderListSize');
    }
    maxHeaderListSize = settings.maxHeaderSize;
  }
  for (const [name, id] of kSettingIds) {
    let value = name === 'maxHeaderListSize' ? maxHeaderListSize : settings[name];
    if (value === undefined) continue;
    if (typeof value === 'boolean') value = value ? 1 : 0;
    list.push(id, Math.trunc(value) >>> 0);
  }
  if (customStart) customStart.index = list.length;
  const custom = settings.customSettings;
  if (custom) {
    for (const key of Object.keys(custom)) {
      if (typeof custom[key] === 'number') list.push(Number(key), Math.trunc(custom[key]) >>> 0);
    }
  }
  return list;
}

function getPackedSettings(settings) {
  if (settings === undefined) settings = {};
  validateObject(settings, 'settings');
  validateSettings(settings);
  const customStart = { index: 0 };
  const list = settingsToList(settings, customStart);
  const out = Buffer.alloc(list.length * 3);
  for (let i = 0; i < list.length; i += 2) {
    const id = list[i], value = list[i + 1];
    // nghttp2 refuses to pack a custom setting that reuses a known id, and a window
    // size above 2^31-1: node then answers undefined.
    if (i >= customStart.index && id <= 8 && id !== 7) return undefined;
    if (id === 4 && value > 2 ** 31 - 1) return undefined;
    out.writeUInt16BE(id, i * 3);
    out.writeUInt32BE(value, i * 3 + 2);
  }
  return out;
}

function isTypedArray(value) {
  return ArrayBuffer.isView(value) && !(value instanceof DataView);
}

function getUnpackedSettings(buf, options) {
  if (!isTypedArray(buf)) {
    throw new codes.ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray'], buf);
  }
  if (buf.length % 6 !== 0) throw new codes.ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH();
  const settings = {};
  // Elements are read as bytes, as node does with Buffer's readers on any TypedArray.
  for (let offset = 0; offset < buf.length; offset += 6) {
    const id = buf[offset] * 2 ** 8 + buf[offset + 1];
    const value = buf[offset + 2] * 2 ** 24 + buf[offset + 3] * 2 ** 16 +
      buf[offset + 4] * 2 ** 8 + buf[offset + 5];
    switch (id) {
      case 1: settings.headerTableSize = value; break;
      case 2: settings.enablePush = value !== 0; break;
      case 3: settings.maxConcurrentStreams = value; break;
      case 4: settings.initialWindowSize = value; break;
      case 5: settings.maxFrameSize = value; break;
      case 6: settings.maxHeaderListSize = settings.maxHeaderSize = value; break;
      case 8: settings.enableConnectProtocol = value !== 0; break;
      default:
        settings.customSettings ??= {};
        settings.customSettings[id] = value;
    }
  }
  if (options != null && options.validate) validateSettings(settings);
  return settings;
}

// Remote/local settings as node's session.localSettings/remoteSettings objects, from
// the binding's [headerTableSize, enablePush, maxConcurrentStreams, initialWindowSize,
// maxFrameSize, maxHeaderListSize, enableConnectProtocol].
function settingsFromBinding(values) {
  return {
    headerTableSize: values[0],
    enablePush: !!values[1],
    initialWindowSize: values[3],
    maxFrameSize: values[4],
    maxConcurrentStreams: values[2],
    maxHeaderListSize: values[5],
    maxHeaderSize: values[5],
    enableConnectProtocol: !!values[6],
  };
}

// --- headers ----------------------------------------------------------------------

const kSingleValueHeaders = new Set([
  ':status', ':method', ':authority', ':scheme', ':path', ':protocol',
  'access-control-allow-credentials', 'access-control-max-age', 'access-control-request-method',
  'age', 'authorization', 'content-encoding', 'content-language', 'content-length',
  'content-location', 'content-md5', 'content-range', 'content-type', 'date', 'dnt', 'etag',
  'expires', 'from', 'host', 'if-match', 'if-modified-since', 'if-none-match', 'if-range',
  'if-unmodified-since', 'last-modified', 'location', 'max-forwards', 'proxy-authorization',
  'range', 'referer', 'retry-after', 'tk', 'upgrade-insecure-requests', 'user-agent',
  'x-content-type-options',
]);

const kConnectionHeaders = new Set([
  'connection', 'upgrade', 'http2-settings', 'te', 'transfer-encoding', 'keep-alive',
  'proxy-connection',
]);

const kValidPseudo = new Set([':status', ':method', ':authority', ':scheme', ':path', ':protocol']);

function assertValidPseudoHeader(key) {
  if (!kValidPseudo.has(key)) throw new codes.ERR_HTTP2_INVALID_PSEUDOHEADER(key);
}

function assertValidPseudoHeaderResponse(key) {
  if (key !== ':status') throw new codes.ERR_HTTP2_INVALID_PSEUDOHEADER(key);
}

function assertValidPseudoHeaderTrailer(key) {
  throw new codes.ERR_HTTP2_INVALID_PSEUDOHEADER(key);
}

const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;

/*
 * A header object (or node's flat raw array [name, value, ...]) as the binding's flat
 * [name, value, neverIndex, ...] list, pseudo-headers first. Throws node's errors for
 * connection-specific headers, bad pseudo-headers and repeated single-value headers.
 */
function mapToHeaders(map, assertPseudo = assertValidPseudoHeader) {
  const pseudo = [];
  const regular = [];
  const sensitive = new Set();
  const singles = new Set();
  const neverIndex = map[sensitiveHeaders];
  if (Array.isArray(neverIndex)) for (const n of neverIndex) sensitive.add(String(n).toLowerCase());
  const add = (rawKey, value) => {
    if (value === undefined) return;
    const key = rawKey.toLowerCase();
    const isArray = Array.isArray(value);
    if (kSingleValueHeaders.has(key)) {
      if ((isArray && value.length > 1) || singles.has(key)) throw new codes.ERR_HTTP2_HEADER_SINGLE_VALUE(key);
      singles.add(key);
    }
    const values = isArray ? value : [value];
    if (key[0] === ':') {
      assertPseudo(key);
      for (const v of values) pseudo.push(key, String(v), sensitive.has(key));
      return;
    }
    // An empty name is dropped (nghttp2 would ignore it on the wire anyway).
    if (key.length === 0) return;
    if (!tokenRegExp.test(key)) throw new codes.ERR_INVALID_HTTP_TOKEN('Header name', key);
    if (kConnectionHeaders.has(key)) {
      if (!(key === 'te' && values.length === 1 && String(values[0]) === 'trailers')) {
        throw new codes.ERR_HTTP2_INVALID_CONNECTION_HEADERS(key);
      }
    }
    for (const v of values) regular.push(key, String(v), sensitive.has(key));
  };
  if (Array.isArray(map)) {
    for (let i = 0; i + 1 < map.length; i += 2) add(String(map[i]), map[i + 1]);
  } else {
    for (const key of Object.keys(map)) add(key, map[key]);
  }
  return pseudo.concat(regular);
}

/*
 * The binding's received list ([name, value, ..., null, neverIndexedName, ...]) as
 * node's header object: null prototype, repeated values joined (cookie with '; ',
 * set-cookie as an array), :status a number, never-indexed names under
 * headers[sensitiveHeaders].
 */
function toHeaderObject(list) {
  const obj = { __proto__: null };
  let i = 0;
  for (; i < list.length && list[i] !== null; i += 2) {
    const name = list[i];
    let value = list[i + 1];
    if (name === ':status') value |= 0;
    const existing = obj[name];
    if (existing === undefined) {
      obj[name] = name === 'set-cookie' ? [value] : value;
    } else if (!kSingleValueHeaders.has(name)) {
      if (name === 'cookie') obj[name] = `${existing}; ${value}`;
      else if (name === 'set-cookie') existing.push(value);
      else obj[name] = `${existing}, ${value}`;
    }
  }
  obj[sensitiveHeaders] = list.slice(i + 1);
  return obj;
}

// The raw [name, value, ...] list node passes as rawHeaders.
function toRawHeaders(list) {
  const raw = [];
  for (let i = 0; i < list.length && list[i] !== null; i++) raw.push(list[i]);
  return raw;
}

module.exports = {
  constants,
  sensitiveHeaders,
  kMaxFrameSize,
  kMaxInt,
  kMaxStreams,
  getDefaultSettings,
  getPackedSettings,
  getUnpackedSettings,
  validateSettings,
  settingsToList,
  settingsFromBinding,
  mapToHeaders,
  toHeaderObject,
  toRawHeaders,
  assertValidPseudoHeader,
  assertValidPseudoHeaderResponse,
  assertValidPseudoHeaderTrailer,
  kSingleValueHeaders,
};
