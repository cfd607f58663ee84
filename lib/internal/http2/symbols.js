'use strict';
// The private keys that http2's session and stream files share.

const kHandle = Symbol('kHandle');
const kSocket = Symbol('kSocket');
const kState = Symbol('kState');
const kSession = Symbol('kSession');
const kType = Symbol('kType');
const kID = Symbol('kID');
const kFlush = Symbol('kFlush');
const kScheduleFlush = Symbol('kScheduleFlush');
const kMaybeDestroy = Symbol('kMaybeDestroy');
const kAuthority = Symbol('kAuthority');
const kProtocol = Symbol('kProtocol');
const kServer = Symbol('kServer');
const kOnClose = Symbol('kOnClose');
const kTimeout = Symbol('kTimeout');
const kSentHeaders = Symbol('kSentHeaders');
const kSentTrailers = Symbol('kSentTrailers');
const kSentInfoHeaders = Symbol('kSentInfoHeaders');
const kInfoHeaders = Symbol('kInfoHeaders');
const kNativeFields = Symbol('kNativeFields');
const kOriginSet = Symbol('kOriginSet');
const kRequestHeaders = Symbol('kRequestHeaders');
const kReceive = Symbol('kReceive');
const kOnEvent = Symbol('kOnEvent');
const kEndEarly = Symbol('kEndEarly');
const kOnHeaders = Symbol('kOnHeaders');
const kOnData = Symbol('kOnData');
const kOnSocketError = Symbol('kOnSocketError');
const kOnSocketClose = Symbol('kOnSocketClose');
const kWriteGeneric = Symbol('kWriteGeneric');

module.exports = {
  kHandle,
  kSocket,
  kState,
  kSession,
  kType,
  kID,
  kFlush,
  kScheduleFlush,
  kMaybeDestroy,
  kAuthority,
  kProtocol,
  kServer,
  kOnClose,
  kTimeout,
  kSentHeaders,
  kSentTrailers,
  kSentInfoHeaders,
  kInfoHeaders,
  kNativeFields,
  kOriginSet,
  kRequestHeaders,
  kReceive,
  kOnEvent,
  kEndEarly,
  kOnHeaders,
  kOnData,
  kOnSocketError,
  kOnSocketClose,
  kWriteGeneric,
};
