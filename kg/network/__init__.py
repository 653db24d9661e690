"""Pictures: the graph projected onto networkx, its measures, exports, network page, report."""
