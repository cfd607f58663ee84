'use strict';
// jsdom from npm with scripts on: its window is a vm context's global whose
// prototype is set to Window.prototype (a Proxy, its named properties, on that
// chain), and page scripts run in it. `make npm-packages` installs it; without it
// the test is skipped.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const fixtureRequire = createRequire(path.join(__dirname, '..', 'fixtures', 'npm-packages', 'package.json'));
let jsdom;
try {
  jsdom = fixtureRequire('jsdom');
} catch {
  common.skip('run `make npm-packages` to install the npm fixtures');
}

if (jsdom) {
  const { JSDOM, VirtualConsole } = jsdom;
  const errors = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', (e) => errors.push(e.message));
  const dom = new JSDOM(`<!doctype html><p id="p">Hello</p>
    <script>
      var counter = 1;
      function bump() { counter += 1; return counter; }
      document.title = 'page ' + (counter + 1);
      document.getElementById('p').textContent += ' from a script';
    </script>
    <script>bump(); window.fromSecond = typeof bump;</script>`, { runScripts: 'dangerously', virtualConsole });
  const { window } = dom;
  assert.deepStrictEqual(errors, []);
  assert.strictEqual(window.document.title, 'page 2');
  assert.strictEqual(window.document.getElementById('p').textContent, 'Hello from a script');
  assert.strictEqual(window.counter, 2);
  assert.strictEqual(window.fromSecond, 'function');
  assert.strictEqual(Object.getPrototypeOf(window), window.Window.prototype);
  assert.strictEqual(window.eval('typeof document.createElement'), 'function');
  window.close();

  // outside-only: no page scripts, but window.eval works.
  const outside = new JSDOM('<p>x</p>', { runScripts: 'outside-only' });
  assert.strictEqual(outside.window.eval('document.querySelector("p").textContent'), 'x');
  outside.window.close();
}
