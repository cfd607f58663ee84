import { log } from './log.mjs';
log('slow start');
await new Promise((resolve) => setTimeout(resolve, 10));
log('slow end');
export const slow = 'slow';
