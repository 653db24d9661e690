"""`kg serve`: the SPARQL endpoint and linked-data site, before read-only Oxigraph processes.

Where things are:

- `serve`: start-up and shutdown (the store, the socket, the pools, uvicorn, signals);
- `app`: the application and its routes table; `site`: what every route shares;
- `sparql` (`/sparql`, `/editor`), `queries` (`/queries`), `resources` (`/`, minted IRIs),
  `artifacts` (`/graph`, `/report`, written by `python -m kg.web.artifact`);
- `negotiate`: Accept headers and formats; `pages`: what resource pages show;
- `pool`: the query processes and their time limit; `worker`: the query worker process;
- `fair`: fair shares of the pools between clients; `sandbox`: no network for query processes.
"""

__all__: list[str] = []
