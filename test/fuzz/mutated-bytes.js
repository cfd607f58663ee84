'use strict';
// Feeds the byte decoders mutated and truncated copies of valid inputs (compressed
// streams, v8 serializations, DER keys) and random bytes, whole and in 7-byte
// chunks: each must return or throw, and the process live on. From a seed:
//   eddy test/fuzz/mutated-bytes.js SEED INPUTS      (`make fuzz-js` runs it)
const zlib = require('zlib');
const v8 = require('v8');
const crypto = require('crypto');
const { StringDecoder } = require('string_decoder');
const { random, byte, mutate } = require('./seeded').seeded(+process.argv[2] || 1);

const text = (unit, n) => Buffer.from(unit.repeat(n));
const valid = [
  zlib.deflateSync(text('hello world ', 50)), zlib.gzipSync(text('abc', 100)),
  zlib.brotliCompressSync(text('xyz', 100)), zlib.deflateRawSync(text('q', 300)),
  zlib.zstdCompressSync(text('zz', 100)),
  v8.serialize({ a: [1, 2, { b: 'c' }], d: new Map([[1, 2]]), e: new Set([3]), f: Buffer.from('x'),
                 g: new Date(0), h: /x/g, i: 10n, j: new Uint16Array([1, 2]) }),
  v8.serialize([1.5, -0, NaN, null, undefined, true, 'string']),
  crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey
    .export({ type: 'pkcs8', format: 'der' }),
  crypto.generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' }),
];

const decoders = [
  zlib.inflateSync, zlib.gunzipSync, zlib.unzipSync, zlib.inflateRawSync,
  zlib.brotliDecompressSync, zlib.zstdDecompressSync,
  (b) => zlib.inflateSync(b, { finishFlush: zlib.constants.Z_SYNC_FLUSH }),
  v8.deserialize, (b) => new v8.Deserializer(b).readHeader(),
  (b) => structuredClone(v8.deserialize(b)),
  (b) => require('util').inspect(v8.deserialize(b), { showHidden: true, depth: 5 }),
  (b) => crypto.createPrivateKey({ key: b, format: 'der', type: 'pkcs8' }),
  (b) => crypto.createPublicKey({ key: b, format: 'der', type: 'spki' }),
  (b) => crypto.createPrivateKey(b.toString('latin1')), (b) => new crypto.X509Certificate(b),
  (b) => new TextDecoder('utf-16le').decode(b), (b) => new TextDecoder('shift_jis').decode(b),
  (b) => new TextDecoder('utf-8', { fatal: true }).decode(b), (b) => b.toString('ucs2'),
  (b) => Buffer.from(b.toString('latin1'), 'base64'), (b) => new StringDecoder('utf8').write(b),
  (b) => require('querystring').parse(b.toString('latin1')),
  (b) => new URL(b.toString('latin1'), 'http://x/'),
];

const inputs = +process.argv[3] || 20000;
for (let i = 0; i < inputs; i++) {
  const input = random() < 0.2 ?
    Buffer.from(Array.from({ length: Math.floor(random() * 64) }, byte)) :
    mutate(valid[Math.floor(random() * valid.length)]);
  try {
    decoders[Math.floor(random() * decoders.length)](input);
  } catch {
    // Thrown errors are answers.
  }
}
// The streaming decompressors, fed damaged streams seven bytes at a time.
const streams = [zlib.createInflate, zlib.createGunzip, zlib.createUnzip,
                 zlib.createBrotliDecompress, zlib.createZstdDecompress];
let open = 0;
for (let i = 0; i < 200; i++) {
  const z = streams[i % streams.length]();
  open++;
  z.on('error', () => {}).on('data', () => {}).on('close', () => open--);
  const input = mutate(valid[i % 5]);
  for (let at = 0; at < input.length; at += 7) z.write(input.subarray(at, at + 7));
  z.end();
}
setTimeout(() => {
  console.log(`seed ${process.argv[2] || 1}: ${inputs} inputs, ${open} streams left open`);
  process.exitCode = open === 0 ? 0 : 1;
}, 500);
