"""`kg publish`: load a build into any SPARQL 1.1 triplestore, safely and repeatably."""

__all__: list[str] = []
