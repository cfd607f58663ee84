exports.alpha = 'alpha';
exports['beta'] = 'beta';
module.exports.gamma = 'gamma';
Object.defineProperty(exports, 'delta', { enumerable: true, get() { return 'delta'; } });
exports.notEnumerableLater = 1;
