'use strict';
// What reflection inside a vm context sees of its own global object.
//
// A context's global is a JSC callback object that forwards gets, sets, deletes and
// key listing to the sandbox (src/binding/contextify.c), but JSC's C API cannot
// intercept property descriptors or defineProperty: it reports every forwarded
// property as a read-only, non-enumerable value, leaves symbol keys out, and
// defines new properties on the global itself. Node's global answers all of these
// from the sandbox. So each context gets its own Object/Reflect reflection
// functions, which answer for the global from the sandbox (then from the global's
// own properties: the builtins and the script's declarations) and behave as before
// for every other object.
//
// install() runs inside the new context (its source is evaluated there), so the
// functions it makes belong to that realm. `own(fn, ...args)` calls fn with the
// forwarding turned off: the global's own properties only.

function install(global, sandbox, own) {
  const O = Object;
  const R = Reflect;
  const origGOPD = O.getOwnPropertyDescriptor;
  const origDefine = O.defineProperty;
  const origOwnKeys = R.ownKeys;
  // Captured now: later, with forwarding on, these names could resolve to the
  // sandbox's properties.
  const SafeSet = Set;
  const TypeErr = TypeError;
  const Str = String;
  const kConstants = ['NaN', 'Infinity', 'undefined'];

  // A descriptor made in this realm (the sandbox's belong to the caller's).
  function localDescriptor(desc) {
    if (desc === undefined) return undefined;
    const out = {};
    if ('value' in desc) {
      out.value = desc.value;
      out.writable = desc.writable;
    } else {
      out.get = desc.get;
      out.set = desc.set;
    }
    out.enumerable = desc.enumerable;
    out.configurable = desc.configurable;
    return out;
  }

  function sandboxHas(key) {
    return O.prototype.hasOwnProperty.call(sandbox, key);
  }

  function descriptorOf(key) {
    if (sandboxHas(key)) return localDescriptor(R.getOwnPropertyDescriptor(sandbox, key));
    return own(origGOPD, global, key);
  }

  // The global's own keys, then the sandbox's, strings before symbols.
  function ownKeysOf() {
    const mine = own(origOwnKeys, global);
    const theirs = R.ownKeys(sandbox);
    const seen = new SafeSet(theirs);
    const strings = [];
    const symbols = [];
    for (const key of mine) {
      if (seen.has(key)) continue;
      (typeof key === 'symbol' ? symbols : strings).push(key);
    }
    for (const key of theirs) (typeof key === 'symbol' ? symbols : strings).push(key);
    // JSC leaves the global's constant values out of its own keys.
    for (const key of kConstants) {
      if (!seen.has(key) && !strings.includes(key) && own(origGOPD, global, key) !== undefined) strings.push(key);
    }
    return [...strings, ...symbols];
  }

  // Defines on the sandbox, as node's definer does; a name the global holds itself
  // (a builtin, a declaration) is redefined there too, since compiled code reads it
  // from the global's own storage. So is every symbol key: the global's property
  // callbacks get a symbol as its description string, so reads of a symbol never
  // reach the sandbox.
  function defineOn(key, desc) {
    const ok = R.defineProperty(sandbox, key, desc);
    if (ok && (typeof key === 'symbol' || own(origGOPD, global, key) !== undefined)) {
      try {
        own(origDefine, global, key, desc);
      } catch {
        // a non-configurable builtin keeps its value in compiled code
      }
    }
    return ok;
  }

  function toKey(key) {
    return typeof key === 'symbol' ? key : `${key}`;
  }

  function replace(target, name, fn) {
    origDefine(target, name, { value: fn, writable: true, enumerable: false, configurable: true });
    origDefine(fn, 'name', { value: name, configurable: true });
  }

  const methods = {
    getOwnPropertyDescriptor(o, key) {
      if (o === global) return descriptorOf(toKey(key));
      return origGOPD(o, key);
    },
    getOwnPropertyDescriptors(o) {
      if (o !== global) return orig.getOwnPropertyDescriptors(o);
      const out = {};
      for (const key of ownKeysOf()) {
        const desc = descriptorOf(key);
        if (desc !== undefined) out[key] = desc;
      }
      return out;
    },
    defineProperty(o, key, desc) {
      if (o !== global) return origDefine(o, key, desc);
      key = toKey(key);
      if (!defineOn(key, desc)) {
        throw new TypeErr(`Cannot redefine property: ${Str(key)}`);
      }
      return o;
    },
    defineProperties(o, props) {
      if (o !== global) return orig.defineProperties(o, props);
      for (const key of origOwnKeys(props)) {
        const d = origGOPD(props, key);
        if (d !== undefined && d.enumerable) methods.defineProperty(o, key, props[key]);
      }
      return o;
    },
    keys(o) {
      if (o !== global) return orig.keys(o);
      return ownKeysOf().filter((k) => typeof k === 'string' && descriptorOf(k)?.enumerable);
    },
    values(o) {
      if (o !== global) return orig.values(o);
      return methods.keys(o).map((k) => o[k]);
    },
    entries(o) {
      if (o !== global) return orig.entries(o);
      return methods.keys(o).map((k) => [k, o[k]]);
    },
    getOwnPropertyNames(o) {
      if (o !== global) return orig.getOwnPropertyNames(o);
      return ownKeysOf().filter((k) => typeof k === 'string');
    },
    getOwnPropertySymbols(o) {
      if (o !== global) return orig.getOwnPropertySymbols(o);
      return ownKeysOf().filter((k) => typeof k === 'symbol');
    },
    hasOwn(o, key) {
      if (o !== global) return orig.hasOwn(o, key);
      return descriptorOf(toKey(key)) !== undefined;
    },
  };
  const orig = {};
  for (const name of O.keys(methods)) orig[name] = O[name];
  const origReflect = {
    getOwnPropertyDescriptor: R.getOwnPropertyDescriptor,
    defineProperty: R.defineProperty,
    ownKeys: R.ownKeys,
  };
  const origHasOwnProperty = O.prototype.hasOwnProperty;
  const origIsEnumerable = O.prototype.propertyIsEnumerable;

  for (const name of O.keys(methods)) replace(O, name, methods[name]);
  replace(R, 'getOwnPropertyDescriptor', function getOwnPropertyDescriptor(o, key) {
    if (o === global) return descriptorOf(toKey(key));
    return origReflect.getOwnPropertyDescriptor(o, key);
  });
  replace(R, 'defineProperty', function defineProperty(o, key, desc) {
    if (o === global) return defineOn(toKey(key), desc);
    return origReflect.defineProperty(o, key, desc);
  });
  replace(R, 'ownKeys', function ownKeys(o) {
    if (o === global) return ownKeysOf();
    return origReflect.ownKeys(o);
  });
  replace(O.prototype, 'hasOwnProperty', function hasOwnProperty(key) {
    if (this === global) return descriptorOf(toKey(key)) !== undefined;
    return origHasOwnProperty.call(this, key);
  });
  replace(O.prototype, 'propertyIsEnumerable', function propertyIsEnumerable(key) {
    if (this === global) return descriptorOf(toKey(key))?.enumerable === true;
    return origIsEnumerable.call(this, key);
  });
}

let source;
function installGlobalView(binding, global, sandbox) {
  source ??= `(${install})`;
  const fn = binding.run(global, source, 'node:internal/vm/global_view', 0);
  binding.withoutSandbox(global, () => fn(global, sandbox, (f, ...args) =>
    binding.withoutSandbox(global, f, ...args)));
}

module.exports = { installGlobalView };
