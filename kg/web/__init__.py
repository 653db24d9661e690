"""`kg serve`: the SPARQL endpoint and linked-data site, in front of read-only Oxigraph processes."""
