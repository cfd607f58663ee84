// Dependencies run first, depth first in import order, each once.
import '../common/index.js';
import assert from 'node:assert';
import '../fixtures/esm/order/main.mjs';
import { events } from '../fixtures/esm/order/log.mjs';

assert.deepStrictEqual(events, ['m1', 'm3', 'm2', 'main']);
