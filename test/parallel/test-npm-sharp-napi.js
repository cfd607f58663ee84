'use strict';
// Prebuilt Node-API addons from npm: sharp (node-addon-api C++ over its own
// bundled libvips and GLib, which must not bind to the GLib eddy itself carries)
// makes, encodes, reads and resizes an image; lightningcss (napi-rs) minifies CSS.
// `make npm-packages` installs them; without them the test is skipped.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const fixtureRequire = createRequire(path.join(__dirname, '..', 'fixtures', 'npm-packages', 'package.json'));
let sharp, lightningcss;
try {
  sharp = fixtureRequire('sharp');
  lightningcss = fixtureRequire('lightningcss');
} catch {
  common.skip('run `make npm-packages` to install the npm fixtures');
}

if (sharp) {
  const { code } = lightningcss.transform({
    filename: 'a.css',
    code: Buffer.from('.a { color: #ff0000; margin: 0px 0px; } .b{display:flex}'),
    minify: true,
  });
  assert.strictEqual(code.toString(), '.a{color:red;margin:0}.b{display:flex}');

  (async () => {
    const png = await sharp({ create: { width: 4, height: 3, channels: 3, background: { r: 255, g: 0, b: 0 } } })
      .png().toBuffer();
    assert.strictEqual(png.subarray(1, 4).toString(), 'PNG');
    const meta = await sharp(png).metadata();
    assert.deepStrictEqual([meta.width, meta.height, meta.format, meta.channels], [4, 3, 'png', 3]);
    const { data, info } = await sharp(png).resize(2, 2).raw().toBuffer({ resolveWithObject: true });
    assert.deepStrictEqual([info.width, info.height], [2, 2]);
    assert.deepStrictEqual([...data.subarray(0, 3)], [255, 0, 0]);
  })().then(common.mustCall());
}
