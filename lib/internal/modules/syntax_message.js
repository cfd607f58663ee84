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
  [/^(?:The (?:prefix-)?(?:in|de)crement operator requires a reference expression|Prefix (?:\+\+|--) operator applied to value that is not a reference)\.$/,
    () => 'Invalid left-hand side expression in prefix operation', { locate: prefixOperand }],
  [/^(?:The postfix-(?:in|de)crement operator requires a reference expression|Postfix (?:\+\+|--) operator applied to value that is not a reference)\.$/,
    () => 'Invalid left-hand side expression in postfix operation', { locate: postfixOperand }],
  [/^Left side of assignment is not a reference\.$/, (m, line) => (
    /\bfor\s*\(/.test(line) ? 'Invalid left-hand side in for-loop' : 'Invalid left-hand side in assignment'),
  { locate: assignmentTarget }],
];

// Where V8 points for a bad ++/-- operand: [column (0-based), width] or null.
// A run of + or - signs is read as pairs of ++/-- (an odd one out is a unary
// sign, which belongs to the operand); the innermost operation whose operand is
// not a name is the one V8 reports.
const kOperandEnd = /^[^\s;),=]+/;
function prefixOperand(line) {
  const run = /(\+\+|--)[+-]*/.exec(line);
  if (run === null) return null;
  let at = run.index + run[0].length;
  if (run[0].length % 2 === 1) at--;
  else if (/^[A-Za-z_$][\w$]*(?![\w$]|\s*(?:\+\+|--))/.test(line.slice(at))) at -= 2;
  const operand = kOperandEnd.exec(line.slice(at));
  return operand === null ? null : [at, operand[0].length];
}

function postfixOperand(line) {
  const op = /[^\s+-](\+\+|--)/.exec(line);
  if (op === null) return null;
  const end = op.index + 1;
  let start = end;
  while (start > 0 && !/[\s;(=,{]/.test(line[start - 1])) start--;
  return [start, end - start];
}

function assignmentTarget(line) {
  const op = /(?:[^=!<>]|^)(?:[-+*/%&|^]|\*\*|<<|>>>?|&&|\|\||\?\?)?=(?!=)/.exec(line);
  if (op === null) return null;
  const before = line.slice(0, op.index + 1);
  const start = before.lastIndexOf(';') + 1;
  const text = before.slice(start);
  const lead = text.length - text.trimStart().length;
  const width = text.trim().length;
  return width === 0 ? null : [start + lead, width];
}

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
  const located = found?.where.locate?.(lineText);
  if (located) {
    return { message: found.text, column: located[0] + 1, width: located[1] };
  }
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
