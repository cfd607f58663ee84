'use strict';
// The messages of errors the engine throws, in V8's words where JSC's say the same
// thing differently and V8's can be told from JSC's text alone (programs, tests
// and people match node's: "x is not defined", "Cannot read properties of undefined
// (reading 'y')"). Used by internal/errors/stack's v8EngineError. A message whose
// V8 form needs what JSC's leaves out (the name of a read-only property, a class's
// name) stays JSC's.

// The property an expression JSC quotes reads last: `a.b` -> 'b', `a[0]` -> '0',
// `a['k']` -> 'k'; undefined when it is computed from a variable.
const kLastKey = /(?:\.\s*([\w$]+)|\[\s*(\d+|'[^']*'|"[^"]*")\s*\])\s*$/;
function lastKey(expression) {
  const m = kLastKey.exec(expression);
  if (m === null) return undefined;
  if (m[1] !== undefined) return m[1];
  const k = m[2];
  return k[0] === "'" || k[0] === '"' ? k.slice(1, -1) : k;
}

// An assignment's target (`a.b = 1` -> 'a.b'), or undefined.
const kAssignment = /^(.*?[^=!<>])\s*(?:[-+*/%&|^]|\*\*|<<|>>>?|&&|\|\||\?\?)?=(?!=)/;

// [error name, pattern, (match) -> V8's message or undefined]
const rules = [
  ['ReferenceError', /^Can't find variable: (.+)$/, (m) => `${m[1]} is not defined`],
  ['TypeError', /^.* is not a function\. \(In '.*', '(.*)' is .*\)$/s, (m) => `${m[1]} is not a function`],
  ['TypeError', /^(undefined|null) is not an object \(evaluating '(.*)'\)$/s, (m) => {
    const target = kAssignment.exec(m[2]);
    if (target !== null) {
      const key = lastKey(target[1]);
      return key === undefined ? undefined : `Cannot set properties of ${m[1]} (setting '${key}')`;
    }
    const key = lastKey(m[2]);
    return key === undefined ? undefined : `Cannot read properties of ${m[1]} (reading '${key}')`;
  }],
  ['TypeError', /^.* is not a constructor \(evaluating 'new (.*?)\s*(?:\(.*\))?'\)$/s, (m) => `${m[1]} is not a constructor`],
  ['TypeError', /^Cannot access invalid private field \(evaluating '(.*)'\)$/s, (m) => {
    const target = kAssignment.exec(m[1]);
    const field = /#([\w$]+)\s*$/.exec(target !== null ? target[1] : m[1]);
    if (field === null) return undefined;
    return target !== null ?
      `Cannot write private member #${field[1]} to an object whose class did not declare it` :
      `Cannot read private member #${field[1]} from an object whose class did not declare it`;
  }],
  ['TypeError', /^Cannot convert a symbol to a string$/, () => 'Cannot convert a Symbol value to a string'],
  ['TypeError', /^Invalid mix of BigInt and other type in \w+\.$/, () => 'Cannot mix BigInt and other types, use explicit conversions'],
  ['TypeError', /^(reduce|reduceRight) of empty array with no initial value$/, () => 'Reduce of empty array with no initial value'],
  ['RangeError', /^Maximum call stack size exceeded\.$/, () => 'Maximum call stack size exceeded'],
  ['RangeError', /^toFixed\(\) argument must be between 0 and 100$/, () => 'toFixed() digits argument must be between 0 and 100'],
  ['RangeError', /^Array length must be a positive integer of safe magnitude\.$/, () => 'Invalid array length'],
  ['URIError', /^URI error$/, () => 'URI malformed'],
  ['TypeError', /^Proxy object's 'target' has the non-configurable property '(.*)' that was not in the result from the 'ownKeys' trap$/s,
    (m) => `'ownKeys' on proxy: trap result did not include '${m[1]}'`],
  ['TypeError', /^Proxy handler's 'ownKeys' method returned a key that was not present in its non-extensible target$/,
    () => "'ownKeys' on proxy: trap returned extra keys but proxy target is non-extensible"],
  ['TypeError', /^Proxy handler's 'ownKeys' trap result must not contain any duplicate names$/,
    () => "'ownKeys' on proxy: trap returned duplicate entries"],
];

function v8Message(name, message) {
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (rule[0] !== name) continue;
    const m = rule[1].exec(message);
    if (m !== null) return rule[2](m);
  }
  return undefined;
}

module.exports = { v8Message };
