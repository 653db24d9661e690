"""Pictures: the RDF graph projected onto networkx, its measures, exports, the network page, the report."""
