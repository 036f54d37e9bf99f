#!/usr/bin/env bash
# A 100 MB article in one plain-text file, next to an ordinary one: both end up in the
# graph, evidence offsets stay inside the article, and peak memory stays a small multiple
# of the input (kg reads the file whole, then analyses it in parts).
# Release builds only: under the sanitizers it would take many minutes.
source "$(dirname "$0")/lib.sh"

huge=$WORK/in/huge.txt
mkdir -p "$WORK/in"
# Paragraphs of the sample readouts without their front matter, repeated to 100 MB.
for f in "$SRC"/samples/*.md; do awk 'n>=2 {print} /^---$/ {n++}' "$f"; echo; done >"$WORK/block.txt"
block_size=$(wc -c <"$WORK/block.txt")
repeats=$(( (100 * 1000 * 1000) / block_size + 1 ))
for _ in $(seq "$repeats"); do cat "$WORK/block.txt"; done >"$huge"
size=$(wc -c <"$huge")
[ "$size" -ge 100000000 ] && pass || fail "the test article is only $size bytes"
cp "$SRC/samples/sample.nitf.xml" "$WORK/in/"

if have /usr/bin/time; then
    expect_exit 0 "a 100 MB article" -- /usr/bin/time -v "$KG" build "$WORK/in" -o "$WORK/huge.graphml"
    peak_kb=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$WORK/err")
    echo "peak memory for the 100 MB article: $((peak_kb / 1024)) MB"
    # the bound: ten times the input (reading holds a few copies of the text; the analysis, parts of 256 KB)
    [ "$peak_kb" -lt $((size * 10 / 1024)) ] && pass || fail "peak memory $((peak_kb / 1024)) MB is more than 10x the input"
else
    echo "skip: /usr/bin/time absent, peak memory not measured (the README's test command installs it)"
    expect_exit 0 "a 100 MB article" -- "$KG" build "$WORK/in" -o "$WORK/huge.graphml"
fi
expect_in "$WORK/err" "2 file(s), 2 article(s), 0 input(s) skipped" "both files read, the long article counted once"
expect_in "$WORK/huge.graphml" "Jake Sullivan" "a person from the long article"
expect_in "$WORK/huge.graphml" "Emmanuel Macron" "a person from the ordinary article beside it"
# Evidence offsets count characters from the start of the whole article, far past one part.
/usr/bin/python3 - "$WORK/huge.graphml" "$size" <<'PY' && pass || fail "evidence offsets beyond the first part, inside the article"
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
ends = [int(m) for m in re.findall(r":\d+-(\d+)", text)]
assert max(ends) > 300_000, max(ends)      # past the first 256 KB part
assert max(ends) <= int(sys.argv[2]), max(ends)
PY
finish
