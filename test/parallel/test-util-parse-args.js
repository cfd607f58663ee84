'use strict';
// util.parseArgs: short/long options, groups, inline values, multiple, defaults,
// negation, tokens, and node's errors in strict mode.
require('../common');
const assert = require('assert');
const { parseArgs } = require('util');

const options = {
  foo: { type: 'boolean', short: 'f' },
  bar: { type: 'string', short: 'b', default: 'dflt' },
  many: { type: 'string', multiple: true, short: 'm' },
};
const parse = (args, extra) => {
  const r = parseArgs({ args, options, ...extra });
  return { values: { ...r.values }, positionals: r.positionals, tokens: r.tokens };
};

assert.deepStrictEqual(parse([]).values, { bar: 'dflt' });
assert.deepStrictEqual(parse(['-f', '--bar', 'x']).values, { foo: true, bar: 'x' });
assert.deepStrictEqual(parse(['-fbVAL']).values, { foo: true, bar: 'VAL' });
assert.deepStrictEqual(parse(['--bar=1']).values, { bar: '1' });
assert.deepStrictEqual(parse(['-m', 'a', '-m', 'b', '--many=c']).values,
                       { many: ['a', 'b', 'c'], bar: 'dflt' });
assert.deepStrictEqual(parse(['--', '-f', 'x'], { allowPositionals: true }).positionals, ['-f', 'x']);
assert.deepStrictEqual(parse(['--no-foo'], { allowNegative: true }).values, { foo: false, bar: 'dflt' });
assert.deepStrictEqual(parse(['--unknown', 'pos', '-z'], { strict: false }).values,
                       { unknown: true, z: true, bar: 'dflt' });
assert.strictEqual(Object.getPrototypeOf(parseArgs({ args: [] }).values), null);
assert.deepStrictEqual(parse(['-fb', 'v', 'p'], { allowPositionals: true, tokens: true }).tokens, [
  { kind: 'option', name: 'foo', rawName: '-f', index: 0, value: undefined, inlineValue: undefined },
  { kind: 'option', name: 'bar', rawName: '-b', index: 0, value: 'v', inlineValue: false },
  { kind: 'positional', index: 2, value: 'p' },
]);

const err = (args, message, extra) => assert.throws(() => parse(args, extra), { message });
err(['--nope'], "Unknown option '--nope'");
err(['--nope'], "Unknown option '--nope'. To specify a positional argument starting with a '-', " +
  "place it at the end of the command after '--', as in '-- \"--nope\"", { allowPositionals: true });
err(['pos'], "Unexpected argument 'pos'. This command does not take positional arguments");
err(['--bar'], "Option '-b, --bar <value>' argument missing");
err(['--foo=1'], "Option '-f, --foo' does not take an argument");
err(['--bar', '-x'], "Option '--bar' argument is ambiguous.\nDid you forget to specify the option " +
  "argument for '--bar'?\nTo specify an option argument starting with a dash use '--bar=-XYZ'.");
err(['-b', '-x'], "Option '-b' argument is ambiguous.\nDid you forget to specify the option " +
  "argument for '-b'?\nTo specify an option argument starting with a dash use '--bar=-XYZ' or '-b-XYZ'.");
assert.throws(() => parse(['--nope']), { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION', name: 'TypeError' });

assert.throws(() => parseArgs({ args: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => parseArgs({ options: { a: { type: 'number' } } }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: "The \"options.a.type\" property must be ('string|boolean'). Received type string ('number')",
});
assert.throws(() => parseArgs({ options: { a: { type: 'string', short: 'ab' } } }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.a.short' must be a single character. Received 'ab'",
});
assert.throws(() => parseArgs({ options: { a: { type: 'string', default: 1 } } }), {
  message: 'The "options.a.default" property must be of type string. Received type number (1)',
});
