'use strict';
// The JUnit XML reporter: builds the tree of results as events arrive and
// prints it once the run's summary comes. A test with subtests is a <testsuite>
// (its counts are those of the test cases below it), any other a <testcase>;
// diagnostics become XML comments where they were reported.

const { inspect } = require('internal/util/inspect');

// node escapes quotes first, then '&' and '<' (so a quote shows as &amp;quot;).
function escapeAttribute(s) {
  return escapeContent(String(s).replace(/"/g, '&quot;'));
}

function escapeContent(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function tabs(n) { return '\t'.repeat(n); }

function attributes(attrs) {
  let out = '';
  for (const key of Object.keys(attrs)) {
    if (attrs[key] !== undefined) out += ` ${key}="${escapeAttribute(attrs[key])}"`;
  }
  return out;
}

function errorMessage(error) {
  const cause = error?.cause !== undefined ? error.cause : error;
  if (cause !== null && typeof cause === 'object' && typeof cause.message === 'string') return cause.message;
  return error?.message ?? String(cause);
}

// Counts of the test cases under a suite node.
function countCases(node, counts = { tests: 0, failures: 0, skipped: 0 }) {
  for (const child of node.children) {
    if (child.comment !== undefined) continue;
    if (child.children.some((c) => c.comment === undefined)) {
      countCases(child, counts);
      continue;
    }
    counts.tests++;
    if (child.failed) counts.failures++;
    if (child.skip !== undefined || child.todo !== undefined) counts.skipped++;
  }
  return counts;
}

function render(node, depth, hostname) {
  if (node.comment !== undefined) return `${tabs(depth)}<!-- ${node.comment} -->\n`;
  const time = (node.duration / 1000).toFixed(6);
  const isSuite = node.children.some((c) => c.comment === undefined);
  if (isSuite) {
    const c = countCases(node);
    let out = `${tabs(depth)}<testsuite${attributes({ name: node.name, time, disabled: 0, errors: 0,
      tests: c.tests, failures: c.failures, skipped: c.skipped, hostname })}>\n`;
    for (const child of node.children) out += render(child, depth + 1, hostname);
    return `${out}${tabs(depth)}</testsuite>\n`;
  }
  const attrs = { name: node.name, time, classname: 'test', file: node.file };
  if (node.failed) attrs.failure = errorMessage(node.error);
  const inner = [];
  if (node.skip !== undefined) inner.push(`${tabs(depth + 1)}<skipped${attributes({ type: 'skipped', message: node.skip })}/>\n`);
  if (node.todo !== undefined) inner.push(`${tabs(depth + 1)}<skipped${attributes({ type: 'todo', message: node.todo })}/>\n`);
  if (node.failed) {
    inner.push(`${tabs(depth + 1)}<failure${attributes({ type: node.error?.failureType, message: attrs.failure })}>\n` +
      `${escapeContent(inspect(node.error))}\n${tabs(depth + 1)}</failure>\n`);
  }
  for (const child of node.children) inner.push(render(child, depth + 1, hostname));
  if (!inner.length) return `${tabs(depth)}<testcase${attributes(attrs)}/>\n`;
  return `${tabs(depth)}<testcase${attributes(attrs)}>\n${inner.join('')}${tabs(depth)}</testcase>\n`;
}

function createJunit() {
  const root = { children: [] };
  const stack = [root];
  return function format(type, data) {
    switch (type) {
      case 'test:start': {
        const node = { name: data.name, file: data.file, children: [], duration: 0 };
        stack[stack.length - 1].children.push(node);
        stack.push(node);
        return '';
      }
      case 'test:pass':
      case 'test:fail': {
        const node = stack.length > 1 ? stack.pop() : { name: data.name, file: data.file, children: [] };
        node.duration = data.details?.duration_ms ?? 0;
        if (data.skip !== undefined) node.skip = data.skip;
        if (data.todo !== undefined) node.todo = data.todo;
        if (type === 'test:fail') {
          node.failed = true;
          node.error = data.details?.error;
        }
        return '';
      }
      case 'test:diagnostic':
        stack[stack.length - 1].children.push({ comment: data.message, children: [] });
        return '';
      case 'test:summary': {
        if (data.file !== undefined) return '';
        const hostname = require('os').hostname();
        let out = '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n';
        for (const node of root.children) out += render(node, 1, hostname);
        root.children.length = 0;
        return `${out}</testsuites>\n`;
      }
      default:
        return '';
    }
  };
}

module.exports = { createJunit };
