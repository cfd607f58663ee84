'use strict';
// http2's settings helpers and constants, checked against node 24's output.
require('../common');
const assert = require('assert');
const http2 = require('http2');

assert.deepStrictEqual(Object.keys(http2), [
  'connect', 'constants', 'createServer', 'createSecureServer', 'getDefaultSettings',
  'getPackedSettings', 'getUnpackedSettings', 'performServerHandshake', 'sensitiveHeaders',
  'Http2ServerRequest', 'Http2ServerResponse',
]);
assert.strictEqual(require('node:http2'), http2);
assert.strictEqual(typeof http2.sensitiveHeaders, 'symbol');
assert.strictEqual(http2.sensitiveHeaders.toString(), 'Symbol(sensitiveHeaders)');

const { constants } = http2;
assert.strictEqual(Object.keys(constants).length, 240);
assert.strictEqual(constants.NGHTTP2_ERR_FRAME_SIZE_ERROR, -522);
assert.strictEqual(constants.NGHTTP2_STREAM_STATE_CLOSED, 7);
assert.strictEqual(constants.NGHTTP2_HTTP_1_1_REQUIRED, 13);
assert.strictEqual(constants.NGHTTP2_SETTINGS_ENABLE_CONNECT_PROTOCOL, 8);
assert.strictEqual(constants.MAX_INITIAL_WINDOW_SIZE, 2147483647);
assert.strictEqual(constants.HTTP2_HEADER_WWW_AUTHENTICATE, 'www-authenticate');
assert.strictEqual(constants.HTTP2_METHOD_VERSION_CONTROL, 'VERSION-CONTROL');
assert.strictEqual(constants.HTTP_STATUS_TEAPOT, 418);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(constants, 'NGHTTP2_CANCEL'),
                       { value: 8, writable: false, enumerable: true, configurable: false });
const keys = Object.keys(constants);
assert.strictEqual(keys[0], 'NGHTTP2_ERR_FRAME_SIZE_ERROR');
assert.strictEqual(keys[keys.length - 1], 'HTTP_STATUS_NETWORK_AUTHENTICATION_REQUIRED');

assert.deepStrictEqual(http2.getDefaultSettings(), {
  __proto__: null,
  headerTableSize: 4096,
  enablePush: true,
  initialWindowSize: 65535,
  maxFrameSize: 16384,
  maxConcurrentStreams: 4294967295,
  maxHeaderSize: 65535,
  maxHeaderListSize: 65535,
  enableConnectProtocol: false,
});

assert.strictEqual(http2.getPackedSettings(http2.getDefaultSettings()).toString('hex'),
                   '0001000010000002000000010003ffffffff00040000ffff000500004000' +
                   '00060000ffff000800000000');
assert.strictEqual(http2.getPackedSettings({ customSettings: { 20: 5, 10: 3 } }).toString('hex'),
                   '000a00000003001400000005');
assert.strictEqual(http2.getPackedSettings().length, 0);
assert.strictEqual(http2.getPackedSettings({ initialWindowSize: 2 ** 31 }), undefined);

assert.throws(() => http2.getPackedSettings({ maxFrameSize: 16383 }), {
  code: 'ERR_HTTP2_INVALID_SETTING_VALUE',
  name: 'RangeError',
  message: 'Invalid value for setting "maxFrameSize": 16383',
});
assert.throws(() => http2.getPackedSettings({ enablePush: 1 }), {
  code: 'ERR_HTTP2_INVALID_SETTING_VALUE',
  name: 'TypeError',
  message: 'Invalid value for setting "enablePush": 1',
});
assert.throws(() => http2.getPackedSettings({ customSettings: { '-1': 5 } }), {
  code: 'ERR_HTTP2_INVALID_SETTING_VALUE',
  message: 'Invalid value for setting "customSettings:id": -1',
});
assert.throws(() => http2.getPackedSettings(null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "settings" argument must be of type object. Received null',
});

const unpacked = http2.getUnpackedSettings(
  Buffer.from('000900000005000100000007000600000001', 'hex'));
assert.deepStrictEqual(unpacked, {
  customSettings: { 9: 5 },
  headerTableSize: 7,
  maxHeaderSize: 1,
  maxHeaderListSize: 1,
});
assert.throws(() => http2.getUnpackedSettings(Buffer.alloc(5)), {
  code: 'ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH',
  name: 'RangeError',
  message: 'Packed settings length must be a multiple of six',
});
assert.throws(() => http2.getUnpackedSettings(new ArrayBuffer(6)), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf" argument must be an instance of Buffer or TypedArray. ' +
    'Received an instance of ArrayBuffer',
});
assert.throws(() => http2.getUnpackedSettings(Buffer.from('000500000000', 'hex'), { validate: true }), {
  code: 'ERR_HTTP2_INVALID_SETTING_VALUE',
  message: 'Invalid value for setting "maxFrameSize": 0',
});
