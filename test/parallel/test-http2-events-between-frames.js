'use strict';
// The frames of one read reach the application as node delivers them: one callback per
// event, and after each the ticks and promise jobs it queued run before the next
// event. So a promise resolved on 'end' has settled before 'close' (a handler that
// rejects on 'close' does not win), and 'response', 'data', 'end' and 'close' are each
// followed by their own ticks and jobs. Immediates come after the read.
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');

const server = http2.createServer();
server.on('stream', (stream) => {
  stream.respond({ ':status': 200 });
  stream.end('body');
});

server.listen(0, common.mustCall(() => {
  const session = http2.connect(`http://127.0.0.1:${server.address().port}`);
  const log = [];
  const req = session.request({ ':path': '/' });
  req.on('response', common.mustCall(() => {
    log.push('response');
    queueMicrotask(() => log.push('job@response'));
  }));
  req.on('data', common.mustCall(() => {
    log.push('data');
    queueMicrotask(() => log.push('job@data'));
    process.nextTick(() => log.push('tick@data'));
    setImmediate(() => log.push('immediate@data'));
  }));
  const ended = new Promise((resolve) => req.on('end', () => {
    log.push('end');
    queueMicrotask(() => log.push('job@end'));
    process.nextTick(() => log.push('tick@end'));
    resolve('ended');
  }));
  const closed = new Promise((resolve, reject) => req.on('close', () => {
    log.push('close');
    reject(new Error('closed before the end was seen'));
  }));
  Promise.race([ended, closed]).then(common.mustCall((value) => {
    assert.strictEqual(value, 'ended');
  }));
  closed.catch(() => {});
  req.end();
  session.on('close', common.mustCall(() => {
    assert.deepStrictEqual(log, [
      'response', 'job@response', 'data', 'tick@data', 'job@data', 'end', 'tick@end', 'job@end',
      'close', 'immediate@data',
    ]);
    server.close();
  }));
  req.on('close', () => session.close());
}));
