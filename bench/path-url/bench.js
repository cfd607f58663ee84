'use strict';
// Micro-benchmark of node:path and the WHATWG URL parser over a mixed corpus.
//   eddy bench/path-url/bench.js [path|url|legacy|all] [iterations]
// Prints the time per operation; ./run compares whole runs against node.

const path = require('path');
const what = process.argv[2] || 'all';
const iterations = Number(process.argv[3] || 200000);

const paths = [
  ['/usr/lib', 'node_modules', 'pkg', 'index.js'],
  ['a/b', '../c', './d/'],
  ['/', 'x', '..', 'y//z'],
  ['src', 'lib/internal', '../../test/parallel/test-path.js'],
];
const urls = [
  ['https://example.com/a/b?c=d#e'],
  ['http://user:pass@[::1]:8080/p/a/t/h?query=string'],
  ['../relative/path?x=1', 'https://base.example.org/dir/file'],
  ['file:///home/user/some%20file.txt'],
  ['https://bücher.example/straße'],
  ['mailto:someone@example.com'],
  ['HTTP://WWW.EXAMPLE.COM:80/./a/../b/%7Efoo'],
  ['ws://127.1:9000/socket'],
];

function time(name, fn) {
  let sink = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) sink += fn(i);
  const ns = Number(process.hrtime.bigint() - start) / iterations;
  console.log(`${name}: ${ns.toFixed(1)} ns/op (${sink > 0 ? 'ok' : 'empty'})`);
}

if (what === 'path' || what === 'all') {
  time('path.join', (i) => path.join(...paths[i & 3]).length);
  time('path.resolve', (i) => path.resolve('/base', ...paths[i & 3]).length);
  time('path.relative', (i) => path.relative('/a/b/c/d', paths[i & 3][0]).length);
  time('path.dirname+basename+extname', (i) => {
    const p = paths[i & 3][3] || '/x/y.js';
    return path.dirname(p).length + path.basename(p).length + path.extname(p).length;
  });
}
if (what === 'url' || what === 'all') {
  time('new URL', (i) => new URL(...urls[i & 7]).href.length);
  time('URL getters', (i) => {
    const u = new URL(...urls[i & 7]);
    return u.host.length + u.pathname.length + u.search.length;
  });
  time('URLSearchParams', (i) => new URLSearchParams(`a=${i}&b=x+y&c=%20z`).get('c').length);
}
if (what === 'legacy' || what === 'all') {
  const url = require('url');
  process.on('warning', () => {});
  time('url.parse', (i) => url.parse(urls[i & 7][0]).href.length);
}
