'use strict';
// Without its custom inspector (customInspect: false, as assert's diffs use), a URL
// prints as its href, with any own properties after it; deeper than `depth` it is
// [URL] like any object.
require('../common');
const assert = require('assert');
const util = require('util');

const opts = { customInspect: false };
assert.strictEqual(util.inspect(new URL('http://q/p?x=1#h'), opts), 'http://q/p?x=1#h');
const withExtra = new URL('http://q/');
withExtra.extra = 1;
assert.strictEqual(util.inspect(withExtra, opts), 'http://q/ { extra: 1 }');
assert.strictEqual(util.inspect({ a: withExtra }, { ...opts, depth: 0 }), '{ a: [URL] }');
class MyURL extends URL {}
assert.strictEqual(util.inspect(new MyURL('http://m'), opts), 'http://m/');
// Only real URLs: look-alikes print as objects.
assert.strictEqual(util.inspect({ href: 'http://x', protocol: 'http:' }, opts),
                   "{ href: 'http://x', protocol: 'http:' }");

// assert's diff shows the two hrefs.
assert.throws(() => assert.deepStrictEqual(new URL('http://foo'), new URL('http://bar')), {
  message: 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
    '+ http://foo/\n- http://bar/\n',
});
