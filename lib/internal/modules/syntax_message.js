'use strict';
// SyntaxErrors from compiling a script or a module, in V8's words: node's own
// messages (syntax detection, hints) and programs and tests match them, and JSC words
// most of them differently. JSC gives no column either: the token its message names
// is looked up on the line instead.

// [pattern on JSC's message, V8's message (a string or a function of the match)].
// Each rule may also say which token the error is at (default: the first quoted one
// of JSC's message).
const rules = [
  [/^Cannot declare a (?:const variable|let variable|class) twice: '([^']+)'\.$/,
    (m) => `Identifier '${m[1]}' has already been declared`, { last: true, width: 1 }],
  [/Expected '\)' to end an argument list\.$/, () => 'missing ) after argument list'],
  [/const declared variable '([^']+)' must have an initializer\.$/,
    () => 'Missing initializer in const declaration'],
  [/^Unexpected keyword '([^']+)'/, (m) => `Unexpected token '${m[1]}'`],
  [/^(Unexpected (?:identifier|token) '[^']+')\. /, (m) => m[1]],
  [/^Unexpected string literal /, () => 'Unexpected string'],
  [/^Unexpected number /, () => 'Unexpected number'],
  [/^Unexpected end of script$/, () => 'Unexpected end of input'],
  [/^Return statements are only valid inside functions\.$/, () => 'Illegal return statement', { token: 'return' }],
];

// Module syntax in a script.
const scriptRules = [
  [/^import\.meta is only valid inside modules\.$/,
    () => "Cannot use 'import.meta' outside a module", { token: 'import.meta' }],
  // JSC reads `import x` as a call missing its parenthesis. A statement starts the
  // line, or (eval'd code, whose line is not the one shown) is `import` then a
  // string, a name, `{` or `*` on a line without a real import call.
  [/^Unexpected (string literal|identifier|token '[{*]'|token '([^']*)').*import call expects one or two arguments\.$/,
    (m, line) => (/^\s*import\b/.test(line) ||
      (m[2] === undefined && !/\bimport\s*\(/.test(line)) ?
      'Cannot use import statement outside a module' : undefined), { token: 'import' }],
  // `await` in an ordinary function: JSC reads `await` as an identifier.
  [/^Unexpected identifier '([^']+)'/, (m, line) => (
    new RegExp(`\\bawait\\s+${m[1].replace(/\$/g, '\\$&')}\\b`).test(line) ?
      'await is only valid in async functions and the top level bodies of modules' : undefined),
  { token: 'await' }],
];

function apply(list, message, lineText) {
  for (const [re, make, where = {}] of list) {
    const m = re.exec(message);
    if (m === null) continue;
    const text = make(m, lineText);
    if (text !== undefined) return { text, where };
  }
  return null;
}

// { message, column (1-based), width } for JSC's message about lineText.
function v8SyntaxError(message, lineText, isModule) {
  const found = (isModule ? null : apply(scriptRules, message, lineText)) ??
    apply(rules, message, lineText);
  const quoted = /'([^']+)'|"([^"]+)"/.exec(message);
  const token = found?.where.token ?? (quoted ? quoted[1] ?? quoted[2] : undefined);
  const at = token === undefined ? -1 :
    found?.where.last ? lineText.lastIndexOf(token) : lineText.indexOf(token);
  return {
    message: found?.text ?? message,
    column: at === -1 ? 1 : at + 1,
    width: at === -1 ? 1 : found?.where.width ?? token.length,
  };
}

module.exports = { v8SyntaxError };
