#!/usr/bin/python3
"""The peers kg is compared with, on the same GraphML file: NetworkX and igraph
reading it, writing it, and answering shortest-path queries (median of 100 random pairs).
Prints "name value unit" lines like kg_bench.  Usage: bench/peers.py GRAPH.graphml"""
import os
import random
import statistics
import sys
import tempfile
import time


def report(name, value, unit=""):
    print(f"{name} {value:.6g} {unit}")


def median_ms(query, pairs):
    times = []
    for a, b in pairs:
        start = time.perf_counter()
        query(a, b)
        times.append((time.perf_counter() - start) * 1e3)
    return statistics.median(times)


def main(path):
    size_mb = os.path.getsize(path) / 1e6
    out = tempfile.mktemp(suffix=".graphml")
    import networkx as nx
    start = time.perf_counter()
    g = nx.read_graphml(path)
    report("networkx_read_mb_per_s", size_mb / (time.perf_counter() - start), "MB/s")
    start = time.perf_counter()
    nx.write_graphml(g, out)
    seconds = time.perf_counter() - start
    report("networkx_write_mb_per_s", os.path.getsize(out) / 1e6 / seconds, "MB/s")
    report("networkx_write_s", seconds, "s")
    undirected = g.to_undirected(as_view=True)
    nodes = list(g.nodes())
    rng = random.Random(7)
    pairs = [(rng.choice(nodes), rng.choice(nodes)) for _ in range(100)]

    def nx_path(a, b):
        try:
            nx.shortest_path(undirected, a, b)
        except nx.NetworkXNoPath:
            pass
    report("networkx_path_median_ms", median_ms(nx_path, pairs), "ms")
    del g, undirected
    try:
        import igraph
    except ImportError:
        print("skip: igraph absent")
        return
    start = time.perf_counter()
    ig = igraph.Graph.Read_GraphML(path)
    report("igraph_read_mb_per_s", size_mb / (time.perf_counter() - start), "MB/s")
    start = time.perf_counter()
    ig.write_graphml(out)
    report("igraph_write_mb_per_s", os.path.getsize(out) / 1e6 / (time.perf_counter() - start), "MB/s")
    n = ig.vcount()
    ipairs = [(rng.randrange(n), rng.randrange(n)) for _ in range(100)]
    report("igraph_path_median_ms", median_ms(lambda a, b: ig.get_shortest_paths(a, to=b, mode="all"), ipairs), "ms")
    os.remove(out)


if __name__ == "__main__":
    main(sys.argv[1])
