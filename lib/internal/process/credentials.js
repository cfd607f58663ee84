'use strict';
// process.setuid/setgid/seteuid/setegid/setgroups/initgroups (main thread only,
// as node): validation and name lookups here, the system calls in
// internalBinding('credentials').

const binding = internalBinding('credentials');
const { codes, uvErrorInfo } = require('internal/errors');
const { validateArray, validateUint32 } = require('internal/validators');

function validateId(id, name) {
  if (typeof id === 'number') validateUint32(id, name);
  else if (typeof id !== 'string') throw new codes.ERR_INVALID_ARG_TYPE(name, ['number', 'string'], id);
}

function userId(id) {
  if (typeof id === 'number') return id;
  const uid = binding.userId(id);
  if (uid === -1) throw new codes.ERR_UNKNOWN_CREDENTIAL('User identifier', id);
  return uid;
}

function groupId(id) {
  if (typeof id === 'number') return id;
  const gid = binding.groupId(id);
  if (gid === -1) throw new codes.ERR_UNKNOWN_CREDENTIAL('Group identifier', id);
  return gid;
}

// Node's ErrnoException: `EPERM, Operation not permitted` (the C library's text).
function errnoError(errno, syscall) {
  const [code, message] = uvErrorInfo(errno);
  const err = new Error(`${code}, ${message.charAt(0).toUpperCase()}${message.slice(1)}`);
  err.errno = -errno;
  err.code = code;
  err.syscall = syscall;
  return err;
}

function setter(kind, syscall, resolve) {
  return function(id) {
    validateId(id, 'id');
    const rc = binding.setId(kind, resolve(id));
    if (rc < 0) throw errnoError(rc, syscall);
  };
}

const setuid = setter(0, 'setuid', userId);
const setgid = setter(1, 'setgid', groupId);
const seteuid = setter(2, 'seteuid', userId);
const setegid = setter(3, 'setegid', groupId);

function setgroups(groups) {
  validateArray(groups, 'groups');
  for (let i = 0; i < groups.length; i++) validateId(groups[i], `groups[${i}]`);
  const rc = binding.setGroups(groups.map(groupId));
  if (rc < 0) throw errnoError(rc, 'setgroups');
}

function initgroups(user, extraGroup) {
  validateId(user, 'user');
  validateId(extraGroup, 'extraGroup');
  const gid = groupId(extraGroup);
  let name = user;
  if (typeof user === 'number') {
    name = binding.userName(user);
    if (name === null) throw new codes.ERR_UNKNOWN_CREDENTIAL('User identifier', user);
  }
  const rc = binding.initGroups(name, gid);
  if (rc < 0) throw errnoError(rc, 'initgroups');
}

module.exports = { initgroups, setegid, seteuid, setgid, setgroups, setuid };
