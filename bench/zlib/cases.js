'use strict';
// bench/zlib cases: `cases.js` lists them, `cases.js NAME DIR` runs one over the inputs
// in DIR, which `cases.js make DIR MB BROTLI_MB` writes (run by ./run under node, so
// both runtimes read the same bytes):
//   log.txt        MB MiB of JSON log lines: repeated in shape, varied in content
//                  (ids, times, paths), so it compresses like real logs (about 6x)
//   log.txt.gz     log.txt gzipped with zlib's defaults
//   small.txt      BROTLI_MB MiB from the start of log.txt
//   small.txt.br   small.txt through brotli with node's defaults (quality 11)
//   packed.bin     100k deflated ~100-byte records, each after its 2-byte length
const fs = require('fs');
const zlib = require('zlib');
const { pipeline } = require('stream');

const [, , kind, dir] = process.argv;

// A deterministic generator (xorshift32), so every run and runtime sees the same data.
function makeLog(bytes) {
  let s = 2463534242;
  const rand = (n) => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) % n;
  };
  const levels = ['info', 'info', 'info', 'debug', 'warn', 'error'];
  const methods = ['GET', 'GET', 'GET', 'POST', 'PUT', 'DELETE'];
  const routes = ['/api/v1/items/', '/api/v1/users/', '/api/v2/orders/', '/static/img/', '/api/v1/health?probe='];
  const agents = ['Mozilla/5.0 (X11; Linux x86_64)', 'curl/8.5.0', 'okhttp/4.12.0',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1)', 'python-requests/2.31'];
  const out = Buffer.allocUnsafe(bytes);
  let off = 0;
  let t = Date.UTC(2026, 10, 26, 12);
  while (off < bytes) {
    t += rand(250);
    const line = JSON.stringify({
      time: new Date(t).toISOString(),
      level: levels[rand(levels.length)],
      req: rand(0xffffffff).toString(16).padStart(8, '0'),
      method: methods[rand(methods.length)],
      path: routes[rand(routes.length)] + rand(100000),
      status: [200, 200, 200, 201, 204, 304, 404, 500][rand(8)],
      ms: rand(2000) / 10,
      bytes: rand(65536),
      agent: agents[rand(agents.length)],
    }) + '\n';
    off += out.write(line, off);
  }
  return out;
}

function make(dir, mb, brotliMb) {
  const log = makeLog(mb << 20);
  fs.writeFileSync(`${dir}/log.txt`, log);
  fs.writeFileSync(`${dir}/log.txt.gz`, zlib.gzipSync(log));
  if (brotliMb > 0) {
    const small = log.subarray(0, brotliMb << 20);
    fs.writeFileSync(`${dir}/small.txt`, small);
    fs.writeFileSync(`${dir}/small.txt.br`, zlib.brotliCompressSync(small));
  }
  const packed = [];
  for (const b of smallInputs(100000)) {
    const d = zlib.deflateSync(b);
    const len = Buffer.alloc(2);
    len.writeUInt16LE(d.length);
    packed.push(len, d);
  }
  fs.writeFileSync(`${dir}/packed.bin`, Buffer.concat(packed));
}

function check(err) {
  if (err) throw err;
}

// About 100 bytes each, all different (the counter and its position vary).
function smallInputs(n) {
  const inputs = [];
  for (let i = 0; i < n; i++) {
    inputs.push(Buffer.from(`{"id":${i},"user":"u${i % 977}","op":"update","fields":["name","email"],"ok":true,"n":${i * 7}}`));
  }
  return inputs;
}

const cases = {
  // Streams: file -> transform -> file, through stream.pipeline.
  'gzip-stream'() {
    pipeline(fs.createReadStream(`${dir}/log.txt`), zlib.createGzip(),
             fs.createWriteStream(`${dir}/out.gz`), check);
  },
  'gunzip-stream'() {
    pipeline(fs.createReadStream(`${dir}/log.txt.gz`), zlib.createGunzip(),
             fs.createWriteStream(`${dir}/out.txt`), check);
  },
  // The callback one-shots over a buffer read first (in both columns).
  'gzip-cb'() {
    zlib.gzip(fs.readFileSync(`${dir}/log.txt`), (err, out) => {
      check(err);
      if (out.length === 0) throw new Error('no output');
    });
  },
  'gunzip-cb'() {
    zlib.gunzip(fs.readFileSync(`${dir}/log.txt.gz`), (err, out) => {
      check(err);
      if (out.length !== fs.statSync(`${dir}/log.txt`).size) throw new Error('short output');
    });
  },
  // brotli with node's defaults (quality 11, window 22) on both sides.
  'brotli-cb'() {
    zlib.brotliCompress(fs.readFileSync(`${dir}/small.txt`), (err, out) => {
      check(err);
      if (out.length === 0) throw new Error('no output');
    });
  },
  'unbrotli-cb'() {
    zlib.brotliDecompress(fs.readFileSync(`${dir}/small.txt.br`), (err, out) => {
      check(err);
      if (out.length !== fs.statSync(`${dir}/small.txt`).size) throw new Error('short output');
    });
  },
  'brotli-stream'() {
    pipeline(fs.createReadStream(`${dir}/small.txt`), zlib.createBrotliCompress(),
             fs.createWriteStream(`${dir}/out.br`), check);
  },
  'unbrotli-stream'() {
    pipeline(fs.createReadStream(`${dir}/small.txt.br`), zlib.createBrotliDecompress(),
             fs.createWriteStream(`${dir}/out.txt`), check);
  },
  // 100k synchronous one-shots of ~100 bytes: the per-call cost.
  'deflateSync-100k'() {
    let total = 0;
    for (const b of smallInputs(100000)) total += zlib.deflateSync(b).length;
    if (total === 0) throw new Error('no output');
  },
  'inflateSync-100k'() {
    const packed = fs.readFileSync(`${dir}/packed.bin`);
    let total = 0;
    for (let off = 0; off < packed.length;) {
      const len = packed.readUInt16LE(off);
      total += zlib.inflateSync(packed.subarray(off + 2, off + 2 + len)).length;
      off += 2 + len;
    }
    if (total === 0) throw new Error('no output');
  },
};

if (kind === undefined) {
  for (const name of Object.keys(cases)) console.log(name);
} else if (kind === 'make') {
  make(dir, +process.argv[4], +process.argv[5]);
} else {
  cases[kind]();
}
