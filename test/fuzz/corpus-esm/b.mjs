import { log } from './log.mjs';
import { hoisted, aValue } from './a.mjs';
log('b evaluated');
// a has not run yet: its function declarations exist, its consts are in the TDZ.
export const fromB = hoisted();
let tdz;
try {
  aValue;
} catch (err) {
  tdz = err;
}
export const tdzError = tdz;
export function callA() { return 'callA'; }
