#!/usr/bin/env bash
# How `reachout check` scales: generated wizards of 10^3 .. 10^6 nodes (bench/gen_wizard.py),
# each timed with hyperfine and measured for peak memory (GNU time), plus a 10^5 and a
# 10^6 node "deep" wizard (a spine N/2 levels deep). Prints one table; time and memory
# per node should stay flat from row to row (linear growth).
#
#   bench/scaling.sh                 # all sizes
#   SIZES="1000 10000" bench/scaling.sh
#
# Budget (issue 16): time and memory linear in size, whatever the absolute time. Needs python3, cargo,
# hyperfine and GNU time (installed with apt when missing). Files go to bench/out/ (about
# 0.5 GB for 10^6 nodes; kept between runs, regenerated when the generator changes).
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"1000 10000 100000 1000000"}
DEEP=${DEEP:-"100000 1000000"}
OUT=bench/out/scaling
mkdir -p "$OUT"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
    echo "== installing ${need[*]}" >&2
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

cargo build --release --quiet
sync  # a binary just written starts slower until its pages are written back (run.sh)
bin=target/release/reachout
gen_sum=$(sha256sum bench/gen_wizard.py | cut -c1-16)

load=$(cut -d' ' -f1 /proc/loadavg)
if awk -v l="$load" 'BEGIN { exit !(l > 0.5) }'; then
    echo "bench/scaling.sh: warning: load average is $load; the numbers will be noisy." >&2
fi

file_for() { # shape nodes -> path, generated when missing or stale
    local f="$OUT/$1-$2.ron"
    if [ ! -f "$f" ] || [ "$(cat "$f.gen" 2>/dev/null)" != "$gen_sum" ]; then
        python3 bench/gen_wizard.py --nodes "$2" --shape "$1" -o "$f"
        echo "$gen_sum" > "$f.gen"
        sync  # like a binary (run.sh), a file just written may read slower until written back
    fi
    echo "$f"
}

measure() { # shape nodes
    local f size runs ms min rss
    f=$(file_for "$1" "$2")
    size=$(stat -c %s "$f")
    runs=$(( $2 >= 1000000 ? 5 : ($2 >= 100000 ? 10 : 30) ))
    # --max-file-size: the default limit (64 MiB) is below a million-node file
    hyperfine -N -w 2 -r "$runs" --export-json "$OUT/$1-$2.json" \
        "$bin check --max-file-size 2G $f" >/dev/null 2>&1
    read -r ms min < <(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print(r["median"]*1e3, r["min"]*1e3)' "$OUT/$1-$2.json")
    rss=$( { /usr/bin/time -f '%M' "$bin" check --max-file-size 2G "$f" >/dev/null; } 2>&1 | tail -1)
    awk -v s="$1" -v n="$2" -v b="$size" -v ms="$ms" -v min="$min" -v rss="$rss" 'BEGIN {
        printf "| %s | %d | %.1f | %.1f | %.1f | %.0f | %.1f | %.0f |\n",
            s, n, b / 1048576, ms, min, ms * 1e6 / n, rss / 1024, rss * 1024 / n }'
}

echo "reachout check, $(date -u '+%Y-%m-%d %H:%M UTC') · $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //') · $(nproc) CPUs · load $(cut -d' ' -f1-3 /proc/loadavg) before"
echo
echo "| shape | nodes | file MiB | median ms | min ms | ns / node | peak RSS MiB | RSS bytes / node |"
echo "|---|--:|--:|--:|--:|--:|--:|--:|"
for n in $SIZES; do measure tree "$n"; done
for n in $DEEP; do measure deep "$n"; done
