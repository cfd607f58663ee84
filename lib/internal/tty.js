'use strict';
// How many colours a terminal shows, guessed from the environment the way node
// does: FORCE_COLOR first, then the switches that turn colour off, then what
// TERM, COLORTERM and the CI variables say.

const { validateInteger } = require('internal/validators');

const COLORS_2 = 1;
const COLORS_16 = 4;
const COLORS_256 = 8;
const COLORS_16m = 24;

const TERM_ENVS = {
  eterm: COLORS_16, cons25: COLORS_16, console: COLORS_16, cygwin: COLORS_16, dtterm: COLORS_16,
  gnome: COLORS_16, hurd: COLORS_16, jfbterm: COLORS_16, konsole: COLORS_16, kterm: COLORS_16,
  mlterm: COLORS_16, mosh: COLORS_16m, putty: COLORS_16, st: COLORS_16, 'rxvt-unicode-24bit': COLORS_16m,
  terminator: COLORS_16m, 'xterm-kitty': COLORS_16m,
};
const TERM_ENVS_REG_EXP = [/ansi/, /color/, /linux/, /direct/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/,
  /^xterm/, /^vt100/, /^vt220/];

function forceColorDepth(env) {
  const value = env.FORCE_COLOR;
  if (value === undefined) return undefined;
  switch (value) {
    case '':
    case '1':
    case 'true':
      return COLORS_16;
    case '2':
      return COLORS_256;
    case '3':
      return COLORS_16m;
    default:
      return COLORS_2;
  }
}

function getColorDepth(env = process.env) {
  const forced = forceColorDepth(env);
  if (forced !== undefined) return forced;
  if ((env.NODE_DISABLE_COLORS !== undefined && env.NODE_DISABLE_COLORS !== '') ||
      (env.NO_COLOR !== undefined && env.NO_COLOR !== '') || env.TERM === 'dumb') {
    return COLORS_2;
  }
  if (env.TMUX) return COLORS_16m;
  if (env.CI) {
    if ('GITHUB_ACTIONS' in env || 'GITEA_ACTIONS' in env) return COLORS_16m;
    if (['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITLAB_CI', 'TRAVIS'].some((name) => name in env) ||
        env.CI_NAME === 'codeship') {
      return COLORS_256;
    }
    return COLORS_2;
  }
  if ('TEAMCITY_VERSION' in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? COLORS_16 : COLORS_2;
  }
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      if (!env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION)) return COLORS_256;
      return COLORS_16m;
    case 'HyperTerm':
    case 'MacTerm':
      return COLORS_16m;
    case 'Apple_Terminal':
      return COLORS_256;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16m;
  if (env.TERM) {
    if (/truecolor/.test(env.TERM)) return COLORS_16m;
    if (/^xterm-256/.test(env.TERM) || /-256color$/.test(env.TERM)) return COLORS_256;
    const termEnv = env.TERM.toLowerCase();
    if (TERM_ENVS[termEnv]) return TERM_ENVS[termEnv];
    if (TERM_ENVS_REG_EXP.some((re) => re.test(termEnv))) return COLORS_16;
  }
  if (env.COLORTERM) return COLORS_16;
  return COLORS_2;
}

function hasColors(count, env) {
  if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else {
    validateInteger(count, 'count', 2);
  }
  return count <= 2 ** getColorDepth(env);
}

module.exports = { getColorDepth, hasColors };
