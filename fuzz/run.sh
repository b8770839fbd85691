#!/usr/bin/env bash
# Run every fuzz target for SECONDS each (default 60), seeding the corpora from the
# shipped wizards and the test fixtures. Needs the nightly toolchain and cargo-fuzz
# (`cargo install cargo-fuzz --locked`); FUZZ_TOOLCHAIN names another toolchain, and
# FUZZ_TOOLCHAIN= (empty) uses the default one (stable needs RUSTC_BOOTSTRAP=1).
# Longer runs: `fuzz/run.sh 600`, or one target: `fuzz/run.sh 3600 wizard_load`.
# Exits non-zero when a target finds a crash (its input is left in
# fuzz/artifacts/TARGET/; add it as a regression test in tests/ before fixing it) or
# when cargo fuzz fails in any other way (a build error, say).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(wizard_load locate plain_input session_load translation_load)

seed() { # target, files...
    local dir="fuzz/corpus/$1"; shift
    mkdir -p "$dir"
    for f in "$@"; do [ -f "$f" ] && cp "$f" "$dir/seed-$(basename "$f")"; done
}
seed wizard_load wizards/*.ron tests/fixtures/check/*.ron tests/fixtures/dup_ids/*.ron
seed locate wizards/*.ron tests/fixtures/check/*.ron
mkdir -p fuzz/corpus/plain_input
printf '2\n3\n' > fuzz/corpus/plain_input/seed-hacked
printf '1\nb\n?\nr\n4\n1\n1\n' > fuzz/corpus/plain_input/seed-commands
printf 'x\n99\n\n\x1b[2J\nq\n' > fuzz/corpus/plain_input/seed-junk
seed session_load tests/fixtures/sessions/valid/*.ron tests/fixtures/sessions/corrupt/*.ron
# translation_load: the first byte picks the shipped wizard (0: any.ron), the rest is the file
mkdir -p fuzz/corpus/translation_load
printf '\000Translation(wizard: "any", language: "ka", translator: "Machine translation", reviewer: None, strings: {\n    // What happened?\n    "situation.text": ("რა მოხდა?", "00000000"),\n    "situation.choices.lost_phone": ("ტელეფონი დავკარგე", "00000000"),\n    "title": ("ნებისმიერი აპი", "00000000"),\n})\n' \
    > fuzz/corpus/translation_load/seed-any
printf '\000Translation(wizard: "any", language: "ka", translator: "x", strings: {})\n' \
    > fuzz/corpus/translation_load/seed-empty

toolchain=${FUZZ_TOOLCHAIN-nightly}
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
for t in "${targets[@]}"; do
    echo "== fuzzing $t for ${seconds}s"
    # Only artifacts written by this run count: one left by an earlier run (they are
    # git-ignored, so a clean checkout has none) must not fail this one.
    mkdir -p "fuzz/artifacts/$t"
    touch "$logs/start"
    set +e
    cargo ${toolchain:+"+$toolchain"} fuzz run "$t" -- -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=262144 \
        >"$logs/$t.log" 2>&1
    status=$?
    set -e
    # The figures: final count, coverage, corpus, speed; and any crash report.
    grep -E '^(#[0-9]+.*(DONE|pulse)|Done|==[0-9]+==|SUMMARY|artifact_prefix|Test unit)' \
        "$logs/$t.log" || true
    found=$(find "fuzz/artifacts/$t" -type f -newer "$logs/start")
    if [ -n "$found" ]; then
        echo "!! $t found a crash; its input: $found"
        grep -E -A12 "^(thread '|==[0-9]+==ERROR)" "$logs/$t.log" | head -40 || true
        exit 1
    fi
    if [ "$status" -ne 0 ]; then
        echo "!! cargo fuzz run $t failed (exit $status) without a crash input:"
        tail -n 40 "$logs/$t.log"
        exit 1
    fi
done
echo "== fuzzing done: no findings"
