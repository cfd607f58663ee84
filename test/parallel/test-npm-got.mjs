// got from npm (ESM-only; through http2-wrapper it loads node:http2 and takes the
// JSStreamSocket constructor from a TLS socket's handle): GET with a query and JSON
// back, a JSON POST, and an HTTPError for a 404. `make esm-packages` installs it;
// without it the test is skipped.
import common from '../common/index.js';
import assert from 'node:assert';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const dir = path.join(import.meta.dirname, '..', 'fixtures', 'esm-packages');
const installed = fs.existsSync(path.join(dir, 'node_modules', 'got', 'package.json'));

if (!installed) {
  common.skip('run `make esm-packages` to install the npm fixtures');
} else {
  const { default: got } = await import(path.join(dir, 'node_modules', 'got', 'dist', 'source', 'index.js'));
  const server = http.createServer((req, res) => {
    if (req.url === '/missing') {
      res.statusCode = 404;
      res.end('no');
      return;
    }
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ method: req.method, url: req.url, body }));
    });
  });
  server.listen(0, '127.0.0.1', common.mustCall(async () => {
    const base = `http://127.0.0.1:${server.address().port}`;
    assert.deepStrictEqual(await got(`${base}/x?y=1`).json(), { method: 'GET', url: '/x?y=1', body: '' });
    assert.deepStrictEqual(await got.post(`${base}/p`, { json: { q: 1 } }).json(),
                           { method: 'POST', url: '/p', body: '{"q":1}' });
    await assert.rejects(got(`${base}/missing`, { retry: { limit: 0 } }), { name: 'HTTPError' });
    server.close();
  }));
}
