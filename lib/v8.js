'use strict';
// node:v8 on JavaScriptCore: the parts that have a meaning here. Heap statistics
// are JSC's heap numbers under V8's names (JSC has one garbage-collected heap, so
// getHeapSpaceStatistics reports it all as old_space and the other V8 spaces as
// empty). serialize/deserialize speak V8's wire format (internal/v8/serdes.js).
// Flags are V8's and mean nothing to JSC: setFlagsFromString accepts and ignores
// them. Heap snapshots, promise hooks, queryObjects and CPU profiles are V8
// inspector features eddy does not have: they throw ERR_METHOD_NOT_IMPLEMENTED.

const { codes } = require('internal/errors');
const { validateString, validateFunction, validateUint32 } = require('internal/validators');
const serdes = require('internal/v8/serdes');

// The limit node's V8 would have: its old generation (--max-old-space-size[-percentage],
// else a quarter of the memory, at most 4 GiB: src/runtime/engine.c) and the young
// generation's three 64 MiB semi-spaces.
let heapSizeLimit;
function getHeapSizeLimit() {
  heapSizeLimit ??= internalBinding('process').options.oldSpaceBytes + 3 * 64 * 1024 * 1024;
  return heapSizeLimit;
}

function getHeapStatistics() {
  const { heapTotal, heapUsed, external } = process.memoryUsage();
  const kHeapSizeLimit = getHeapSizeLimit();
  return {
    total_heap_size: heapTotal,
    total_heap_size_executable: 0,
    total_physical_size: heapTotal,
    total_available_size: Math.max(0, kHeapSizeLimit - heapUsed),
    used_heap_size: heapUsed,
    heap_size_limit: kHeapSizeLimit,
    malloced_memory: 0,
    peak_malloced_memory: 0,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: external,
  };
}

const kSpaces = [
  'read_only_space', 'new_space', 'old_space', 'code_space', 'shared_space',
  'trusted_space', 'shared_trusted_space', 'new_large_object_space', 'large_object_space',
  'code_large_object_space', 'shared_large_object_space',
  'shared_trusted_large_object_space', 'trusted_large_object_space',
];

function getHeapSpaceStatistics() {
  const { heapTotal, heapUsed } = process.memoryUsage();
  return kSpaces.map((name) => {
    const old = name === 'old_space';
    return {
      space_name: name,
      space_size: old ? heapTotal : 0,
      space_used_size: old ? heapUsed : 0,
      space_available_size: old ? Math.max(0, heapTotal - heapUsed) : 0,
      physical_space_size: old ? heapTotal : 0,
    };
  });
}

function getHeapCodeStatistics() {
  return {
    code_and_metadata_size: 0,
    bytecode_and_metadata_size: 0,
    external_script_source_size: 0,
    cpu_profiler_metadata_size: 0,
  };
}

function getCppHeapStatistics(detailLevel = 'detailed') {
  return {
    committed_size_bytes: 0,
    resident_size_bytes: 0,
    used_size_bytes: 0,
    space_statistics: [],
    type_names: [],
    detail_level: detailLevel,
  };
}

// eddy's vm cachedData is never consumed, so the tag only has to be stable and,
// as V8's, change when flags are set: a hash of 'eddy' and the flags given.
let versionTag = 0x65646479; // 'eddy'
function cachedDataVersionTag() {
  return versionTag;
}

function setFlagsFromString(flags) {
  validateString(flags, 'flags');
  for (let i = 0; i < flags.length; i++) {
    versionTag = (Math.imul(versionTag, 31) + flags.charCodeAt(i)) >>> 0;
  }
}

function setHeapSnapshotNearHeapLimit(limit) {
  validateUint32(limit, 'limit', true);
}

function notImplemented(name) {
  return function() {
    throw new codes.ERR_METHOD_NOT_IMPLEMENTED(name);
  };
}

function isStringOneByteRepresentation(content) {
  validateString(content, 'content');
  for (let i = 0; i < content.length; i++) {
    if (content.charCodeAt(i) > 0xff) return false;
  }
  return true;
}

class GCProfiler {
  #start = 0;
  #running = false;

  start() {
    if (this.#running) return;
    this.#running = true;
    this.#start = Date.now();
  }

  stop() {
    if (!this.#running) return undefined;
    this.#running = false;
    return { version: 1, startTime: this.#start, endTime: Date.now(), statistics: [] };
  }

  [Symbol.dispose]() {
    this.stop();
  }
}


const startupSnapshot = {
  isBuildingSnapshot() {
    return false;
  },
  addSerializeCallback(callback) {
    validateFunction(callback, 'callback');
    throw new codes.ERR_NOT_BUILDING_SNAPSHOT();
  },
  addDeserializeCallback(callback) {
    validateFunction(callback, 'callback');
    throw new codes.ERR_NOT_BUILDING_SNAPSHOT();
  },
  setDeserializeMainFunction(callback) {
    validateFunction(callback, 'callback');
    throw new codes.ERR_NOT_BUILDING_SNAPSHOT();
  },
};

module.exports = {
  cachedDataVersionTag,
  getHeapSnapshot: notImplemented('getHeapSnapshot'),
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  getCppHeapStatistics,
  setFlagsFromString,
  Serializer: serdes.Serializer,
  Deserializer: serdes.Deserializer,
  DefaultSerializer: serdes.DefaultSerializer,
  DefaultDeserializer: serdes.DefaultDeserializer,
  deserialize: serdes.deserialize,
  takeCoverage() {},
  stopCoverage() {},
  serialize: serdes.serialize,
  writeHeapSnapshot: notImplemented('writeHeapSnapshot'),
  promiseHooks: require('internal/promise_hooks').promiseHooks,
  queryObjects: notImplemented('queryObjects'),
  startupSnapshot,
  setHeapSnapshotNearHeapLimit,
  GCProfiler,
  isStringOneByteRepresentation,
  startCpuProfile: notImplemented('startCpuProfile'),
};
