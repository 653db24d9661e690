"""`kg build` and `kg extract`: sources into quads, a named graph per source; the outputs and store."""
