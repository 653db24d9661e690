"""`kg query` and `kg queries`: engines (Oxigraph, rdflib, remote), the catalogue, SPARQL text, formats."""
