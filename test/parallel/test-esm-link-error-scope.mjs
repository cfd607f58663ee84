// A link error (a missing named export) belongs to the module that asked for the
// export and to its importers: the module it imports still loads for others, and
// node's hint shows the import as a destructuring when it sits on one line.
import '../common/index.js';
import assert from 'node:assert';

const named = new URL('../fixtures/esm/cjs/named.cjs', import.meta.url).href;
const hint = (example) => "Named export 'missing' not found. The requested module " +
  `'${named}' is a CommonJS module, which may not support all module.exports as named exports.\n` +
  'CommonJS modules can always be imported via the default export, for example using:\n\n' +
  `import pkg from '${named}';\n${example}`;
const source = (text) => `data:text/javascript,${encodeURIComponent(text)}`;

await assert.rejects(import(source(`import { alpha, missing as m } from '${named}';`)),
                     { name: 'SyntaxError', message: hint('const { alpha, missing: m } = pkg;\n') });
await assert.rejects(import(source(`import {\n  missing,\n} from '${named}';`)),
                     { name: 'SyntaxError', message: hint('') });
const ok = await import(source(`import { alpha } from '${named}'; export default alpha;`));
assert.strictEqual(ok.default, 'alpha');
