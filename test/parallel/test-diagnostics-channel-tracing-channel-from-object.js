'use strict';
// tracingChannel({ start, end, asyncStart, asyncEnd, error }) takes existing
// channels, and rejects a missing or non-Channel member as node does.
require('../common');
const assert = require('node:assert');
const dc = require('node:diagnostics_channel');

const channels = {};
for (const event of ['start', 'end', 'asyncStart', 'asyncEnd', 'error']) {
  channels[event] = dc.channel(`custom:${event}`);
}
const tc = dc.tracingChannel(channels);
assert.strictEqual(tc.start, channels.start);
assert.strictEqual(tc.error.name, 'custom:error');

assert.throws(() => dc.tracingChannel({}), {
  name: 'TypeError', message: 'Cannot convert undefined or null to object',
});
assert.throws(() => dc.tracingChannel({ ...channels, asyncEnd: undefined }), {
  name: 'TypeError', message: 'Cannot convert undefined or null to object',
});
assert.throws(() => dc.tracingChannel({ start: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "nameOrChannels.start" property must be an instance of Channel. Received type string (\'x\')',
});
assert.throws(() => dc.tracingChannel(0), { code: 'ERR_INVALID_ARG_TYPE' });
