"""The review queue for researchers: the open questions, and decisions on them (`kg review`)."""
