'use strict';
// url.format of Url-shaped objects.
// Expected values are node 24's answers.
require('../common');
const assert = require('assert');
const url = require('url');
const cases = [
  [{"protocol":"http","host":"a.com","pathname":"x","search":"q","hash":"h"},"http://a.com/x?q#h"],
  [{"protocol":"mailto","auth":"me","hostname":"x"},"mailto:me@x"],
  [{"hostname":"::1","port":8},"[::1]:8"],
  [{"protocol":"file","pathname":"/x"},"file:///x"],
  [{"query":{"a":[1,2],"b":"c d"}},"?a=1&a=2&b=c%20d"],
  [{"pathname":"a?b#c"},"a%3Fb%23c"],
  [{"protocol":"xyz:","slashes":true,"host":"h"},"xyz://h"],
  [{"protocol":"http:","auth":"us er:p@ss","host":"h"},"http://us%20er:p%40ss@h"],
  [{"protocol":"file"},"file://"],
  [{"search":"?a#b"},"?a%23b"],
  [{"protocol":"https","hostname":"h","port":"8","pathname":"/","query":"ignored"},"https://h:8/"],
];

for (const [object, expected] of cases) {
  assert.strictEqual(url.format(object), expected, JSON.stringify(object));
}
assert.throws(() => url.format(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => url.format(null), { code: 'ERR_INVALID_ARG_TYPE' });
