// The transform moves no line or column: a stack taken in a module points at the
// user's own position, even after an import on the same line.
import '../common/index.js';
import assert from 'node:assert';
import { stack } from '../fixtures/esm/columns.mjs';

const url = import.meta.resolve('../fixtures/esm/columns.mjs');
assert.ok(stack.split('\n')[1].endsWith(`${url}:1:33`), stack);
const here = new Error('here').stack.split('\n')[1];
assert.ok(here.endsWith(`${import.meta.url}:9:14`), here);
