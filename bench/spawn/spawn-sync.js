'use strict';
// spawnSync('true') N times: the cost of starting and reaping a child, blocking.
const { spawnSync } = require('child_process');
const n = Number(process.argv[2]) || 500;
const t = process.hrtime.bigint();
for (let i = 0; i < n; i++) spawnSync('true');
console.log(`spawnSync x${n}: ${(Number(process.hrtime.bigint() - t) / 1e6).toFixed(1)} ms`);
