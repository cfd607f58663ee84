'use strict';
// console.log of N short mixed lines (a format string, a number, a small object), the
// everyday logging path. Run with stdout redirected to a file.
const n = Number(process.argv[2] || 100000);
for (let i = 0; i < n; i++) {
  if (i % 3 === 0) console.log('request %d handled in %sms', i, 1.25);
  else if (i % 3 === 1) console.log('plain line number', i);
  else console.log({ i, ok: true, path: '/api/v1/items' });
}
