#!/usr/bin/env bash
# kg path / stats / subgraph on the development readouts (bundled under tests/data).
source "$(dirname "$0")/lib.sh" "$@"
"$KG" build "$SRC"/tests/data/*.md -o "$WORK/g.graphml" -q || fail "build"
expect_exit 0 "path between two officials" -- "$KG" path "Jennifer Daskal" "Ma Zhaoxu" --graph "$WORK/g.graphml"
expect_in "$WORK/out" "Jennifer Daskal" "path starts at Daskal"
expect_in "$WORK/out" "Ma Zhaoxu (person)" "path ends at Ma"
expect_in "$WORK/out" '"' "every hop quotes its sentence"
expect_exit 0 "path from articles directly" -- "$KG" path daskal "ma zhaoxu" "$SRC"/tests/data/*.md -q
expect_exit 0 "json path" -- "$KG" path Daskal "Ma Zhaoxu" --graph "$WORK/g.graphml" --format json
/usr/bin/python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['paths'][0][0]['evidence'][0]['text']" "$WORK/out" && pass || fail "json path is not valid JSON with evidence"
expect_exit 0 "dot path" -- "$KG" path Daskal "Ma Zhaoxu" --graph "$WORK/g.graphml" --format dot
if have dot; then dot -Tsvg "$WORK/out" -o "$WORK/path.svg" 2>"$WORK/dot.err" && [ ! -s "$WORK/dot.err" ] && pass || fail "dot rejected the path"; fi
expect_exit 1 "no path within 1 hop" -- "$KG" path Daskal "Ma Zhaoxu" --graph "$WORK/g.graphml" --max-hops 1
expect_in "$WORK/err" "no path from 'Jennifer Daskal' to 'Ma Zhaoxu' within 1 hops" "no-path message"
expect_exit 2 "unknown name" -- "$KG" path "Jenifer Daskal" "Ma Zhaoxu" --graph "$WORK/g.graphml"
expect_in "$WORK/err" "did you mean 'Jennifer Daskal'" "suggestion"
expect_exit 0 "accent- and case-insensitive" -- "$KG" path "JENNIFER DÁSKAL" "ma zhaoxu" --graph "$WORK/g.graphml"
expect_exit 0 "through people and agencies only" -- "$KG" path "Tarun Chhabra" "Nora Todd" --graph "$WORK/g.graphml" --through person,agency
expect_in "$WORK/out" "National Security Council (agency)" "path through the agency"
expect_exit 1 "no path when events may not be crossed" -- "$KG" path Takamura "Nora Todd" --graph "$WORK/g.graphml" --through person,agency
expect_exit 2 "bad --through type" -- "$KG" path Takamura Todd --graph "$WORK/g.graphml" --through robots
expect_exit 0 "stats" -- "$KG" stats --graph "$WORK/g.graphml"
expect_in "$WORK/out" "top 5 by betweenness" "stats table"
expect_exit 0 "subgraph around an entity" -- "$KG" subgraph --graph "$WORK/g.graphml" --around "Ma Zhaoxu" --hops 1 -o "$WORK/sub.graphml"
grep -q 'Jon Finer' "$WORK/sub.graphml" && ! grep -q 'Takamura' "$WORK/sub.graphml" && pass || fail "neighbourhood wrong"
expect_exit 0 "subgraph by type" -- "$KG" subgraph --graph "$WORK/g.graphml" --types person,country --relations represents -o "$WORK/people.json"
/usr/bin/python3 -c "
import json,sys; d=json.load(open(sys.argv[1]))
assert {n['type'] for n in d['nodes']} <= {'person','country'}
assert {l['relation'] for l in d['links']} == {'represents'}" "$WORK/people.json" && pass || fail "type/relation filter"
finish
