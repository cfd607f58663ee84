'use strict';
// fs.Utf8Stream: argument errors, a destroyed stream, and write failures that keep
// their data (a busy error is retried; another error is emitted and the bytes go
// out with the next write).
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { Utf8Stream } = fs;

tmpdir.refresh();
let counter = 0;
const tmpFile = () => path.join(tmpdir.path, `utf8stream-${counter++}.log`);

assert.throws(() => new Utf8Stream(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fd" argument must be one of type number or string. Received undefined',
});
assert.throws(() => new Utf8Stream({ dest: tmpFile(), minLength: 16384 }), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'RangeError',
  message: "The argument 'minLength' should be smaller than maxWrite (16384). Received 16384",
});
assert.throws(() => new Utf8Stream({ dest: tmpFile(), contentMode: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.contentMode' must be one of: 'buffer', 'utf8'. Received 'x'",
});
assert.throws(() => new Utf8Stream({ dest: tmpFile(), sync: 'yes' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new Utf8Stream({ dest: tmpFile(), minLength: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => new Utf8Stream({ dest: path.join(tmpdir.path, 'no', 'such', 'dir', 'f'), sync: true }),
              { code: 'ENOENT' });

{
  const fd = fs.openSync(tmpFile(), 'w');
  const stream = new Utf8Stream({ fd, sync: true });
  assert.throws(() => stream.write(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "data" argument must be of type string. Received type number (5)',
  });
  assert.throws(() => stream.reopen(), {
    code: 'ERR_OPERATION_FAILED',
    message: 'Operation failed: Unable to reopen a file descriptor, you must pass a file to SonicBoom',
  });
  assert.throws(() => stream.flush(5), { code: 'ERR_INVALID_ARG_TYPE' });
  stream.on('finish', common.mustNotCall());
  stream.on('close', common.mustCall());
  stream.destroy();
  stream.destroy();
  const destroyed = { code: 'ERR_INVALID_STATE', message: 'Invalid state: Utf8Stream is destroyed' };
  assert.throws(() => stream.write('x'), destroyed);
  assert.throws(() => stream.end(), destroyed);
  assert.throws(() => stream.flushSync(), destroyed);
  stream.flush(common.mustCall((err) => assert.strictEqual(err.code, 'ERR_INVALID_STATE')));
}

for (const sync of [false, true]) {
  // EAGAIN: retried after a pause, nothing lost, no 'error'.
  {
    const dest = tmpFile();
    const fd = fs.openSync(dest, 'w');
    let fail = true;
    const busy = Object.assign(new Error('EAGAIN'), { code: 'EAGAIN' });
    const mock = sync ? {
      writeSync: common.mustCall((...args) => {
        if (fail) { fail = false; throw busy; }
        return fs.writeSync(...args);
      }, 3),
    } : {
      write: common.mustCall((...args) => {
        if (fail) { fail = false; process.nextTick(args.at(-1), busy); return; }
        fs.write(...args);
      }, 3),
    };
    const stream = new Utf8Stream({ fd, sync, fs: mock });
    stream.on('error', common.mustNotCall());
    stream.write('one\n');
    stream.write('two\n');
    stream.end();
    stream.on('finish', common.mustCall(() => assert.strictEqual(fs.readFileSync(dest, 'utf8'), 'one\ntwo\n')));
  }

  // Another error: emitted; the bytes stay queued and go out with the next write.
  {
    const dest = tmpFile();
    const fd = fs.openSync(dest, 'w');
    let fail = true;
    const broken = new Error('broken');
    const mock = sync ? {
      writeSync: (...args) => {
        if (fail) throw broken;
        return fs.writeSync(...args);
      },
    } : {
      write: (...args) => {
        if (fail) { process.nextTick(args.at(-1), broken); return; }
        fs.write(...args);
      },
    };
    const stream = new Utf8Stream({ fd, sync, fs: mock });
    stream.on('error', common.mustCall((err) => {
      assert.strictEqual(err, broken);
      setImmediate(() => {
        fail = false;
        stream.write('kept\n');
        stream.end();
      });
    }));
    stream.write('first\n');
    stream.on('finish', common.mustCall(() => {
      assert.strictEqual(fs.readFileSync(dest, 'utf8'), 'first\nkept\n');
    }));
  }
}
