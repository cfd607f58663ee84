'use strict';
// Brand checks that modules register when they load, so that util.inspect can tell
// their objects apart without loading them: no URL can exist before internal/url has
// loaded, and until then the check is a constant false.

const brands = {
  isURL: (value) => false, // eslint-disable-line no-unused-vars
};

module.exports = brands;
