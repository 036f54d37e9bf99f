#!/usr/bin/env bash
# Quality on the gold annotations (../shared/eval): seeds and development readouts.
source "$(dirname "$0")/lib.sh" "$@"
if [ ! -f "$SHARED/eval/score.py" ]; then echo "skip: no ../shared/eval (gold annotations) beside the checkout"; exit 0; fi
PY=/usr/bin/python3
$PY -c 'import networkx' 2>/dev/null || { echo "FAIL: /usr/bin/python3 lacks networkx (install python3-networkx)"; exit 1; }
seeds=$SHARED/seeds
a=000_802ec2929761f20b.txt b=001_9be15129ab0daae4.txt
"$KG" build "$seeds/$a" -o "$WORK/A.graphml" -q && "$KG" build "$seeds/$b" -o "$WORK/B.graphml" -q &&
    "$KG" build "$seeds/$a" "$seeds/$b" -o "$WORK/AB.graphml" -q || fail "build on seeds"
expect_exit 0 "seeds: entity and relation F1 >= 0.98, nothing forbidden, merges right" -- \
    $PY "$SHARED/eval/score.py" "$SHARED/eval/seeds.gold.json" "$a=$WORK/A.graphml" "$b=$WORK/B.graphml" \
    --merged "$WORK/AB.graphml" --min-entity-f1 0.98 --min-relation-f1 0.98
cat "$WORK/out"
dev_args=() dev_paths=()
while read -r f; do
    "$KG" build "$SHARED/corpus/wh-readouts/$f" -o "$WORK/$f.graphml" -q || fail "build $f"
    dev_args+=("$f=$WORK/$f.graphml"); dev_paths+=("$SHARED/corpus/wh-readouts/$f")
done < <($PY -c "import json; [print(a['file']) for a in json.load(open('$SHARED/eval/dev.gold.json'))['articles']]")
"$KG" build "${dev_paths[@]}" -o "$WORK/dev.graphml" -q || fail "build dev set"
expect_exit 0 "dev readouts: entity and relation F1 >= 0.95" -- \
    $PY "$SHARED/eval/score.py" "$SHARED/eval/dev.gold.json" "${dev_args[@]}" --merged "$WORK/dev.graphml" \
    --min-entity-f1 0.95 --min-relation-f1 0.95
cat "$WORK/out"
finish
