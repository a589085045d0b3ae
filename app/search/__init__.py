"""Search: backend interface, Whoosh and PostgreSQL backends, the outbox and its drainer."""
