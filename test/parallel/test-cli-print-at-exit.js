'use strict';
// -p prints its value when the process exits: after what the code scheduled ran,
// and a promise as it settled by then.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

function print(code, ...flags) {
  const r = spawnSync(process.execPath, [...flags, '-p', code], { encoding: 'utf8' });
  return { out: r.stdout, status: r.status };
}

assert.deepStrictEqual(print('Promise.resolve().then(() => 42)'), { out: 'Promise { 42 }\n', status: 0 });
assert.deepStrictEqual(print('Promise.resolve().then(() => Promise.reject(1))', '--unhandled-rejections=none'),
                       { out: 'Promise { <rejected> 1 }\n', status: 0 });
assert.deepStrictEqual(print('new Promise(() => {})'), { out: 'Promise { <pending> }\n', status: 0 });
assert.deepStrictEqual(print("setTimeout(() => console.log('later'), 5); 5"), { out: 'later\n5\n', status: 0 });
assert.deepStrictEqual(print("process.on('exit', () => console.log('first')); 'second'"),
                       { out: 'first\nsecond\n', status: 0 });
assert.deepStrictEqual(print('process.exitCode = 3; [1, 2]'), { out: '[ 1, 2 ]\n', status: 3 });
