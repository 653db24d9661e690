"""The vocabulary every stage shares: namespaces, minted IRIs, the ontology's concepts, terms."""
