// finished, pipeline, async iteration
const { Readable, Writable, PassThrough, pipeline, finished } = require('stream');
const sp = require('stream/promises');
const log = [];
const L = (s) => log.push(s);
const r = Readable.from(['a', 'b', 'c']);
finished(r, (err) => L('finished r ' + err));
r.resume();
pipeline(Readable.from(['x', 'y']), async function* (src) { for await (const c of src) yield c + '!'; }, new Writable({ objectMode: true, write(c, e, cb) { L('pw ' + c); cb(); } }), (err) => L('pipeline done ' + err));
(async () => {
  const out = [];
  for await (const c of Readable.from([1, 2, 3])) out.push(c);
  L('iter ' + out);
  const v = await sp.pipeline(Readable.from(['q']), async function (src) { let s = ''; for await (const c of src) s += c; return s; });
  L('promises pipeline ' + v);
  try {
    await sp.pipeline(Readable.from(['q']), new Writable({ write(c, e, cb) { cb(new Error('bad')); } }));
  } catch (e) { L('pipeline err ' + e.message); }
  const pt = new PassThrough();
  pt.destroy();
  try { await sp.finished(pt); } catch (e) { L('finished err ' + e.code); }
  const r2 = new Readable({ read() {} });
  setTimeout(() => r2.destroy(new Error('mid')), 1);
  try { for await (const c of r2) L('never'); } catch (e) { L('iter err ' + e.message); }
  L('arr ' + await Readable.from([1,2,3,4]).map((x) => x * 2).filter((x) => x > 2).toArray());
  L('reduce ' + await Readable.from([1,2,3]).reduce((a, b) => a + b, 0));
  L('some ' + await Readable.from([1,2,3]).some((x) => x > 2) + ' every ' + await Readable.from([1,2,3]).every((x) => x > 2) + ' find ' + await Readable.from([1,2,3]).find((x) => x > 1));
  L('take ' + await Readable.from([1,2,3]).take(2).toArray() + ' drop ' + await Readable.from([1,2,3]).drop(2).toArray());
  L('flatMap ' + await Readable.from([1,2]).flatMap((x) => [x, x]).toArray());
  try { await Readable.from([]).reduce((a, b) => a); } catch (e) { L(e.code + ' ' + e.message); }
  console.log(log.join('\n'));
})();
