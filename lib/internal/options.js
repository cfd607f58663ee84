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

// The valued options that lib/ reads itself (TLS defaults, the HTTP header limit, the
// system CA store, happy-eyeballs timing), as src/runtime/options.c read them from
// NODE_OPTIONS (split as node splits it: quotes, backslashes) and then the command line
// (so for an option given in both, the command line's comes last and wins): booleans
// by name, the others as "--name=value", with '-' for '_'.
function commandLineArgs() {
  return flags;
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
