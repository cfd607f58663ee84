'use strict';
// process.report: node's diagnostic report as a JSON object (getReport) or a file
// (writeReport). Packages read it to tell glibc from musl (header.glibcVersionRuntime,
// sharedObjects), so the header and the shared objects are what eddy fills in with
// care; the V8- and libuv-internal sections keep node's shape with what eddy can know.
// The automatic reports (on a signal, a fatal error, an uncaught exception) are
// settings only: eddy keeps them so programs read back what they set.

const {
  validateBoolean, validateObject, validateSignalName, validateString,
} = require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

const kReportVersion = 5;

const settings = {
  directory: '',
  filename: '',
  compact: false,
  excludeNetwork: false,
  excludeEnv: false,
  signal: 'SIGUSR2',
  reportOnFatalError: false,
  reportOnSignal: false,
  reportOnUncaughtException: false,
};

let sequence = 0;

function readText(path) {
  try {
    return require('fs').readFileSync(path, 'latin1');
  } catch {
    return '';
  }
}

// "2026-11-27T10:16:13Z": node's time of the report, to the second.
function eventTime(date) {
  return `${date.toISOString().slice(0, 19)}Z`;
}

// The JavaScript stack of err, as node lists it: the header
// line, then each frame's "at ..." text, then err's own enumerable properties.
function javascriptStack(err) {
  const error = err;
  const properties = {};
  for (const key of Object.keys(error)) {
    if (key !== 'stack' && key !== 'message') properties[key] = `${error[key]}`;
  }
  const text = typeof error.stack === 'string' ? error.stack : `${error}`;
  const lines = text.split('\n');
  const first = lines.findIndex((l) => /^\s+at /.test(l));
  const message = (first === -1 ? lines : lines.slice(0, first)).join('\n');
  const stack = first === -1 ? ['Unavailable.'] : lines.slice(first).map((l) => l.trim());
  return { message, stack, errorProperties: properties };
}

// What the stack of a report without an error shows: where it was asked for.
function syntheticError(caller) {
  const err = new Error('JavaScript Callstack');
  Object.defineProperty(err, 'name', { value: 'Error [ERR_SYNTHETIC]', configurable: true, writable: true });
  err.code = 'ERR_SYNTHETIC';
  Error.captureStackTrace(err, caller);
  return err;
}

function cpuUsage(usage, seconds) {
  const user = usage.userCPUTime / 1e6;
  const kernel = usage.systemCPUTime / 1e6;
  const percent = (value) => (seconds > 0 ? Math.round((value / seconds) * 1e6) / 1e4 : 0);
  return {
    userCpuSeconds: user,
    kernelCpuSeconds: kernel,
    cpuConsumptionPercent: percent(user + kernel),
    userCpuConsumptionPercent: percent(user),
    kernelCpuConsumptionPercent: percent(kernel),
  };
}

function resourceUsage() {
  const os = require('os');
  const usage = process.resourceUsage();
  const rss = process.memoryUsage.rss();
  const free = os.freemem();
  return {
    free_memory: free,
    total_memory: os.totalmem(),
    rss,
    constrained_memory: process.constrainedMemory(),
    available_memory: process.availableMemory(),
    ...cpuUsage(usage, process.uptime()),
    maxRss: usage.maxRSS * 1024,
    pageFaults: { IORequired: usage.majorPageFault, IONotRequired: usage.minorPageFault },
    fsActivity: { reads: usage.fsRead, writes: usage.fsWrite },
  };
}

function threadResourceUsage() {
  const usage = process.threadCpuUsage();
  const fs = process.resourceUsage();
  return {
    ...cpuUsage({ userCPUTime: usage.user, systemCPUTime: usage.system }, process.uptime()),
    fsActivity: { reads: fs.fsRead, writes: fs.fsWrite },
  };
}

// node's names for the resource limits, from /proc/self/limits' rows.
const kLimits = [
  ['core_file_size_blocks', 'Max core file size'],
  ['data_seg_size_bytes', 'Max data size'],
  ['file_size_blocks', 'Max file size'],
  ['max_locked_memory_bytes', 'Max locked memory'],
  ['max_memory_size_bytes', 'Max resident set'],
  ['open_files', 'Max open files'],
  ['stack_size_bytes', 'Max stack size'],
  ['cpu_time_seconds', 'Max cpu time'],
  ['max_user_processes', 'Max processes'],
  ['virtual_memory_bytes', 'Max address space'],
];

function userLimits() {
  const rows = new Map();
  for (const line of readText('/proc/self/limits').split('\n')) {
    const m = /^(Max [a-z ]+?)\s{2,}(\S+)\s+(\S+)/.exec(line);
    if (m !== null) rows.set(m[1], [m[2], m[3]]);
  }
  const limit = (v) => (v === 'unlimited' ? 'unlimited' : Number(v));
  const out = {};
  for (const [name, row] of kLimits) {
    const v = rows.get(row);
    if (v !== undefined) out[name] = { soft: limit(v[0]), hard: limit(v[1]) };
  }
  return out;
}

// The shared libraries mapped into the process, in the order first mapped.
function sharedObjects() {
  const seen = new Set();
  for (const line of readText('/proc/self/maps').split('\n')) {
    const path = line.split(/\s+/)[5];
    if (path !== undefined && /\.so(\.|$)/.test(path)) seen.add(path);
  }
  return [...seen];
}

