#!/usr/bin/env bash
# Run every fuzz target for SECONDS each (default 60), seeding the corpora from the
# shipped wizards and the test fixtures. Needs the nightly toolchain and cargo-fuzz
# (`cargo install cargo-fuzz`). Longer runs: `fuzz/run.sh 600`, or one target:
# `fuzz/run.sh 600 wizard_load`. A crash leaves its input in fuzz/artifacts/TARGET/;
# add it as a regression test before fixing it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(wizard_load fast_vs_ron locate plain_input session_load)

seed() { # target, files...
    local dir="fuzz/corpus/$1"; shift
    mkdir -p "$dir"
    for f in "$@"; do [ -f "$f" ] && cp "$f" "$dir/seed-$(basename "$f")"; done
}
seed wizard_load wizards/*.ron tests/fixtures/check/*.ron tests/fixtures/dup_ids/*.ron
seed fast_vs_ron wizards/*.ron tests/fixtures/check/*.ron tests/fixtures/dup_ids/*.ron
seed locate wizards/*.ron tests/fixtures/check/*.ron
mkdir -p fuzz/corpus/plain_input
printf '2\n3\n' > fuzz/corpus/plain_input/seed-hacked
printf '1\nb\n?\nr\n4\n1\n1\n' > fuzz/corpus/plain_input/seed-commands
printf 'x\n99\n\n\x1b[2J\nq\n' > fuzz/corpus/plain_input/seed-junk
seed session_load tests/fixtures/sessions/valid/*.ron tests/fixtures/sessions/corrupt/*.ron

for t in "${targets[@]}"; do
    echo "== fuzzing $t for ${seconds}s"
    cargo +nightly fuzz run "$t" -- -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=262144 2>&1 \
        | grep -E '^(#[0-9]+.*(DONE|pulse)|Done|==[0-9]+==|SUMMARY|artifact_prefix|Test unit)' || true
    # cargo fuzz exits non-zero on a finding; grep above hides it, so check artifacts.
    if compgen -G "fuzz/artifacts/$t/*" >/dev/null; then
        echo "!! $t found a crash: $(ls fuzz/artifacts/$t)"; exit 1
    fi
done
echo "== fuzzing done: no findings"
