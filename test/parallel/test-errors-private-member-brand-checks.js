'use strict';
// The accessors of EventEmitterAsyncResource, TextEncoderStream and
// TextDecoderStream read from an object that is not theirs throw V8's TypeError for
// a missing private member, and the stack starts at the getter.
require('../common');
const assert = require('assert');
const { EventEmitterAsyncResource } = require('events');

const cases = [
  [EventEmitterAsyncResource, ['asyncId', 'triggerAsyncId', 'asyncResource'], '#asyncResource'],
  [TextEncoderStream, ['encoding'], '#handle'],
  [TextEncoderStream, ['readable', 'writable'], '#transform'],
  [TextDecoderStream, ['encoding', 'fatal', 'ignoreBOM'], '#handle'],
  [TextDecoderStream, ['readable', 'writable'], '#transform'],
];
for (const [Class, getters, member] of cases) {
  for (const getter of getters) {
    assert.throws(() => Reflect.get(Class.prototype, getter, {}), {
      name: 'TypeError',
      message: `Cannot read private member ${member} from an object whose class did not declare it`,
      stack: new RegExp(`\\n {4}at get ${getter} \\(`),
    });
  }
}
assert.throws(() => EventEmitterAsyncResource.prototype.emit('x'), {
  name: 'TypeError',
  message: /^Cannot read private member #asyncResource /,
});

// Their own instances answer.
const emitter = new EventEmitterAsyncResource({ name: 'x' });
assert.strictEqual(typeof emitter.asyncId, 'number');
assert.strictEqual(new TextDecoderStream('latin1').encoding, 'windows-1252');
assert.strictEqual(new TextEncoderStream().encoding, 'utf-8');
