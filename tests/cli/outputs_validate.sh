#!/usr/bin/env bash
# Every export opens cleanly in the tools people use: xmllint (with a GraphML schema),
# NetworkX and igraph (same counts and attribute types), Graphviz (no warning).
# Checked on the bundled samples and on a graph whose labels hold hostile text.
source "$(dirname "$0")/lib.sh" "$@"
HOSTILE=${3:?path to write_hostile}
"$KG" build "$SRC/samples" -o "$WORK/samples.graphml" -q --metrics || fail "build samples"
"$KG" build "$SRC/samples" -o "$WORK/samples.dot" -q --cluster-by country || fail "build samples dot"
"$KG" build "$SRC/samples" -o "$WORK/samples.gexf" -q --dynamic || fail "build samples gexf"
"$KG" build "$SRC/samples" -o "$WORK/samples.json" -q || fail "build samples json"
"$HOSTILE" "$WORK" || fail "write hostile graph"
# hostile text through the whole pipeline too
printf 'President "Al <Smith> & Sons" met Minister Jos\xc3\xa9 \\N Ram\xc3\xb3s-Horta ]]> in Dili -- \xf0\x9f\x98\x80.\n' >"$WORK/hostile-article.txt"
"$KG" build "$WORK/hostile-article.txt" -o "$WORK/article.graphml" -q || fail "build hostile article"
"$KG" build "$WORK/hostile-article.txt" -o "$WORK/article.dot" -q || fail "build hostile article dot"
# articles in many outlets' styles, whose country clusters Graphviz's default ranking could not lay out
"$KG" build "$SRC"/tests/data/styles/[0-9]* -o "$WORK/styles.graphml" -q || fail "build styles"
"$KG" build "$SRC"/tests/data/styles/[0-9]* -o "$WORK/styles.dot" -q --cluster-by country || fail "build styles dot"

for f in samples hostile article styles; do
    g=$WORK/$f.graphml
    if have xmllint; then
        xmllint --noout --schema "$SRC/schemas/graphml.xsd" "$g" 2>"$WORK/xmllint.err" && pass || { fail "xmllint rejects $f.graphml"; head -3 "$WORK/xmllint.err"; }
    else echo "skip: xmllint absent (apt-get install libxml2-utils)"; fi
    if /usr/bin/python3 -c 'import networkx' 2>/dev/null; then
        /usr/bin/python3 - "$g" <<'PY' && pass || fail "NetworkX cannot read $f.graphml"
import sys, networkx as nx, xml.etree.ElementTree as ET
g = nx.read_graphml(sys.argv[1])
root = ET.parse(sys.argv[1]).getroot()
ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
nodes = root.findall(".//g:node", ns); edges = root.findall(".//g:edge", ns)
assert g.number_of_nodes() == len(nodes), (g.number_of_nodes(), len(nodes))
assert g.number_of_edges() == len(edges), (g.number_of_edges(), len(edges))
for _, d in g.nodes(data=True):
    assert isinstance(d["label"], str) and isinstance(d["mentions"], int) and isinstance(d["r"], int)
    assert isinstance(d["size"], float)
for _, _, d in g.edges(data=True):
    assert isinstance(d["weight"], float) and isinstance(d["relation"], str) and isinstance(d["symmetric"], bool)
PY
    else echo "skip: NetworkX absent (apt-get install python3-networkx)"; fi
    if /usr/bin/python3 -c 'import igraph' 2>/dev/null; then
        /usr/bin/python3 - "$g" <<'PY' && pass || fail "igraph cannot read $f.graphml"
import sys, igraph, networkx as nx
g = igraph.Graph.Read_GraphML(sys.argv[1])
n = nx.read_graphml(sys.argv[1])
assert g.vcount() == n.number_of_nodes() and g.ecount() == n.number_of_edges()
assert g.is_directed()
if g.vcount():
    assert isinstance(g.vs[0]["label"], str) and isinstance(g.vs[0]["size"], float)
    assert isinstance(g.vs[0]["mentions"], (int, float))
if g.ecount():
    assert isinstance(g.es[0]["weight"], float) and isinstance(g.es[0]["relation"], str)
PY
    else echo "skip: igraph absent (apt-get install python3-igraph)"; fi
done
if have dot; then
    for f in samples hostile article styles; do
        dot -Tsvg "$WORK/$f.dot" -o "$WORK/$f.svg" 2>"$WORK/dot.err"
        if [ $? -eq 0 ] && [ ! -s "$WORK/dot.err" ]; then pass; else fail "dot warns on $f.dot"; head -3 "$WORK/dot.err"; fi
    done
else echo "skip: Graphviz absent (apt-get install graphviz)"; fi
for f in samples hostile; do
    if have xmllint; then xmllint --noout "$WORK/$f.gexf" && pass || fail "GEXF $f is not well-formed"; fi
    /usr/bin/python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert 'nodes' in d and 'links' in d" "$WORK/$f.json" && pass || fail "JSON $f"
done
/usr/bin/python3 -c "
import json, sys, networkx as nx
d = json.load(open(sys.argv[1]))
g = nx.node_link_graph(d)
assert g.number_of_nodes() == len(d['nodes'])" "$WORK/samples.json" && pass || fail "NetworkX cannot read the node-link JSON"
finish
