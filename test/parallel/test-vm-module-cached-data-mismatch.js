// Flags: --experimental-vm-modules
'use strict';
// A module's cached data is accepted for its own source and rejected for another
// (one of another length: V8 tells sources apart by length).
require('../common');
const assert = require('assert');
const { SourceTextModule } = require('vm');

const cachedData = new SourceTextModule('export const a = 1;').createCachedData();
assert.ok(cachedData instanceof Uint8Array);
new SourceTextModule('export const a = 1;', { cachedData });
assert.throws(() => new SourceTextModule('export const bb = 22;', { cachedData }), {
  code: 'ERR_VM_MODULE_CACHED_DATA_REJECTED',
  message: 'cachedData buffer was rejected',
});
