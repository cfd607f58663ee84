'use strict';
// Command-line flags that only lib/ acts on; src/main.c hands them over as given
// (from NODE_OPTIONS, then argv).

const { flags, pendingDeprecation } = internalBinding('process').options;

// Whether the boolean flag `--name` is on: the last of `--name` and `--no-name`
// given decides, else defaultValue.
function getOptionValue(name, defaultValue = false) {
  const negated = `--no-${name.slice(2)}`;
  for (let i = flags.length - 1; i >= 0; i--) {
    if (flags[i] === name) return true;
    if (flags[i] === negated) return false;
  }
  return defaultValue;
}

// The values of the repeatable valued flag `--name` (src/main.c hands each over as
// "--name=value"), in the order given.
function getOptionValues(name) {
  const prefix = `${name}=`;
  const values = [];
  for (const flag of flags) {
    if (flag.startsWith(prefix)) values.push(flag.slice(prefix.length));
  }
  return values;
}

// The words of NODE_OPTIONS, then process.execArgv: the order in which node applies
// them, so that for an option given in both, the command line's comes last and wins.
// For the per-process options that lib/ reads itself (TLS defaults, the HTTP header
// limit, the system CA store, happy-eyeballs timing).
function commandLineArgs() {
  const fromEnv = (process.env.NODE_OPTIONS ?? '').split(/\s+/).filter(Boolean);
  return [...fromEnv, ...process.execArgv];
}

// The export conditions for native addons: 'node-addons', unless --no-addons (a
// worker's own execArgv may say so too).
function addonConditions() {
  // Under --permission without --allow-addons addons cannot load, so none is offered.
  if (permissionEnabled && !getOptionValue('--allow-addons')) return [];
  return getOptionValue('--no-addons') || process.execArgv.includes('--no-addons') ? [] : ['node-addons'];
}

// --permission (internal/process/permission): the one boolean each guarded API
// tests before asking the permission model anything.
const permissionEnabled = getOptionValue('--permission');

module.exports = {
  addonConditions, commandLineArgs, getOptionValue, getOptionValues, pendingDeprecation, permissionEnabled,
};
