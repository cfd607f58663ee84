'use strict';
// util.inspect's colour tables (inspect.colors, inspect.styles) and whether a stream
// gets colours. As in node: FORCE_COLOR decides for every stream ('', 1, true, 2, 3 turn
// colours on, anything else off); otherwise a TTY asks its getColorDepth(). eddy's own
// stdio streams get node's tty rules here too (NODE_DISABLE_COLORS, NO_COLOR, TERM=dumb
// turn colours off).

// The colour decision FORCE_COLOR makes, or undefined when it is unset.
function envForcesColor() {
  const force = process.env.FORCE_COLOR;
  if (force === undefined) return undefined;
  return force === '' || force === '1' || force === 'true' || force === '2' || force === '3';
}

let warnedIgnored = false;
function warnIgnoredEnv() {
  if (warnedIgnored) return;
  const env = process.env;
  const ignored = env.NODE_DISABLE_COLORS !== undefined ? 'NODE_DISABLE_COLORS'
    : env.NO_COLOR !== undefined ? 'NO_COLOR' : undefined;
  if (ignored !== undefined) {
    warnedIgnored = true;
    process.emitWarning(`The '${ignored}' env is ignored due to the 'FORCE_COLOR' env being set.`);
  }
}

function shouldColorize(stream) {
  const forced = envForcesColor();
  if (forced !== undefined) {
    if (forced) warnIgnoredEnv();
    return forced;
  }
  if (stream?.isTTY !== true) return false;
  if (stream === process.stdout || stream === process.stderr) {
    const env = process.env;
    if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined ||
        env.TERM === 'dumb') {
      return false;
    }
  }
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

const colors = { __proto__: null };
const styles = Object.assign({ __proto__: null }, {
  special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow', undefined: 'grey',
  null: 'bold', string: 'green', symbol: 'green', date: 'magenta', regexp: 'red',
  module: 'underline',
});
{
  const table = {
    reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24],
    blink: [5, 25], inverse: [7, 27], hidden: [8, 28], strikethrough: [9, 29],
    doubleunderline: [21, 24], black: [30, 39], red: [31, 39], green: [32, 39],
    yellow: [33, 39], blue: [34, 39], magenta: [35, 39], cyan: [36, 39], white: [37, 39],
    bgBlack: [40, 49], bgRed: [41, 49], bgGreen: [42, 49], bgYellow: [43, 49], bgBlue: [44, 49],
    bgMagenta: [45, 49], bgCyan: [46, 49], bgWhite: [47, 49], framed: [51, 54],
    overlined: [53, 55], gray: [90, 39], redBright: [91, 39], greenBright: [92, 39],
    yellowBright: [93, 39], blueBright: [94, 39], magentaBright: [95, 39], cyanBright: [96, 39],
    whiteBright: [97, 39], bgGray: [100, 49], bgRedBright: [101, 49], bgGreenBright: [102, 49],
    bgYellowBright: [103, 49], bgBlueBright: [104, 49], bgMagentaBright: [105, 49],
    bgCyanBright: [106, 49], bgWhiteBright: [107, 49],
  };
  for (const k of Object.keys(table)) colors[k] = table[k];
  const aliases = {
    grey: 'gray', blackBright: 'gray', bgGrey: 'bgGray', bgBlackBright: 'bgGray', faint: 'dim',
    crossedout: 'strikethrough', strikeThrough: 'strikethrough', crossedOut: 'strikethrough',
    conceal: 'hidden', swapColors: 'inverse', swapcolors: 'inverse',
    doubleUnderline: 'doubleunderline',
  };
  for (const alias of Object.keys(aliases)) {
    const target = aliases[alias];
    Object.defineProperty(colors, alias, {
      get() { return this[target]; },
      set(value) {
        Object.defineProperty(this, alias, {
          value, configurable: true, enumerable: true, writable: true,
        });
      },
      configurable: true,
      enumerable: false,
    });
  }
}

module.exports = { colors, shouldColorize, styles };
