'use strict';
// writeEarlyHints checks each Link value's format, and sends nothing for an empty link.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const message = 'The argument \'hints\' must be an array or string of format ' +
  '"</styles.css>; rel=preload; as=style". Received ';
const server = http.createServer(common.mustCall((req, res) => {
  for (const [link, shown] of [['</>; ', "'</>; '"], ['rel=preload; </a.js>', "'rel=preload; </a.js>'"],
                               ['plain', "'plain'"], [5, '5'], [['</a>', 'x'], "'x'"], ['', "''"]]) {
    assert.throws(() => res.writeEarlyHints({ link }), { code: 'ERR_INVALID_ARG_VALUE', message: message + shown });
  }
  res.writeEarlyHints({ link: [] });
  res.writeEarlyHints({});
  res.writeEarlyHints({ link: ['</a.css>; rel=preload; as="style"', '</b.js>;rel=preload'], 'x-id': '7' });
  res.end('done');
}));
server.listen(0, common.mustCall(() => {
  const req = http.get({ port: server.address().port });
  req.on('information', common.mustCall((info) => {
    assert.strictEqual(info.statusCode, 103);
    assert.deepStrictEqual(info.rawHeaders,
                           ['Link', '</a.css>; rel=preload; as="style", </b.js>;rel=preload', 'x-id', '7']);
  }));
  req.on('response', common.mustCall((res) => {
    res.resume();
    res.on('end', () => server.close());
  }));
}));
