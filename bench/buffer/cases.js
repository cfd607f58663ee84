'use strict';
// Buffer micro-benchmarks, one case per run: `cases.js NAME` runs it for a fixed
// amount of work and prints the time spent in the loop (start-up excluded).
// Run by ./run under eddy and node side by side.

const name = process.argv[2];
const KB = 1024;
const MB = 1024 * 1024;

// Mixed text: mostly ASCII with some two- and three-byte characters, as real text is.
function text(size) {
  const unit = 'The quick brown fox jumps over the lazy dog. Größe €5 ';
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}
function ascii(size) {
  return 'abcdefghijklmnopqrstuvwxyz0123456789'.repeat(Math.ceil(size / 36)).slice(0, size);
}

const cases = {};
// Each case builds its input only when it is the one run.
for (const [label, size, iters] of [['1k', KB, 200000], ['1m', MB, 200]]) {
  const t = () => text(size);
  const a = () => ascii(size);
  cases[`from-utf8-${label}`] = () => { const s = t(); return [iters, () => Buffer.from(s, 'utf8')]; };
  cases[`from-latin1-${label}`] = () => { const s = a(); return [iters, () => Buffer.from(s, 'latin1')]; };
  cases[`from-base64-${label}`] = () => {
    const s = Buffer.from(t()).toString('base64');
    return [iters, () => Buffer.from(s, 'base64')];
  };
  cases[`from-hex-${label}`] = () => {
    const s = Buffer.from(t()).toString('hex');
    return [iters / 2, () => Buffer.from(s, 'hex')];
  };
  for (const enc of ['utf8', 'latin1', 'base64', 'hex']) {
    cases[`tostring-${enc}-${label}`] = () => {
      const b = enc === 'latin1' ? Buffer.from(a(), 'latin1') : Buffer.from(t());
      return [enc === 'hex' ? iters / 2 : iters, () => b.toString(enc)];
    };
  }
}
cases['indexof-10m'] = () => {
  const hay = Buffer.alloc(10 * MB, 'abcdefgh');
  hay.write('needle-in-the-haystack', hay.length - 100);
  return [50, () => [hay.indexOf('needle-in-the-haystack')]];
};
cases['concat-1000'] = () => {
  const pieces = Array.from({ length: 1000 }, (_, i) => Buffer.alloc(64 + (i % 64), i & 255));
  return [5000, () => Buffer.concat(pieces)];
};
cases['textdecoder-1m'] = () => {
  const dec = new TextDecoder();
  const mb = Buffer.from(text(MB));
  return [200, () => dec.decode(mb)];
};
cases['textencoder-1m'] = () => {
  const enc = new TextEncoder();
  const s = text(MB);
  return [200, () => enc.encode(s)];
};

if (!cases[name]) {
  console.log(Object.keys(cases).join('\n'));
  process.exit(name ? 1 : 0);
}
const [iters, fn] = cases[name]();
let sink = 0;
for (let i = 0; i < Math.min(iters, 10); i++) sink += fn().length;
const start = Date.now();
for (let i = 0; i < iters; i++) sink += fn().length;
console.log(`${name} ${Date.now() - start} ms ${sink > 0 ? '' : '!'}`);
