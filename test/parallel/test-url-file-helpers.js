'use strict';
// fileURLToPath, pathToFileURL (POSIX and `windows: true`), urlToHttpOptions and
// url.format(URL, options).
require('../common');
const assert = require('assert');
const url = require('url');

let ascii = '';
for (let i = 1; i < 128; i++) ascii += String.fromCharCode(i);
assert.strictEqual(url.pathToFileURL(`/${ascii}é\u{1F600}`).href,
                   'file:///%01%02%03%04%05%06%07%08%09%0A%0B%0C%0D%0E%0F%10%11%12%13%14%15%16%17' +
                   '%18%19%1A%1B%1C%1D%1E%1F%20!%22%23$%25&\'()*+,-./0123456789:;%3C=%3E%3F@ABCDEFGHIJ' +
                   'KLMNOPQRSTUVWXYZ%5B%5C%5D%5E_%60abcdefghijklmnopqrstuvwxyz%7B%7C%7D%7E%7F%C3%A9%F0%9F%98%80');
assert.strictEqual(url.pathToFileURL('/a/b/').href, 'file:///a/b/');
assert.strictEqual(url.pathToFileURL('/a/..').href, 'file:///');
assert.strictEqual(url.pathToFileURL('x').href, `file://${process.cwd()}/x`);
assert.strictEqual(url.pathToFileURL('c:\\a\\', { windows: true }).href, 'file:///c:/a/');
assert.strictEqual(url.pathToFileURL('\\\\?\\C:\\x', { windows: true }).href, 'file:///C:/x');
assert.strictEqual(url.pathToFileURL('\\\\server\\share\\a b%', { windows: true }).href,
                   'file://server/share/a%20b%25');
assert.strictEqual(url.pathToFileURL('\\\\?\\UNC\\server\\share\\x', { windows: true }).href,
                   'file://server/share/x');
assert.throws(() => url.pathToFileURL('\\\\server', { windows: true }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'path' Missing UNC resource path. Received '\\\\\\\\server'",
});
assert.throws(() => url.pathToFileURL('\\\\\\x', { windows: true }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'path' Empty UNC servername. Received '\\\\\\\\\\\\x'",
});
assert.throws(() => url.pathToFileURL(1), { code: 'ERR_INVALID_ARG_TYPE' });

assert.strictEqual(url.fileURLToPath('file:///a%20b%E2%82%AC'), '/a b€');
assert.strictEqual(url.fileURLToPath(new URL('file:///x/y')), '/x/y');
assert.strictEqual(url.fileURLToPath('file://localhost/etc'), '/etc');
assert.strictEqual(url.fileURLToPath('file:///C:/a/b', { windows: true }), 'C:\\a\\b');
assert.strictEqual(url.fileURLToPath('file://srv/s/a%20b', { windows: true }), '\\\\srv\\s\\a b');
assert.strictEqual(url.fileURLToPath('file://xn--fa-hia.de/s', { windows: true }), '\\\\faß.de\\s');
assert.throws(() => url.fileURLToPath('file:///a%2Fb'), {
  code: 'ERR_INVALID_FILE_URL_PATH',
  name: 'TypeError',
  message: 'File URL path must not include encoded / characters',
});
assert.throws(() => url.fileURLToPath('file://host/a'), {
  code: 'ERR_INVALID_FILE_URL_HOST',
  message: `File URL host must be "localhost" or empty on ${process.platform}`,
});
assert.throws(() => url.fileURLToPath('http://x/'), {
  code: 'ERR_INVALID_URL_SCHEME',
  message: 'The URL must be of scheme file',
});
assert.throws(() => url.fileURLToPath(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string or an instance of URL. Received type number (5)',
});
assert.throws(() => url.fileURLToPath('file:///C:/a%5Cb', { windows: true }), {
  message: 'File URL path must not include encoded \\ or / characters',
});
assert.throws(() => url.fileURLToPath('file:///a/b', { windows: true }), {
  message: 'File URL path must be absolute',
});
assert.throws(() => url.fileURLToPath('file:///a%ZZ'), URIError);

const opts = url.urlToHttpOptions(new URL('https://a:b@[::1]:99/p?q#h'));
assert.strictEqual(Object.getPrototypeOf(opts), null);
assert.deepStrictEqual({ ...opts }, {
  protocol: 'https:', hostname: '::1', hash: '#h', search: '?q', pathname: '/p', path: '/p?q',
  href: 'https://a:b@[::1]:99/p?q#h', port: 99, auth: 'a:b',
});

const w = new URL('http://usér:pw@xn--fa-hia.de:81/p?q=1#h');
assert.strictEqual(url.format(w), 'http://us%C3%A9r:pw@xn--fa-hia.de:81/p?q=1#h');
assert.strictEqual(url.format(w, { unicode: true, auth: false, search: false, fragment: false }),
                   'http://faß.de:81/p');
assert.strictEqual(url.format(new URL('http://a/?#')), 'http://a/?#');
assert.throws(() => url.format(w, 5), { code: 'ERR_INVALID_ARG_TYPE' });

assert.strictEqual(url.domainToASCII('español.com'), 'xn--espaol-zwa.com');
assert.strictEqual(url.domainToASCII('xn--iñvalid.com'), '');
assert.strictEqual(url.domainToUnicode('xn--espaol-zwa.com'), 'español.com');
assert.strictEqual(url.domainToUnicode('xn--iñvalid.com'), '');
assert.throws(() => url.domainToASCII(), { code: 'ERR_MISSING_ARGS' });
assert.deepStrictEqual(Object.keys(url), ['Url', 'parse', 'resolve', 'resolveObject', 'format', 'URL',
  'URLPattern', 'URLSearchParams', 'domainToASCII', 'domainToUnicode', 'pathToFileURL',
  'fileURLToPath', 'fileURLToPathBuffer', 'urlToHttpOptions']);

assert.throws(() => url.fileURLToPath('file:///a%2F/'), (err) => {
  assert.deepStrictEqual(Object.keys(err), ['code', 'input']);
  assert(err.input instanceof URL);
  assert.strictEqual(err.input.href, 'file:///a%2F/');
  return true;
});
assert.throws(() => url.urlToHttpOptions('http://127.0.0.1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "url" argument must be of type object. Received type string (\'http://127.0.0.1\')',
});

const buf = url.fileURLToPathBuffer('file:///a%20b');
assert(Buffer.isBuffer(buf));
assert.strictEqual(buf.toString(), '/a b');
// Escapes become raw bytes; encoded separators are allowed.
assert.deepStrictEqual([...url.fileURLToPathBuffer('file:///%FF')], [47, 255]);
assert.deepStrictEqual([...url.fileURLToPathBuffer('file:///a%2Fb')], [47, 97, 47, 98]);
assert.deepStrictEqual([...url.fileURLToPathBuffer('file:///C:/a%5Cb%2Fc', { windows: true })],
                       [67, 58, 92, 97, 92, 98, 47, 99]);
assert.deepStrictEqual([...url.fileURLToPathBuffer('file://srv/s/%FF', { windows: true })],
                       [92, 92, 115, 114, 118, 92, 115, 92, 255]);
assert.throws(() => url.fileURLToPathBuffer('file:///a', { windows: true }), { code: 'ERR_INVALID_FILE_URL_PATH' });
assert.throws(() => url.fileURLToPathBuffer('file://host/x'), { code: 'ERR_INVALID_FILE_URL_HOST' });
