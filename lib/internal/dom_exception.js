'use strict';
// DOMException (WebIDL): name, message and code are accessors on the prototype over
// private state, and the legacy numeric codes are constants on both the constructor
// and the prototype. A name outside the legacy table has code 0.

const { captureStackTrace } = require('internal/errors/stack');

// [name, legacy constant] in code order: the code is the index + 1.
const kLegacy = [
  ['IndexSizeError', 'INDEX_SIZE_ERR'],
  ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR'],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR'],
  ['WrongDocumentError', 'WRONG_DOCUMENT_ERR'],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR'],
  ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR'],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR'],
  ['NotFoundError', 'NOT_FOUND_ERR'],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR'],
  ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR'],
  ['InvalidStateError', 'INVALID_STATE_ERR'],
  ['SyntaxError', 'SYNTAX_ERR'],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR'],
  ['NamespaceError', 'NAMESPACE_ERR'],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR'],
  ['ValidationError', 'VALIDATION_ERR'],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR'],
  ['SecurityError', 'SECURITY_ERR'],
  ['NetworkError', 'NETWORK_ERR'],
  ['AbortError', 'ABORT_ERR'],
  ['URLMismatchError', 'URL_MISMATCH_ERR'],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR'],
  ['TimeoutError', 'TIMEOUT_ERR'],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR'],
  ['DataCloneError', 'DATA_CLONE_ERR'],
];
const codeByName = new Map(kLegacy.map(([name], i) => [name, i + 1]));

const internals = new WeakMap();

function invalidThis() {
  const err = new TypeError('Value of "this" must be of DOMException');
  err.code = 'ERR_INVALID_THIS';
  return err;
}

function stateOf(self) {
  const state = internals.get(self);
  if (state === undefined) throw invalidThis();
  return state;
}

class DOMException {
  constructor(message = '', options = 'Error') {
    // Made by Error so that it is a real error object (Error.isError, structured
    // clone), with this class's prototype.
    const self = Reflect.construct(Error, [], new.target);
    message = `${message}`;
    let name;
    if (options !== null && typeof options === 'object') {
      name = 'name' in options ? `${options.name}` : 'Error';
      if ('cause' in options) {
        Object.defineProperty(self, 'cause', {
          __proto__: null,
          value: options.cause, writable: true, enumerable: false, configurable: true,
        });
      }
    } else {
      name = `${options}`;
    }
    internals.set(self, { name, message });
    captureStackTrace(self);
    return self;
  }

  get name() {
    return stateOf(this).name;
  }

  get message() {
    return stateOf(this).message;
  }

  get code() {
    return codeByName.get(stateOf(this).name) ?? 0;
  }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
for (const key of ['name', 'message', 'code']) {
  Object.defineProperty(DOMException.prototype, key, { __proto__: null, enumerable: true });
}
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, {
  __proto__: null,
  value: 'DOMException', writable: false, enumerable: false, configurable: true,
});
kLegacy.forEach(([, constant], i) => {
  const desc = { __proto__: null, value: i + 1, writable: false, enumerable: true, configurable: false };
  Object.defineProperty(DOMException, constant, desc);
  Object.defineProperty(DOMException.prototype, constant, desc);
});

// structuredClone of a DOMException: a plain DOMException with the same name,
// message and stack (subclass, cause and own properties are not carried), or
// undefined for an object that is not one.
function cloneDOMException(value) {
  const state = internals.get(value);
  if (state === undefined) return undefined;
  const copy = new DOMException(state.message, state.name);
  Object.defineProperty(copy, 'stack', {
    __proto__: null, value: value.stack, writable: true, enumerable: false, configurable: true,
  });
  return copy;
}

module.exports = { DOMException, cloneDOMException };
