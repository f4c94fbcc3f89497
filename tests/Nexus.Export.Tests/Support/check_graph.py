"""Loads a GraphML or GEXF export with networkx and reports what a test needs to check, as JSON."""
import json
import sys

import networkx as nx

fmt, path, node_keys, edge_keys = sys.argv[1], sys.argv[2], sys.argv[3].split(","), sys.argv[4].split(",")
graph = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
edges = list(graph.edges(data=True))
print(json.dumps({
    "nodes": graph.number_of_nodes(),
    "edges": graph.number_of_edges(),
    "directed": graph.is_directed(),
    "missing_node_attributes": sorted({k for _, d in graph.nodes(data=True) for k in node_keys if k not in d}),
    "missing_edge_attributes": sorted({k for _, _, d in edges for k in edge_keys if k not in d}),
    "edges_with_start": sum(1 for _, _, d in edges if "start" in d),
    "edges_with_end": sum(1 for _, _, d in edges if "end" in d),
    "modalities": sorted({d.get("modality", "") for _, _, d in edges}),
    "evidence": sorted({d.get("evidence", "") for _, _, d in edges}),
}))
