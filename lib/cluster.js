'use strict';
// node:cluster: the primary's side or the worker's, chosen once by NODE_UNIQUE_ID
// (which the primary puts in each worker's environment).

const childOrPrimary = Object.hasOwn(process.env, 'NODE_UNIQUE_ID') || require('internal/cluster/utils').isWorker() ?
  'child' : 'primary';
module.exports = require(`internal/cluster/${childOrPrimary}`);
