#!/usr/bin/env bash
# bench-command.sh: the command's rate on one core and on two, and its peak memory
# without caps (docs/benchmarks.md, "The command on two cores"). Run it from the
# repository root on a quiet machine:
#
#   docs/bench-command.sh [-n RUNS] [-size BYTES] [-rss BYTES] [-dir DIR] [-wait] [BINARY ...]
#
# It builds ./cmd/actorgraph (or times the BINARYs given, such as one built at another
# commit: git worktree add /tmp/base main && (cd /tmp/base && go build -o /tmp/old
# ./cmd/actorgraph)), makes with internal/gencorpus a corpus of -size bytes of text
# (default 50 MB) as NDJSON and as one file per article, and runs each binary on each
# corpus with GOMAXPROCS=1 and GOMAXPROCS=2, -format json -q, RUNS times (default 5),
# interleaved, so that the load of a shared host falls on all of them alike. It prints
# every run, then for each binary and corpus the best and median rate in MB of text a
# second on one core and on two, and the ratio of the two-core rate to the one-core
# rate, best to best and median to median.
#
# With -wait, each run waits (up to a minute) for a second in which the CPUs are at
# least 90% idle, so that on a host shared with other work the runs fall in its lulls.
#
# With -rss BYTES it then runs each binary once on an NDJSON corpus of that size with
# -max-evidence 0 -max-mentions 0, and prints its peak resident memory (/usr/bin/time).
# The corpora are kept in DIR (default /tmp/actorgraph-bench) for the next run.
set -eu
runs=5 size=50000000 rss=0 dir=/tmp/actorgraph-bench wait=0
while [ $# -gt 0 ]; do
  case $1 in
    -n) runs=$2; shift 2 ;;
    -size) size=$2; shift 2 ;;
    -rss) rss=$2; shift 2 ;;
    -dir) dir=$2; shift 2 ;;
    -wait) wait=1; shift ;;
    -*) echo "bench-command.sh: unknown flag $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
[ -f go.mod ] && [ -d internal/gencorpus ] || { echo "bench-command.sh: run it from the repository root" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench-command.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
mkdir -p "$dir"
bins=("$@")
if [ ${#bins[@]} -eq 0 ]; then
  go build -o "$dir/actorgraph" ./cmd/actorgraph
  bins=("$dir/actorgraph")
fi
nd="$dir/news-$size.ndjson" files="$dir/files-$size"
[ -f "$nd" ] || go run ./internal/gencorpus -ndjson "$nd" -size "$size"
# -per 1: one article a file, 1.4-2.1 KB each
[ -d "$files" ] || go run ./internal/gencorpus -dir "$files" -per 1 -size "$size"
textbytes=$(find "$files" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')

echo "host: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "corpus: $textbytes bytes of text in $(find "$files" -name '*.txt' | wc -l) files, and as $(wc -l <"$nd") NDJSON lines"
# idle waits, with -wait, until the CPUs have been at least 90% idle for a second.
idle() {
  [ $wait = 1 ] || return 0
  local t a b
  for ((t = 0; t < 60; t++)); do
    a=($(head -1 /proc/stat)); sleep 1; b=($(head -1 /proc/stat))
    local busy=$(((b[1] + b[2] + b[3] + b[6] + b[7]) - (a[1] + a[2] + a[3] + a[6] + a[7])))
    local all=$((busy + (b[4] + b[5]) - (a[4] + a[5])))
    if [ $((busy * 10)) -le $all ]; then return 0; fi
  done
  echo "(no idle second in a minute: running anyway)"
}
results=$(mktemp)
trap 'rm -f "$results"' EXIT
for ((r = 1; r <= runs; r++)); do
  for b in "${bins[@]}"; do
    for input in ndjson files; do
      for procs in 1 2; do
        if [ $input = ndjson ]; then
          args=(-ndjson "$nd")
        else
          args=("$files"/*.txt)
        fi
        # A new output file each time: ext4 flushes a file truncated and written again
        # when it is closed, tens of milliseconds no user of a new file waits for.
        rm -f "$dir/out.json"
        idle
        t=$( { GOMAXPROCS=$procs /usr/bin/time -f '%e %U %S %M' "$b" -q -format json -o "$dir/out.json" "${args[@]}" 2>&1 >/dev/null; } | tail -1)
        set -- $t
        rate=$(awk -v n="$textbytes" -v s="$1" 'BEGIN {printf "%.2f", n / s / 1e6}')
        echo "run $r $b $input GOMAXPROCS=$procs: $1 s wall, $2 s user, $3 s sys, $4 KB peak, $rate MB/s  (load $(cut -d' ' -f1 /proc/loadavg))"
        echo "$b $input $procs $rate $r" >>"$results"
      done
    done
  done
done
echo
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$runs" -gt 0 ] && for b in "${bins[@]}"; do
  for input in ndjson files; do
    for procs in 1 2; do
      awk -v b="$b" -v i=$input -v p=$procs '$1 == b && $2 == i && $3 == p {print $4}' "$results" | sort -n |
        awk -v b="$b" -v i=$input -v p=$procs '{v[NR] = $1} END {m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%s %s %s %.2f %.2f\n", b, i, p, v[NR], m}'
    done
  done
done | awk '{best[$1" "$2" "$3] = $4; med[$1" "$2" "$3] = $5; print}
  END {for (k in best) {split(k, f, " "); if (f[3] == 1) {k2 = f[1]" "f[2]" 2"; printf "%s %s: two cores %.2fx one core by best runs, %.2fx by medians\n", f[1], f[2], best[k2] / best[k], med[k2] / med[k]}}}' |
  sed 's/^\(\S*\) \(ndjson\|files\) \([12]\) \(\S*\) \(\S*\)$/\1 \2 GOMAXPROCS=\3: best \4 MB\/s, median \5 MB\/s/'
# The ratio of each round's two-core rate to its one-core rate, run a few seconds apart:
# on a host whose load comes and goes, their median moves less than the ratios above.
[ "$runs" -gt 0 ] && awk '{r[$1" "$2" "$5" "$3] = $4} END {for (k in r) {split(k, f, " "); if (f[4] == 1 && (f[1]" "f[2]" "f[3]" 2") in r) print f[1], f[2], r[f[1]" "f[2]" "f[3]" 2"] / r[k]}}' "$results" |
  sort -k1,2 -k3n | awk '{k = $1" "$2; n[k]++; v[k, n[k]] = $3} END {for (k in n) {m = n[k] % 2 ? v[k, (n[k] + 1) / 2] : (v[k, n[k] / 2] + v[k, n[k] / 2 + 1]) / 2; printf "%s: median of %d paired ratios %.2fx (from %.2fx to %.2fx)\n", k, n[k], m, v[k, 1], v[k, n[k]]}}'

if [ "$rss" != 0 ]; then
  big="$dir/news-$rss.ndjson"
  [ -f "$big" ] || go run ./internal/gencorpus -ndjson "$big" -size "$rss"
  for b in "${bins[@]}"; do
    t=$( { /usr/bin/time -f '%e %U %S %M' "$b" -q -ndjson -max-evidence 0 -max-mentions 0 -format json -o "$dir/out.json" "$big" 2>&1 >/dev/null; } | tail -1)
    set -- $t
    echo "$b, $rss bytes of NDJSON text, no caps: peak RSS $(($4 / 1024)) MB, $1 s wall, $2 s user, $3 s sys"
  done
  rm -f "$dir/out.json"
fi
