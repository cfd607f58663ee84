'use strict';
// A timer refreshed inside its own callback fires again (and keeps the loop alive);
// an interval whose _onTimeout a program sets to null stops without an error.
const common = require('../common');

let refreshed = false;
const timer = setTimeout(common.mustCall(() => {
  if (!refreshed) {
    refreshed = true;
    timer.refresh();
  }
}, 2), 1);

const interval = setInterval(common.mustCall(() => {
  interval._onTimeout = null;
}), 1);
