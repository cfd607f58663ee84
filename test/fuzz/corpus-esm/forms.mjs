// Every export form the transform rewrites.
export const a = 1, b = 2;
export let { c, d: [e, ...f], g = 7 } = { c: 3, d: [5, 6, 8] };
export var h = 'h';
export function fn() { return 'fn'; }
export async function afn() { return 'afn'; }
export function* gen() { yield 'gen'; }
export class K { static k = 'k'; }
const local = 'local';
export { local as renamed, local as 'string name' };
export * as nsFromOther from './other.mjs';
export { value as otherValue, default as otherDefault } from './other.mjs';
export * from './star.mjs';
export default function () { return 'anonymous default'; }
