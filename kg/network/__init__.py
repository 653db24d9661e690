"""Pictures: the graph projected onto networkx, its measures, exports, network page, report."""

__all__ = ["DEFAULT_VIEW", "VIEWS", "VIEW_KINDS"]

VIEWS = ("bipartite", "members", "sectors", "themes", "all", "organisations")
"""The network views: which kinds of node and edge a picture shows (`kg.network.project.view`)."""
DEFAULT_VIEW = "bipartite"
"""The view pictures open on: collaborations and their member organisations."""
VIEW_KINDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "bipartite": (frozenset({"coalition", "organisation"}), frozenset({"member-of"})),
    "members": (frozenset({"coalition", "organisation"}), frozenset({"member-of"})),
    "sectors": (
        frozenset({"coalition", "organisation", "sector", "sector-group"}),
        frozenset({"member-of", "classified-as", "broader"}),
    ),
    "themes": (
        frozenset({"coalition", "organisation", "theme", "activity"}),
        frozenset({"member-of", "works-on"}),
    ),
    "organisations": (frozenset({"organisation"}), frozenset({"co-member"})),
}
"""The node kinds and edge kinds each view shows ("all" shows everything but co-member links,
which only the organisations view draws)."""
