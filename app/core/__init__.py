"""Shared kernel: domain errors, permissions, database set-up, time, safe redirects."""
