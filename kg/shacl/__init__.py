"""`kg validate`: the SHACL shapes of `ontology/shapes.ttl`, run by pySHACL or at scale."""
