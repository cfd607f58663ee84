'use strict';
// import.meta.resolve(specifier, parent) (--experimental-import-meta-resolve) with
// parents that are not file: URLs: a relative reference resolves as a URL, a bare
// one from an http: or non-URL parent fails with ERR_INVALID_URL, and from a data:
// parent with ERR_UNSUPPORTED_RESOLVE_REQUEST.
require('../common');
const { run } = require('../common/child');
const assert = require('assert');

const script = `
for (const [specifier, parent] of [
  ['./x.mjs', 'http://example.com/dir/bar.js'],
  ['foo', 'http://example.com/bar.js'],
  ['foo', 'not a url'],
  ['foo', 'data:text/javascript,'],
]) {
  try {
    console.log(import.meta.resolve(specifier, parent));
  } catch (err) {
    console.log(err.code);
  }
}`;
const r = run(['--experimental-import-meta-resolve', '--input-type=module', '-e', script]);
assert.strictEqual(r.stdout, 'http://example.com/dir/x.mjs\nERR_INVALID_URL\nERR_INVALID_URL\n' +
  'ERR_UNSUPPORTED_RESOLVE_REQUEST\n', r.stderr);
