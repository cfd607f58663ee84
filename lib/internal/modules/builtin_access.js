'use strict';
// process.getBuiltinModule(id)

const { validateString } = require('internal/validators');
const { BuiltinModule } = require;

function getBuiltinModule(id) {
  validateString(id, 'id');
  const normalized = id.startsWith('node:') ? id.slice(5) : id;
  const ok = id.startsWith('node:') ? BuiltinModule.canBeRequiredByUsers(normalized)
    : BuiltinModule.canBeRequiredWithoutScheme(normalized);
  return ok ? require(normalized) : undefined;
}

module.exports = { getBuiltinModule };
