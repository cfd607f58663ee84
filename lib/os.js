'use strict';
// node:os: facts about the machine and the user, from internalBinding('os'). The
// binding returns raw values or a negative libuv errno; failures become node's
// ERR_SYSTEM_ERROR naming the uv_* call.

const binding = internalBinding('os');
const { codes, uvErrorInfo } = require('internal/errors');
const { validateInt32 } = require('internal/validators');

// os.constants in node's shape: null-prototype objects, priorities named
// PRIORITY_* (the binding names them after libuv's UV_PRIORITY_*).
const constants = (() => {
  const raw = internalBinding('constants').os;
  const copy = (obj, rename = (k) => k) => {
    const out = { __proto__: null };
    for (const key of Object.keys(obj)) out[rename(key)] = obj[key];
    return out;
  };
  return {
    __proto__: null,
    UV_UDP_REUSEADDR: raw.UV_UDP_REUSEADDR,
    dlopen: copy(raw.dlopen),
    errno: copy(raw.errno),
    signals: copy(raw.signals),
    priority: copy(raw.priority, (k) => k.replace(/^UV_/, '')),
  };
})();
const isWindows = process.platform === 'win32';

// The context object of ERR_SYSTEM_ERROR for a failed libuv call.
function systemError(errno, syscall) {
  const [code, message] = uvErrorInfo(errno);
  return new codes.ERR_SYSTEM_ERROR({ errno, code, message, syscall });
}

// Calls a binding function that answers a negative number on failure.
function checked(fn, syscall) {
  return function checkError() {
    const ret = fn();
    if (typeof ret === 'number' && ret < 0) throw systemError(ret, syscall);
    return ret;
  };
}

const getHostname = checked(binding.getHostname, 'uv_os_gethostname');
const getHomeDirectory = checked(binding.getHomeDirectory, 'uv_os_homedir');
const getUptime = checked(binding.getUptime, 'uv_uptime');
const getOSInformation = checked(binding.getOSInformation, 'uv_os_uname');

let osInfo;
function osInformation() {
  // The uname facts do not change while the process runs.
  osInfo ??= getOSInformation();
  return osInfo;
}

function loadavg() {
  return binding.getLoadAvg();
}

function cpus() {
  const data = binding.getCPUs();
  if (typeof data === 'number') return [];
  const result = [];
  for (let i = 0; i < data.length; i += 7) {
    result.push({
      model: data[i],
      speed: data[i + 1],
      times: {
        user: data[i + 2],
        nice: data[i + 3],
        sys: data[i + 4],
        idle: data[i + 5],
        irq: data[i + 6],
      },
    });
  }
  return result;
}

function arch() {
  return process.arch;
}
arch[Symbol.toPrimitive] = () => process.arch;

function platform() {
  return process.platform;
}
platform[Symbol.toPrimitive] = () => process.platform;

function tmpdir() {
  if (isWindows) {
    let path = process.env.TEMP || process.env.TMP ||
      `${process.env.SystemRoot || process.env.windir}\\temp`;
    if (path.length > 1 && path.endsWith('\\') && !path.endsWith(':\\')) path = path.slice(0, -1);
    return path;
  }
  let path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}
tmpdir[Symbol.toPrimitive] = () => tmpdir();

function endianness() {
  return 'LE';
}
endianness[Symbol.toPrimitive] = () => 'LE';

function freemem() {
  return binding.getFreeMem();
}
freemem[Symbol.toPrimitive] = () => binding.getFreeMem();

function totalmem() {
  return binding.getTotalMem();
}
totalmem[Symbol.toPrimitive] = () => binding.getTotalMem();

function hostname() {
  return getHostname();
}
hostname[Symbol.toPrimitive] = () => getHostname();

function homedir() {
  return getHomeDirectory();
}
homedir[Symbol.toPrimitive] = () => getHomeDirectory();

function uptime() {
  return getUptime();
}
uptime[Symbol.toPrimitive] = () => getUptime();

