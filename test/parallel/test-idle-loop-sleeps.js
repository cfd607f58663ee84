'use strict';
// An idle process sleeps: after the program has allocated enough for the engine to
// collect (and schedule its own timers), a quiet event loop waits in the kernel
// rather than waking up every millisecond. Each wait that ends in the kernel is a
// voluntary context switch; one busy wake-up per millisecond would be ~300 of them.
require('../common');
const assert = require('assert');

let garbage = [];
for (let i = 0; i < 300000; i++) garbage.push({ i, s: `item ${i}` });
garbage = null;

// Let the allocation's aftermath (collections, the engine's timers) settle first.
setTimeout(() => {
  const before = process.resourceUsage().voluntaryContextSwitches;
  setTimeout(() => {
    const switches = process.resourceUsage().voluntaryContextSwitches - before;
    assert.ok(switches < 100, `${switches} voluntary context switches in 300 ms of idle`);
  }, 300);
}, 200);
