'use strict';
// What the ES module loader tells the user: located SyntaxErrors, link errors with
// node's wording and hints, explanations added to errors from CommonJS habits, and
// the warning about typeless packages.

const builtins = internalBinding('builtins');
const { setSyntaxLocation } = require('internal/errors/stack');

// As node: a package.json without "type" over a file detected as an ES module
// costs a second parse; node says so once per package.json.
const warnedPackages = new Set();
function warnTypelessPackage(url, filename) {
  const pkg = require('internal/modules/package_json_reader').getPackageScopeConfig(filename);
  if (pkg === undefined || warnedPackages.has(pkg.pjsonPath)) return;
  warnedPackages.add(pkg.pjsonPath);
  process.emitWarning(`Module type of ${url} is not specified and it doesn't parse as CommonJS.\n` +
    'Reparsing as ES module because module syntax was detected. This incurs a performance ' +
    `overhead.\nTo eliminate this warning, add "type": "module" to ${pkg.pjsonPath}.`,
  { code: 'MODULE_TYPELESS_PACKAGE_JSON' });
}

// A module's own SyntaxError, located by parsing its source as a module (so the
// line and column are the user's, not the transformed text's).
function syntaxError(r, fallback) {
  const found = r.source != null ? builtins.locateSyntaxError(r.source, r.url, true) : null;
  if (!found) return new SyntaxError(fallback);
  const [line] = found;
  const text = r.source.split(/\r?\n/)[line - 1] ?? '';
  const { message, column, width } = require('internal/modules/syntax_message').v8SyntaxError(found[2], text, true);
  const err = new SyntaxError(message);
  setSyntaxLocation(err, { fileName: r.url, line, column, syntax: true, width });
  return err;
}

// Shows a link error at the import that caused it, as node does.
function locateAt(err, r, offset, length) {
  if (typeof r.source !== 'string' || r.filename === null && !r.url.startsWith('file:')) return err;
  const before = r.source.slice(0, offset);
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  setSyntaxLocation(err, {
    fileName: r.url, line: before.split(/\r\n|\r|\n/).length, column: offset - lineStart + 1,
    syntax: true, width: length,
  });
  return err;
}

function requestSpecifier(r, req) {
  return r.meta.specifiers[req];
}

function missingExportError(r, req, name, offset) {
  const target = r.requests[req];
  const specifier = requestSpecifier(r, req);
  if (target.format === 'commonjs') {
    return new SyntaxError(`Named export '${name}' not found. The requested module '${specifier}' ` +
      'is a CommonJS module, which may not support all module.exports as named exports.\n' +
      'CommonJS modules can always be imported via the default export, for example using:\n\n' +
      `import pkg from '${specifier}';\n${destructuringExample(r, offset)}`);
  }
  return new SyntaxError(`The requested module '${specifier}' does not provide an export named '${name}'`);
}

// node's example of the named imports as a destructuring of the default import,
// read off the import declaration when it sits on one line (`{ a as b }` ->
// `const { a: b } = pkg;`); none otherwise.
function destructuringExample(r, offset) {
  if (typeof r.source !== 'string' || offset === undefined) return '';
  const start = Math.max(r.source.lastIndexOf('\n', offset), r.source.lastIndexOf('\r', offset)) + 1;
  const end = r.source.slice(start).search(/[\r\n]|$/);
  const found = /^\s*import\s+(?:[\w$]+\s*,\s*)?\{([^}]*)\}\s*from\b/.exec(r.source.slice(start, start + end));
  if (found === null) return '';
  const names = found[1].trim().replace(/,$/, '').replace(/\s+as\s+/g, ': ').trim();
  return `const { ${names} } = pkg;\n`;
}

// A module that uses a CommonJS variable and fails for it is told so, as node does.
const kCommonJSVariable = /^(?:Can't find variable: (require|module|exports|__filename|__dirname)|(require|module|exports|__filename|__dirname) is not defined)$/;
function explainScopeError(err, r) {
  const found = err instanceof ReferenceError ? kCommonJSVariable.exec(err.message) : null;
  if (found === null) return err;
  const name = found[1] ?? found[2];
  if (name === 'require' && r.meta?.tla) {
    err.message = 'Cannot determine intended module format because both require() and top-level ' +
      'await are present. If the code is intended to be CommonJS, wrap await in an async function. ' +
      'If the code is intended to be an ES module, replace require() with import.';
    return err;
  }
  let message = `${name} is not defined in ES module scope`;
  if (name === 'require') message += ', you can use import instead';
  if (r.filename?.endsWith('.js')) {
    const pkg = require('internal/modules/package_json_reader').getPackageScopeConfig(r.filename);
    if (pkg?.type === 'module') {
      message += "\nThis file is being treated as an ES module because it has a '.js' file extension " +
        `and '${pkg.pjsonPath}' contains "type": "module". To treat it as a CommonJS script, rename ` +
        "it to use the '.cjs' file extension.";
    }
  }
  err.message = message;
  return err;
}

module.exports = {
  explainScopeError, locateAt, missingExportError, requestSpecifier, syntaxError, warnTypelessPackage,
};
