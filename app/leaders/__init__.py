"""The leaders' view: rankings by period, agency and tag, charts, exports (read-only queries)."""
