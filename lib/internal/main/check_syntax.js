'use strict';
// -c / --check: the entry point (a file, or the script on stdin) compiled as it
// would run, and nothing run. A SyntaxError goes to the fatal-error report (where,
// the line with a caret, the error) and exit code 1; a clean parse exits with 0.

const path = require('path');
const builtins = internalBinding('builtins');
const { Module, checkFileSyntax, locateSyntaxError } = require('internal/modules/cjs/loader');

function checkFile(main) {
  checkFileSyntax(Module._resolveFilename(path.resolve(main), null, true));
}

// Source from stdin: a module with --input-type=module, else a script, or a module
// when only module syntax explains the error (node's syntax detection).
function checkSource(source, name, inputType) {
  require('internal/util/eval_source').setEvalSource(name, source); // for the report's source line
  if (inputType !== 'module') {
    const body = source.charCodeAt(0) === 35 && source.charCodeAt(1) === 33 ? `//${source.slice(2)}` : source;
    try {
      internalBinding('contextify').checkSyntax(body, name, 0);
      return;
    } catch (err) {
      const detect = inputType === '' && err instanceof SyntaxError &&
        require('internal/options').getOptionValue('--experimental-detect-module', true) &&
        internalBinding('esm').hasModuleSyntax(source);
      if (!detect) {
        if (err instanceof SyntaxError) locateSyntaxError(err, body, name, '');
        throw err;
      }
    }
  }
  const found = builtins.locateSyntaxError(source, name, true);
  if (found !== null) throw require('internal/modules/esm/diagnostics').syntaxError({ source, url: name }, found[2]);
}

module.exports = { checkFile, checkSource };
