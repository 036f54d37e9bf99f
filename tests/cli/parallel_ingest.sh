#!/usr/bin/env bash
# Parallel ingest is deterministic: the graph, the messages and the summary do not depend on
# the thread count, also with bad files among the good ones.
source "$(dirname "$0")/lib.sh" "$@"
corpus=$WORK/corpus
mkdir -p "$corpus"
cp "$SHARED"/corpus/wh-readouts/* "$corpus/"
cp "$SHARED"/corpus/wh-briefing-room-rss.xml "$SHARED"/seeds/* "$corpus/"
printf '<?xml version="1.0"?>\n<rss><channel><item><title>cut' >"$corpus/truncated.xml"
printf 'bad \xff\xfe UTF-8 in President Biden met Prime Minister Kishida.\n' >"$corpus/invalid-utf8.txt"
: >"$corpus/empty.txt"
# A feed of 300 items comes first: more documents than a file may hold before it is the oldest.
feed=$SHARED/corpus/wh-briefing-room-rss.xml
{
    sed -n '1,/<item>/p' "$feed" | sed '$d'
    for copy in $(seq 10); do sed -n '/<item>/,/<\/item>/p' "$feed" | sed "s|</title>| (copy $copy)</title>|"; done
    echo '</channel></rss>'
} >"$corpus/0-long-feed.xml"
for threads in 1 2 3; do
    expect_exit 3 "-j$threads skips the bad files and says so" -- "$KG" build -j"$threads" "$corpus" -o "$WORK/j$threads.graphml"
    cp "$WORK/err" "$WORK/j$threads.err"
done
for threads in 2 3; do
    cmp -s "$WORK/j1.graphml" "$WORK/j$threads.graphml" && pass || fail "-j$threads wrote a different graph from -j1"
    cmp -s "$WORK/j1.err" "$WORK/j$threads.err" && pass || { fail "-j$threads reported differently from -j1"; diff "$WORK/j1.err" "$WORK/j$threads.err" | head -5; }
done
expect_in "$WORK/j1.err" "truncated.xml:" "the truncated feed is named"
expect_in "$WORK/j1.err" "empty.txt:" "the empty file is named"
expect_in "$WORK/j1.err" "invalid-utf8.txt:" "the invalid UTF-8 is warned about"
# --strict ends at the same first bad file whatever the thread count, and writes nothing.
for threads in 1 2 3; do
    expect_exit 1 "--strict -j$threads stops" -- "$KG" build --strict -q -j"$threads" "$corpus" -o "$WORK/strict$threads.graphml"
    expect_in "$WORK/err" "empty.txt:1:1: error: empty file" "--strict -j$threads names the first bad file"
    [ ! -e "$WORK/strict$threads.graphml" ] && pass || fail "--strict -j$threads left an output file"
done
expect_in "$WORK/j1.err" "kg: 1399 file(s), 1725 article(s)" "the long feed's items all count"
nodes=$(grep -c '<node ' "$WORK/j1.graphml")
[ "$nodes" -gt 1000 ] && pass || fail "the readouts gave only $nodes nodes"
finish
