'use strict';
// Certificate (SPKAC): verify, challenge and public key of a signed public key and
// challenge made with `openssl spkac -challenge hello`; malformed input gives false
// and empty buffers.
require('../common');
const assert = require('assert');
const { Certificate } = require('crypto');

const spkac = Buffer.from('MIIBPzCBqTCBnzANBgkqhkiG9w0BAQEFAAOBjQAwgYkCgYEAyThvqXeWY8MSupULc3eoyRpneHcBLjX/jrvtAe3Su/v7BPu6Acig81hyeXWiXpHgtmFDJ9k25vIalJbcdYTmv4NTnuaSuBk0iaKVzWM6RmuvvTi612X/gnzouctN5puMBImT/fLY1NjNcl9TtFLkAjZ75Mhc2Aok+htYy502uq0CAwEAARYFaGVsbG8wDQYJKoZIhvcNAQEEBQADgYEAWFp0FTASvKKLaVN5n3jkfQmv/x2j8pmiFIKs/1EocQFODpfTkeqDXNrIHYmX4MN0ZiyhR2XcaKINWPY7x7NAHFpo+uZmzjai6t1rO3P5tfC8m7/ddxnudpz2rpNmhGOS5D3ydu/u48AanCAEt9q2+/4Ux3UhHcWx6WEnR3vxNg0=\n');
assert.strictEqual(Certificate.verifySpkac(spkac), true);
assert.strictEqual(Certificate.exportChallenge(spkac).toString(), 'hello');
assert.match(Certificate.exportPublicKey(spkac).toString(), /^-----BEGIN PUBLIC KEY-----\n/);
assert.strictEqual(new Certificate().verifySpkac(spkac.toString()), true);
// eslint-disable-next-line new-cap
assert.strictEqual(Certificate().exportChallenge(spkac).toString(), 'hello');
const tampered = Buffer.from(spkac);
tampered[40] = tampered[40] === 0x41 ? 0x42 : 0x41;
assert.strictEqual(Certificate.verifySpkac(tampered), false);
assert.strictEqual(Certificate.verifySpkac(Buffer.from('garbage')), false);
assert.strictEqual(Certificate.exportChallenge('garbage').length, 0);
assert.strictEqual(Certificate.exportPublicKey('garbage').length, 0);
assert.throws(() => Certificate.verifySpkac(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "spkac" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView. Received type number (1)',
});
