#!/usr/bin/env bash
# Side by side in one interleaved run, in a 100x30 pseudo-terminal (and the rows that
# idle, dialog's and whiptail's Esc, in a second one): reachout, a minimal
# ratatui menu (bench/menu-ratatui), dialog and whiptail, and the floor: a Rust program
# that only prints the menu's screen (bench/floor-rust). First frame, key -> redraw,
# quit latency after q / Esc / Ctrl-C, peak RSS, CPU; then reachout against its budget (issue 16).
#
#   bench/run.sh              # 60 measured runs per row (RUNS=N to change)
#   TTYBENCH=/path/ttybench.py bench/run.sh
#   REACHOUT_BIN=/path/reachout bench/run.sh   # measure another build (not rebuilt)
#   EXTRA="before=/path/old 12x8=$(bench/many.sh)" bench/run.sh   # other builds beside it
#
# Needs python3, cargo, and ttybench.py (the project's shared/bench/, outside this
# repository; default ../shared/bench/ttybench.py from the repository root). Installs
# dialog and whiptail with apt when they are missing. Run it on a quiet machine: numbers
# taken while something else compiles are worthless (it warns when the load is high).
# Output: the tables on stdout; bench/out/ keeps the suite, the raw JSON and the log.
set -euo pipefail
cd "$(dirname "$0")/.."

TTYBENCH=${TTYBENCH:-../shared/bench/ttybench.py}
RUNS=${RUNS:-60}
OUT=bench/out

if [ ! -f "$TTYBENCH" ]; then
    echo "bench/run.sh: ttybench.py not found at $TTYBENCH." >&2
    echo "It is in the project's shared/bench/ directory; set TTYBENCH=/path/to/ttybench.py." >&2
    exit 2
fi

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
need=()
command -v dialog >/dev/null || need+=(dialog)
command -v whiptail >/dev/null || need+=(whiptail)
if [ ${#need[@]} -gt 0 ]; then
    echo "== installing ${need[*]}" >&2
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

echo "== building reachout, the reference menu and the floor (release)" >&2
BIN=${REACHOUT_BIN:-target/release/reachout}
[ -n "${REACHOUT_BIN:-}" ] || cargo build --release --quiet
cargo build --release --quiet --manifest-path bench/menu-ratatui/Cargo.toml --target-dir target/bench
cargo build --release --quiet --manifest-path bench/floor-rust/Cargo.toml --target-dir target/bench
# A binary just written is slower to start while its pages wait to be written back:
# the same bytes took 1.89 ms to the first frame against 1.72 ms for an older copy,
# and 1.72 against 1.68 after `sync` (which the page-cache drop below needs too).
sync

# Every program starts from page-cache pages read at the same time. On the project's VM
# a file's cached pages grow slower to use as they age (DAMON pages out what looks cold
# there, and what stays cached slows down too): the reachout binary cargo had linked
# half an hour before started 1.1 ms slower after a pause than a fresh copy of the
# same bytes, and dialog 0.5 ms slower than a fresh copy of /usr/bin/dialog; two runs of
# this script an hour after a build put reachout at 0.61 and 0.69x dialog, the next one
# after dropping the page cache at 0.57x (docs/performance.md, item 28). So the page
# cache is dropped, and the warm-up rounds read every program and library back in
# together. DROP_CACHES=0 skips it; it needs root or sudo without a password.
if [ "${DROP_CACHES:-1}" != 0 ]; then
    drop='echo 3 > /proc/sys/vm/drop_caches'
    if { [ "$(id -u)" = 0 ] && sh -c "$drop"; } || sudo -n sh -c "$drop" 2>/dev/null; then
        echo "== dropped the page cache: every program is read back in by the warm-up rounds" >&2
    else
        echo "bench/run.sh: warning: could not drop the page cache (needs root); programs whose" >&2
        echo "files were cached at different times are not measured on equal terms." >&2
    fi
fi

mkdir -p "$OUT"
state=$(mktemp -d)
trap 'rm -rf "$state"' EXIT
unset REACHOUT_WIZARDS

load=$(cut -d' ' -f1 /proc/loadavg)
load3=$(cut -d' ' -f1-3 /proc/loadavg)
if awk -v l="$load" 'BEGIN { exit !(l > 0.5) }'; then
    echo "bench/run.sh: warning: load average is $load; the numbers will be noisy." >&2
fi

extra=(); for e in ${EXTRA:-}; do extra+=(--extra "$e"); done
python3 bench/make_suite.py --reachout "$BIN" "${extra[@]}" \
    --menu target/bench/release/menu-ratatui --floor target/bench/release/floor-rust \
    --runs "$RUNS" --state-dir "$state" \
    > "$OUT/suite.json"

# Two interleaved runs: every row but the idle ones (make_suite.py, "idle_rows": a
# program started after such a pause starts slower, so they would tilt the first
# frames), then the idle rows.
only() { # main|idle -> the --only arguments, one a line
    python3 -c 'import json,sys
s = json.load(open(sys.argv[1])); idle = s.get("idle_rows", [])
for t in s["tools"]:
    if (t["name"] in idle) == (sys.argv[2] == "idle"):
        print("--only"); print(t["name"])' "$OUT/suite.json" "$1"
}
mapfile -t main_rows < <(only main)
mapfile -t idle_rows < <(only idle)
echo "== ttybench: $(( ${#main_rows[@]} / 2 )) rows x $RUNS runs, interleaved; then $(( ${#idle_rows[@]} / 2 )) idle rows" >&2
status=0
python3 "$TTYBENCH" --suite "$OUT/suite.json" "${main_rows[@]}" --json-out "$OUT/tty.json" \
    > "$OUT/ttybench.txt" 2> "$OUT/ttybench.log" || status=$?
reports=("$OUT/tty.json")
if [ ${#idle_rows[@]} -gt 0 ]; then
    python3 "$TTYBENCH" --suite "$OUT/suite.json" "${idle_rows[@]}" --json-out "$OUT/tty-idle.json" \
        >> "$OUT/ttybench.txt" 2>> "$OUT/ttybench.log" || status=$?
    reports+=("$OUT/tty-idle.json")
fi

echo "$(date -u '+%Y-%m-%d %H:%M UTC') · $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //') · $(nproc) CPUs · load $load3 before the run · $(uname -sr)"
echo "reachout $("$BIN" --version | cut -d' ' -f2), binary $(stat -c %s "$BIN") bytes; reference menu $(stat -c %s target/bench/release/menu-ratatui) bytes; floor $(stat -c %s target/bench/release/floor-rust) bytes"
echo
python3 bench/report.py "$OUT/suite.json" "${reports[@]}"
if [ "$status" != 0 ]; then
    echo
    echo "bench/run.sh: some runs failed; see $OUT/ttybench.log and $OUT/ttybench.txt" >&2
    grep -m5 'ttybench:' "$OUT/ttybench.log" >&2 || true
fi
exit "$status"
