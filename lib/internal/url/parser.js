'use strict';
// The URL parser is C (src/url/, internalBinding('url')): parse() answers the
// href and writes the offsets of its components into binding.offsets, one
// Uint32Array shared by every parse (layout in src/url/url.h). This module holds
// what reads those offsets and the small scheme facts; lib/internal/url.js is the
// API, and URLPattern (internal/url_pattern*) reads whole records from here.

const binding = internalBinding('url');
const { offsets } = binding;

// The offsets' indices and flags (src/url/url.h).
const SCHEME_END = 0;
const USERNAME_END = 1;
const HOST_START = 2;
const HOST_END = 3;
const PORT = 4;
const PATH_START = 5;
const SEARCH = 6;
const HASH = 7;
const FLAGS = 8;
const OMITTED = 0xffffffff;
const HAS_HOST = 1;
const OPAQUE = 2;

// What binding.set changes (src/binding/url.c).
const SET_PROTOCOL = 0;
const SET_USERNAME = 1;
const SET_PASSWORD = 2;
const SET_HOST = 3;
const SET_HOSTNAME = 4;
const SET_PORT = 5;
const SET_PATHNAME = 6;
const SET_SEARCH = 7;
const SET_HASH = 8;
const SET_QUERY_RAW = 9;

// What binding.component canonicalizes (URLPattern).
const COMPONENT = { hostname: 0, port: 1, pathname: 2, opaquePathname: 3, search: 4, hash: 5 };

// Domains that are not plain ASCII go through UTS #46 ToASCII in JS
// (internal/idna), with internal/url/host's cache and checks.
let hostToASCII;
binding.setToASCII((domain) => {
  hostToASCII ??= require('internal/url/host').domainToASCII;
  return hostToASCII(domain, false);
});

function isSpecialScheme(scheme) {
  switch (scheme) {
    case 'http': case 'https': case 'ws': case 'wss': case 'ftp': case 'file': return true;
    default: return false;
  }
}

function defaultPort(scheme) {
  switch (scheme) {
    case 'http': case 'ws': return 80;
    case 'https': case 'wss': return 443;
    case 'ftp': return 21;
    default: return null;
  }
}

/*
 * A URL as a plain record read from the last parse's offsets:
 *   { href, scheme, username, password, host, port, pathname, opaque, query, fragment }
 * host is null when there is none; port a number or null; query and fragment
 * null or the text without '?' / '#'. Only for the rare callers (URLPattern).
 */
function recordOf(href) {
  const o = offsets;
  const schemeEnd = o[SCHEME_END];
  const hasHost = (o[FLAGS] & HAS_HOST) !== 0;
  const search = o[SEARCH];
  const hash = o[HASH];
  const pathEnd = search !== OMITTED ? search : hash !== OMITTED ? hash : href.length;
  return {
    href,
    scheme: href.slice(0, schemeEnd),
    username: hasHost ? href.slice(schemeEnd + 3, o[USERNAME_END]) : '',
    password: hasHost ? href.slice(o[USERNAME_END] + 1, o[HOST_START] - 1) : '',
    host: hasHost ? href.slice(o[HOST_START], o[HOST_END]) : null,
    port: o[PORT] === OMITTED ? null : o[PORT],
    pathname: href.slice(o[PATH_START], pathEnd),
    opaque: (o[FLAGS] & OPAQUE) !== 0,
    query: search === OMITTED ? null : href.slice(search + 1, hash !== OMITTED ? hash : href.length),
    fragment: hash === OMITTED ? null : href.slice(hash + 1),
  };
}

// The record of input against base (an href; null: node's empty base, no scheme
// and an empty host), or null when it is no URL.
function parseURL(input, base = undefined) {
  const href = base === undefined ? binding.parse(input) : binding.parse(input, base);
  return href === undefined ? null : recordOf(href);
}

// One component canonicalized as node's URLPattern does (the URL parser run on a
// dummy URL), or undefined when the parser refuses it.
function canonicalizeComponent(kind, value, protocol = undefined) {
  return binding.component(COMPONENT[kind], value, protocol);
}

module.exports = {
  binding,
  offsets,
  SCHEME_END, USERNAME_END, HOST_START, HOST_END, PORT, PATH_START, SEARCH, HASH, FLAGS,
  OMITTED, HAS_HOST, OPAQUE,
  SET_PROTOCOL, SET_USERNAME, SET_PASSWORD, SET_HOST, SET_HOSTNAME, SET_PORT, SET_PATHNAME,
  SET_SEARCH, SET_HASH, SET_QUERY_RAW,
  canonicalizeComponent,
  defaultPort,
  isSpecialScheme,
  parseURL,
};
