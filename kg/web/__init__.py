"""`kg serve`: the SPARQL endpoint and linked-data site, before read-only Oxigraph processes."""
