#!/usr/bin/env bash
# Instructions executed by reachout from start to first frame to quit (q), counted by
# valgrind's callgrind: repeatable to a fraction of a percent, unlike a timer. The same
# for the minimal ratatui menu, for scale. Prints the two totals and reachout's most
# expensive functions (inclusive).
#
#   bench/callgrind.sh        # TTYBENCH=... as for bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

TTYBENCH=${TTYBENCH:-../shared/bench/ttybench.py}
if [ ! -f "$TTYBENCH" ]; then
    echo "bench/callgrind.sh: ttybench.py not found at $TTYBENCH; set TTYBENCH=/path/to/ttybench.py." >&2
    exit 2
fi
command -v valgrind >/dev/null || { echo "bench/callgrind.sh: valgrind is needed (apt-get install valgrind)." >&2; exit 2; }

BIN=${REACHOUT_BIN:-target/release/reachout}
# the same code with symbols (profile "profiling" = release + debug info, not stripped),
# to name the functions; the count is taken on the binary that ships
SYMBOLS=${REACHOUT_BIN:-target/profiling/reachout}
if [ -z "${REACHOUT_BIN:-}" ]; then
    cargo build --release --quiet
    cargo build --profile profiling --quiet
fi
cargo build --release --quiet --manifest-path bench/menu-ratatui/Cargo.toml --target-dir target/bench
OUT=bench/out/callgrind
rm -rf "$OUT" && mkdir -p "$OUT"
state=$(mktemp -d)
trap 'rm -rf "$state"' EXIT
unset REACHOUT_WIZARDS

python3 bench/make_suite.py --reachout "$BIN" --menu target/bench/release/menu-ratatui \
    --state-dir "$state" --callgrind "$OUT" > "$OUT/suite.json" 2>/dev/null
python3 "$TTYBENCH" --suite "$OUT/suite.json" > "$OUT/ttybench.txt" 2>&1 || {
    echo "bench/callgrind.sh: the run under valgrind failed:" >&2
    cat "$OUT/ttybench.txt" >&2
    exit 1
}
mkdir -p "$OUT/symbols"
python3 bench/make_suite.py --reachout "$SYMBOLS" --menu target/bench/release/menu-ratatui \
    --state-dir "$state" --callgrind "$OUT/symbols" > "$OUT/symbols/suite.json" 2>/dev/null
python3 "$TTYBENCH" --suite "$OUT/symbols/suite.json" --only reachout > "$OUT/symbols/ttybench.txt" 2>&1 || true
total() { grep -E '^(summary|totals):' "$1" | tail -1 | awk '{print $2}'; }
r=$(total "$OUT/reachout.out")
m=$(total "$OUT/ratatui.out")
mode=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["reachout_mode"])' "$OUT/suite.json")
printf 'instructions, start -> first frame -> quit (callgrind):\n'
printf '  reachout (%s mode)  %12s\n' "$mode" "$(printf "%'d" "$r")"
printf '  minimal ratatui menu %11s\n' "$(printf "%'d" "$m")"
awk -v r="$r" -v m="$m" 'BEGIN { printf "  ratio                %11.2fx   (target: reachout <= 2,500,000)\n", r / m }'
echo
echo "where reachout's instructions go (inclusive; names need a binary with symbols):"
callgrind_annotate --inclusive=yes "$OUT/symbols/reachout.out" 2>/dev/null \
    | grep -E '^ *[0-9,]+ ' | grep -E 'reachout::|ratatui|crossterm|ron::|clap|_dl_start' \
    | head -30 | sed -E 's/ \[[^]]*\]$//; s/\?\?\?://' | cut -c1-150
