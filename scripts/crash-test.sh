#!/usr/bin/env bash
# The full crash test: kill -9 the wizard at 1,000 random moments while it saves, then
# load what is on disk. Passes only with 0 torn and 0 lost sessions; prints the figures.
#
#   scripts/crash-test.sh            # 1,000 kills (about two minutes)
#   CRASH_RUNS=5000 scripts/crash-test.sh
#   CRASH_SEED=123 scripts/crash-test.sh   # repeat a run's kill times
#
# `cargo test` runs a 40-kill version of the same test (tests/crash.rs).
set -euo pipefail
cd "$(dirname "$0")/.."
export CRASH_RUNS="${CRASH_RUNS:-1000}"
exec cargo test --test crash -- --ignored --nocapture kill_9_a_thousand_times
