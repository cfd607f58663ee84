'use strict';
// util.MIMEType / util.MIMEParams parse and serialize as the WHATWG MIME standard says.
require('../common');
const assert = require('assert');
const { MIMEType, MIMEParams, inspect } = require('util');

const m = new MIMEType(' Text/HTML ; Charset="utf-8" ; x="a\\"b"; empty=; y=z w ;q');
assert.strictEqual(String(m), 'text/html;charset=utf-8;x="a\\"b";y="z w"');
assert.strictEqual(m.essence, 'text/html');
assert.strictEqual(m.type, 'text');
assert.strictEqual(m.subtype, 'html');
assert.deepStrictEqual([...m.params], [['charset', 'utf-8'], ['x', 'a"b'], ['y', 'z w']]);
assert.strictEqual(JSON.stringify(m), '"text/html;charset=utf-8;x=\\"a\\\\\\"b\\";y=\\"z w\\""');
assert.strictEqual(inspect(m), 'MIMEType {}');
assert.strictEqual(m.params.get('missing'), null);
m.type = 'APPLICATION';
m.params.set('charset', 'ascii');
m.params.delete('x');
assert.strictEqual(`${m}`, 'application/html;charset=ascii;y="z w"');
assert.strictEqual(String(new MIMEType('a/b;C=1;c=2')), 'a/b;c=1');
assert.strictEqual(String(new MIMEType('a/b;c="unterminated')), 'a/b;c=unterminated');

const bad = [
  ['', 'The MIME syntax for a type in "" is invalid'],
  ['text', 'The MIME syntax for a type in "text" is invalid'],
  ['text/', 'The MIME syntax for a subtype in "text/" is invalid'],
  ['te xt/html', 'The MIME syntax for a type in "te xt/html" is invalid at 2'],
  ['text/ht ml', 'The MIME syntax for a subtype in "text/ht ml" is invalid at 2'],
];
for (const [input, message] of bad) {
  assert.throws(() => new MIMEType(input), { code: 'ERR_INVALID_MIME_SYNTAX', name: 'TypeError', message });
}
const p = new MIMEParams();
p.set('a', 'b c');
p.set('k', '');
assert.strictEqual(p.toString(), 'a="b c";k=""');
assert.strictEqual(p.has('a'), true);
assert.throws(() => p.set('a b', 'x'), { message: 'The MIME syntax for a parameter name in "a b" is invalid at 1' });
assert.throws(() => p.set('a', '\u0100'), { message: 'The MIME syntax for a parameter value in "\u0100" is invalid at 0' });
assert.throws(() => { m.subtype = ''; }, { message: 'The MIME syntax for a subtype in "" is invalid' });
