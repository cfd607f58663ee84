'use strict';
// writeFile / appendFile with { flush: true } sync through the public
// fs.fsyncSync / fs.fsync (so a replacement sees the call and its error reaches
// the caller); without flush they are not called.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = path.join(tmpdir.path, 'f.txt');
const { fsync, fsyncSync } = fs;
const calls = [];
fs.fsyncSync = (...args) => {
  calls.push(['fsyncSync', typeof args[0], args.length]);
  return fsyncSync(...args);
};
fs.fsync = (...args) => {
  calls.push(['fsync', typeof args[0], args.length]);
  return fsync(...args);
};

fs.writeFileSync(file, 'a', { flush: true });
fs.appendFileSync(file, 'b', { flush: true });
fs.writeFileSync(file, 'c', { flush: false });
assert.deepStrictEqual(calls, [['fsyncSync', 'number', 1], ['fsyncSync', 'number', 1]]);

const boom = new Error('boom');
fs.fsyncSync = () => { throw boom; };
assert.throws(() => fs.writeFileSync(file, 'd', { flush: true }), boom);
fs.fsyncSync = fsyncSync;

calls.length = 0;
fs.writeFile(file, 'e', { flush: true }, common.mustSucceed(() => {
  fs.appendFile(file, 'f', { flush: true }, common.mustSucceed(() => {
    assert.deepStrictEqual(calls, [['fsync', 'number', 2], ['fsync', 'number', 2]]);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'ef');
    fs.fsync = (fd, cb) => process.nextTick(cb, boom);
    fs.writeFile(file, 'g', { flush: true }, common.mustCall((err) => {
      assert.strictEqual(err, boom);
      fs.fsync = fsync;
    }));
  }));
}));
