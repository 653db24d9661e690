"""`kg build` and `kg extract`: sources into quads, one named graph per source; outputs, store."""
