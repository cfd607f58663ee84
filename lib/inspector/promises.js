'use strict';
// node:inspector/promises: node:inspector with a Session whose post() returns a promise
// of the result instead of taking a callback.

const inspector = require('inspector');

class Session extends inspector.Session {
  post(method, params) {
    return new Promise((resolve, reject) => {
      super.post(method, params, (error, result) => {
        if (error) reject(error);
        else resolve(result);
      });
    });
  }
}

module.exports = { ...inspector, Session };
