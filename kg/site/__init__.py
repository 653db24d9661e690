"""The pieces of `kg serve`: process pools, content negotiation, pages and the query worker.

`kg.serve` assembles them into the web application; see its docstring for the design.
"""
