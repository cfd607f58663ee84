'use strict';
// --test-reporter=junit: a test with subtests is a <testsuite> counting the test
// cases below it, others are <testcase>s; skips and todos are <skipped>, failures a
// <failure> with the error; attribute text escapes quotes, '&' and '<' (in that
// order), diagnostics are comments where they were reported.
require('../common');
const assert = require('assert');
const os = require('os');
const { runFixture } = require('../common/test-runner-output');

const { code, stdout } = runFixture('junit.js', ['--test-reporter=junit']);
const text = stdout.replace(/time="[\d.]+"/g, 'time="T"').replace(/duration_ms [\d.]+/, 'duration_ms *')
  .split(`hostname="${os.hostname()}"`).join('hostname="H"');
const head = `<?xml version="1.0" encoding="utf-8"?>
<testsuites>
\t<testsuite name="suite &lt;a> &amp; &amp;quot;b&amp;quot;" time="T" disabled="0" errors="0" tests="3" failures="0" skipped="2" hostname="H">
\t\t<testcase name="skipped" time="T" classname="test" file="<dir>/junit.js">
\t\t\t<skipped type="skipped" message="why &lt;not>"/>
\t\t</testcase>
\t\t<testcase name="todo" time="T" classname="test" file="<dir>/junit.js">
\t\t\t<skipped type="todo" message="true"/>
\t\t</testcase>
\t\t<testsuite name="inner" time="T" disabled="0" errors="0" tests="1" failures="0" skipped="0" hostname="H">
\t\t\t<testcase name="deep" time="T" classname="test" file="<dir>/junit.js"/>
\t\t\t<!-- hello & bye -->
\t\t</testsuite>
\t</testsuite>
\t<testcase name="plain skip" time="T" classname="test" file="<dir>/junit.js">
\t\t<skipped type="skipped" message="true"/>
\t</testcase>
\t<testcase name="fails" time="T" classname="test" file="<dir>/junit.js" failure="bad &amp; &lt;worse>">
\t\t<failure type="testCodeFailure" message="bad &amp; &lt;worse>">
`;
assert.strictEqual(text.slice(0, head.length), head);
const tail = `\t\t</failure>
\t</testcase>
\t<testsuite name="parent" time="T" disabled="0" errors="0" tests="1" failures="0" skipped="0" hostname="H">
\t\t<testcase name="child" time="T" classname="test" file="<dir>/junit.js"/>
\t</testsuite>
\t<!-- tests 7 -->
\t<!-- suites 2 -->
\t<!-- pass 3 -->
\t<!-- fail 1 -->
\t<!-- cancelled 0 -->
\t<!-- skipped 2 -->
\t<!-- todo 1 -->
\t<!-- duration_ms * -->
</testsuites>
`;
assert.strictEqual(text.slice(-tail.length), tail);
// The failure's body is the inspected error, escaped.
assert.match(text, /Error \[ERR_TEST_FAILURE\]: bad &amp; &lt;worse>/);
assert.strictEqual(code, 1);
