"""`kg query`, `kg queries`: engines (Oxigraph, rdflib, remote), catalogue, SPARQL text, formats."""
