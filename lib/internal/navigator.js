'use strict';
// The `navigator` global (node 21+): what a browser-minded library asks about the
// machine. Libraries that tell node from a browser by `typeof navigator` see what
// they see under node, and its userAgent says Node.js.

const { codes } = require('internal/errors');

const kConstruct = Symbol('kConstruct');

// The process's locale as ICU takes it from the environment: the first of LC_ALL,
// LC_MESSAGES and LANG that is set ('de_DE.UTF-8' is 'de-DE', a modifier becomes a
// variant); C and POSIX (or nothing set) are 'en-US', a variable set empty 'und'.
function environmentLocale() {
  const { LC_ALL, LC_MESSAGES, LANG } = process.env;
  const raw = LC_ALL ?? LC_MESSAGES ?? LANG;
  if (raw === undefined || raw === 'C' || raw === 'POSIX' || raw.startsWith('C.')) return 'en-US';
  if (raw === '') return 'und';
  const [, base, modifier] = /^([^.@]*)(?:\.[^@]*)?(?:@(.*))?$/.exec(raw);
  const tag = base.replace(/_/g, '-');
  const candidates = modifier ? [`${tag}-${modifier}`, `${tag}-x-lvariant-${modifier}`, tag] : [tag];
  for (const candidate of candidates) {
    try {
      return Intl.getCanonicalLocales(candidate)[0];
    } catch {
      // not a well-formed tag: the next candidate
    }
  }
  return 'und';
}

const platformNames = { __proto__: null, linux: 'Linux', darwin: 'MacIntel', win32: 'Win32', freebsd: 'FreeBSD' };
const archNames = { __proto__: null, x64: 'x86_64', arm64: 'aarch64', ia32: 'i686', arm: 'armv7l' };

class Navigator {
  #language;

  constructor(key) {
    if (key !== kConstruct) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
  }

  get hardwareConcurrency() {
    return require('os').availableParallelism();
  }

  get locks() {
    return require('internal/locks').locks;
  }

  get language() {
    this.#language ??= environmentLocale();
    return this.#language;
  }

  get languages() {
    return [this.language];
  }

  get userAgent() {
    return `Node.js/${process.version.slice(1, process.version.indexOf('.'))}`;
  }

  get platform() {
    const os = platformNames[process.platform] ?? process.platform;
    return `${os} ${archNames[process.arch] ?? process.arch}`;
  }
}

for (const name of ['hardwareConcurrency', 'locks', 'language', 'languages', 'userAgent', 'platform']) {
  Object.defineProperty(Navigator.prototype, name, { enumerable: true });
}

const navigator = new Navigator(kConstruct);

module.exports = { Navigator, navigator };
