'use strict';
// A timer armed by the nextTick or the promise job of the last timer callback of a
// turn, while a later timer waits, fires after its own delay: the loop's timer must
// not be left set for the later one only.
const common = require('../common');

let ticks = 0;
let jobs = 0;
const later = setTimeout(common.mustNotCall('the re-armed timers waited for this one'), 2000);

function viaTick() {
  process.nextTick(() => {
    if (++ticks < 3) setTimeout(viaTick, 5);
    else setTimeout(viaJob, 5);
  });
}
function viaJob() {
  Promise.resolve().then(() => {
    if (++jobs < 3) setTimeout(viaJob, 5);
    else done();
  });
}
const done = common.mustCall(() => clearTimeout(later));
setTimeout(viaTick, 5);