function header(event, trigger, filename, now) {
  const os = require('os');
  const [glibcRuntime, glibcCompiler] = internalBinding('process').libcVersions();
  const out = {
    reportVersion: kReportVersion,
    event,
    trigger,
    filename,
    dumpEventTime: eventTime(now),
    dumpEventTimeStamp: `${now.getTime()}`,
    processId: process.pid,
    threadId: require('worker_threads').threadId,
    cwd: process.cwd(),
    commandLine: [process.argv0 === process.execPath ? process.execPath : process.argv0,
      ...process.execArgv, ...process.argv.slice(1)],
    nodejsVersion: process.version,
  };
  if (glibcRuntime !== undefined) {
    out.glibcVersionRuntime = glibcRuntime;
    out.glibcVersionCompiler = glibcCompiler;
  }
  Object.assign(out, {
    wordSize: 64,
    arch: process.arch,
    platform: process.platform,
    componentVersions: { ...process.versions },
    release: { ...process.release },
    osName: os.type(),
    osRelease: os.release(),
    osVersion: os.version(),
    osMachine: os.machine(),
    cpus: os.cpus().map((c) => ({ model: c.model, speed: c.speed, ...c.times })),
  });
  if (!settings.excludeNetwork) {
    const list = [];
    for (const [name, addresses] of Object.entries(os.networkInterfaces())) {
      for (const a of addresses) {
        const entry = { name, internal: a.internal, mac: a.mac, address: a.address, netmask: a.netmask, family: a.family };
        if (a.family === 'IPv6') entry.scopeid = a.scopeid;
        list.push(entry);
      }
    }
    out.networkInterfaces = list;
  }
  out.host = os.hostname();
  return out;
}

function javascriptHeap() {
  const mem = process.memoryUsage();
  return {
    totalMemory: mem.heapTotal,
    executableMemory: 0,
    totalCommittedMemory: mem.heapTotal,
    availableMemory: process.availableMemory(),
    totalGlobalHandlesMemory: 0,
    usedGlobalHandlesMemory: 0,
    usedMemory: mem.heapUsed,
    memoryLimit: process.constrainedMemory() || require('os').totalmem(),
    mallocedMemory: 0,
    externalMemory: mem.external,
    peakMallocedMemory: 0,
    nativeContextCount: 1,
    detachedContextCount: 0,
    doesZapGarbage: 0,
    heapSpaces: {},
  };
}

function build(event, trigger, filename, err) {
  const report = {
    header: header(event, trigger, filename, new Date()),
    javascriptStack: javascriptStack(err),
    javascriptHeap: javascriptHeap(),
    nativeStack: [],
    resourceUsage: resourceUsage(),
    uvthreadResourceUsage: threadResourceUsage(),
    libuv: [],
    workers: [],
  };
  if (!settings.excludeEnv) report.environmentVariables = { ...process.env };
  report.userLimits = userLimits();
  report.sharedObjects = sharedObjects();
  return report;
}

function pad(n, width = 2) {
  return `${n}`.padStart(width, '0');
}

// report.YYYYMMDD.HHMMSS.PID.THREAD.SEQ.json, node's default name.
function defaultFilename() {
  const d = new Date();
  const date = `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}`;
  const time = `${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
  return `report.${date}.${time}.${process.pid}.${require('worker_threads').threadId}.${pad(++sequence, 3)}.json`;
}

function writeReport(file, err) {
  if (typeof file === 'object' && file !== null) {
    err = file;
    file = undefined;
  } else if (file !== undefined) {
    validateString(file, 'file');
  }
  if (err === undefined) {
    err = syntheticError(writeReport);
  } else {
    validateObject(err, 'err');
  }
  if (require('internal/options').permissionEnabled && file !== 'stdout' && file !== 'stderr') {
    // As node: the named file, else the directory the report would go to.
    require('internal/process/permission').checkWrite(file ?? (settings.directory || process.cwd()));
  }
  const path = require('path');
  let name = file ?? (settings.filename || defaultFilename());
  const toStream = name === 'stdout' || name === 'stderr';
  if (!toStream && settings.directory !== '' && !path.isAbsolute(name)) {
    name = path.join(settings.directory, name);
  }
  const report = build('JavaScript API', 'API', toStream ? null : name, err);
  const text = `${JSON.stringify(report, null, settings.compact ? undefined : 2)}\n`;
  const fs = require('fs');
  if (toStream) {
    fs.writeSync(name === 'stdout' ? 1 : 2, text);
    return name;
  }
  process._rawDebug(`\nWriting Node.js report to file: ${name}`);
  fs.writeFileSync(name, text);
  process._rawDebug('Node.js report completed');
  return name;
}

function getReport(err) {
  if (err === undefined) {
    err = syntheticError(getReport);
  } else if (err === null || typeof err !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('err', 'Object', err);
  }
  return build('JavaScript API', 'GetReport', null, err);
}

const report = { writeReport, getReport };
// The settings, each checked as node checks it when set.
const settingValidators = {
  directory: (v) => validateString(v, 'directory'),
  filename: (v) => validateString(v, 'filename'),
  compact: (v) => validateBoolean(v, 'compact'),
  excludeNetwork: (v) => validateBoolean(v, 'excludeNetwork'),
  signal: (v) => {
    validateString(v, 'signal');
    validateSignalName(v, 'signal');
  },
  reportOnFatalError: (v) => validateBoolean(v, 'trigger'),
  reportOnSignal: (v) => validateBoolean(v, 'trigger'),
  reportOnUncaughtException: (v) => validateBoolean(v, 'trigger'),
  excludeEnv: (v) => validateBoolean(v, 'excludeEnv'),
};
for (const [key, validate] of Object.entries(settingValidators)) {
  Object.defineProperty(report, key, {
    __proto__: null,
    get() { return settings[key]; },
    set(value) {
      validate(value);
      settings[key] = value;
    },
    enumerable: true,
    configurable: true,
  });
}

module.exports = { report };
