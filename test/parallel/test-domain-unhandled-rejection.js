'use strict';
// An unhandled rejection of a promise rejected in a domain is an 'error' of that
// domain, not an 'unhandledRejection': Promise.reject in the domain, an async
// function the domain runs, a throwing promise reaction scheduled in it.
const common = require('../common');
const assert = require('node:assert');
const domain = require('node:domain');

process.on('unhandledRejection', common.mustNotCall());

const seen = [];
const d = domain.create();
d.on('error', common.mustCall((err) => {
  // Not in the domain: at the end of the tick, where rejections are judged.
  assert.notStrictEqual(process.domain, d);
  seen.push(err.message);
}, 3));
d.run(() => {
  Promise.reject(new Error('reject'));
  Promise.resolve().then(() => {
    throw new Error('reaction');
  });
});
d.run(async () => {
  await null;
  throw new Error('async');
});

// Handled ones are not errors.
d.run(() => Promise.reject(new Error('handled')).catch(common.mustCall()));

process.on('exit', () => {
  assert.deepStrictEqual(seen.sort(), ['async', 'reaction', 'reject']);
});
