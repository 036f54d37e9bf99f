#!/usr/bin/python3
"""The peers kg is compared with, on the graph kg_bench wrote: NetworkX and igraph reading
GraphML, writing it, and answering the same 100 shortest-path queries kg answered (the
pairs in GRAPH.graphml.pairs; median time). Prints "name value unit" lines like kg_bench.

Usage: bench/peers.py GRAPH.graphml            everything
       bench/peers.py --paths GRAPH.graphml    path queries only, on the topology in
                                               GRAPH.graphml.edges (NetworkX needs more
                                               than 20 GB to read a 5M-edge GraphML file)"""
import os
import statistics
import sys
import tempfile
import time


def report(name, value, unit=""):
    print(f"{name} {value:.6g} {unit}", flush=True)


def median_ms(query, pairs):
    times = []
    for a, b in pairs:
        start = time.perf_counter()
        query(a, b)
        times.append((time.perf_counter() - start) * 1e3)
    return statistics.median(times)


def read_pairs(path):
    with open(path + ".pairs", encoding="utf-8") as f:
        return [tuple(line.rstrip("\n").split("\t")) for line in f]


def networkx_peer(path, paths_only):
    import networkx as nx
    if paths_only:
        start = time.perf_counter()
        with open(path + ".edges", encoding="utf-8") as f:
            graph = nx.Graph(line.rstrip("\n").split("\t") for line in f)
        report("networkx_load_edges_s", time.perf_counter() - start, "s")
    else:
        size_mb = os.path.getsize(path) / 1e6
        start = time.perf_counter()
        directed = nx.read_graphml(path)
        report("networkx_read_mb_per_s", size_mb / (time.perf_counter() - start), "MB/s")
        out = tempfile.mktemp(suffix=".graphml")
        start = time.perf_counter()
        nx.write_graphml(directed, out)
        seconds = time.perf_counter() - start
        report("networkx_write_mb_per_s", os.path.getsize(out) / 1e6 / seconds, "MB/s")
        report("networkx_write_s", seconds, "s")
        os.remove(out)
        graph = nx.Graph(directed)  # kg's default query follows relations both ways
        del directed

    def query(a, b):
        try:
            nx.shortest_path(graph, a, b)  # bidirectional breadth-first search
        except nx.NetworkXNoPath:
            pass
    report("networkx_path_median_ms", median_ms(query, read_pairs(path)), "ms")


def igraph_peer(path, paths_only):
    try:
        import igraph
    except ImportError:
        print("skip: igraph absent", file=sys.stderr)
        return
    if paths_only:
        with open(path + ".edges", encoding="utf-8") as f:
            graph = igraph.Graph.TupleList((line.rstrip("\n").split("\t") for line in f), directed=False)
    else:
        size_mb = os.path.getsize(path) / 1e6
        start = time.perf_counter()
        graph = igraph.Graph.Read_GraphML(path)
        report("igraph_read_mb_per_s", size_mb / (time.perf_counter() - start), "MB/s")
        out = tempfile.mktemp(suffix=".graphml")
        start = time.perf_counter()
        graph.write_graphml(out)
        report("igraph_write_mb_per_s", os.path.getsize(out) / 1e6 / (time.perf_counter() - start), "MB/s")
        os.remove(out)
    index = {name: i for i, name in enumerate(graph.vs["name" if paths_only else "id"])}
    pairs = [(index[a], index[b]) for a, b in read_pairs(path)]
    report("igraph_path_median_ms", median_ms(lambda a, b: graph.get_shortest_paths(a, to=b, mode="all"), pairs), "ms")


if __name__ == "__main__":
    paths_only = "--paths" in sys.argv
    graph_file = [a for a in sys.argv[1:] if a != "--paths"][0]
    networkx_peer(graph_file, paths_only)
    igraph_peer(graph_file, paths_only)
