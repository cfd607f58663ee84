'use strict';
// Readable.from(iterable): a Readable (objectMode by default) that pulls from a
// sync or async iterator, one next() per _read, awaiting promised values.

const { codes } = require('internal/errors');
const { isBuffer } = require('internal/streams/chunk');

function from(Readable, iterable, opts) {
  if (typeof iterable === 'string' || isBuffer(iterable)) {
    return new Readable({
      objectMode: true,
      ...opts,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }

  let iterator;
  let isAsync;
  if (iterable && typeof iterable[Symbol.asyncIterator] === 'function') {
    isAsync = true;
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable && typeof iterable[Symbol.iterator] === 'function') {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
  }

  const readable = new Readable({ objectMode: true, highWaterMark: 1, ...opts });
  let reading = false;
  let isAsyncValues = false;

  readable._read = function() {
    if (!reading) {
      reading = true;
      if (isAsync) nextAsync();
      else if (isAsyncValues) nextSyncWithAsyncValues();
      else nextSync();
    }
  };

  readable._destroy = function(error, cb) {
    close(error).then(
      () => process.nextTick(cb, error),
      (e) => process.nextTick(cb, e || error));
  };

  async function close(error) {
    const hadError = error !== undefined && error !== null;
    if (hadError && typeof iterator.throw === 'function') {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }

  // Sync iterators run in a loop until push() says stop; the first promised value
  // switches to the awaiting loop.
  function nextSync() {
    for (;;) {
      let item;
      try {
        item = iterator.next();
      } catch (err) {
        readable.destroy(err);
        return;
      }
      if (item.done) {
        readable.push(null);
        return;
      }
      const value = item.value;
      if (value && typeof value.then === 'function') {
        isAsyncValues = true;
        value.then((v) => afterAsyncValue(v), (err) => readable.destroy(err));
        return;
      }
      if (value === null) {
        reading = false;
        readable.destroy(new codes.ERR_STREAM_NULL_VALUES());
        return;
      }
      if (!readable.push(value)) {
        reading = false;
        return;
      }
    }
  }

  function afterAsyncValue(value) {
    if (value === null) {
      reading = false;
      readable.destroy(new codes.ERR_STREAM_NULL_VALUES());
      return;
    }
    if (readable.push(value)) nextSyncWithAsyncValues();
    else reading = false;
  }

  async function nextSyncWithAsyncValues() {
    for (;;) {
      try {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        const res = (value && typeof value.then === 'function') ? await value : value;
        if (res === null) {
          reading = false;
          throw new codes.ERR_STREAM_NULL_VALUES();
        } else if (readable.push(res)) {
          continue;
        } else {
          reading = false;
        }
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }

  async function nextAsync() {
    for (;;) {
      try {
        const { value, done } = await iterator.next();
        if (done) {
          readable.push(null);
        } else {
          const res = (value && typeof value.then === 'function') ? await value : value;
          if (res === null) {
            reading = false;
            throw new codes.ERR_STREAM_NULL_VALUES();
          } else if (readable.push(res)) {
            continue;
          } else {
            reading = false;
          }
        }
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }

  return readable;
}

module.exports = from;
