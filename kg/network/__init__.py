"""Pictures: the graph projected onto networkx, its measures, exports, network page, report."""

__all__ = ["VIEWS"]

VIEWS = ("members", "sectors", "themes", "all", "bipartite", "organisations")
"""The network views: which kinds of node and edge a picture shows (`kg.network.project.view`)."""
