'use strict';
// WriteStream#getColorDepth / hasColors read the environment they are given as
// node does: FORCE_COLOR, NO_COLOR, TERM, COLORTERM, TMUX, CI.
require('../common');
const assert = require('assert');
const tty = require('tty');

const depth = (env) => tty.WriteStream.prototype.getColorDepth.call({}, env);
const cases = [
  [{}, 1], [{ TERM: 'xterm-256color' }, 8], [{ TERM: 'xterm' }, 4], [{ TERM: 'dumb' }, 1],
  [{ FORCE_COLOR: '' }, 4], [{ FORCE_COLOR: '0' }, 1], [{ FORCE_COLOR: '2' }, 8], [{ FORCE_COLOR: '3' }, 24],
  [{ FORCE_COLOR: 'true' }, 4], [{ NO_COLOR: '1', TERM: 'xterm-256color' }, 1],
  [{ NO_COLOR: '', TERM: 'xterm-256color' }, 8], [{ COLORTERM: 'truecolor' }, 24], [{ TMUX: '1' }, 24],
  [{ CI: '1' }, 1], [{ CI: '1', GITHUB_ACTIONS: 'true' }, 24], [{ CI: '1', TRAVIS: '1' }, 8],
  [{ TERM: 'screen' }, 4], [{ COLORTERM: 'x' }, 4], [{ TERM: 'xterm-kitty' }, 24],
  [{ NODE_DISABLE_COLORS: '1', TERM: 'xterm' }, 1], [{ TERM: 'foo-256' }, 1],
];
for (const [env, want] of cases) assert.strictEqual(depth(env), want, JSON.stringify(env));

const hasColors = (...args) => tty.WriteStream.prototype.hasColors.call({}, ...args);
assert.strictEqual(hasColors({ TERM: 'xterm' }), true);
assert.strictEqual(hasColors(256, { TERM: 'xterm' }), false);
assert.strictEqual(hasColors(256, { TERM: 'xterm-256color' }), true);
assert.strictEqual(hasColors(2 ** 24, { COLORTERM: 'truecolor' }), true);
assert.throws(() => hasColors(1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "count" is out of range. It must be >= 2 && <= 9007199254740991. Received 1',
});
