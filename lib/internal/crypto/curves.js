'use strict';
// getCurves(): the EC curve names OpenSSL knows.

const binding = internalBinding('crypto');
let curves;
function getCurves() {
  curves ??= binding.getCurves();
  return curves.slice();
}
module.exports = { getCurves };
