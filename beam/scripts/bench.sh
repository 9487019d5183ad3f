#!/usr/bin/env bash
# bench.sh: the Beam pipeline on the local Prism runner against the actorgraph command,
# both held to two cores (GOMAXPROCS=2), on one NDJSON file of about 200 MB made by
# internal/gencorpus (the bundled articles repeated under names of their own). It prints
# each program's wall and CPU time and peak memory, and checks that both wrote the same
# graph. Not run in CI: it takes a few minutes. docs/scale.md gives the figures.
#
#   beam/scripts/bench.sh [SIZE_BYTES [DIR]]    # defaults: 200000000, a new temp dir
#
# The data is written to DIR, outside the repository, and never committed.
set -euo pipefail
cd "$(dirname "$0")/../.."
size=${1:-200000000}
dir=${2:-$(mktemp -d)}
mkdir -p "$dir"
go build -o "$dir/actorgraph" ./cmd/actorgraph
(cd beam && go build -o "$dir/actorgraph-beam" ./cmd/actorgraph-beam)
in="$dir/news-$size.ndjson"
[ -s "$in" ] || go run ./internal/gencorpus -ndjson "$in" -size "$size"
export GOMAXPROCS=2
# measure NAME CMD...: run CMD under /usr/bin/time and print its figures on one line.
measure() {
  local name=$1
  shift
  /usr/bin/time -f "$name: %e s wall, %U s user + %S s system, %M KB peak RSS" "$@" 2>"$dir/$name.err" || {
    tail -5 "$dir/$name.err" >&2
    return 1
  }
  grep -v 'level=' "$dir/$name.err" | tail -2
}
measure command "$dir/actorgraph" -q -ndjson -format json -o "$dir/command.json" "$in"
measure beam-prism "$dir/actorgraph-beam" -ndjson -o "$dir/beam.json" "$in"
cmp "$dir/command.json" "$dir/beam.json" && echo "the same graph, byte for byte ($(wc -c <"$dir/beam.json") bytes)"
echo "documents: $(wc -l <"$in")"