function type() {
  return osInformation()[0];
}
type[Symbol.toPrimitive] = () => osInformation()[0];

function version() {
  return osInformation()[1];
}
version[Symbol.toPrimitive] = () => osInformation()[1];

function release() {
  return osInformation()[2];
}
release[Symbol.toPrimitive] = () => osInformation()[2];

function machine() {
  return osInformation()[3];
}
machine[Symbol.toPrimitive] = () => osInformation()[3];

function availableParallelism() {
  return binding.getAvailableParallelism();
}
availableParallelism[Symbol.toPrimitive] = () => binding.getAvailableParallelism();

// The prefix length of a netmask, or null when its bits are not contiguous.
function getCIDR(address, netmask, family) {
  let ones = 0;
  let split = '.';
  let range = 10;
  let groupLength = 8;
  let hasZeros = false;
  if (family === 'IPv6') {
    split = ':';
    range = 16;
    groupLength = 16;
  }
  const parts = netmask.split(split);
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] !== '') {
      const binary = parseInt(parts[i], range);
      const tmp = countBinaryOnes(binary);
      ones += tmp;
      if (hasZeros) {
        if (tmp !== 0) return null;
      } else if (tmp !== groupLength) {
        if ((binary & 1) !== 0) return null;
        hasZeros = true;
      }
    }
  }
  return `${address}/${ones}`;
}

function countBinaryOnes(n) {
  let count = 0;
  for (; n > 0; n >>>= 1) count += n & 1;
  return count;
}

function networkInterfaces() {
  const data = binding.getInterfaceAddresses();
  if (typeof data === 'number') throw systemError(data, 'uv_interface_addresses');
  const result = {};
  for (let i = 0; i < data.length; i += 7) {
    const name = data[i];
    const entry = {
      address: data[i + 1],
      netmask: data[i + 2],
      family: data[i + 3],
      mac: data[i + 4],
      internal: data[i + 5],
      cidr: getCIDR(data[i + 1], data[i + 2], data[i + 3]),
    };
    if (data[i + 3] === 'IPv6') entry.scopeid = data[i + 6];
    if (result[name] === undefined) result[name] = [entry];
    else result[name].push(entry);
  }
  return result;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  const err = binding.setPriority(pid, priority);
  if (err !== 0) throw systemError(err, 'uv_os_setpriority');
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  const out = [];
  const err = binding.getPriority(pid, out);
  if (err !== 0) throw systemError(err, 'uv_os_getpriority');
  return out[0];
}

function userInfo(options) {
  if (typeof options !== 'object') options = null;
  const data = binding.getUserInfo();
  if (typeof data === 'number') throw systemError(data, 'uv_os_get_passwd');
  let [uid, gid, username, homedir, shell] = data;
  const encoding = options?.encoding;
  if (encoding !== undefined && encoding !== null && encoding !== 'utf8' && encoding !== 'utf-8') {
    const { Buffer } = require('buffer');
    const convert = (s) => {
      if (s === null) return s;
      const buf = Buffer.from(s, 'utf8');
      return encoding === 'buffer' ? buf : buf.toString(encoding);
    };
    username = convert(username);
    homedir = convert(homedir);
    shell = convert(shell);
  }
  if (isWindows) {
    uid = -1;
    gid = -1;
    shell = null;
  }
  return { __proto__: null, uid, gid, username, homedir, shell };
}

module.exports = {
  arch,
  availableParallelism,
  cpus,
  endianness,
  freemem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform,
  release,
  setPriority,
  tmpdir,
  totalmem,
  type,
  userInfo,
  uptime,
  version,
  machine,
};

Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, value: constants },
  EOL: { configurable: true, enumerable: true, writable: false, value: isWindows ? '\r\n' : '\n' },
  devNull: { configurable: true, enumerable: true, writable: false, value: isWindows ? '\\\\.\\nul' : '/dev/null' },
});
