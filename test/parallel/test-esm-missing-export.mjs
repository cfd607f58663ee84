// Importing a name a module does not export fails to link with node's SyntaxError.
import '../common/index.js';
import assert from 'node:assert';

await assert.rejects(import('data:text/javascript,import { nope } from "node:path";'), {
  name: 'SyntaxError',
  message: "The requested module 'node:path' does not provide an export named 'nope'",
});
