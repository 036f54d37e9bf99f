#!/usr/bin/env bash
# A run killed at any moment leaves either the previous output or a complete new one, never half a file.
source "$(dirname "$0")/lib.sh" "$@"
corpus=$WORK/corpus
mkdir -p "$corpus"
for i in $(seq 1 300); do cp "$SRC"/tests/data/*.md "$corpus/" 2>/dev/null; for f in "$SRC"/tests/data/*.md; do cp "$f" "$corpus/$i-$(basename "$f")"; done; done
for delay in 0.05 0.1 0.2 0.3 0.5 0.8 1.2; do
    printf 'previous graph\n' >"$WORK/out.graphml"
    "$KG" build "$corpus" -o "$WORK/out.graphml" -q &
    pid=$!
    sleep "$delay"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    if [ "$(cat "$WORK/out.graphml")" = "previous graph" ] || tail -1 "$WORK/out.graphml" | grep -q '</graphml>'; then pass
    else fail "killed after ${delay}s: half-written output"; fi
    ls -a "$WORK" | grep -q '^\.kg-tmp-' && rm -f "$WORK"/.kg-tmp-*   # what a kill -9 can leave: never the target
done
expect_exit 0 "a complete run replaces it" -- "$KG" build "$corpus" -o "$WORK/out.graphml" -q
tail -1 "$WORK/out.graphml" | grep -q '</graphml>' && pass || fail "complete run did not write a whole file"
# --fsync puts the data on disk before the rename makes it the output; without it nothing waits for the disk.
expect_exit 0 "a run with --fsync" -- "$KG" build "$SRC/samples" -o "$WORK/synced.graphml" -q --fsync
tail -1 "$WORK/synced.graphml" | grep -q '</graphml>' && pass || fail "--fsync did not write a whole file"
if have strace && strace -f -o /dev/null true 2>/dev/null; then
    calls() { strace -f -e trace=fsync,rename -o "$WORK/trace" "$KG" build "$SRC/samples" -o "$WORK/synced.graphml" -q "$@"; grep -oE '^[0-9]+ +(fsync|rename)' "$WORK/trace" | awk '{print $2}' | tr '\n' ' '; }
    [ "$(calls --fsync)" = "fsync rename " ] && pass || fail "--fsync: want fsync then rename, traced: $(calls --fsync)"
    [ "$(calls)" = "rename " ] && pass || fail "without --fsync: want only the rename, traced: $(calls)"
else
    echo "note: strace cannot trace here, so the order of fsync and rename is not checked"
fi
# Devices and named pipes are written in place: renaming a file over them would replace them.
mkfifo "$WORK/pipe.dot"
cat "$WORK/pipe.dot" >"$WORK/from-pipe.dot" &
reader=$!
expect_exit 0 "writing into a named pipe" -- "$KG" build "$SRC/samples" -o "$WORK/pipe.dot" -q
wait "$reader"
[ -p "$WORK/pipe.dot" ] && pass || fail "the named pipe was replaced by a file"
expect_in "$WORK/from-pipe.dot" "digraph kg" "the DOT text came through the pipe"
expect_exit 0 "writing to /dev/null" -- "$KG" build "$SRC/samples" -o /dev/null --format graphml -q
[ -c /dev/null ] && pass || { fail "/dev/null was replaced by a file"; rm -f /dev/null; mknod -m 666 /dev/null c 1 3; }
finish
