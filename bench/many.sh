#!/usr/bin/env bash
# Build reachout with 12 platforms in 8 languages built in (the shipped wizards, one more
# made from a copy of Instagram, and a generated translation of each into every
# language), to show that start-up does not grow with the number of platforms and
# languages: the first screen reads only a table of titles, and a platform's tree and
# translation are read when it is chosen. Prints the path of the binary; bench/run.sh
# measures it beside the normal build when given EXTRA="12x8=$(bench/many.sh)".
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/many
dir="$out/wizards"
rm -rf "$dir"
mkdir -p "$dir"
cargo build --release --quiet
bin=target/release/reachout
cp wizards/*.ron "$dir/"
sed -e 's/id: "instagram"/id: "instagram2"/' -e 's/title: "Instagram"/title: "Instagram Two"/' \
    wizards/instagram.ron > "$dir/instagram2.ron"
ids=$(REACHOUT_WIZARDS="$dir" "$bin" list --format json | python3 -c 'import json,sys; print(" ".join(w["id"] for w in json.load(sys.stdin)))')
# generated apart, then moved in: `translate` reads the folder it writes to
gen="$out/generated"
rm -rf "$gen"
for lang in ka bn pl sk ro ru uk; do
    mkdir -p "$gen/$lang"
    for id in $ids; do
        REACHOUT_WIZARDS="$dir" "$bin" translate "$lang" "$id" \
            | python3 bench/fill_translation.py "$lang" > "$gen/$lang/$id.ron"
    done
done
mv "$gen"/* "$dir/"
REACHOUT_BUILD_WIZARDS="$PWD/$dir" cargo build --release --quiet --target-dir "$out/build" >&2
echo "$out/build/release/reachout"
