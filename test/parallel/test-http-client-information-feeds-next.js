'use strict';
// A client's 'information' handler that feeds the connection the final response at
// once parses it from inside the parse of the interim one: both arrive, in order,
// and the final response's headers and body are whole.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { Duplex } = require('stream');

let conn;
const req = http.request('http://127.0.0.1:9/', {
  createConnection() {
    conn = new Duplex({
      read() {},
      write(chunk, encoding, cb) {
        if (String(chunk).includes('\r\n\r\n')) this.push('HTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n');
        cb();
      },
    });
    return conn;
  },
});

req.on('information', common.mustCall((info) => {
  assert.strictEqual(info.statusCode, 103);
  assert.strictEqual(info.headers.link, '</a.css>');
  conn.push('HTTP/1.1 200 OK\r\nX-Final: yes\r\nContent-Length: 5\r\n\r\nhello');
  conn.push(null);
}));

req.on('response', common.mustCall((res) => {
  assert.strictEqual(res.statusCode, 200);
  assert.strictEqual(res.headers['x-final'], 'yes');
  let body = '';
  res.setEncoding('utf8');
  res.on('data', (d) => { body += d; });
  res.on('end', common.mustCall(() => assert.strictEqual(body, 'hello')));
}));

req.end();
