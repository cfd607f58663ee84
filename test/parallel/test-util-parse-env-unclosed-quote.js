'use strict';
// util.parseEnv: a quote that is never closed does not swallow the following lines;
// the value is the rest of its own line.
require('../common');
const assert = require('assert');
const util = require('util');

assert.deepStrictEqual(
  util.parseEnv('A="\nB=THIS\nIS NOT MULTILINE\nC=\'x\n'),
  { A: '"', B: 'THIS', C: "'x" });
// A quote closed on a later line still spans lines.
assert.deepStrictEqual(util.parseEnv('M="a\nb"\nN=1'), { M: 'a\nb', N: '1' });
