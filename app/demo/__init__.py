"""Demo data for `flask seed-demo`: written for this project, idempotent."""
